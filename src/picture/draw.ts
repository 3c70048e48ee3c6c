import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { BarGroup, FactcheckPicture, TimelinePicture, TimelineRow } from '../render/picture.js';

/**
 * Turns a picture described as data (`src/render/picture.ts`) into PNG bytes: satori lays it out as
 * SVG with a TrueType font shipped in an npm package (DejaVu Sans: umlauts, ß, dashes, arrows), and
 * resvg draws the SVG. Nothing is fetched: fonts and renderer come from the registry with the code.
 */
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = [
  {
    name: 'DejaVu Sans',
    data: readFileSync(join(fontDir, 'DejaVuSans.ttf')),
    weight: 400 as const,
    style: 'normal' as const,
  },
  {
    name: 'DejaVu Sans',
    data: readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf')),
    weight: 700 as const,
    style: 'normal' as const,
  },
];

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
}
const div = (style: Record<string, unknown>, children: (Node | string)[] | Node | string = []): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

const INK = '#1f2328';
const MUTED = '#6b7280';
const ACCENT = '#4f46e5';
const GRID = '#e5e7eb';
const LABEL_WIDTH = 640;
/** The widest date a row shows (`30. September 2024`, 18 characters) at the largest row font. */
const DATE_WIDTH = 200;
const MARGIN = 32;
const HEADER = 70;
const AXIS = 40;

/** The timeline as a table: one row per event, its headline on the left, its date on a time axis on the right. */
function timelineTree(p: TimelinePicture): Node {
  // Room on the right for the last mark's source count.
  const plotWidth = p.width - LABEL_WIDTH - 2 * MARGIN - 40;
  const rowHeight = Math.min(40, Math.floor((p.height - HEADER - AXIS - 16) / p.rows.length));
  const x = (f: number) => LABEL_WIDTH + MARGIN + f * plotWidth;
  const bottom = HEADER + rowHeight * p.rows.length;
  const grid = p.ticks.map((tick) =>
    div({
      position: 'absolute',
      left: x(tick.at),
      top: HEADER,
      width: 1,
      height: bottom - HEADER,
      backgroundColor: GRID,
    }),
  );
  // A label (`2024`, `Nov. 2024`) starts at its tick and needs about 80 px: where they crowd, only those with room
  // are named.
  let lastLabel = -Infinity;
  const labelled = p.ticks.filter((tick) => {
    if (x(tick.at) - lastLabel < TICK_LABEL) return false;
    lastLabel = x(tick.at);
    return true;
  });
  const ticks = labelled.map((tick) =>
    div(
      {
        position: 'absolute',
        left: x(tick.at) + 2,
        top: bottom + 8,
        width: TICK_LABEL - 4,
        whiteSpace: 'nowrap',
        fontSize: 15,
        color: MUTED,
      },
      tick.label,
    ),
  );
  // Where empty years are cut out: a gap in the grid, marked on the axis.
  const breaks = p.breaks.map((at) =>
    div(
      { position: 'absolute', left: x(at) - 12, top: bottom + 6, width: 24, justifyContent: 'center', color: MUTED },
      '//',
    ),
  );
  const rows = p.rows.map((r, i) => row(r, i, rowHeight, x));
  // `+ 5 more events`, on the title's line at the right: the reply lists them.
  const more = p.more
    ? [div({ position: 'absolute', right: MARGIN, top: 26, fontSize: 18, color: MUTED, whiteSpace: 'nowrap' }, p.more)]
    : [];
  return page(p, [...grid, ...ticks, ...breaks, ...rows, ...more]);
}

/** The room one axis label takes, in px. */
const TICK_LABEL = 80;

/** Letters of a date that fit its column at the row's size; a longer one is set smaller, never below 11 px. */
const DATE_LETTERS = 19;
const dateSize = (when: string, size: number) =>
  when.length <= DATE_LETTERS ? size : Math.max(11, Math.floor((size * DATE_LETTERS) / when.length));

/**
 * A date's column: one line, set smaller to fit; a date too long for one line even at the smallest size (`geplant,
 * gemeldet bis 20. Dezember 2024`) takes two where the row has room, and ends in an ellipsis where it has not.
 */
