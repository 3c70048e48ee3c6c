import fc from 'fast-check';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndex } from '../src/app.js';
import type { DataProblem } from '../src/corpus/types.js';
import type { Article } from '../src/corpus/types.js';
import { dispatch } from '../src/dispatch.js';
import { ARTICLE_LIMITS, eachArticle, LimitExceeded } from '../src/extract/isolate.js';
import type { CorpusIndex } from '../src/index/build.js';
import { cleanTyped } from '../src/render/escape.js';
import { seedIndex } from './support/corpus.js';
import { pathologicalFile, type PathologicalShape } from './support/pathological.js';
import { tempDir } from './support/tmp.js';

const seeds = seedIndex();
const seedIds = seeds.articles.map((a) => a.id);

/** What the five articles answer, as keys: the same with any bad file beside them. */
function fingerprint(index: CorpusIndex, articles: string[]) {
  const keep = (article: string) => articles.includes(article);
  return {
    quotes: index.quotes
      .filter((q) => keep(q.citation.article))
      .map((q) => `${q.citation.article}:${q.citation.start}:${q.speaker?.name ?? '?'}`),
    figures: index.figures
      .filter((f) => keep(f.citation.article))
      .map((f) => `${f.citation.article}:${f.citation.start}:${f.value}`)
      .sort(),
    // Events merge across articles, so a bad file's sentences may join one: the seeds' citations must all still be
    // there.
    events: index.events
      .flatMap((e) => e.citations.filter((c) => keep(c.article)).map((c) => `${c.article}:${c.start}`))
      .sort(),
  };
}

/** A copy of data/ with one more file in articles/, as an operator would drop it. */
function withFile(name: string, source: string): string {
  const dir = tempDir();
  cpSync('data', dir, { recursive: true });
  writeFileSync(join(dir, 'articles', name), source);
  return dir;
}

const article = (file: string) => ({ id: file, file }) as Article;

describe('one article never stops the others', () => {
  it(
    'a stage that throws for one article leaves it out with a reason naming the file, and quotes ' +
      'nothing of the error',
    () => {
      const failed: DataProblem[] = [];
      const done = eachArticle(
        [article('a.md'), article('b.md'), article('c.md')],
        (a) => a,
        'reading events',
        (a) => {
          if (a.file === 'b.md') throw new SyntaxError('Invalid regular expression: /(?<![\\p{L}])Xyzabc@everyone/');
          return a.file;
        },
        failed,
      );
      expect(done.map((d) => d.result)).toEqual(['a.md', 'c.md']);
      expect(failed).toEqual([
        {
          file: 'b.md',
          reason: 'reading events failed (SyntaxError); the article was skipped',
          detail: expect.stringContaining('Xyzabc') as string,
        },
      ]);
    },
  );

  it('a limit passed says what and how many, in one line', () => {
    const failed: DataProblem[] = [];
    eachArticle(
      [article('list.md')],
      (a) => a,
      'reading',
      () => {
        throw new LimitExceeded('figures', 34_991);
      },
      failed,
    );
    expect(failed[0]!.reason).toBe(
      `yields 34,991 figures; a news article yields at most ` +
        `${ARTICLE_LIMITS.figures.toLocaleString('en-US')}, so it was skipped`,
    );
  });

  // The two files of the report: a 1 MB blob (a regexp was built from it) and 110,000 short lines (start-up took
  // minutes).
  it.each<[PathologicalShape, 'served' | 'skipped']>([
    ['huge-token', 'served'],
    ['short-lines', 'skipped'],
  ])(
    'a full-size %s file beside the five articles: the five answer as before, and the file is %s',
    (shape, fate) => {
      const file = pathologicalFile(shape);
      const index = loadIndex(withFile(file.name, file.source));
      expect(fingerprint(index, seedIds)).toEqual(fingerprint(seeds, seedIds));
      const skipped = index.skipped.find((p) => p.file === file.name);
      if (fate === 'skipped') {
        expect(skipped?.reason).toMatch(/^yields (about )?[\d,]+ sentences; a news article yields at most/);
        expect(index.articles.map((a) => a.id)).toEqual(seedIds);
      } else {
        expect(skipped).toBeUndefined();
        expect(index.articles).toHaveLength(seedIds.length + 1);
      }
      const sources = dispatch(index, { kind: 'command', name: 'sources', options: {}, userId: 'u' }).out;
      expect(sources.kind === 'reply' && sources.reply.embeds[0]!.title).toBeTruthy();
    },
    30_000,
  );
});

