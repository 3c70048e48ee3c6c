import type { Article } from '../corpus/types.js';
import { YEAR_PART_MONTHS, type EventDate } from '../extract/dates.js';
import type { TimelineEvent } from '../reconcile/timeline.js';
import type { Evidence, FactCheck } from '../factcheck/check.js';
import { formatAmount, formatShortAmount } from './amount.js';
import { labelOf } from './factcheck.js';
import { headline } from './headline.js';
import { t, type Lang } from './i18n.js';
import { axisFor, type AxisTick } from './axis.js';
import { eventDate } from './event-date.js';

/**
 * A picture described as data: what it shows, where, in which words. Pure, so it is tested as JSON;
 * one module at the edge (`src/picture/`) turns it into PNG bytes.
 */
export interface TimelinePicture {
  kind: 'timeline';
  width: number;
  height: number;
  title: string;
  /** Year labels on the axis, and where it is cut across empty years (see `axis.ts`). */
  ticks: AxisTick[];
  breaks: number[];
  rows: TimelineRow[];
  /** Events of the reply not drawn (`+ 5 more events`), in its language; null when every one is a row. */
  more: string | null;
}

export interface TimelineRow {
  /** The short headline, or the start of the sentence when there is none. */
  label: string;
  /** Whether the label is a headline (set smaller to fit whole) rather than a sentence (cut with an ellipsis). */
  headline: boolean;
  /** The date as the reply writes it (`10 February 2025`, `late 2015`). */
  when: string;
  /** Where the event lies on the axis, as fractions of the axis: a point when `start === end`. */
  start: number;
  end: number;
  precision: EventDate['precision'];
  /** How many articles report it. */
  sources: number;
}

