import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/tmp.js';
import { parseFrontMatter } from '../src/corpus/frontmatter.js';
import { loadArticles, loadPeople, parseArticleFile, type ReadFiles } from '../src/corpus/load.js';
import { loadIndex } from '../src/app.js';

const good = (extra = '', body = 'Text.') =>
  `---\nid: test-article\ntitle: "Ein Titel: mit Doppelpunkt"\noutlet: null\npublished: ` +
  `"2025-02-11"\nlanguage: de\nurl: null\n${extra}---\n${body}`;
const parse = (text: string | Uint8Array) =>
  parseArticleFile('x.md', typeof text === 'string' ? new TextEncoder().encode(text) : text);
const reasonOf = (text: string | Uint8Array) => {
  const result = parse(text);
  return 'problem' in result ? result.problem.reason : null;
};

describe('front matter', () => {
  it('reads JSON strings, bare words, null and numbers; the body is everything after the fence', () => {
    const result = parseFrontMatter('---\na: "x: y"\nb: bare words\nc: null\nd: 3\n---\nline 1\n\nline 2');
    expect(result).toEqual({
      ok: true,
      fields: { a: 'x: y', b: 'bare words', c: null, d: 3 },
      body: 'line 1\n\nline 2',
    });
  });

  it('says what is wrong, with the line', () => {
    expect(parseFrontMatter('no fence')).toMatchObject({
      ok: false,
      error: expect.stringContaining('start with a line "---"'),
    });
    expect(parseFrontMatter('---\na: 1\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('no closing line'),
    });
    expect(parseFrontMatter('---\njust text\n---\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('line 2'),
    });
    expect(parseFrontMatter('---\na: "open\n---\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('"a"'),
    });
    expect(parseFrontMatter('---\na: 1\na: 2\n---\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('twice'),
    });
  });
});

describe('article files', () => {
  it('accepts a valid article and keeps its body exactly', () => {
    const result = parse(good('', '  Body with  spacing\n'));
    expect('article' in result && result.article.body).toBe('  Body with  spacing\n');
  });

  it('names the field and what was expected, in one line', () => {
    expect(reasonOf(good().replace('"2025-02-11"', '"2025-02-30"'))).toBe(
      'field "published": expected a real date as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM',
    );
    expect(reasonOf(good('color: red\n'))).toBe('unknown field "color"');
    expect(reasonOf(good().replace('id: test-article\n', ''))).toBe('field "id": expected text, but it is missing');
    expect(reasonOf(good().replace('id: test-article', 'id: Not A Slug'))).toContain(
      'field "id": expected a lower-case slug',
    );
    expect(reasonOf(good().replace('url: null', 'url: ftp://x'))).toContain('field "url"');
    expect(reasonOf(good('', '   \n'))).toContain('article body is empty');
  });

  it('refuses binary, non-UTF-8 and oversized files', () => {
    expect(reasonOf(new Uint8Array([0x2d, 0x2d, 0x2d, 0, 1, 2]))).toContain('binary');
    expect(reasonOf(new Uint8Array([...new TextEncoder().encode(good()), 0xff, 0xfe]))).toContain('not valid UTF-8');
    expect(reasonOf(good('', 'x'.repeat(1_100_000)))).toContain('expected at most');
  });

  it('skips a duplicate id and keeps the first file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), good());
    writeFileSync(join(dir, 'b.md'), good());
    writeFileSync(join(dir, 'notes.json'), '{}');
    const { articles, skipped } = loadArticles(dir);
    expect(articles.map((a) => a.file)).toEqual(['a.md']);
    expect(skipped).toEqual([
      { file: 'b.md', reason: 'field "id": "test-article" is already used by a.md; expected a unique id' },
      {
        file: 'notes.json',
        reason: 'not an article file; expected a .md or .txt file with front matter, or a .html page',
      },
    ]);
  });
});

