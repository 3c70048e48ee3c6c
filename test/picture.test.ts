import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { picturePool } from '../src/picture/pool.js';
import { afterAnswer, answerContext } from '../src/discord/answer.js';
import { factcheckCommand } from '../commands/factcheck.js';
import { timelineCommand } from '../commands/timeline.js';
import { factCheck } from '../src/factcheck/check.js';
import { headline } from '../src/render/headline.js';
import {
  factcheckPicture,
  MAX_ROWS,
  PICTURE_HEIGHT,
  PICTURE_WIDTH,
  timelinePicture,
  type FactcheckPicture,
  type TimelinePicture,
} from '../src/render/picture.js';
import { timeline } from '../src/index/queries.js';
import { dateStyle, drawPng } from '../src/picture/draw.js';
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

  it("says how many events it leaves out, in the reply's language", () => {
    const events = timeline(index, {});
    const many = [...events, ...events].sort((a, b) => (a.date?.value ?? '').localeCompare(b.date?.value ?? ''));
    expect(timelinePicture(events.slice(0, 3), 'Timeline', 'en')!.more).toBeNull();
    expect(timelinePicture(many, 'Timeline', 'en')!.more).toBe(`+ ${many.length - MAX_ROWS} more events`);
    expect(timelinePicture(many, 'Zeitleiste', 'de')!.more).toBe(`+ ${many.length - MAX_ROWS} weitere Ereignisse`);
  });

  it('follows the reply: its filters, its language, every page the same picture', () => {
    const run = (options: Record<string, string | number>, page = 0) =>
      timelineCommand.run(options, { index, lang: 'de', userId: '1' }, page);
    const son = run({ person: 'son' }).picture as TimelinePicture;
    expect(son.rows.map((r) => r.label)).toEqual(['Son kündigt Investitionen von 100 Mrd. $ an']);
    expect(son.rows[0]!.when).toBe('Dezember 2024');
    expect(run({}, 0).picture).toEqual(run({}, 2).picture);
    expect(run({ topic: 'nichts dergleichen' }).picture).toBeUndefined();
  });
});

describe('the fact-check chart, described as data', () => {
  it('has a bar for every source and value of the groups the verdict rests on, and the claim as a line', () => {
    const check = factCheck(index, 'Musk kaufte Twitter für 44 Milliarden Dollar');
    const picture = factcheckPicture(check, index.articleById, 'en')!;
    expect(picture.groups.map((g) => [g.label, g.verdict])).toEqual([
      ["Musk's purchase of Twitter", 'Sources disagree'],
    ]);
    const bars = picture.groups[0]!.bars;
    expect(bars.map((b) => [b.value, b.agrees, b.slip])).toEqual([
      [40e9, false, true],
      [44e9, true, false],
    ]);
    expect(picture.groups[0]!.claimed).toEqual({ value: 44e9, text: '44 billion dollars' });
    // Every figure the reply lists for the group is a bar (one per article and value).
    const listed = new Set(check.findings[0]!.evidence.map((e) => `${e.citation.article}|${String(e.value)}`));
    expect(bars).toHaveLength(listed.size);
  });

  it('goes with the /factcheck reply when its verdict rests on figures, and not for a year', () => {
    const run = (claim: string) => factcheckCommand.run({ claim }, { index, lang: 'de', userId: '1' }, 0);
    const bid = run('97.4').picture as FactcheckPicture;
    expect(bid.groups[0]!.label).toBe('Musks Angebot für OpenAI');
    expect(bid.groups[0]!.bars.filter((b) => b.approximate).map((b) => b.text)).toEqual(['100 Mrd. $']);
    expect(run('OpenAI wurde 2016 gegründet').picture).toBeUndefined();
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
    const chart = factcheckPicture(factCheck(index, '250 Millionen'), index.articleById, 'de')!;
    expect(pngSize(await drawPng(chart))).toEqual({ width: PICTURE_WIDTH, height: chart.height });
  }, 30_000);
});