/** Pieces hostile files are made of: unbalanced and nested quotation marks, numbers, dates, names, markup, controls. */
const piece = fc.oneof(
  fc.constantFrom(
    '„',
    '“',
    '”',
    '«',
    '»',
    '‹',
    '›',
    '"',
    "'",
    ':',
    ',',
    '.',
    '. ',
    '!',
    '?',
    '\n',
    '\n\n',
    ' ',
    '-',
    '–',
    '(',
    ')',
    '[',
    ']',
    '*',
    '#',
    '---',
    '@everyone',
    '\u202e',
    '\u0000',
    '\ud83d',
    'ß',
  ),
  fc.constantFrom(
    'Musk',
    'Altman',
    'Sam Altman',
    'Elon Musks',
    'OpenAI',
    'Twitter',
    'er',
    'sie',
    'sagte',
    'bot',
    'Angebot',
    'gründete',
    'lehnte ab',
    'reagierte',
    'Milliarden',
    'Mrd.',
    'Dollar',
    'Euro',
    '%',
  ),
  fc.constantFrom(
    '2015',
    '97,4',
    '97.400',
    '1.000.000',
    '10. Februar 2025',
    'am Montag',
    'gestern',
    'Ende 2015',
    'vor drei Tagen',
    'desselben Jahres',
    '12.02.2025',
    "100'000",
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 0, max: 1e12 }).map(String),
);
const body = fc.array(piece, { minLength: 1, maxLength: 300 }).map((parts) => parts.join(''));
const FRONT =
  '---\nid: feindselig\ntitle: "Feindselig"\noutlet: null\npublished: 2025-02-11\nlanguage: de\nurl: null\n---\n';
/** Whole files: a valid front matter over a hostile body, or anything at all. */
const hostileFile = fc.oneof(
  body.map((b) => FRONT + b),
  fc.string({ unit: 'binary', maxLength: 400 }),
  body,
);

describe('generated hostile files', () => {
  it('whatever one file holds, the bot starts and answers from the five good articles', () => {
    const dir = tempDir();
    cpSync('data', dir, { recursive: true });
    const expected = fingerprint(seeds, seedIds);
    fc.assert(
      fc.property(hostileFile, (source) => {
        writeFileSync(join(dir, 'articles', 'zz-feindselig.md'), source);
        const index = loadIndex(dir);
        expect(index.articles.map((a) => a.id).filter((id) => seedIds.includes(id))).toEqual(seedIds);
        expect(fingerprint(index, seedIds)).toEqual(expected);
        for (const [name, options] of [
          ['timeline', {}],
          ['quote', { person: 'altman' }],
          ['factcheck', { claim: '97,4 Milliarden' }],
          ['sources', {}],
        ] as const) {
          const { out, error } = dispatch(index, { kind: 'command', name, options, userId: 'u', locale: 'de' });
          expect(error).toBeUndefined();
          expect(out.kind === 'reply' && out.reply.embeds.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS_FILES ?? 100) },
    );
  }, 120_000);
});

describe('typed input shown back', () => {
  it('loses controls, bidi controls and half surrogates, keeps emoji, and is composed', () => {
    expect(cleanTyped('Mus\u202ek\u0000 \u2066x\u2069')).toBe('Musk x');
    expect(cleanTyped('a\nb\r\nc\td')).toBe('a b c d');
    expect(cleanTyped('💣 \ud83d x \udca3')).toBe('💣  x ');
    expect(cleanTyped('Re\u0301sume\u0301')).toBe('Résumé');
  });
});

describe('a body with more sentence ends than an article has sentences', () => {
  it('is skipped before it is read whole, and an ordinary long read is not', async () => {
    const { withinSentenceEnds, LimitExceeded } = await import('../src/extract/isolate.js');
    expect(() => withinSentenceEnds('Ja.\n'.repeat(30_000))).toThrow(LimitExceeded);
    // About 5,000 sentences of ordinary length, dates and decimals inside: read whole, as before.
    const longRead = 'Am 03.05.2031 kostete es 4,7 Millionen, sagte Anna Huber vor dem Rat der Stadt. '.repeat(5_000);
    expect(() => withinSentenceEnds(longRead)).not.toThrow();
  });
});
