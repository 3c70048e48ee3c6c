import { describe, expect, it } from 'vitest';
import { timelineCommand } from '../commands/timeline.js';
import { headline } from '../src/render/headline.js';
import { MAX_ROWS, PICTURE_HEIGHT, PICTURE_WIDTH, timelinePicture } from '../src/render/picture.js';
import { timeline } from '../src/index/queries.js';
import { drawPng } from '../src/picture/draw.js';
import { seedIndex } from './support/corpus.js';

const index = seedIndex();

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the timeline picture, described as data', () => {
  it('has a row for every dated event of the reply, in its order, headed as the reply heads it', () => {
    const events = timeline(index, {});
    const picture = timelinePicture(events, 'Timeline', 'en')!;
    const dated = events.filter((e) => e.date !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect(picture.rows).toHaveLength(Math.min(MAX_ROWS, dated.length));
    expect(picture.rows.map((r) => r.label)).toEqual(
      dated.slice(0, MAX_ROWS).map((e) => headline(e, 'en') ?? e.summary),
    );
    for (const r of picture.rows) {
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(1);
      expect(r.start).toBeLessThanOrEqual(r.end);
      expect(r.sources).toBeGreaterThan(0);
    }
    // A day is a point, a month or a year a span.
    expect(picture.rows.filter((r) => r.precision === 'day').every((r) => r.start === r.end)).toBe(true);
    expect(picture.rows.filter((r) => r.precision !== 'day').every((r) => r.end > r.start)).toBe(true);
    expect(picture.rows.some((r) => r.precision === 'day') && picture.rows.some((r) => r.precision !== 'day')).toBe(
      true,
    );
  });

  it('follows the reply: its filters, its language, every page the same picture', () => {
    const run = (options: Record<string, string | number>, page = 0) =>
      timelineCommand.run(options, { index, lang: 'de', userId: '1' }, page);
    const son = run({ person: 'son' }).picture!;
    expect(son.rows.map((r) => r.label)).toEqual(['Son kündigt Investitionen von 100 Mrd. $ an']);
    expect(son.rows[0]!.when).toBe('Dezember 2024');
    expect(run({}, 0).picture).toEqual(run({}, 2).picture);
    expect(run({ topic: 'nichts dergleichen' }).picture).toBeUndefined();
  });
});

describe('the timeline picture, drawn', () => {
  it('is a PNG of the described size, and drawing it again comes from the cache', async () => {
    const picture = timelinePicture(timeline(index, {}), 'Zeitleiste', 'de')!;
    const png = await drawPng(picture);
    expect(pngSize(png)).toEqual({ width: PICTURE_WIDTH, height: PICTURE_HEIGHT });
    expect(await drawPng(picture)).toBe(png);
    const one = timelinePicture(timeline(index, { person: 'son' }), 'Zeitleiste', 'de')!;
    expect(pngSize(await drawPng(one))).toEqual({ width: PICTURE_WIDTH, height: one.height });
    expect(one.height).toBeLessThan(PICTURE_HEIGHT);
  }, 30_000);
});