describe('the drawing threads', () => {
  it('draw off the answering thread, which stays free, and skip a picture when too many wait', async () => {
    const pool = picturePool({ threads: 1, queue: 2 });
    try {
      const chart = factcheckPicture(factCheck(index, '97.4'), index.articleById, 'en')!;
      const many = Array.from({ length: 6 }, (_, i) => pool.draw({ ...chart, title: `${chart.title} ${i}` }));
      // While six pictures are asked for, the answering thread keeps turning: a timer set now fires at once.
      const turned = await new Promise<number>((resolve) => {
        const at = performance.now();
        setTimeout(() => resolve(performance.now() - at), 0);
      });
      expect(turned).toBeLessThan(100);
      const drawnPngs = await Promise.all(many);
      // One drawing, two waiting: the other three are skipped, never queued without bound.
      expect(drawnPngs.filter((png) => png === null)).toHaveLength(3);
      for (const png of drawnPngs.filter((p) => p !== null))
        expect(pngSize(png)).toMatchObject({ width: PICTURE_WIDTH });
      // The same picture again comes from the cache, byte for byte, without a thread.
      expect(await pool.draw({ ...chart, title: `${chart.title} 0` })).toEqual(drawnPngs[0]);
      expect(pool.pending()).toBe(0);
    } finally {
      await pool.close();
    }
    expect(
      await pool.draw({
        kind: 'timeline',
        width: 1,
        height: 1,
        title: '',
        ticks: [],
        breaks: [],
        rows: [],
        more: null,
      }),
    ).toBeNull();
  }, 30_000);
});

describe('a picture that cannot be drawn', () => {
  it('is logged, and the answer already sent stands: nothing else is sent', async () => {
    const sent: string[] = [];
    const responder = {
      respond: async () => void sent.push('respond'),
      defer: async () => void sent.push('defer'),
      editOriginal: async () => void sent.push('edit'),
      replaceWithEphemeral: async () => void sent.push('ephemeral'),
      followUpEphemeral: async () => void sent.push('follow-up'),
      attachPicture: async () => void sent.push('picture'),
    };
    const lines: { msg: string }[] = [];
    const logger = pino(
      { level: 'warn' },
      { write: (line: string) => void lines.push(JSON.parse(line) as { msg: string }) },
    );
    const broken = {
      kind: 'timeline',
      width: 0,
      height: 0,
      title: 'x',
      ticks: [{ label: '2020', at: 0 }],
      breaks: [],
      rows: [],
      more: null,
    } as TimelinePicture;
    const reply = {
      embeds: [{ description: 'text' }],
      components: [],
      allowedMentions: { parse: [] as [] },
      picture: broken,
    };
    const pictures = picturePool({ threads: 1 });
    const ctx = answerContext({ index, logger, pictures });
    try {
      await afterAnswer(reply, responder, ctx, 'key', logger);
    } finally {
      await ctx.close();
    }
    expect(sent).toEqual([]);
    expect(lines.map((l) => l.msg)).toEqual(['could not draw the picture; the answer goes without it']);
  });
});

describe('a timeline row’s date', () => {
  it('stays on one line when it fits, takes two where long and the row has room, else ends in an ellipsis', () => {
    expect(dateStyle('30. September 2024', 18, 40)).toMatchObject({ whiteSpace: 'nowrap', fontSize: 18 });
    const long = 'geplant, gemeldet bis 20. Dezember 2024';
    const two = dateStyle(long, 18, 40);
    expect(two.whiteSpace).toBe('normal');
    // Two lines of it fit the row.
    expect(2 * two.fontSize * two.lineHeight).toBeLessThanOrEqual(40 - 6);
    expect(dateStyle(long, 14, 22)).toMatchObject({ whiteSpace: 'nowrap', textOverflow: 'ellipsis', fontSize: 11 });
  });
});
