import { YEAR_PART_MONTHS, type DatePart } from '../extract/dates.js';
import type { TimelineEvent } from '../reconcile/timeline.js';

/**
 * Where a part of a month or a year begins, as the finer date it sorts after: `Mitte Mai` after the 10th, `Ende Mai`
 * after the 20th; a part of a year after the month before its first (see `YEAR_PART_MONTHS`): `Mitte 2019` after
 * April, `Ende 2019` and `Herbst 2019` after August, `Frühjahr 2019` after February. `Anfang Mai` and `Anfang 2019`
 * stand with the month or the year as a whole, before what is finer.
 */
function partStarts(part: DatePart, precision: string): string | undefined {
  if (part === 'early') return undefined;
  if (precision === 'month') return MONTH_PART_STARTS[part];
  return precision === 'year' ? String(YEAR_PART_MONTHS[part][0]).padStart(2, '0') : undefined;
}
const MONTH_PART_STARTS: Partial<Record<DatePart, string>> = { mid: '10', late: '20' };

/**
 * Where an entry stands among dates: its date and 0; but a month counted from an occasion within it (`gut eine Woche
 * nach dem Urteil`) stands beside that occasion's day, after it (1) or before it (-1), and a part of a month or a year
 * just after the date where it begins (see `partStarts`).
 */
function position(date: NonNullable<TimelineEvent['date']>, basis: TimelineEvent['basis']): [string, number] {
  const { value, precision, part } = date;
  if (basis.how === 'anchored' && basis.occasionDate.length > value.length && basis.occasionDate.startsWith(value))
    return [basis.occasionDate, basis.direction];
  const starts = part ? partStarts(part, precision) : undefined;
  if (starts) return [`${value}-${starts}`, 0.5];
  return [value, 0];
}

/**
 * Timeline order: by date (a year before its months, a part of it where it begins), undated last, a reply after what
 * it answers, then by source.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date && b.date) {
    // `2015` sorts before `2015-06`: the year as a whole comes first.
    const [pa, sa] = position(a.date, a.basis);
    const [pb, sb] = position(b.date, b.basis);
    const byValue = pa.localeCompare(pb) || sa - sb;
    if (byValue !== 0) return byValue;
  } else if (a.date || b.date) return a.date ? -1 : 1;
  // A reply comes after what it answers, on the same day.
  if (Boolean(a.after) !== Boolean(b.after)) return a.after ? 1 : -1;
  const ca = a.citations[0]!;
  const cb = b.citations[0]!;
  return ca.article.localeCompare(cb.article) || ca.start - cb.start;
}
