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

const FRONT = (id: string) =>
  `---\nid: ${id}\ntitle: "Pathologisch ${id}"\noutlet: "Test"\npublished: 2025-02-11\nlanguage: de\nurl: null\n---\n`;

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

/** Each shape: what it is, for the bench's table, and its body of about `bytes` bytes. */
export const PATHOLOGICAL_SHAPES = {
  'short-lines': { what: '99,000 lines of `Ein Satz.`', body: (bytes: number) => fill(() => 'Ein Satz.\n', bytes) },
  /** One run of letters without a space: a regexp built from a word of it would be this long. */
  'huge-token': { what: 'one 1 MB token, no space', body: (bytes: number) => fill(() => 'Xyzabc', bytes) },
  'unbalanced-quotes': {
    what: '20,000 opening „ never closed',
    body: (bytes: number) => fill((i) => `„${word(i)} sagte Musk und meinte damit etwas anderes. `, bytes),
  },
  /** Quotation pairs with a speaker each: what a quote extractor pairs up and attributes. */
  'quote-pairs': {
    what: '34,000 quotations with speakers',
    body: (bytes: number) => fill((i) => `„Wir ${word(i)}“, sagte Altman. `, bytes),
  },
  'many-numbers': {
    what: '55,000 amounts',
    body: (bytes: number) => fill((i) => `${(i % 900) + 100} Mio. Euro und `, bytes),
  },
  'capitalised-words': {
    what: '58,000 capitalised words',
    body: (bytes: number) => fill((i) => `Wort${word(i)} ist hier `, bytes),
  },
  'one-sentence': {
    what: 'one 1 MB sentence of dated deeds',
    body: (bytes: number) =>
      fill((i) => `und ${word(i)} sagte Musk am ${(i % 28) + 1}. Februar 2025 für 97,4 Milliarden, `, bytes),
  },
  /** Lower→upper joints the cleaner inspects for glued headings. */
  'glued-joints': {
    what: '70,000 glued lower→upper joints',
    body: (bytes: number) => fill((i) => `kapitel${word(i)}Als `, bytes),
  },
} satisfies Record<string, { what: string; body: (bytes: number) => string }>;

export type PathologicalShape = keyof typeof PATHOLOGICAL_SHAPES;

/** Just under the loader's 1 MB limit, front matter included. */
export const FULL_SIZE = 990_000;

export function pathologicalFile(shape: PathologicalShape, bytes = FULL_SIZE): PathologicalFile {
  const id = `pathologisch-${shape}`;
  return { name: `${id}.md`, source: FRONT(id) + PATHOLOGICAL_SHAPES[shape].body(bytes) + '\n' };
}