export const PICTURE_WIDTH = 1200;
export const PICTURE_HEIGHT = 600;
/** More rows than this would be unreadable on a phone at this size: the picture shows the first ones and says so. */
export const MAX_ROWS = 20;

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The span of days a date stands for: a day, a month, a year (or its part), a range. */
function spanOf(date: EventDate): [number, number] {
  const v = date.value;
  if (date.precision === 'range') {
    const [a, b] = v.split('/');
    return [time(a!), time(b!) + DAY];
  }
  if (date.precision === 'day') return [time(v), time(v) + DAY];
  if (date.precision === 'month') {
    const [y, m] = v.split('-').map(Number);
    return [Date.UTC(y!, m! - 1, 1), Date.UTC(y!, m!, 1)];
  }
  const y = Number(v);
  const part = YEAR_PART_MONTHS[date.part ?? 'early'];
  return date.part ? [Date.UTC(y, part[0]!, 1), Date.UTC(y, part[1]!, 1)] : [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

/** The dated events of a /timeline reply (the same filters), one row each, in date order. */
export function timelinePicture(events: TimelineEvent[], title: string, lang: Lang): TimelinePicture | null {
  const dated = events.filter((e): e is TimelineEvent & { date: EventDate } => e.date !== null).slice(0, MAX_ROWS);
  if (dated.length === 0) return null;
  const spans = dated.map((e) => spanOf(e.date));
  const { at, ticks, breaks } = axisFor(spans, lang);
  const rows = dated.map((e, i) => ({
    // Cut to the width by the drawing (an ellipsis), not here: only it knows how wide the letters are.
    label: headline(e, lang) ?? e.summary,
    headline: headline(e, lang) !== null,
    // As the text says it: `planned for March 2025`, `reported by December 2024`.
    when: eventDate(e.date, lang),
    start: at(spans[i]![0]),
    end: e.date.precision === 'day' ? at(spans[i]![0]) : at(spans[i]![1]),
    precision: e.date.precision,
    sources: new Set(e.citations.map((c) => c.article)).size,
  }));
  // Rows cut after MAX_ROWS, and undated entries (no place on an axis), are said, not hidden.
  const left = events.length - dated.length;
  const more = left > 0 ? t(lang).moreEvents(left) : null;
  // As tall as its rows need (40 px each, a title above, the axis below), at most PICTURE_HEIGHT.
  const height = Math.min(PICTURE_HEIGHT, 70 + rows.length * 40 + 70);
  return { kind: 'timeline', width: PICTURE_WIDTH, height, title, ticks, breaks, rows, more };
}

/** For each group of figures a verdict is about: one bar per source, the claimed value as a line. */
export interface FactcheckPicture {
  kind: 'bars';
  width: number;
  height: number;
  title: string;
  groups: BarGroup[];
}

export interface BarGroup {
  /** What the group measures, as the reply names it (`Huber's purchase of Alpenpost`), and its verdict. */
  label: string;
  verdict: string;
  /** The claimed value in the group's units, and as the reply writes it; null when the claim gives none. */
  claimed: { value: number; text: string } | null;
  bars: Bar[];
  /** Sources left out where there are more than fit (`+ 3 more`), in the reply's language; null when all are shown. */
  more: string | null;
}

export interface Bar {
  /** The outlet, or the article's short title. */
  source: string;
  value: number;
  /** The value as the reply writes it (`44 billion dollars`), with the reply's word for a slip where it is one. */
  text: string;
  agrees: boolean;
  /** The source wrote it in a notation that reads otherwise (`40.000 Milliarden`). */
  slip: boolean;
  /** The source hedged it (`fast 100 Milliarden`). */
  approximate: boolean;
  /** A part of the total the claim is compared with (`400` of `900`): neither agreeing nor differing. */
  part: boolean;
}

const MAX_GROUPS = 3;
const MAX_BARS = 8;
const SOURCE_CHARS = 28;

/** The figures a /factcheck verdict rests on, group by group; null when it rests on none (a year, no evidence). */
export function factcheckPicture(
  check: FactCheck,
  articles: Map<string, Article>,
  lang: Lang,
): FactcheckPicture | null {
  const m = t(lang);
  const groups: BarGroup[] = check.findings
    .filter((f) => !f.also && f.evidence.some((e) => e.kind === 'figure' && typeof e.value === 'number'))
    .slice(0, MAX_GROUPS)
    .map((f) => {
      const figures = f.evidence.filter((e) => e.kind === 'figure' && typeof e.value === 'number');
      // One bar per article and value: three sentences of one article saying 97,4 are one source saying it.
      const seen = new Set<string>();
      const distinct = figures.filter((e) => {
        const key = `${e.citation.article}|${String(e.value)}|${e.loose}`;
        return !seen.has(key) && seen.add(key);
      });
      // What the verdict rests on comes first: the sources that differ from the claim are never the ones cut.
      const differs = (e: Evidence) => !e.agrees && !e.part;
      const ordered = [
        ...distinct.filter(differs),
        ...distinct.filter((e) => e.agrees),
        ...distinct.filter((e) => e.part && !e.agrees),
      ];
      const bars = ordered.slice(0, MAX_BARS).map((e) => {
        const article = articles.get(e.citation.article);
        const name = article?.outlet ?? article?.title ?? e.citation.article;
        return {
          source: name.length <= SOURCE_CHARS ? name : `${name.slice(0, SOURCE_CHARS - 1).trimEnd()}…`,
          value: e.value as number,
          // Short (`97,4 Mrd. $`), so the value and a slip's mark fit beside the bar.
          text:
            `${formatShortAmount(e.value as number, e.unit, lang)}${e.slip ? `  ⚠ ${m.slipMark}` : ''}` +
            `${e.part && !e.agrees ? `  (${m.partMark})` : ''}`,
          agrees: e.agrees,
          slip: e.slip !== undefined,
          approximate: e.loose,
          part: e.part === true,
        };
      });
      const unit = figures[0]!.unit;
      return {
        label: labelOf(f, lang),
        verdict: m.verdict[f.verdict],
        claimed: claimedValue(check, bars, unit, lang),
        bars,
        more: ordered.length > bars.length ? m.moreBars(ordered.length - bars.length) : null,
      };
    });
  if (groups.length === 0) return null;
  const rows = groups.reduce((n, g) => n + 1 + g.bars.length + (g.more ? 1 : 0), 0);
  const height = Math.min(PICTURE_HEIGHT, 80 + rows * 36 + 40);
  return { kind: 'bars', width: PICTURE_WIDTH, height, title: `${m.factcheckTitle}: ${check.claim.text}`, groups };
}

/**
 * The claimed value in base units: as typed with its scale or unit, or, for a bare number, the agreeing value it
 * matched. A claim with several numbers shows, for each group, the one nearest its sources' values.
 */
function claimedValue(check: FactCheck, bars: Bar[], unit: string | null, lang: Lang): BarGroup['claimed'] {
  const values = check.claim.numbers
    // A number with its scale or unit (`31 Prozent`) is what the claim says; a bare `97.4` means the value it matched.
    .map((n) =>
      n.scale !== null || n.unit !== null
        ? n.written * (n.scale ?? 1)
        : bars.find((b) => b.agrees && !b.approximate)?.value,
    )
    .filter((v): v is number => v !== undefined && v > 0);
  const near = bars[0]?.value;
  if (values.length === 0) return null;
  const distance = (v: number) => (near && near > 0 ? Math.abs(Math.log(v / near)) : 0);
  const value = values.reduce((best, v) => (distance(v) < distance(best) ? v : best));
  return { value, text: formatAmount(value, unit, lang) };
}
