import {
  COUNT,
  UNIT,
  DATE_DETERMINER as DETERMINER,
  OCCASION,
  FIRST_DAY,
  PART_WORDS,
  ANCHOR_DIRECTION,
  APPROXIMATE_COUNT,
  ON_FIRST_DAY_OF,
  UNIT_STEMS,
  PART_OF_MONTH,
  PART_OF_YEAR,
  PART_OF_SAME_YEAR,
  BARE_YEAR,
  YESTERDAY,
  onWeekday,
  lastWeekday,
  nextWeekday,
  forWeekday,
  weekdayOfWeek,
  WEEK_SHIFT,
  INTENDED,
  FUTURE_AUXILIARY,
  HEARSAY_PAST,
  TOLD_IN_THE_PAST,
  ATTRIBUTIVE_BEFORE,
  ATTRIBUTIVE_AFTER,
  PRESENT_PARTICIPLE_AFTER,
  ZU_INFINITIVE,
  DAYS_AGO,
  LAST_WEEK,
  LAST_WEEKEND,
  VAGUELY_AGO,
  YEARLESS_DAY,
  YEARLESS_MONTH,
  RELATIVE_YEAR,
  NAMED_BY_YEAR,
  DAY_APPOSITION,
  SEASONS,
  SEASON_OF_YEAR,
  type Season,
} from '../language/de.js';
import { numberWordValue } from './numbers.js';
import { clauseSpan } from './clauses.js';
import { MONTH, NAMES_WEEKDAY, WEEKDAY, WEEKDAYS, monthNumber } from '../language/de/calendar.js';
/**
 * Date expressions in German news text, each with the precision its words support:
 * `2015` is a year, never 2015-01-01.
 */

export type Precision = 'year' | 'month' | 'day' | 'range';

/** How precise a publication date is, by its form: `2024`, `2024-12`, `2024-12-11` (a time after the day ignored). */
export const precisionOfPublished = (value: string): 'year' | 'month' | 'day' =>
  value.length >= 10 ? 'day' : value.length === 7 ? 'month' : 'year';

export interface EventDate {
  /** `2015`, `2024-06`, `2025-02-11`, or a range of days `2025-02-03/2025-02-09`: as precise as the text, no more. */
  value: string;
  precision: Precision;
  /** `Ende 2015` is late in the year, `im Herbst 2015` its autumn; kept so the reply can say so. */
  part?: DatePart;
  /** `by`: only that the event happened by then is known (an article of that day reports it). */
  bound?: 'by';
  /**
   * Later than every article that reports it, or undated with a deadline (`will bis 2030 …`): what was planned or
   * expected, not what happened.
   */
  planned?: true;
}

/** A part of a month or a year (`Anfang`, `Mitte`, `Ende`), or a season of a year (`im Herbst 2015`). */
export type DatePart = 'early' | 'mid' | 'late' | Season;

/**
 * The months a part or a season of a year spans, from its first to the one after its last (0 is January): where the
 * timeline sorts it (see `index/order.ts`) and the span the picture draws.
 */
export const YEAR_PART_MONTHS: Readonly<Record<DatePart, readonly [number, number]>> = {
  early: [0, 4],
  mid: [4, 8],
  late: [8, 12],
  spring: [2, 5],
  summer: [5, 8],
  autumn: [8, 11],
};

export interface DateMention {
  start: number;
  end: number;
  /** The words as written, kept even when they cannot be turned into a date. */
  text: string;
  date: EventDate | null;
  /** `am Montag`, `gestern`: relative to the publication date. */
  relative: boolean;
  /**
   * For a relative expression whose article gives no day: the date it names counted from a
   * reference day found elsewhere (the day another article reports the same event).
   */
  fromReference?: Reckoning;
  /** `Vier Tage vor der Amtseinführung`: dated by another occasion, once that is dated. */
  anchor?: Anchor;
  /** `Ende April` right after `im März 2021`: the words of the month whose year it takes (see `storyYear`). */
  storyFrom?: string;
  /**
   * `am 16. Dezember` in an undated article: the day is written, its year is not; `fromReference` gives the nearest
   * such day to any date another report of the event, or its own article, gives.
   */
  yearless?: { month: number; day: number | null };
}

import type { AnchorUnit } from '../language/de.js';
export type { AnchorUnit };

