/**
 * Finding any of many labels (names, aliases, descriptions) as whole words in a text. One regular expression of all
 * labels as alternatives (`(?<![\p{L}\d-])(Eva Muster|Muster|…)(s|es)?(?![\p{L}\d-])`) reads the same, but the engine
 * tries every alternative at every place: with a corpus's few hundred labels that was most of the time a sentence's
 * people took to find. Here a place is tried only where a word starts, and only with the labels that begin with its
 * letter, in the order the expression would try them, so the matches are the same.
 */
export interface LabelMatch {
  /** Where the label starts. */
  index: number;
  label: string;
  /** The ending read after it (`s` of a genitive), or ''. */
  ending: string;
  /** Where the label and its ending end. */
  end: number;
}

export interface LabelScanner {
  /** Every match, left to right, none overlapping: at each place the longest label that stands as a whole word. */
  find(text: string): LabelMatch[];
}

/**
 * `endings` are tried after a label in their order, then none, as `(e1|e2)?` would. A match must end where no letter,
 * digit or hyphen follows; `endsBefore`, when given, says instead whether what follows `end` ends a word there.
 */
export function labelScanner(
  labels: readonly string[],
  endings: readonly string[],
  endsBefore: (text: string, end: number) => boolean = noWordAfter,
): LabelScanner {
  // Longest first, as a pattern of alternatives is written so `Eva Muster` wins over `Muster` (the sort is stable).
  const byFirst = new Map<number, string[]>();
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    if (label === '') continue;
    const first = label.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(label);
    else byFirst.set(first, [label]);
  }
  return {
    find(text) {
      const found: LabelMatch[] = [];
      let i = 0;
      while (i < text.length) {
        const candidates = byFirst.get(text.charCodeAt(i));
        const match = candidates && !wordBefore(text, i) ? matchAt(text, i, candidates, endings, endsBefore) : null;
        if (match) {
          found.push(match);
          i = match.end;
        } else i++;
      }
      return found;
    },
  };
}

function matchAt(
  text: string,
  at: number,
  candidates: readonly string[],
  endings: readonly string[],
  endsBefore: (text: string, end: number) => boolean,
): LabelMatch | null {
  for (const label of candidates) {
    if (!text.startsWith(label, at)) continue;
    const after = at + label.length;
    for (const ending of endings)
      if (text.startsWith(ending, after) && endsBefore(text, after + ending.length))
        return { index: at, label, ending, end: after + ending.length };
    if (endsBefore(text, after)) return { index: at, label, ending: '', end: after };
  }
  return null;
}

/** A letter, an ASCII digit (`\d`) or a hyphen: what a whole word may not touch. */
const wordChar = (cp: number): boolean => cp === 45 /* - */ || letterOrDigit(cp);

/**
 * A letter or an ASCII digit: what a word is made of, its edges as the scanner sees them (see `wordsOf`). A letter
 * beyond ASCII is remembered, since a story uses few.
 */
export function letterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let known = LETTERS.get(cp);
  if (known === undefined) LETTERS.set(cp, (known = LETTER.test(String.fromCodePoint(cp))));
  return known;
}
const LETTER = /^\p{L}$/u;
const LETTERS = new Map<number, boolean>();

/** Whether a letter, digit or hyphen ends right before `at` (a letter outside the BMP counts whole). */
function wordBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const cp =
    low >= 0xdc00 && low <= 0xdfff && at >= 2 && isHigh(text.charCodeAt(at - 2)) ? text.codePointAt(at - 2)! : low;
  return wordChar(cp);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** No letter, digit or hyphen at `end`. */
export function noWordAfter(text: string, end: number): boolean {
  return end >= text.length || !wordChar(text.codePointAt(end)!);
}
