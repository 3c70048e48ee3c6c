import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexReading, readFolder, readSideFiles } from '../src/app.js';
import { articleFingerprint } from '../src/corpus/load.js';
import {
  articlesOf,
  codeVersion,
  packReading,
  readFolderKept,
  readSnapshot,
  snapshotKey,
  unpackReading,
  writeSnapshot,
} from '../src/snapshot.js';
import { answers, STORIES } from './support/answers.js';
import { tempDir } from './support/tmp.js';

describe('the reading kept between starts', () => {
  it.each(STORIES)(
    'answers every command on %s as the articles read anew do',
    (dir) => {
      const file = join(tempDir(), 'kept');
      const cold = readFolder(dir);
      const key = snapshotKey(articleFingerprint(join(dir, 'articles'), dir), readSideFiles(dir), codeVersion());
      writeSnapshot(file, key, cold);
      const kept = readSnapshot(file, key);
      if (!('reading' in kept)) throw new Error(`not read back: ${JSON.stringify(kept)}`);
      // Field for field, in the same order, though a sentence is kept without its article's id and words.
      expect(JSON.stringify(kept.reading)).toBe(JSON.stringify(cold));
      const builtAt = new Date(0);
      const fresh = { ...indexReading(cold), builtAt };
      const restored = { ...indexReading(kept.reading), builtAt };
      const expected = answers(fresh);
      expect(expected.length).toBeGreaterThan(10);
      expect(expected.filter((r) => JSON.stringify(r).includes('"embeds"')).length).toBeGreaterThan(10);
      expect(answers(restored)).toEqual(expected);
    },
    60_000,
  );

  it("keeps a sentence whose text is not its offsets' words, and one the scrape cut off, as they are", () => {
    const reading = readFolder('data');
    const [first, second] = reading.extraction.segmented[0]!.sentences;
    first!.text = 'Anders als die Stelle im Artikel.';
    second!.truncated = true;
    const file = join(tempDir(), 'kept');
    writeSnapshot(file, 'k', reading);
    const kept = readSnapshot(file, 'k');
    if (!('reading' in kept)) throw new Error(JSON.stringify(kept));
    expect(JSON.stringify(kept.reading)).toBe(JSON.stringify(reading));
  });

  it('is used when the files and the code are the same, and read anew and kept again when an article changes', () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const file = join(data, '.index-cache');
    // One an earlier run kept beside the shipped articles is not this test's.
    rmSync(file, { force: true });
    expect(readFolderKept(data, file).source).toEqual({ from: 'articles', because: 'missing' });
    expect(readFolderKept(data, file).source).toEqual({ from: 'snapshot' });
    const article = join(data, 'articles', readdirSync(join(data, 'articles'))[0]!);
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nEin neuer Absatz.\n`);
    expect(readFolderKept(data, file).source).toMatchObject({ from: 'articles', because: 'stale' });
    expect(readFolderKept(data, file).source).toEqual({ from: 'snapshot' });
    // An article removed, or a people list changed, is another folder too.
    rmSync(article);
    expect(readFolderKept(data, file).source).toMatchObject({ from: 'articles', because: 'stale' });
    writeFileSync(
      join(data, 'people.json'),
      readFileSync(join(data, 'people.json'), 'utf8').replace('Altman', 'Altmann'),
    );
    expect(readFolderKept(data, file).source).toMatchObject({ from: 'articles', because: 'stale' });
    expect(readFolderKept(data, file).source).toEqual({ from: 'snapshot' });
  });

  it('tells a damaged file from an out-of-date one, never uses either, and replaces it', () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const file = join(data, '.index-cache');
    readFolderKept(data, file);
    const good = readFileSync(file);
    const damage = (bytes: Buffer) => {
      writeFileSync(file, bytes);
      const { source, reading } = readFolderKept(data, file);
      expect(reading.extraction.events.length).toBeGreaterThan(0);
      return source;
    };
    // Cut short, one byte changed, a header that is not one, and a payload that is no reading.
    expect(damage(good.subarray(0, good.length - 100))).toMatchObject({ because: 'damaged' });
    const flipped = Buffer.from(good);
    const at = flipped.length - 10;
    flipped.writeUInt8(flipped.readUInt8(at) ^ 0xff, at);
    expect(damage(flipped)).toMatchObject({ because: 'damaged', detail: 'its checksum does not match' });
    expect(damage(Buffer.from('garbage'))).toMatchObject({ because: 'damaged' });
    const header = JSON.parse(good.subarray(0, good.indexOf(0x0a)).toString()) as { key: string };
    expect(damage(Buffer.from(`${JSON.stringify({ ...header, bytes: 2, crc32: 0 })}\n{}`))).toMatchObject({
      because: 'damaged',
    });
    // Each damaged file was replaced by a good one.
    expect(readFolderKept(data, file).source).toEqual({ from: 'snapshot' });
  });

  it('reads the articles and says why when the file cannot be written', () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const { source } = readFolderKept(data, join(data, 'no-such-folder', 'kept'));
    expect(source).toMatchObject({ from: 'articles', because: 'missing', notKept: expect.stringMatching(/ENOENT/) });
  });

  it('after a change reads again only the articles it touches, and answers as the articles read anew do', () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const file = join(data, '.index-cache');
    rmSync(file, { force: true });
    readFolderKept(data, file);
    const article = join(data, 'articles', readdirSync(join(data, 'articles'))[1]!);
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nEin erfundener Absatz, der niemanden nennt.\n`);
    const { source, reading } = readFolderKept(data, file);
    expect(source).toMatchObject({ from: 'articles', because: 'stale', reread: 1 });
    expect(JSON.stringify(reading)).toBe(JSON.stringify(readFolder(data)));
    expect(readFolderKept(data, file).source).toEqual({ from: 'snapshot' });
    // A file of other code keeps nothing that may serve: every article is read again.
    const key = snapshotKey(articleFingerprint(join(data, 'articles'), data), readSideFiles(data), codeVersion());
    expect(readSnapshot(file, `${key}-other`)).toMatchObject({ stale: expect.any(String), readings: expect.any(Map) });
    expect(readSnapshot(file, `${key}-other`, 'other code')).toEqual({ stale: 'it was read from other files or code' });
  });
});

describe('a reading sent to the answering thread', () => {
  it('goes without the articles the receiver holds, and comes back whole', () => {
    const reading = readFolder('data');
    const whole = JSON.stringify(reading);
    const held = articlesOf(reading);
    const [first, ...others] = reading.extraction.segmented;
    // The receiver holds every article but the first; the sender knows which it sent, as the very objects.
    const sent = new Map(others.map((s) => [s.article.id, s]));
    const packed = packReading(reading, sent);
    const bodies = others.reduce((n, s) => n + s.article.body.length, 0);
    expect(packed.length).toBeLessThan(packReading(reading).length - bodies);
    const unpacked = unpackReading(packed, held);
    expect(JSON.stringify(unpacked)).toBe(whole);
    expect(unpacked.extraction.segmented.slice(1).every((s) => held.get(s.article.id) === s)).toBe(true);
    expect(unpacked.extraction.segmented[0]).not.toBe(first);
    // A receiver that does not hold them cannot make the reading up.
    expect(() => unpackReading(packReading(reading, sent))).toThrow(/does not hold/);
  });
});
