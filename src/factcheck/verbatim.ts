import type { SegmentedArticle, Sentence } from '../corpus/types.js';
import type { CorpusIndex } from '../index/build.js';
import { NEGATION, SPEECH_VERB } from '../language/de.js';
import { fold } from '../language/de/fold.js';
import { pushTo } from '../lib/collections.js';

/**
 * A claim an article says in so many words: the words of a sentence, or of a statement inside one, pasted into
 * `/factcheck`. Found by how they open, so a claim looks only at the sentences that could say it.
 */

/**
 * A claim shorter than this is a phrase an article may say inside a sentence of other meaning; shorter ones down to
 * `WHOLE_MIN_WORDS` are said only by a whole statement of those very words (`Huber ist gestorben.`).
 */
const VERBATIM_MIN_WORDS = 5;
const WHOLE_MIN_WORDS = 3;
/** What may follow an opening that says all it says: a clause's end, or a clause joined on. */
const CLAUSE_ENDS = /^[\s\p{P}]*$|^\s*(?:[,;:–—]|(?:und|oder|aber|sondern|denn)(?!\p{L}))/u;
const OPENING_WORDS = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)[^\p{L}\p{N}]+([\p{L}\p{N}]+)/u;
/**
 * Where a statement of its own may open inside a sentence: after a colon, a semicolon or a dash (`Dann kam es, wie
 * befürchtet: Die Seebank schloss …`), not a colon inside a word (`Mitarbeiter:innen`).
 */
const STATEMENT_BREAK = /[;–—]|:(?!\p{Ll})|\s-\s/gu;

/** A sentence's first two words, folded: `die fähren` (`Die` alone opens every tenth sentence). */
const openingOf = (text: string) => {
  const m = OPENING_WORDS.exec(text);
  return m ? `${fold(m[1]!)} ${fold(m[2]!)}` : null;
};

/** A sentence that says a claim, and where in it the claim's words begin. */
export interface Said {
  s: SegmentedArticle;
  x: Sentence;
  from: number;
}

/**
 * Where in a sentence a claim may begin: its start, and after each break that opens a statement of its own. Not
 * after words that could turn what follows (`Es stimmt nicht: …`, `Er behauptet: …`): there the article does not say
 * it.
 */
function statementStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(STATEMENT_BREAK)) {
    const before = text.slice(0, m.index);
    if (NEGATION.test(before) || SPEECH_VERB.test(before)) break;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

const openings = new WeakMap<CorpusIndex, Map<string, Said[]>>();
/**
 * Every statement of an index by how it opens: made once per index, the first time a claim asks, so a claim looks
 * only at the statements that open as it does (at 5,000 articles, a look at every sentence took 2 s).
 */
function byOpening(index: CorpusIndex): Map<string, Said[]> {
  let made = openings.get(index);
  if (made) return made;
  made = new Map();
  for (const s of index.segmented)
    for (const x of s.sentences)
      for (const from of statementStarts(x.text)) {
        const opening = openingOf(x.text.slice(from));
        if (opening !== null) pushTo(made, opening, { s, x, from });
      }
  openings.set(index, made);
  return made;
}

const wordsOf = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: fold(m[0]), end: m.index + m[0].length }));

/**
 * The sentences that say what the claim says, word for word: the whole sentence or a statement in it (see
 * `statementStarts`), or its opening up to the end of a clause (`… einen 30-Minuten-Takt und damit …`). Nothing
 * after the claim's words in their clause (`… bis 2030 nicht mehr`) can turn them.
 */
export function saidWordForWord(index: CorpusIndex, text: string): Said[] {
  const claim = wordsOf(text).map((w) => w.word);
  if (claim.length < WHOLE_MIN_WORDS) return [];
  const whole = claim.length < VERBATIM_MIN_WORDS;
  const opens = (statement: string) => {
    const words = wordsOf(statement);
    if (words.length < claim.length || claim.some((w, i) => words[i]!.word !== w)) return false;
    if (whole) return words.length === claim.length;
    return CLAUSE_ENDS.test(statement.slice(words[claim.length - 1]!.end));
  };
  const said = (byOpening(index).get(`${claim[0]!} ${claim[1]!}`) ?? []).filter(({ x, from }) =>
    opens(x.text.slice(from)),
  );
  // A sentence once, however many of its statements say it.
  return said.filter((d, i) => said.findIndex((e) => e.x === d.x && e.s === d.s) === i);
}