/** An expression that dates something by another occasion: how far from it, and the words naming it. */
export interface Anchor {
  /** `Ankündigung von Nordhafen`, `Amtseinführung des Präsidenten`, `ersten Tag im Weißen Haus`. */
  occasion: string;
  /** Null for `an seinem ersten Tag`; a null count for `wenige Tage`; `approximate` for `gut eine Woche`. */
  offset: { count: number | null; unit: AnchorUnit; direction: 1 | -1; approximate?: true } | null;
}
const PART: Record<string, EventDate['part']> = PART_WORDS;

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = monthNumber;

interface Rule {
  re: RegExp;
  /** Refers back to a year named earlier (`desselben Jahres`), so it is read after the others. */
  anaphoric?: boolean;
  read: (m: RegExpExecArray, ctx: DateContext) => Omit<DateMention, 'start' | 'end' | 'text'> | null;
}

export interface DateContext {
  /** The article's publication date (`2025-02-11T15:40`, `2025-01`), if it states one. */
  published: string | null;
  /** The year most recently named before this point, for `Ende desselben Jahres`. */
  lastYear: number | null;
  /**
   * The month most recently named, in this sentence before this point or in the sentence before, with its year: a
   * story told month by month (`im März vergangenen Jahres … Ende April`) goes on in that year.
   */
  lastMonth?: NamedMonth | null;
}

/** A month a text named with its year, and the words that named it. */
export interface NamedMonth {
  year: number;
  month: number;
  words: string;
}

/** How many months on a narrative may go from the month it last named and stay in that month's year or the next. */
const NARRATIVE_MONTHS = 6;

function publishedDay(published: string | null): Date | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const dayDate = (d: Date): EventDate => ({ value: iso(d), precision: 'day' });

/**
 * How a relative expression counts its date from a reference day (see `reckon`): as data, not a function, since an
 * event report is sent between threads and kept on disk. `days`: that many days on (`gestern` is -1); `weekday` (0
 * Sunday … 6 Saturday) the one `before`, `after`, `onOrBefore` or `onOrAfter` the day, or that weekday of the
 * calendar week `week` weeks from the day's (`Freitag vergangener Woche` is -1); the calendar `week` before the
 * day's; the `weekend` on or before it; a `month` (and `day`) without its year, in the year nearest the day.
 */
export type Reckoning =
  | { days: number }
  | { weekday: number; step: 'before' | 'after' | 'onOrBefore' | 'onOrAfter' }
  | { weekday: number; week: number }
  | { week: 'last' }
  | { weekend: 'last' }
  | { month: number; day: number | null; part?: EventDate['part'] };

/** The date a relative expression names, counted from `day` as `r` says. */
export function reckon(r: Reckoning, day: Date): EventDate {
  if ('days' in r) return dayDate(addDays(day, r.days));
  if ('weekday' in r && 'week' in r) {
    // That weekday of the calendar week (Monday to Sunday) `week` weeks from the reference day's.
    const monday = addDays(day, -((day.getUTCDay() + 6) % 7) + 7 * r.week);
    return dayDate(addDays(monday, (r.weekday + 6) % 7));
  }
  if ('weekday' in r) {
    const back = (day.getUTCDay() - r.weekday + 7) % 7;
    const ahead = (r.weekday - day.getUTCDay() + 7) % 7;
    const steps = { before: -(back || 7), onOrBefore: -back, after: ahead || 7, onOrAfter: ahead };
    return dayDate(addDays(day, steps[r.step]));
  }
  if ('week' in r) {
    // The calendar week (Monday to Sunday) before the one of the reference day.
    const monday = addDays(day, -((day.getUTCDay() + 6) % 7) - 7);
    return { value: `${iso(monday)}/${iso(addDays(monday, 6))}`, precision: 'range' };
  }
  if ('weekend' in r) {
    // The Saturday and Sunday on or before the reference day; on a Saturday, that weekend.
    const saturday = addDays(day, -((day.getUTCDay() + 1) % 7));
    return { value: `${iso(saturday)}/${iso(addDays(saturday, 1))}`, precision: 'range' };
  }
  return nearestDate(r.month, r.day, r.part, day, null);
}

/** `vier` is 4, `einem` 1, `12` 12; vague words (`wenige`, `einige`) are null. */
export function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const n = numberWordValue(word);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * A relative expression (`gestern`, `am Montag`) read against the publication date: to the day
 * when the article gives its day; to the month (or year) when it gives only that, since a few days
 * back rarely leave the month; and kept for a reference found later when it gives none.
 * `reach` is how many days back the expression can point.
 */