export function dateStyle(when: string, size: number, height: number) {
  const base = { color: MUTED, width: DATE_WIDTH, flexShrink: 0, overflow: 'hidden', lineHeight: 1.15 };
  const fitsOneLine = when.length <= Math.floor((DATE_LETTERS * size) / MIN_DATE_SIZE);
  const roomForTwo = height >= 2 * MIN_DATE_SIZE * 1.15 + 6;
  if (fitsOneLine || !roomForTwo)
    return { ...base, whiteSpace: 'nowrap', textOverflow: 'ellipsis', fontSize: dateSize(when, size) };
  const twoLines = Math.floor((height - 6) / (2 * 1.15));
  return {
    ...base,
    whiteSpace: 'normal',
    fontSize: Math.max(MIN_DATE_SIZE, Math.min(twoLines, dateSize(when, size * 2))),
  };
}
const MIN_DATE_SIZE = 11;

/**
 * Letters of a headline that fit its column at the largest row font (bold, about 0.6 em each); a longer one is set
 * smaller, never below 12 px, and past that ends in an ellipsis.
 */
const LABEL_LETTERS = 39;
const labelSize = (label: string, size: number) =>
  label.length <= LABEL_LETTERS ? size : Math.max(12, Math.floor((size * LABEL_LETTERS) / label.length));

/** One event: headline and date on the left; on the axis its mark and how many articles report it. */
function row(r: TimelineRow, i: number, height: number, x: (f: number) => number): Node {
  const top = HEADER + i * height;
  const label = div(
    {
      position: 'absolute',
      left: MARGIN,
      top,
      width: LABEL_WIDTH - 8,
      height,
      alignItems: 'center',
      fontSize: Math.min(18, height - 8),
    },
    [
      // One line each: `30. September 2024` fits its column, a longer date (`planned for 15 January 2025`) is set
      // smaller to fit; a long label ends in an ellipsis rather than running into the next row.
      div(dateStyle(r.when, Math.min(18, height - 8), height), r.when),
      div(
        {
          fontWeight: 700,
          fontSize: r.headline ? labelSize(r.label, Math.min(18, height - 8)) : Math.min(18, height - 8),
          width: LABEL_WIDTH - DATE_WIDTH - 10,
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          textOverflow: 'ellipsis',
        },
        r.label,
      ),
    ],
  );
  const stripe = div({
    position: 'absolute',
    left: 0,
    top,
    width: 1200,
    height,
    backgroundColor: i % 2 === 0 ? '#f8fafc' : '#ffffff',
  });
  return div({ position: 'absolute', left: 0, top: 0 }, [stripe, label, ...mark(r, top, height, x)]);
}

/** A point for a day, a bar for a month or a year (or part of one), then `×n` for the articles that report it. */
function mark(r: TimelineRow, top: number, height: number, x: (f: number) => number): Node[] {
  const size = Math.min(16, height - 8);
  const point = r.precision === 'day';
  const left = x(r.start);
  const width = point ? size : Math.max(size, x(r.end) - left);
  const shape = div({
    position: 'absolute',
    left: point ? left - size / 2 : left,
    top: top + (height - size) / 2,
    width,
    height: size,
    borderRadius: point ? size / 2 : 3,
    backgroundColor: ACCENT,
    opacity: point ? 1 : 0.75,
  });
  const countLeft = (point ? left + size / 2 : left + width) + 6;
  const count = div(
    {
      position: 'absolute',
      left: countLeft,
      top: top + (height - 18) / 2,
      fontSize: Math.min(15, height - 9),
      color: MUTED,
    },
    `×${r.sources}`,
  );
  return [shape, count];
}

const AGREE = '#2e7d32';
const DIFFER = '#c62828';
const PART = '#757575';
const SOURCE_WIDTH = 300;
const VALUE_ROOM = 230;
const BAR_ROW = 36;

/** Each group: its name and verdict, one bar per source scaled to the group's largest value, the claim as a line. */
function barsTree(p: FactcheckPicture): Node {
  let top = HEADER;
  const children: Node[] = [];
  for (const g of p.groups) {
    children.push(...groupNodes(g, top, p.width));
    top += BAR_ROW * (g.bars.length + 1 + (g.more ? 1 : 0));
  }
  return page(p, children);
}