describe('links and other things that are not files', () => {
  it(
    'follow a link inside the data folder, and skip one outside or to nothing, a folder and a pipe, ' +
      'quoting none of them',
    () => {
      const root = tempDir();
      const dir = join(root, 'articles');
      mkdirSync(join(root, 'archive'), { recursive: true });
      mkdirSync(dir);
      writeFileSync(join(root, 'archive', 'kept.md'), good());
      symlinkSync(join(root, 'archive', 'kept.md'), join(dir, 'a-inside.md'));
      symlinkSync(secretOutside(), join(dir, 'b-passwd.md'));
      symlinkSync(join(root, 'gone.md'), join(dir, 'c-dangling.md'));
      mkdirSync(join(dir, 'd-folder.md'));
      execFileSync('mkfifo', [join(dir, 'e-pipe.md')]);
      const { articles, skipped } = loadArticles(dir, root);
      expect(articles.map((a) => a.file)).toEqual(['a-inside.md']);
      expect(skipped).toEqual([
        { file: 'b-passwd.md', reason: 'is a link to a file outside the data folder; skipped' },
        { file: 'c-dangling.md', reason: 'is a link to nothing (dangling); skipped' },
        { file: 'd-folder.md', reason: 'is a folder, not a file; skipped' },
        { file: 'e-pipe.md', reason: 'is not a regular file (a device, pipe or socket); skipped' },
      ]);
    },
  );

  it('read people.json through a link only inside the data folder', () => {
    const root = tempDir();
    symlinkSync(secretOutside(), join(root, 'people.json'));
    expect(loadPeople(join(root, 'people.json'), root).problems).toEqual([
      {
        file: 'people.json',
        reason: 'is a link to a file outside the data folder; no people list is used until it is fixed',
      },
    ]);
  });
});

describe('the shipped data', () => {
  const { articles, skipped } = loadArticles('data/articles');

  it('has the five seed articles and nothing skipped', () => {
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.seed)).toEqual([
      '000_091a4cb24f1fbdc5.txt',
      '001_f8f178044f280a9c.txt',
      '002_d69c59094d66a187.txt',
      '003_23dac803182a2009.txt',
      '004_95a9124085f853ca.txt',
    ]);
  });

  it('records only what the texts state', () => {
    const meta = articles.map(({ outlet, published, url }) => ({ outlet, published, url }));
    expect(meta).toEqual([
      { outlet: 'eleconomista', published: null, url: null },
      { outlet: null, published: null, url: null },
      { outlet: null, published: null, url: null },
      { outlet: null, published: '2025-01', url: null },
      { outlet: null, published: '2025-02-11T15:40', url: null },
    ]);
  });

  it(
    'stores every seed text byte for byte after the front matter (by the hashes taken from the ' + 'delivered seeds)',
    () => {
      const { seeds } = JSON.parse(readFileSync('test/gold/seed-hashes.json', 'utf8')) as {
        seeds: Record<string, string>;
      };
      expect(Object.keys(seeds)).toHaveLength(articles.length);
      for (const a of articles)
        expect(createHash('sha256').update(a.body, 'utf8').digest('hex'), a.seed!).toBe(seeds[a.seed!]);
    },
  );

  it('has a valid people.json naming everyone quoted', () => {
    const { people, problems } = loadPeople('data/people.json');
    expect(problems).toEqual([]);
    const names = people.map((p) => p.name);
    for (const n of [
      'Elon Musk',
      'Sam Altman',
      'Donald Trump',
      'Masayoshi Son',
      'Larry Ellison',
      'Bret Taylor',
      'Marc Toberoff',
      'Satya Nadella',
      'Karoline Leavitt',
    ]) {
      expect(names).toContain(n);
    }
  });

  it('drops an alias that names two people, saying so, and keeps the people', () => {
    const dir = tempDir();
    const person = (id: string) => ({
      id,
      name: id,
      gender: 'm',
      aliases: ['Chef', `${id}-alias`],
      descriptors: [],
      roles: [],
    });
    writeFileSync(join(dir, 'people.json'), JSON.stringify({ people: [person('a'), person('b')] }));
    const { people, problems } = loadPeople(join(dir, 'people.json'));
    expect(people.map((p) => p.aliases)).toEqual([['a-alias'], ['b-alias']]);
    expect(problems).toEqual([{ file: 'people.json', reason: '"chef" names a and b; ignored for all of them' }]);
  });

  it('takes people.json up to the limits a build can afford, and names what is past them', () => {
    const dir = tempDir();
    const path = join(dir, 'people.json');
    const person = (i: number, aliases = 10, length = 60) => ({
      id: `p-${i}`,
      name: `Name ${i}`,
      gender: 'f',
      aliases: Array.from({ length: aliases }, (_, j) => `Alias ${i} ${j} `.padEnd(length, 'x')),
      descriptors: [],
      roles: [],
    });
    writeFileSync(path, JSON.stringify({ people: Array.from({ length: 500 }, (_, i) => person(i)) }));
    expect(loadPeople(path).people).toHaveLength(500);
    for (const [people, field] of [
      [Array.from({ length: 501 }, (_, i) => person(i)), 'people'],
      [[person(0, 11)], 'people.0.aliases'],
      [[person(0, 1, 61)], 'people.0.aliases.0'],
    ] as const) {
      writeFileSync(path, JSON.stringify({ people }));
      expect(loadPeople(path).problems[0]!.reason).toMatch(new RegExp(`^field "${field.replace(/\./g, '\\.')}": `));
    }
  });

  it('reads a missing people.json as none, an unusable one as none with a problem that quotes nothing of it', () => {
    const dir = tempDir();
    const path = join(dir, 'people.json');
    // Optional, as organisations.json is: the speakers are then those the text names.
    expect(loadPeople(path)).toEqual({ people: [], problems: [] });
    writeFileSync(path, '{ not json @everyone');
    expect(loadPeople(path)).toEqual({
      people: [],
      problems: [{ file: 'people.json', reason: 'not readable JSON; no people list is used until it is fixed' }],
    });
    writeFileSync(path, JSON.stringify({ people: [{ id: 'x' }] }));
    const { people, problems } = loadPeople(path);
    expect(people).toEqual([]);
    expect(problems[0]!.reason).toMatch(/^field "people\.0\.name": .*; no people list is used until it is fixed$/);
  });
});