function relativeTo(ctx: DateContext, fromDay: Reckoning, reach: number): Omit<DateMention, 'start' | 'end' | 'text'> {
  const day = publishedDay(ctx.published);
  if (day) return { date: reckon(fromDay, day), relative: true, fromReference: fromDay };
  const coarse = ctx.published && reach <= 14 ? /^(\d{4})(?:-(\d{2}))?/.exec(ctx.published) : null;
  if (coarse)
    return {
      date: { value: coarse[2] ? `${coarse[1]}-${coarse[2]}` : coarse[1]!, precision: coarse[2] ? 'month' : 'year' },
      relative: true,
      fromReference: fromDay,
    };
  return { date: null, relative: true, fromReference: fromDay };
}
/** The last day an article may have been written on: its day, the last of its month, or the last of its year. */
function publicationEnd(published: string | null): Date | null {
  const day = publishedDay(published);
  if (day) return day;
  const m = published ? /^(\d{4})(?:-(\d{2}))?/.exec(published) : null;
  return m ? new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) : 12, 0)) : null;
}

/** The first day the article may have been written on: its day, or the first of its month or year. */
function publicationStart(published: string | null): Date | null {
  const day = publishedDay(published);
  if (day) return day;
  const m = published ? /^(\d{4})(?:-(\d{2}))?/.exec(published) : null;
  return m ? new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, 1)) : null;
}

/** The point an article's time is measured from: its day, the middle of its month, or the middle of its year. */
function publicationPoint(published: string | null): Date | null {
  const day = publishedDay(published);
  if (day) return day;
  const m = published ? /^(\d{4})(?:-(\d{2}))?/.exec(published) : null;
  return m ? new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 6, m[2] ? 15 : 1)) : null;
}

/**
 * A day or month written without its year, in the year `shift` says (`kommenden Jahres`), else the one that puts it
 * nearest `around`: news tells of the weeks just past and just ahead (`am 15. Januar` in an article of November
 * 2024 is in 2025).
 */
function nearestDate(
  month: number,
  day: number | null,
  part: EventDate['part'],
  around: Date,
  shift: number | null,
  bound: { latest?: Date | null; earliest?: Date | null } = {},
): EventDate {
  const { latest = null, earliest = null } = bound;
  const y = around.getUTCFullYear();
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day ?? 15) - around.getTime());
  // Told in the past, it is not after the last day the article may have been written on (its month may be that day's).
  const before = (year: number) => latest === null || Date.UTC(year, month - 1, day ?? 1) <= latest.getTime();
  // Meant to come, it is not before the first day the article may have been written on (a month lasts to its end).
  const after = (year: number) =>
    earliest === null || Date.UTC(year, day === null ? month : month - 1, day ?? 0) >= earliest.getTime();
  const years = [y - 1, y, y + 1].filter((year) => before(year) && after(year));
  const year = shift !== null ? y + shift : years.sort((a, b) => distance(a) - distance(b))[0]!;
  if (day !== null) return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  return { value: `${year}-${pad(month)}`, precision: 'month', ...(part ? { part } : {}) };
}

/**
 * Whether the clause a date stands in is told in the past (see `TOLD_IN_THE_PAST`) and the date is that clause's: not
 * a date inside a noun phrase (`der am 3. Mai anstehenden Wahl`), nor in a clause that means something to come (`will`,
 * `soll`) or holds a `zu` infinitive (`hatte angekündigt im Mai anzutreten`), whose date may be the infinitive's.
 */
function toldPast(m: RegExpExecArray): boolean {
  const { from, to } = clauseSpan(m.input, m.index);
  const clause = m.input.slice(from, to);
  if (!TOLD_IN_THE_PAST.test(clause) || INTENDED.test(clause) || ZU_INFINITIVE.test(clause)) return false;
  const before = m.input.slice(Math.max(0, m.index - 20), m.index);
  const after = m.input.slice(m.index + m[0].length);
  return !(ATTRIBUTIVE_BEFORE.test(before) && (ATTRIBUTIVE_AFTER.test(after) || PRESENT_PARTICIPLE_AFTER.test(after)));
}

/**
 * Whether a yearless date's clause tells the past, so it is not after the article, or what is meant to come (`sollen
 * am 14. November stattfinden`, `will im Mai zurücktreten`), so it is not before it.
 */
type Told = 'past' | 'ahead' | null;
const toldWhen = (m: RegExpExecArray): Told => (toldPast(m) ? 'past' : intendedAt(m.input, m.index) ? 'ahead' : null);

