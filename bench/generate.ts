import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../src/corpus/frontmatter.js';

/**
 * Deterministic corpora of any size made from the seed articles: people, numbers, dates and
 * paragraph order vary, so extraction and search do real work on text that reads like news.
 * Written to a temporary folder; never committed.
 */

/** mulberry32: a small, fast, seeded PRNG, so the same seed gives the same corpus on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Lena',
  'Jonas',
  'Mara',
  'Felix',
  'Nora',
  'Paul',
  'Ida',
  'Emil',
  'Greta',
  'Theo',
  'Clara',
  'Anton',
  'Frieda',
  'Oskar',
  'Hanna',
  'Moritz',
];
const LAST = [
  'Hartmann',
  'Brenner',
  'Vogel',
  'Kessler',
  'Lindner',
  'Roth',
  'Seidel',
  'Falk',
  'Winter',
  'Adler',
  'Baumann',
  'Kraus',
  'Lorenz',
  'Pohl',
  'Stein',
  'Ziegler',
  'Engel',
  'Frey',
  'Graf',
  'Haas',
];

interface Seed {
  title: string;
  published: string | null;
  body: string;
}

function readSeeds(dataDir: string): Seed[] {
  return readdirSync(join(dataDir, 'articles'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const parsed = parseFrontMatter(readFileSync(join(dataDir, 'articles', f), 'utf8'));
      if (!parsed.ok) throw new Error(`${f}: ${parsed.error}`);
      return {
        title: String(parsed.fields.title),
        published: parsed.fields.published as string | null,
        body: parsed.body,
      };
    });
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/** Rewrites one seed into a new article: other people, other numbers, shifted years, shuffled paragraphs. */
function vary(
  seed: Seed,
  rnd: () => number,
  people: { first: string; last: string }[],
): { body: string; title: string; published: string | null } {
  let body = seed.body;
  let title = seed.title;
  // The two rivals become two of the generated people, consistently within the article.
  const [a, b] = [pick(rnd, people), pick(rnd, people)];
  for (const [from, to] of [
    ['Elon Musk', `${a.first} ${a.last}`],
    ['Sam Altman', `${b.first} ${b.last}`],
    ['Musk', a.last],
    ['Altman', b.last],
  ] as const) {
    body = body.split(from).join(to);
    title = title.split(from).join(to);
  }
  const shift = Math.floor(rnd() * 11) - 5;
  body = body.replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) + shift));
  // Numbers keep their notation (97,4 / 9.740 / 100'000) but not their value.
  body = body.replace(/\b(\d{1,3})([,.'])(\d{1,3})\b/g, (_m, x: string, sep: string, y: string) => {
    const whole = Math.max(1, Math.floor(rnd() * 10 ** x.length));
    const part = String(Math.floor(rnd() * 10 ** y.length)).padStart(y.length, '0');
    return `${whole}${sep}${part}`;
  });
  body = body.replace(/\b(\d{2,3})(?= (?:Milliarden|Millionen))/g, () => String(10 + Math.floor(rnd() * 900)));
  const paragraphs = body.split('\n\n');
  if (paragraphs.length > 4) {
    const head = paragraphs.slice(0, 2);
    const rest = paragraphs.slice(2);
    for (let i = rest.length - 1; i > 0; i--) {
      if (rnd() < 0.5) continue;
      const j = Math.floor(rnd() * (i + 1));
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    body = [...head, ...rest].join('\n\n');
  }
  const precision = rnd();
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `2025-${two(1 + Math.floor(rnd() * 12))}-${two(1 + Math.floor(rnd() * 28))}`;
  const published = precision < 0.3 ? null : precision < 0.5 ? day.slice(0, 7) : day;
  return { body, title, published };
}

/** Writes a corpus of `count` articles (and a people.json naming everyone in it) and returns its folder. */
export function generateCorpus(count: number, seed = 42, dataDir = 'data'): string {
  const seeds = readSeeds(dataDir);
  const rnd = random(seed);
  const dir = join(tmpdir(), `rivalen-bench-${count}-${seed}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  const generated = FIRST.flatMap((first) => LAST.map((last) => ({ first, last })));
  const basePeople = JSON.parse(readFileSync(join(dataDir, 'people.json'), 'utf8')) as { people: { id: string }[] };
  const people = [
    ...basePeople.people,
    ...generated.map(({ first, last }) => ({
      id: `${first}-${last}`.toLowerCase(),
      name: `${first} ${last}`,
      gender: ['Lena', 'Mara', 'Nora', 'Ida', 'Greta', 'Clara', 'Frieda', 'Hanna'].includes(first) ? 'f' : 'm',
      aliases: [],
      descriptors: [],
      roles: [],
    })),
  ];
  writeFileSync(join(dir, 'people.json'), JSON.stringify({ people }, null, 1));
  for (let k = 0; k < count; k++) {
    const source = seeds[k % seeds.length]!;
    const { body, title, published } = k < seeds.length ? source : vary(source, rnd, generated);
    const id = `gen-${String(k).padStart(5, '0')}`;
    const front = [
      '---',
      `id: ${id}`,
      `title: ${JSON.stringify(title)}`,
      'outlet: null',
      `published: ${JSON.stringify(published)}`,
      'language: de',
      'url: null',
      'seed: null',
      '---',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'articles', `${id}.md`), front + body);
  }
  return dir;
}
