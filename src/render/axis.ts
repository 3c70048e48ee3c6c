import { shortMonth, type Lang } from './i18n.js';

/**
 * The time axis of the timeline picture: it spans the events shown and cuts out the empty years between groups of
 * them (a break), so that a story of last autumn with one event from 2013 does not crowd its events into the right
 * edge. Each group gets a share of the axis by how many events it holds; several events within a few weeks are drawn
 * by days, within less than a year by months, anything longer by years.
 */

/** A label on the axis, at a fraction of its width. */
export interface AxisTick {
  label: string;
  at: number;
}

export interface Axis {
  /** Where a moment (ms since 1970) lies, as a fraction of the axis. */
  at: (t: number) => number;
  ticks: AxisTick[];
  /** Where the axis is cut, as fractions: the middle of each break. */
  breaks: number[];
}

/** Empty years longer than this between events are cut from the axis. */
const GAP_YEARS = 2;
/** The share of the axis one break takes: room for its mark between two labels. */
const BREAK = 0.16;
/** The least share of the axis a group takes, as a share of all events. */
const MIN_SHARE = 0.15;
/** A group of events within fewer months than this is drawn by months (a year-dated event takes twelve). */
const MONTHS_SCALE = 12;
/** A group of events within this many days is drawn by days: a week of news spreads over the axis. */
const DAYS_SCALE = 45;
/** Day ticks at most: a step of several days keeps their labels apart. */
const MAX_DAY_TICKS = 7;
const DAY = 86_400_000;

interface Group {
  from: number;
  to: number;
  events: number;
  scale: 'day' | 'month' | 'year';
}

const yearOf = (t: number) => new Date(t).getUTCFullYear();
const monthIndex = (t: number) => yearOf(t) * 12 + new Date(t).getUTCMonth();
const startOfMonth = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1);

/** The axis for spans of time (`[start, end)` in ms), each at least as wide as a day. */
export function axisFor(spans: [number, number][], lang: Lang): Axis {
  const groups = groupsOf(spans);
  const room = 1 - BREAK * (groups.length - 1);
  // Each group's share by its events, but never so small that its first label has no room.
  const weights = groups.map((g) => Math.max(g.events, MIN_SHARE * spans.length));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const shares = weights.map((w) => (room * w) / total);
  const offsets: number[] = [];
  let offset = 0;
  for (const [k, share] of shares.entries()) {
    offsets.push(offset);
    offset += share + (k < shares.length - 1 ? BREAK : 0);
  }
  const at = (t: number) => {
    const k = Math.max(
      0,
      groups.findLastIndex((g) => t >= g.from),
    );
    const g = groups[k]!;
    const within = Math.min(1, Math.max(0, (t - g.from) / (g.to - g.from)));
    return offsets[k]! + shares[k]! * within;
  };
  const ticks = groups.flatMap((g) => ticksOf(g, lang).map((tick) => ({ label: tick.label, at: at(tick.t) })));
  const breaks = offsets.slice(1).map((o) => o - BREAK / 2);
  return { at, ticks, breaks };
}

/** Days (`19 Jun`, then `22`, `25`), months (`Nov 2024`, then `Dez`, `Jan 2025`) for a short group, else years. */
function ticksOf(g: Group, lang: Lang): { label: string; t: number }[] {
  if (g.scale === 'day') return dayTicks(g, lang);
  if (g.scale === 'year') {
    const years = Array.from({ length: yearOf(g.to) - yearOf(g.from) }, (_, i) => yearOf(g.from) + i);
    return years.map((year) => ({ label: String(year), t: Date.UTC(year, 0, 1) }));
  }
  const first = monthIndex(g.from);
  return Array.from({ length: monthIndex(g.to) - first }, (_, i) => {
    const t = startOfMonth(first + i);
    const named = shortMonth(new Date(t).getUTCMonth(), lang);
    return { label: i === 0 || new Date(t).getUTCMonth() === 0 ? `${named} ${yearOf(t)}` : named, t };
  });
}

/** The days of a group drawn by days, the first of the axis and of each month named with its month. */
function dayTicks(g: Group, lang: Lang): { label: string; t: number }[] {
  // The axis holds a day more on each side, so that no event sits on its edge: ticks start inside.
  const days = Math.round((g.to - g.from) / DAY) - 2;
  const step = Math.max(1, Math.ceil(days / MAX_DAY_TICKS));
  const out: { label: string; t: number }[] = [];
  for (let i = 0; i < days; i += step) {
    const t = g.from + (i + 1) * DAY;
    const date = new Date(t);
    const day = date.getUTCDate();
    const named = i === 0 || day <= step ? shortMonth(date.getUTCMonth(), lang) : null;
    const number = lang === 'de' ? `${day}.` : String(day);
    out.push({ label: named ? `${number} ${named}` : number, t });
  }
  return out;
}

const startOfDay = (t: number) => Math.floor(t / DAY) * DAY;

/**
 * The spans joined into groups, split where more than `GAP_YEARS` empty years lie between; a group is padded to
 * whole days and a day either side when it spans a few weeks, to whole months when it is short, to whole years
 * otherwise.
 */
function groupsOf(spans: [number, number][]): Group[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const raw: { from: number; to: number; events: number }[] = [];
  for (const [start, end] of sorted) {
    const last = raw[raw.length - 1];
    if (last && yearOf(start) - yearOf(last.to - 1) <= GAP_YEARS) {
      last.to = Math.max(last.to, end);
      last.events++;
    } else raw.push({ from: start, to: end, events: 1 });
  }
  return raw.map((g): Group => {
    // One event alone is named by its year: its own row says the month.
    if (g.events > 1 && g.to - g.from <= DAYS_SCALE * DAY)
      return { ...g, from: startOfDay(g.from) - DAY, to: startOfDay(g.to - 1) + 2 * DAY, scale: 'day' };
    const byMonth = g.events > 1 && monthIndex(g.to - 1) - monthIndex(g.from) + 1 < MONTHS_SCALE;
    return byMonth
      ? { ...g, from: startOfMonth(monthIndex(g.from)), to: startOfMonth(monthIndex(g.to - 1) + 1), scale: 'month' }
      : { ...g, from: Date.UTC(yearOf(g.from), 0, 1), to: Date.UTC(yearOf(g.to - 1) + 1, 0, 1), scale: 'year' };
  });
}
