import type { Sentence } from '../corpus/types.js';
import { canAct, type PeopleFinder } from './people.js';

/**
 * What a figure measures, from its sentence: a frame (offer, purchase, valuation, …), the thing it
 * is about (`OpenAI`, `Twitter`) and who acts (`Elon Musk`). Figures with the same frame, thing
 * and actor measure the same thing, which is how the fact-checker finds sources that disagree.
 */
export interface FigureAbout {
  frame: Frame | null;
  /** A proper name near the figure: a company, product or person it is about. */
  entity: string | null;
  /** The person who acts in the clause (`Musk hatte Twitter … übernommen`). */
  actor: string | null;
}

export type Frame = 'offer' | 'purchase' | 'valuation' | 'investment' | 'donation' | 'funding' | 'cost' | 'revenue' | 'loss' | 'jobs' | 'age';

/**
 * In order of precedence: `Übernahmeangebot im Wert von …` is an offer, not a valuation. German
 * news vocabulary, and the English words users type into `/factcheck`.
 */
const FRAMES: [Frame, RegExp][] = [
  ['offer', /Übernahmeangebot|Angebot|\bGebot|\bbietet|\bbot\b|geboten|übernehmen will|Milliardenangebot|\bbid\b|\boffer/i],
  ['donation', /Spende|Wahlkampf|verholfen|Unterstützung|\bdonat|\bcampaign/i],
  ['purchase', /Kaufpreis|gekauft|\bkaufte|\bkaufen|\bKauf\b|übernommen|übernahm|bezahlte|\bPreis|\bbought|\bbuys?\b|\bpaid|\bpurchase|\bacquir/i],
  ['valuation', /\bWert von|bewertet|Bewertung|geschätzt wird|\bworth\b|\bvaluation|\bvalued/i],
  ['investment', /investier|Investition|aufbringen|Geldgeber|Infrastruktur|\binvest/i],
  ['funding', /Förderung|Subvention|Zuschuss|\bsubsid|\bfunding/i],
  ['cost', /kostet|Kosten|\bcosts?\b/i],
  ['revenue', /Umsatz|Erlös|\brevenue/i],
  ['loss', /Verlust|Defizit|\bloss\b/i],
  ['jobs', /Arbeitsplätze|Stellen|Jobs|Beschäftigte|Mitarbeiter|\bemployees/i],
];

export function frameOf(text: string): Frame | null {
  return FRAMES.find(([, re]) => re.test(text))?.[0] ?? null;
}

/** An offer for a company and the purchase of it are one deal: reports call the same bid either. */
export function frameClass(frame: Frame | null): string | null {
  return frame === 'offer' || frame === 'purchase' ? 'deal' : frame;
}

export const FRAME_LABELS: Record<'de' | 'en', Record<Frame, string>> = {
  de: { offer: 'Angebot', purchase: 'Kauf', valuation: 'Wert', investment: 'Investition', donation: 'Unterstützung', funding: 'Förderung', cost: 'Kosten', revenue: 'Umsatz', loss: 'Verlust', jobs: 'Arbeitsplätze', age: 'Alter' },
  en: { offer: 'offer', purchase: 'purchase', valuation: 'valuation', investment: 'investment', donation: 'support', funding: 'funding', cost: 'cost', revenue: 'revenue', loss: 'loss', jobs: 'jobs', age: 'age' },
};

const DETERMINER = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins|ans|dessen|deren|kein\w*|sein\w*|ihr\w*|unser\w*|dies\w*|jede\w*|welche\w*|alle\w*)$/i;
const UNIT_WORDS = /^(?:Dollar|US-Dollar|Euro|Franken|Prozent|Milliarden?|Millionen?|Billionen?|Mrd|Mio|Tsd|Jahre?n?)$/;
/** Words that open a clause after a colon or stand for time, never names. */
const NOT_NAMES = new Set('Der Die Das Den Dem Des Ein Eine Einer Im Am Als Und Aber Doch Ende Anfang Mitte Jahr Jahre Tag Tage Woche Monat Chef Chefin Präsident Präsidentin Sprecher Sprecherin Gründer Minister Ministerin'.split(' '));
/** Endings of German common nouns (`Reaktion`, `Entscheidungen`, `Stunden`); names rarely end so. */
const NOUN_ENDING = /(?:ung|ungen|ion|ionen|heit|keit|schaft|schaften|tät|ismus|nis|en)$/;
/** A name recurs across reports; a noun that happens to stand bare once or twice in one article does not. */
const MIN_ARTICLES = 2;

/**
 * Proper names of the corpus: capitalised words that never follow a determiner anywhere in it.
 * German capitalises every noun, but only names stand without an article (`für OpenAI`, not `für die OpenAI`).
 */
