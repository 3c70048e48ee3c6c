import type { Person } from '../corpus/schema.js';
import type { Citation, Sentence } from '../corpus/types.js';
import { cite } from './citation.js';
import { clauseAround } from './clauses.js';
import { canAct, type Mention, type PeopleFinder } from './people.js';

export interface Speaker {
  name: string;
  /** The people.json id when the speaker is a known person. */
  id: string | null;
}

export interface Quote {
  /** The words inside the quotation marks; the halves of an interrupted quotation joined by ` … `. */
  text: string;
  speaker: Speaker | null;
  /** A fragment quoted inside someone else's sentence (`dass OpenAI „nicht zum Verkauf“ stehe`). */
  partial: boolean;
  /** The quoted words themselves. */
  citation: Citation;
  /** The sentence that introduces or attributes the quotation, when there is one. */
  intro: Citation | null;
}

/** Quoted names and terms (`«Stargate»`, „Manhattan-Projekt“): kept to prove they were seen and set aside. */
export interface QuotedTerm {
  text: string;
  citation: Citation;
}

const PAIRS = /„([^„“”]+)[“”]|«([^«»]+)»|»([^»«]+)«|‹([^‹›]+)›|›([^›‹]+)‹|“([^“”„]+)”|"([^"]+)"/g;
const SPEECH_VERB =
  /\b(?:sag\w*|gesagt|erklär\w*|mein\w*|nannte|nennt|nennen|genannt|bezeichne\w*|schrieb|schreibt|geschrieben|betont\w*|warnt\w*|kritisiert\w*|antwort\w*|erwider\w*|twitter\w*|postet\w*|sprach|spricht|fordert\w*|behauptet\w*|wirft|warf|vorgeworfen|zitiert\w*|reagierte|kontert\w*|verkündete|ergänzt\w*|räumte)\b/i;
const NAMING_VERB = /\b(?:heißt|heisst|hieß|hiess|namens|sogenannt\w*|so genannt\w*|Titel|Name[ns]?|taufte|getauft)\b/i;
const FUNCTION_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'a',
  'an',
  'in',
  'on',
  'to',
  'de',
  'la',
  'von',
  'und',
  'der',
  'die',
  'das',
  'für',
  '&',
]);
const PRONOUN = /\b(?:er|sie|sein\w*|ihr\w*|ihm|ihn)\b/i;
/** An intro with no subject of its own continues the previous sentence's (`Und wurde dann … deutlich:`). */
const SUBJECTLESS =
  /^\s*(?:(?:und|dann|doch|aber|später|daraufhin)\s+)*(?:wurde|war|hat|hatte|reagierte|antwortete|schrieb|sagte|erklärte|meinte|fügte|legte)\b/i;
const TRAILING_ATTRIBUTION =
  /^\s*[,–—-]?\s*(?:so|sagte|sagt|erklärte|erklärt|meinte|meint|schrieb|schreibt|betonte|betont|twitterte|postete|fügte|ergänzte|warnte)\s+([^.!?]{2,80})/i;
const WALK_BACK_SENTENCES = 5;
/** Between the two halves of an interrupted quotation: `, sagte Eva Muster, ` (no sentence end). */
const INTERRUPTION =
  /^\s*[,–—]\s*(?:so|sagte|sagt|erklärte|erklärt|meinte|meint|schrieb|schreibt|betonte|betont|fügte\s+\S+\s+hinzu|ergänzte|warnte)\s+[^.!?„“”«»‹›"]{2,80},\s*$/i;

/** `er`, `sein` point to a man, `sie`, `ihr` (singular) to a woman; null when the text has neither. */
function genderOf(text: string): Person['gender'] | null {
  const m = /\b(er|sein\w*|ihm|ihn|sie|ihr\w*)\b/i.exec(text);
  if (!m) return null;
  return /^(?:er|sein|ihm|ihn)/i.test(m[1]!) ? 'm' : 'f';
}

function isNameLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  return words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w));
}

function firstActor(mentions: Mention[]): Person | null {
  return mentions.find(canAct)?.person ?? null;
}

function lastActor(mentions: Mention[]): Person | null {
  return [...mentions].reverse().find(canAct)?.person ?? null;
}