/** A file outside the data folder (in a folder of its own), standing in for `/etc/passwd`. */
function secretOutside(): string {
  const path = join(tempDir(), 'passwd');
  writeFileSync(path, 'root:x:0:0:root:/root:/bin/bash\n');
  return path;
}

describe('articles in another language', () => {
  it('are kept but not read, and listed with why: the rules read German', () => {
    const data = tempDir();
    mkdirSync(join(data, 'articles'));
    const file = (id: string, language: string, body: string) =>
      ['---', `id: ${id}`, `title: "${id}"`, 'outlet: null', 'published: null', `language: ${language}`, 'url: null']
        .concat(['---', body, ''])
        .join('\n');
    writeFileSync(
      join(data, 'articles', 'a.md'),
      file('seestadt', 'de-AT', '„Wir bleiben“, sagte Max Huber am Montag.'),
    );
    writeFileSync(join(data, 'articles', 'b.md'), file('lakeside', 'en', '"We stay," Max Huber said on Monday.'));
    const index = loadIndex(data);
    expect(index.articles.map((a) => a.id)).toEqual(['seestadt']);
    const problems = index.skipped.filter((p) => p.file !== 'people.json');
    expect(problems).toEqual([{ file: 'b.md', reason: 'written in "en"; the bot reads articles in German only' }]);
  });
});

describe('article files read again by a thread that keeps what it read', () => {
  it('reads again only a file that changed, and lets go of one taken away', () => {
    const root = tempDir();
    const dir = join(root, 'articles');
    cpSync('data/articles', dir, { recursive: true });
    const names = readdirSync(dir).sort();
    const kept: ReadFiles = new Map();
    const first = loadArticles(dir, root, kept);
    expect(kept.size).toBe(names.length);
    const same = loadArticles(dir, root, kept);
    expect(same.articles.every((a, i) => a === first.articles[i])).toBe(true);
    appendFileSync(join(dir, names[0]!), '\nEin erfundener Absatz.\n');
    rmSync(join(dir, names[1]!));
    const changed = loadArticles(dir, root, kept);
    expect(changed.articles[0]).not.toBe(first.articles[0]);
    expect(changed.articles[0]!.body).toMatch(/Ein erfundener Absatz\.\n$/);
    expect(changed.articles.slice(1)).toEqual(first.articles.slice(2));
    expect(changed.articles.slice(1).every((a, i) => a === first.articles[i + 2])).toBe(true);
    expect([...kept.keys()]).toEqual(names.filter((n) => n !== names[1]));
    expect(changed).toEqual(loadArticles(dir, root));
  });
});