export function properNames(sentences: Sentence[]): Map<string, number> {
  const seen = new Map<string, { bare: number; determined: number; articles: Set<string> }>();
  for (const s of sentences) {
    const tokens = [...s.text.matchAll(/[\p{L}][\p{L}\d.-]*[\p{L}\d]|\p{L}/gu)];
    // `Musk, der OpenAI gründete`: after a comma `der` is a relative pronoun, not an article.
    const isArticle = (k: number) => k >= 0 && DETERMINER.test(tokens[k]![0]) && !afterComma(s.text, tokens[k]!.index);
    tokens.forEach(([token], i) => {
      if (i === 0 || !/^\p{Lu}/u.test(token) || UNIT_WORDS.test(token) || NOT_NAMES.has(token) || NOUN_ENDING.test(token)) return;
      const entry = seen.get(token) ?? { bare: 0, determined: 0, articles: new Set<string>() };
      // `die Firma`, `die neue Firma`: a noun; `für OpenAI`, `über OpenAI`: a name.
      if (isArticle(i - 1) || (/^\p{Ll}/u.test(tokens[i - 1]![0]) && isArticle(i - 2))) entry.determined += 1;
      else entry.bare += 1;
      entry.articles.add(s.article);
      seen.set(token, entry);
    });
  }
  return new Map(
    [...seen.entries()].filter(([, c]) => c.determined === 0 && c.bare >= 2 && c.articles.size >= MIN_ARTICLES).map(([t, c]) => [t, c.bare]),
  );
}

/** Does a comma (and only white space) stand right before `at`? Read backwards, not by a regexp over all before it. */
function afterComma(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ',';
}

/**
 * The corpus's proper names in `text`, in order, without the people's own names: a first name or
 * genitive (`Donald`, `Musks`) is the person, not a thing a figure or claim is about.
 */
export function entityNames(text: string, names: ReadonlyMap<string, number>, people: PeopleFinder): string[] {
  const personWords = personWordsOf(people);
  const isPersonWord = (w: string) => personWords.has(w) || personWords.has(w.replace(/s$/, ''));
  return [...text.matchAll(/[\p{L}][\p{L}\d.-]*[\p{L}\d]/gu)].map((m) => m[0]).filter((w) => names.has(w) && !isPersonWord(w));
}

/** Every word of every name and alias, computed once per set of people (it is asked for every figure). */
const personWordsCache = new WeakMap<PeopleFinder, Set<string>>();
function personWordsOf(people: PeopleFinder): Set<string> {
  let words = personWordsCache.get(people);
  if (!words) {
    words = new Set(people.people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/))));
    personWordsCache.set(people, words);
  }
  return words;
}

const PRONOUN = /\b(?:er|sie|sein\w*|ihr\w*)\b/i;
const WALK_BACK = 3;

/** Who acts in sentence `i`: its first acting person, or, when a pronoun comes first, the one it points back to. */
function actorOf(sentences: Sentence[], i: number, people: PeopleFinder): string | null {
  const text = sentences[i]!.text;
  const mentions = people.mentions(text);
  const first = mentions.find(canAct);
  const pronoun = PRONOUN.exec(text);
  if (first && (!pronoun || first.start < pronoun.index)) return first.person.name;
  if (pronoun) {
    for (let j = i - 1; j >= Math.max(0, i - WALK_BACK); j--) {
      const before = people.mentions(sentences[j]!.text);
      // `Musks Reaktion ließ nicht lange auf sich warten. … startete er …`: a possessive names the actor too.
      const found = before.find(canAct) ?? before[0];
      if (found) return found.person.name;
    }
  }
  return first?.person.name ?? mentions[0]?.person.name ?? null;
}

/**
 * What every figure of a sentence reads of the sentence as a whole. Computed once per sentence,
 * however many figures it holds: a 1 MB sentence of 50,000 numbers must not be read 50,000 times.
 */
export interface SentenceFacts {
  frame: Frame | null;
  /** The sentence's most frequent corpus name: the one the report is about. */
  topName: string | null;
  actor: string | null;
}

export function sentenceFacts(sentences: Sentence[], i: number, names: ReadonlyMap<string, number>, people: PeopleFinder): SentenceFacts {
  const text = sentences[i]!.text;
  const topName = entityNames(text, names, people).sort((a, b) => names.get(b)! - names.get(a)!)[0] ?? null;
  return { frame: frameOf(text), topName, actor: actorOf(sentences, i, people) };
}

/**
 * The figure's frame, entity and actor, from its clause and the facts of its sentence and of the
 * paragraph's previous sentence (`previous`; `… hatte das soziale Netzwerk … gekauft`: a sentence
 * that names nothing continues the one before).
 */
export function aboutFigure(
  clause: string,
  unit: string | null,
  sentence: SentenceFacts,
  previous: SentenceFacts | null,
  names: ReadonlyMap<string, number>,
  people: PeopleFinder,
  speaker: string | null,
): FigureAbout {
  const frame: Frame | null = unit === 'years' ? 'age' : (frameOf(clause) ?? sentence.frame);
  // The clause's own name if it has one; else the sentence's most frequent, the one the report is about.
  const entity = entityNames(clause, names, people)[0] ?? sentence.topName ?? previous?.topName ?? null;
  return { frame, entity, actor: speaker ?? sentence.actor };
}

/** `Elon Musk: Kauf – Twitter`: a short, readable statement of what the figure measures. */
export function describeAbout(about: FigureAbout, lang: 'de' | 'en'): string | null {
  if (!about.frame && !about.entity) return null;
  // (A figure with only a speaker is described by its clause instead.)
  const what = [about.frame ? FRAME_LABELS[lang][about.frame] : null, about.entity].filter(Boolean).join(' – ');
  return about.actor ? `${about.actor}: ${what}` : what;
}