function groupNodes(g: BarGroup, top: number, width: number): Node[] {
  const plot = width - SOURCE_WIDTH - MARGIN - VALUE_ROOM;
  const max = Math.max(...g.bars.map((b) => b.value), g.claimed?.value ?? 0);
  const x = (v: number) => SOURCE_WIDTH + (v / max) * plot;
  const nodes: Node[] = [
    div({ position: 'absolute', left: MARGIN, top, height: BAR_ROW, alignItems: 'center', fontSize: 20 }, [
      div({ fontWeight: 700 }, g.label),
      div({ color: MUTED, marginLeft: 12 }, `— ${g.verdict}`),
    ]),
  ];
  // The claim's line first, so the bars' values are written over it, not crossed by it.
  if (g.claimed) {
    const cx = x(g.claimed.value);
    nodes.push(
      div({
        position: 'absolute',
        left: cx - 1,
        top: top + BAR_ROW,
        width: 3,
        height: BAR_ROW * g.bars.length,
        backgroundColor: INK,
      }),
      div(
        { position: 'absolute', left: cx - 90, top: top + 8, width: 180, justifyContent: 'center', fontSize: 14 },
        `▼ ${g.claimed.text}`,
      ),
    );
  }
  g.bars.forEach((b, k) => nodes.push(...barNodes(b, top + BAR_ROW * (k + 1), x)));
  if (g.more)
    nodes.push(
      div(
        { position: 'absolute', left: MARGIN, top: top + BAR_ROW * (g.bars.length + 1), height: BAR_ROW, fontSize: 16 },
        g.more,
      ),
    );
  return nodes;
}

/**
 * One source: its name, a bar (green where it agrees with the claim, red where not, grey for a part of a total; pale
 * when hedged), its value.
 */
function barNodes(b: BarGroup['bars'][number], y: number, x: (v: number) => number): Node[] {
  const colour = b.agrees ? AGREE : b.part ? PART : DIFFER;
  const text = `${b.approximate ? '≈ ' : ''}${b.text}`;
  return [
    div(
      {
        position: 'absolute',
        left: MARGIN,
        top: y,
        width: SOURCE_WIDTH - MARGIN - 12,
        height: BAR_ROW,
        alignItems: 'center',
        fontSize: 17,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
      },
      b.source,
    ),
    div({
      position: 'absolute',
      left: SOURCE_WIDTH,
      top: y + 7,
      width: Math.max(4, x(b.value) - SOURCE_WIDTH),
      height: BAR_ROW - 14,
      backgroundColor: colour,
      opacity: b.approximate ? 0.45 : 0.85,
      borderRadius: 3,
    }),
    // On white, so the claim's line passes behind the value rather than through it.
    div(
      {
        position: 'absolute',
        left: x(b.value) + 4,
        top: y + 6,
        height: BAR_ROW - 12,
        paddingLeft: 4,
        paddingRight: 4,
        alignItems: 'center',
        fontSize: 16,
        backgroundColor: '#ffffff',
      },
      text,
    ),
  ];
}

/** The white page every picture is drawn on, in DejaVu Sans, with its title. */
function page(p: { width: number; height: number; title: string }, children: Node[]): Node {
  const style = { position: 'relative', width: p.width, height: p.height, backgroundColor: '#ffffff' };
  return div({ ...style, fontFamily: 'DejaVu Sans', color: INK }, [titleNode(p.title, p.width), ...children]);
}

/** The title on one line: a long claim typed by a member ends in an ellipsis inside the picture. */
function titleNode(title: string, width: number): Node {
  const style = {
    position: 'absolute',
    left: MARGIN,
    top: 22,
    width: width - 2 * MARGIN,
    fontSize: 26,
    fontWeight: 700,
  };
  return div({ ...style, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }, title);
}

/** Drawn pictures by their description: the same reply asked again is not drawn again. */
const cache = new Map<string, Buffer>();
const CACHED = 100;

export async function drawPng(picture: TimelinePicture | FactcheckPicture): Promise<Buffer> {
  const key = JSON.stringify(picture);
  const hit = cache.get(key);
  if (hit) return hit;
  const tree = picture.kind === 'timeline' ? timelineTree(picture) : barsTree(picture);
  const svg = await satori(tree as never, {
    width: picture.width,
    height: picture.height,
    fonts: FONTS,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  if (cache.size >= CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, png);
  return png;
}