const asSpeaker = (p: Person | null): Speaker | null => (p ? { name: p.name, id: p.id } : null);

export interface QuoteExtraction {
  quotes: Quote[];
  terms: QuotedTerm[];
}

/**
 * Quotations with their speakers. The speaker comes from the reporting clause before or after,
 * from a sentence ending in a colon, or from the subject of the preceding sentences when the
 * clause says only `er` or `sein`. When the text does not say who spoke, the speaker is null.
 */
export function extractQuotes(body: string, sentences: Sentence[], people: PeopleFinder): QuoteExtraction {
  const quotes: Quote[] = [];
  const terms: QuotedTerm[] = [];
  const paragraphs = groupByParagraph(sentences);
  const indexOf = new Map(sentences.map((s, i) => [s, i]));

  /** Walks back from sentence index `before` to the most recent person who acts as a subject and fits the pronoun. */
  const subjectBefore = (before: number, pronounIn: string): Person | null => {
    const gender = genderOf(pronounIn);
    for (let i = before - 1; i >= Math.max(0, before - WALK_BACK_SENTENCES); i--) {
      const actor = people
        .mentions(sentences[i]!.text)
        .find((m) => canAct(m) && (gender === null || m.person.gender === gender))?.person;
      if (actor) return actor;
    }
    return null;
  };

  /** A fragment's speaker is the actor of its clause, else the one its pronoun points back to, else of its sentence. */
  const partialSpeaker = (
    sentence: Sentence,
    sentenceIdx: number,
    clause: string,
    quoteStart: number,
  ): Person | null => {
    const clauseStart = sentence.start + sentence.text.indexOf(clause);
    const inClause = firstActor(people.mentions(clause).filter((x) => clauseStart + x.start < quoteStart));
    if (inClause) return inClause;
    const leadIn = body.slice(sentence.start, quoteStart);
    if (PRONOUN.test(clause)) return lastActor(people.mentions(leadIn)) ?? subjectBefore(sentenceIdx, clause);
    return firstActor(people.mentions(leadIn));
  };

  for (const para of paragraphs) {
    const first = para[0]!;
    const last = para[para.length - 1]!;
    const text = body.slice(first.start, last.end);
    const pairs = [...text.matchAll(PAIRS)];
    // Quotations come in text order, so the sentence holding each is found by walking forward, not by a search per quotation.
    const holding = sentenceWalker(para);
    const leadingSpace = text.length - text.trimStart().length;
    /** The speaker of the paragraph's last whole quotation: an unattributed one right after it continues it. */
    let previousSpeaker: Speaker | null = null;
    for (let p = 0; p < pairs.length; p++) {
      const m = pairs[p]!;
      const inner = m.slice(1).find((g) => g !== undefined) ?? '';
      const innerStart = first.start + m.index + 1;
      const innerEnd = innerStart + inner.length;
      const sentence = holding(innerStart) ?? first;
      const sentenceIdx = indexOf.get(sentence)!;
      const firstInParagraph = m.index <= leadingSpace;
      const after = text.slice(m.index + m[0].length);
      const ownSentenceBefore = body.slice(sentence.start, innerStart - 1).trimEnd();
      const standalone = ownSentenceBefore === '' || ownSentenceBefore.endsWith(':');
      const trimmedInner = inner.trim();
      const citation = cite(body, sentence, innerStart, innerEnd);
      const clause = clauseAround(sentence.text, innerStart - 1 - sentence.start, innerEnd + 1 - sentence.start);

      if (!standalone) {
        const words = trimmedInner.split(/\s+/).length;
        // A one-word insult after `nannte` is speech; a title-case phrase or anything `namens …` is a name.
        const isTerm =
          NAMING_VERB.test(clause) || (isNameLike(trimmedInner) && !(words === 1 && SPEECH_VERB.test(clause)));
        if (isTerm) {
          terms.push({ text: trimmedInner, citation });
          continue;
        }
        quotes.push({
          text: trimmedInner,
          speaker: asSpeaker(partialSpeaker(sentence, sentenceIdx, clause, innerStart)),
          partial: true,
          citation,
          intro: cite(body, sentence),
        });
        continue;
      }

      // A whole quotation. Its reporting clause is before it in the sentence, in the sentence
      // before it when that ends in a colon, or after it (`…“, sagte X.`).
      let intro: Sentence | null = null;
      let introText = '';
      let speaker: Speaker | null = null;
      if (ownSentenceBefore.endsWith(':')) {
        intro = sentence;
        introText = ownSentenceBefore;
      } else if (firstInParagraph && sentenceIdx > 0 && sentences[sentenceIdx - 1]!.text.trimEnd().endsWith(':')) {
        intro = sentences[sentenceIdx - 1]!;
        introText = intro.text;
      }
      if (intro) {
        const actor = firstActor(people.mentions(introText));
        if (actor) speaker = asSpeaker(actor);
        else if (PRONOUN.test(introText) || SUBJECTLESS.test(introText))
          speaker = asSpeaker(subjectBefore(indexOf.get(intro)!, introText));
        else speaker = unknownSpeaker(introText);
      } else {
        const trailing = TRAILING_ATTRIBUTION.exec(after);
        if (trailing) {
          const attributionAt = first.start + m.index + m[0].length;
          intro = holding(attributionAt) ?? sentence;
          speaker = asSpeaker(firstActor(people.mentions(trailing[1]!))) ?? unknownSpeaker(trailing[1]!);
          // `„Das ist gut“, sagte Muster, „und das bleibt so.“`: the second part continues the same quotation.
          const next = pairs[p + 1];
          const gap = next ? text.slice(m.index + m[0].length, next.index) : '';
          if (next && INTERRUPTION.test(gap)) {
            const nextInner = next.slice(1).find((g) => g !== undefined) ?? '';
            const nextStart = first.start + next.index + 1;
            p += 1;
            quotes.push({
              text: `${trimmedInner} … ${nextInner.trim()}`,
              speaker,
              partial: false,
              citation: cite(body, sentence, innerStart, nextStart + nextInner.length),
              intro: cite(body, intro),
            });
            continue;
          }
        }
      }
      if (
        !intro &&
        !speaker &&
        previousSpeaker &&
        /^[\s\p{P}]*$/u.test(
          text.slice(pairs[p - 1]!.index + pairs[p - 1]![0].length, m.index).replace(TRAILING_ATTRIBUTION, ''),
        )
      ) {
        // `«…», sagte Huber. «Wir schaffen …»`: nothing but the attribution stands between them.
        speaker = previousSpeaker;
        intro = sentences[sentenceIdx - 1] ?? null;
      }
      previousSpeaker = speaker;
      // When the quotation opens in its intro's sentence, cite only the lead-in (`Sein Schlussstatement war …:`).
      const introCitation = !intro
        ? null
        : intro === sentence && introText !== ''
          ? cite(body, intro, intro.start, intro.start + introText.length)
          : cite(body, intro);
      quotes.push({ text: trimmedInner, speaker, partial: false, citation, intro: introCitation });
    }
  }
  return { quotes, terms };
}

