/**
 * Hostile but valid article files, each just under the 1 MB limit: what a broken scrape, a pasted
 * blob or a malicious operator could drop into `data/articles/`. Shared by the regression tests
 * (small sizes) and the bench (full size), so both measure the same shapes.
 */
export interface PathologicalFile {
  name: string;
  /** The whole file: front matter and body. */
  source: string;
}

const FRONT = (id: string) => `---\nid: ${id}\ntitle: "Pathologisch ${id}"\noutlet: "Test"\npublished: 2025-02-11\nlanguage: de\nurl: null\n---\n`;

/** Repeats `unit` until the body is about `bytes` long (UTF-8 bytes of ASCII units). */
function fill(unit: (i: number) => string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const word = (i: number) => LETTERS[i % 26]! + LETTERS[Math.floor(i / 26) % 26]! + LETTERS[Math.floor(i / 676) % 26]!;

export const PATHOLOGICAL_SHAPES = {
  /** ~110,000 lines of `Ein Satz.`. */
  'short-lines': (bytes: number) => fill(() => 'Ein Satz.\n', bytes),
  /** One run of letters without a space: a regexp built from a word of it would be this long. */
  'huge-token': (bytes: number) => fill(() => 'Xyzabc', bytes),
  /** Opening quotation marks that never close, between short words. */
  'unbalanced-quotes': (bytes: number) => fill((i) => `„${word(i)} sagte Musk `, bytes),
  /** Quotation pairs, each with a speaker: the shape a quote extractor pairs up. */
  'quote-pairs': (bytes: number) => fill((i) => `„Wir ${word(i)}“, sagte Altman. `, bytes),
  /** Numbers and amounts without end. */
  'many-numbers': (bytes: number) => fill((i) => `${i % 1000},${i % 10} Milliarden Dollar und `, bytes),
  /** Capitalised words: proper-name and topic candidates. */
  'capitalised-words': (bytes: number) => fill((i) => `Wort${word(i)} `, bytes),
  /** One sentence of 1 MB: words, no full stop. */
  'one-sentence': (bytes: number) => fill((i) => `und ${word(i)} sagte Musk am ${(i % 28) + 1}. Februar 2025 für 97,4 Milliarden, `, bytes),
  /** Glued headings: lower→upper joints the cleaner inspects. */
  'glued-joints': (bytes: number) => fill((i) => `kapitel${word(i)}Als `, bytes),
} satisfies Record<string, (bytes: number) => string>;

export type PathologicalShape = keyof typeof PATHOLOGICAL_SHAPES;

/** Just under the loader's 1 MB limit, front matter included. */
export const FULL_SIZE = 990_000;

export function pathologicalFile(shape: PathologicalShape, bytes = FULL_SIZE): PathologicalFile {
  const id = `pathologisch-${shape}`;
  return { name: `${id}.md`, source: FRONT(id) + PATHOLOGICAL_SHAPES[shape](bytes) + '\n' };
}