/** Whether the clause a date stands in is told in the future or the present passive (see `FUTURE_AUXILIARY`). */
function toldAhead(m: RegExpExecArray): boolean {
  const { from, to } = clauseSpan(m.input, m.index);
  const clause = m.input.slice(from, to);
  return FUTURE_AUXILIARY.test(clause) && !TOLD_IN_THE_PAST.test(clause) && !HEARSAY_PAST.test(clause);
}

/**
 * Whether the clause around `at` tells what someone means or is meant to do (`will die Seebank kaufen`, `sollen
 * wegfallen`), not a past by hearsay (`soll … geboten haben`): a weekday in it lies ahead, a deed in it is planned.
 */
export function intendedAt(text: string, at: number): boolean {
  const { from, to } = clauseSpan(text, at);
  const clause = text.slice(from, to).replace(/[.!?\s]+$/, '');
  // `soll die Akten mitgenommen, kopiert und verbrannt haben`: participles in a row share the `haben` at the end.
  const rest = text.slice(from).replace(/[.!?\s]+$/, '');
  return INTENDED.test(clause) && !HEARSAY_PAST.test(clause) && !HEARSAY_PAST.test(rest);
}

/** Which day of the week a weekday's name is, Sunday 0, as `getUTCDay` counts. */
const weekdayIndex = (name: string) => WEEKDAYS.findIndex((d) => d.toLowerCase() === name.toLowerCase());

/**
 * The year of a month named without one, right after the text named another month with its year: the same year when
 * it follows within `NARRATIVE_MONTHS` (`im März 2021 … Ende April`), the next when it follows over the turn of the
 * year (`im November 2024 … im Februar`), else none.
 */
function storyYear(month: number, last: NamedMonth | null): number | null {
  if (!last) return null;
  const ahead = (month - last.month + 12) % 12;
  if (ahead > NARRATIVE_MONTHS) return null;
  return month >= last.month ? last.year : last.year + 1;
}

/**
 * A yearless day or month: in the year of the story told just before it (see `storyYear`), else read against the
 * publication date; without one, kept for a reference found later.
 */
function yearless(
  month: number,
  day: number | null,
  part: EventDate['part'],
  shift: number | null,
  ctx: DateContext,
  told: Told = null,
): Omit<DateMention, 'start' | 'end' | 'text'> | null {
  if (month < 1 || (day !== null && (day < 1 || day > 31))) return null;
  const fromReference: Reckoning = { month, day, ...(part ? { part } : {}) };
  const around = publicationPoint(ctx.published);
  const story = shift === null ? storyYear(month, ctx.lastMonth ?? null) : null;
  if (story !== null) {
    const date = nearestDate(month, day, part, new Date(Date.UTC(story, 6, 1)), 0);
    return { date, relative: true, storyFrom: ctx.lastMonth!.words };
  }
  if (!around) return { date: null, relative: true, fromReference, yearless: { month, day } };
  const bound =
    told === 'past'
      ? { latest: publicationEnd(ctx.published) }
      : told === 'ahead'
        ? { earliest: publicationStart(ctx.published) }
        : {};
  return { date: nearestDate(month, day, part, around, shift, bound), relative: true, fromReference };
}

/** `Vier Tage vor der Amtseinführung`, or `An seinem ersten Tag im Amt`: a date counted from an occasion. */
const COUNTED_FROM =
  String.raw`(?:${APPROXIMATE_COUNT})?${COUNT}\s+${UNIT}\s+` +
  String.raw`${ANCHOR_DIRECTION}\s+${DETERMINER}\s+${OCCASION}`;
const ANCHORED = new RegExp(String.raw`(?<![\p{L}])(?:${COUNTED_FROM}|${ON_FIRST_DAY_OF}\s+${FIRST_DAY})`, 'gu');

function anchorOf(m: RegExpExecArray): Anchor {
  const g = m.groups!;
  if (g.first) return { occasion: g.first, offset: null };
  const unit = UNIT_STEMS.find(([re]) => re.test(g.unit!))![1];
  const direction = g.dir === 'vor' ? -1 : 1;
  const offset: NonNullable<Anchor['offset']> = { count: countOf(g.count!), unit, direction };
  if (g.approx) offset.approximate = true;
  return { occasion: g.occasion!, offset };
}

/**
 * The date an anchored expression names once its occasion is dated, at the precision the offset
 * allows: `vier Tage vor` a day is a day; `wenige Stunden nach` it is that day; `wenige Tage nach`
 * it is the month, unless that could cross into another; months and years count at their own precision.
 */