/**
 * A speaker not in people.json, named in the reporting clause: `Analystin Eva Muster erklärte:`
 * or `…“, sagte Eva Muster.` Two or three capitalised words make a name; one could be any noun.
 */
function unknownSpeaker(clause: string): Speaker | null {
  const m =
    /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?=\s*(?:[,:]|$|\s(?:sagte|erklärte|meinte|schrieb|betonte|warnte|sagt|erklärt|meint|schreibt|gegenüber)))/u.exec(
      clause.trim(),
    );
  if (!m) return null;
  // `Analyst Markus Steiner`: a role noun may lead the run; a name is its last two words.
  return { name: m[1]!.split(/\s+/).slice(-2).join(' '), id: null };
}

/**
 * The sentence of `sentences` (in text order) that holds an offset, for offsets asked in
 * ascending order: a pointer that only moves forward, so a paragraph is walked once in all.
 */
function sentenceWalker(sentences: Sentence[]): (at: number) => Sentence | undefined {
  let k = 0;
  return (at) => {
    while (k < sentences.length && sentences[k]!.end <= at) k++;
    const s = sentences[k];
    return s && s.start <= at ? s : undefined;
  };
}

function groupByParagraph(sentences: Sentence[]): Sentence[][] {
  const groups: Sentence[][] = [];
  for (const s of sentences) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else groups.push([s]);
  }
  return groups;
}
