import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndex } from '../src/app.js';
import type { LibraryOutcome } from '../src/corpus/addition.js';
import { Cooldowns } from '../src/discord/cooldown.js';
import { serverStories, type ServerStoriesOptions } from '../src/discord/servers.js';
import { tempDir } from './support/tmp.js';

// Each server its own story (src/discord/servers.ts), without Discord: what a server adds is its own, read with the
// operator's articles; the refusals of a page that cannot or may not be read; replicas sharing one data folder.

const A = '200000000000000001';
const B = '200000000000000002';
const PAGE = readFileSync('test/fixtures/pages/sueddeutsche-flixtrain.html');
const TEASER = '<html lang="de"><head><title>Kurz</title></head><body><p>Nur ein Satz.</p></body></html>';

let web: Server;
let base: string;
const served: string[] = [];

beforeAll(async () => {
  web = createServer((req, res) => {
    served.push(req.url ?? '');
    if (req.url === '/flixbus.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (req.url === '/teaser.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(TEASER);
    if (req.url === '/huge.html')
      return res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.alloc(2_100_000, 'a'));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => web.close(resolve)));

function shelf(data: string, extra: Partial<ServerStoriesOptions> = {}) {
  const index = loadIndex(data);
  return serverStories({
    dataDir: data,
    operator: () => index,
    logger: pino({ level: 'silent' }),
    additions: new Cooldowns(20, 3_600_000),
    fetching: { allow: ['127.0.0.1'] },
    ...extra,
  });
}

function dataFolder(): string {
  const data = tempDir();
  cpSync('data', data, { recursive: true });
  return data;
}

const why = (outcome: LibraryOutcome) => ('why' in outcome ? outcome.why : outcome.done);
/** The story as soon as it is read. */
const settled = async (stories: ReturnType<typeof shelf>, id: string) => {
  const story = stories.storyOf(id);
  return story.pending ? await story.pending : story;
};

describe("a server's own articles", () => {
  it('are its own: read with the operator articles, in no other server, and gone once removed', async () => {
    const data = dataFolder();
    const stories = shelf(data);
    const added = await stories.libraryOf(A).add({ url: `${base}/flixbus.html` });
    expect(added).toMatchObject({
      done: 'added',
      article: { id: 'flixbus-attackiert-deutsche-bahn', outlet: 'Süddeutsche.de', published: '2019-05-15' },
    });
    const own = await settled(stories, A);
    expect(own.own.map((a) => a.id)).toEqual(['flixbus-attackiert-deutsche-bahn']);
    expect(own.index.articles).toHaveLength(6);
    expect(own.index.quotes.some((q) => q.citation.article === 'flixbus-attackiert-deutsche-bahn')).toBe(true);
    const other = await settled(stories, B);
    expect(other.own).toEqual([]);
    expect(other.index.articles).toHaveLength(5);
    expect(why(await stories.libraryOf(B).remove('flixbus-attackiert-deutsche-bahn'))).toBe('missing');
    expect(why(await stories.libraryOf(A).remove('flixbus-attackiert-deutsche-bahn'))).toBe('removed');
    expect((await settled(stories, A)).index.articles).toHaveLength(5);
    expect(readdirSync(join(data, 'servers', A, 'articles'))).toEqual([]);
  }, 30_000);

  it('are seen by another replica sharing the data folder, added or removed', async () => {
    const data = dataFolder();
    const [one, two] = [shelf(data), shelf(data)];
    expect((await settled(two, A)).own).toEqual([]);
    await one.libraryOf(A).add({ url: `${base}/flixbus.html` });
    // The other replica looks at the folder again within a second of its last look.
    await expect.poll(async () => (await settled(two, A)).own.length, { timeout: 10_000, interval: 300 }).toBe(1);
    await one.libraryOf(A).remove('flixbus-attackiert-deutsche-bahn');
    await expect
      .poll(async () => (await settled(two, A)).index.articles.length, { timeout: 10_000, interval: 300 })
      .toBe(5);
  }, 30_000);

  it('refuse what may not or cannot be read, each with its kind; every attempt counts to the limit', async () => {
    const data = dataFolder();
    const stories = shelf(data, { fetching: {} });
    const library = stories.libraryOf(A);
    const first = served.length;
    for (const url of [
      `${base}/flixbus.html`,
      'http://10.0.0.8/artikel',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/artikel',
      'ftp://example.org/artikel.html',
    ])
      expect(why(await library.add({ url })), url).toBe('address');
    // Outside the test-only setting not even the test's own server on 127.0.0.1 is asked.
    expect(served.length).toBe(first);

    const allowed = shelf(data).libraryOf(A);
    expect(why(await allowed.add({ url: `${base}/teaser.html` }))).toBe('text');
    expect(why(await allowed.add({ url: `${base}/huge.html` }))).toBe('size');
    expect(why(await allowed.add({ url: `${base}/missing.html` }))).toBe('unreachable');
    const before = served.length;
    const big = { url: `${base}/flixbus.html`, name: 'artikel.html', size: 3_000_000 };
    expect(why(await allowed.add({ file: big }))).toBe('size');
    expect(why(await allowed.add({ file: { ...big, name: 'artikel.docx', size: 10 } }))).toBe('type');
    // Refused by what the sender said of the file: nothing was fetched.
    expect(served.length).toBe(before);

    const limited = shelf(data, { additions: new Cooldowns(1, 3_600_000) }).libraryOf(B);
    expect(why(await limited.add({ url: `${base}/teaser.html` }))).toBe('text');
    const over = await limited.add({ url: `${base}/flixbus.html` });
    expect(over).toMatchObject({ why: 'limit' });
    expect('waitMs' in over && over.waitMs).toBeGreaterThan(3_500_000);
  }, 30_000);

  it('never overwrite a file already there, even one the folder cannot read', async () => {
    const data = dataFolder();
    const articles = join(data, 'servers', A, 'articles');
    mkdirSync(articles, { recursive: true });
    // Another replica's file of that name, half-written as far as this one can tell: not read, still not replaced.
    writeFileSync(join(articles, 'flixbus-attackiert-deutsche-bahn.md'), 'kein Artikel');
    const added = await shelf(data)
      .libraryOf(A)
      .add({ url: `${base}/flixbus.html` });
    expect(added).toMatchObject({ done: 'added', article: { id: 'flixbus-attackiert-deutsche-bahn-2' } });
    expect(readFileSync(join(articles, 'flixbus-attackiert-deutsche-bahn.md'), 'utf8')).toBe('kein Artikel');
    expect(readdirSync(articles).sort()).toEqual([
      'flixbus-attackiert-deutsche-bahn-2.md',
      'flixbus-attackiert-deutsche-bahn.md',
    ]);
  }, 30_000);

  it('keep as many stories read as they may hold sentences, the one asked least recently let go first', async () => {
    const data = dataFolder();
    const writer = shelf(data);
    for (const id of [A, B]) await writer.libraryOf(id).add({ url: `${base}/flixbus.html` });
    const sentences = (await settled(writer, A)).index.sentenceCount;
    // Room for one story and a half: reading the second lets the first go.
    const stories = shelf(data, { keep: { stories: 50, sentences: Math.round(sentences * 1.5) } });
    await settled(stories, A);
    expect(stories.storyOf(A).pending).toBeUndefined();
    await settled(stories, B);
    expect(stories.storyOf(B).pending).toBeUndefined();
    const again = stories.storyOf(A);
    expect(again.pending).toBeDefined();
    expect((await again.pending!).own).toHaveLength(1);
  }, 30_000);

  it('never name a folder outside the servers folder', async () => {
    const stories = shelf(dataFolder());
    expect(stories.storyOf('../../etc').own).toEqual([]);
    expect(stories.storyOf(null).index.articles).toHaveLength(5);
    expect(why(await stories.libraryOf('../x').add({ url: `${base}/flixbus.html` }))).toBe('write');
  });
});