export function dateFromAnchor(occasionDay: string, anchor: Anchor): EventDate | null {
  const day = publishedDay(occasionDay);
  if (!day) return null;
  const offset = anchor.offset;
  if (!offset) return dayDate(day);
  const { count, unit, direction } = offset;
  if (unit === 'hours') return count !== null && count >= 24 ? null : dayDate(day);
  if (unit === 'days' || unit === 'weeks') {
    const perUnit = unit === 'days' ? 1 : 7;
    if (count !== null && offset.approximate) {
      // `gut eine Woche nach`: a few days either way; the month only if all of them stay inside it.
      const days = count * perUnit;
      const slack = Math.max(2, Math.round(days * 0.3));
      const ends = [addDays(day, direction * (days - slack)), addDays(day, direction * (days + slack))];
      const month = iso(ends[0]!).slice(0, 7);
      return ends.every((d) => iso(d).slice(0, 7) === month) ? { value: month, precision: 'month' } : null;
    }
    if (count !== null) return dayDate(addDays(day, direction * count * perUnit));
    // `wenige Tage`: up to about a week (a month for weeks); the month only if all of it stays inside.
    const far = addDays(day, direction * (unit === 'days' ? 9 : 31));
    return far.getUTCMonth() === day.getUTCMonth() ? { value: occasionDay.slice(0, 7), precision: 'month' } : null;
  }
  if (count === null) return null;
  if (unit === 'months') {
    const shifted = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + direction * count, 1));
    return { value: iso(shifted).slice(0, 7), precision: 'month' };
  }
  return { value: String(day.getUTCFullYear() + direction * count), precision: 'year' };
}

/** Most specific first: a day beats a month beats a year for the same words. */
const RULES: Rule[] = [
  {
    re: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b/g,
    read: (m) => ({
      date: { value: `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`, precision: 'day' },
      relative: false,
    }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\.\\s?${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'g'),
    read: (m) => ({
      date: { value: `${m[3]}-${pad(monthIndex(m[2]!))}-${pad(Number(m[1]))}`, precision: 'day' },
      relative: false,
    }),
  },
  {
    re: new RegExp(`\\b${PART_OF_MONTH}${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'g'),
    read: (m) => ({ date: { value: `${m[3]}-${pad(monthIndex(m[2]!))}`, precision: 'month' }, relative: false }),
  },
  {
    re: PART_OF_YEAR,
    read: (m) => ({ date: { value: m[2]!, precision: 'year', part: PART[m[1]!.toLowerCase()] }, relative: false }),
  },
  {
    re: SEASON_OF_YEAR,
    read: (m) => ({ date: { value: m[2]!, precision: 'year', part: SEASONS[m[1]!.toLowerCase()] }, relative: false }),
  },
  {
    re: PART_OF_SAME_YEAR,
    anaphoric: true,
    read: (m, ctx) =>
      ctx.lastYear === null
        ? { date: null, relative: false }
        : {
            date: { value: String(ctx.lastYear), precision: 'year', part: PART[m[1]!.toLowerCase()] },
            relative: false,
          },
  },
  {
    re: YEARLESS_DAY,
    read: (m, ctx) =>
      yearless(monthIndex(m[2]!), Number(m[1]), undefined, m[3] ? RELATIVE_YEAR[m[3]]! : null, ctx, toldWhen(m)),
  },
  {
    re: YEARLESS_MONTH,
    read: (m, ctx) =>
      yearless(
        monthIndex(m[2]!),
        null,
        m[1] ? PART[m[1].toLowerCase()] : undefined,
        m[3] ? RELATIVE_YEAR[m[3]]! : null,
        ctx,
        toldWhen(m),
      ),
  },
  {
    re: BARE_YEAR,
    // `Haushalt 2025` is the budget's name, not when something happened.
    read: (m) =>
      NAMED_BY_YEAR.test(m.input.slice(Math.max(0, m.index - 24), m.index))
        ? null
        : { date: { value: m[1]!, precision: 'year' }, relative: false },
  },
  {
    re: YESTERDAY,
    read: (_m, ctx) => relativeTo(ctx, { days: -1 }, 1),
  },
  {
    re: weekdayOfWeek(WEEKDAY),
    read: (m, ctx) => relativeTo(ctx, { weekday: weekdayIndex(m[1]!), week: WEEK_SHIFT[m[2]!.toLowerCase()]! }, 13),
  },
  {
    re: lastWeekday(WEEKDAY),
    read: (m, ctx) => {
      const target = weekdayIndex(m[1]!);
      return relativeTo(ctx, { weekday: target, step: 'before' }, 7);
    },
  },
  {
    re: nextWeekday(WEEKDAY),
    read: (m, ctx) => {
      const target = weekdayIndex(m[1]!);
      return relativeTo(ctx, { weekday: target, step: 'after' }, 7);
    },
  },
  {
    re: forWeekday(WEEKDAY),
    read: (m, ctx) => relativeTo(ctx, { weekday: weekdayIndex(m[1]!), step: 'onOrAfter' }, 6),
  },
  {
    re: onWeekday(WEEKDAY),
    read: (m, ctx) => {
      const target = weekdayIndex(m[1]!);
      // What someone means to do on a weekday (`will am Montag … vorlegen`) or what will be done then (`wird am
      // Sonntag gewählt`) lies ahead: the next such day, or that day.
      if ((intendedAt(m.input, m.index) || toldAhead(m)) && /^am\s/i.test(m[0]))
        return relativeTo(ctx, { weekday: target, step: 'onOrAfter' }, 6);
      // Else the most recent such weekday on or before the reference day: news reports the past.
      return relativeTo(ctx, { weekday: target, step: 'onOrBefore' }, 6);
    },
  },
  {
    re: DAYS_AGO,
    read: (m, ctx) => {
      const n = countOf(m[1]!);
      return n === null ? null : relativeTo(ctx, { days: -n }, n);
    },
  },
  {
    re: LAST_WEEK,
    read: (_m, ctx) => relativeTo(ctx, { week: 'last' }, 13),
  },
  {
    re: LAST_WEEKEND,
    read: (_m, ctx) => relativeTo(ctx, { weekend: 'last' }, 8),
  },
  {
    re: ANCHORED,
    read: (m) => ({ date: null, relative: true, anchor: anchorOf(m) }),
  },
  {
    re: VAGUELY_AGO,
    read: () => ({ date: null, relative: true }),
  },
];

/**
 * A clock time right after a date, with no `um` between (`11.02.2025, 07:05`): when a page was written or updated,
 * a dateline scraped with the text, not the day of anything it reports (`am 8. Mai um 19:30 Uhr` is).
 */
const STAMPED = /^,?\s*[0-2]?\d:[0-5]\d(?!\d)/;

export function findDates(text: string, ctx: DateContext): DateMention[] {
  const found: DateMention[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  // What the words before a date named, for `desselben Jahres` and a month without its year.
  const contextAt = (at: number): DateContext => {
    const earlier = found.filter((f) => f.end <= at).sort((a, b) => a.start - b.start);
    return {
      ...ctx,
      lastYear: lastYearIn(earlier, ctx.lastYear),
      lastMonth: lastMonthIn(earlier, ctx.lastMonth ?? null),
    };
  };
  for (const rule of [...RULES.filter((r) => !r.anaphoric), ...RULES.filter((r) => r.anaphoric)]) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end) || STAMPED.test(text.slice(end, end + 8))) continue;
      const read = rule.read(m as RegExpExecArray, contextAt(start));
      if (!read) continue;
      found.push({ start, end, text: m[0], ...read });
    }
  }
  return withoutNamedWeekdays(
    text,
    found.sort((a, b) => a.start - b.start),
  );
}

/**
 * `am Mittwoch, den 24. Januar`: a weekday that names the day written beside it is that day, one date, not two.
 */
function withoutNamedWeekdays(text: string, found: DateMention[]): DateMention[] {
  return found.filter((m, k) => {
    const next = found[k + 1];
    return !(
      next?.date?.precision === 'day' &&
      NAMES_WEEKDAY.test(m.text) &&
      DAY_APPOSITION.test(text.slice(m.end, next.start))
    );
  });
}

/** The last month a text names with its year (a month or a day, not a period), or `fallback`. */
export function lastMonthIn(mentions: DateMention[], fallback: NamedMonth | null): NamedMonth | null {
  const named = mentions.filter((m) => m.date && /^\d{4}-\d{2}(?:-\d{2})?$/.test(m.date.value)).pop();
  if (!named?.date) return fallback;
  const { value } = named.date;
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), words: named.text };
}

/** The last year a text names, to carry into the next sentence's `desselben Jahres`. */
export function lastYearIn(mentions: DateMention[], fallback: number | null): number | null {
  const dated = mentions.filter((m) => m.date !== null);
  const last = dated[dated.length - 1];
  return last?.date ? Number(last.date.value.slice(0, 4)) : fallback;
}
