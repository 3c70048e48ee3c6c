/** The calendar's words, each once: month and weekday names, as German writes them. */

/** January to December, at their index. */
export const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;
/** Other spellings of a month, by the name above: `Maerz` where a keyboard had no umlaut. */
export const MONTH_SPELLINGS: Record<string, (typeof MONTHS)[number]> = { Maerz: 'März' };

/** Months as abbreviated with a dot (`3. Aug. 2017`): the first three letters, and `Sept`; `Mai` is never cut. */
export const MONTH_ABBREVIATIONS = [...MONTHS.filter((m) => m.length > 3).map((m) => m.slice(0, 3)), 'Sept'];

/** Sunday to Saturday, at their index as `Date.getUTCDay()` counts them. */
export const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'] as const;

/** A month's name, captured, in any of its spellings. */
export const MONTH = `(${[...MONTHS, ...Object.keys(MONTH_SPELLINGS)].join('|')})`;
/** A weekday's name, captured. */
export const WEEKDAY = `(${WEEKDAYS.join('|')})`;
/** Whether date words name a weekday, or a part of its day (`Mittwochabend`). */
export const NAMES_WEEKDAY = new RegExp(WEEKDAY);

/** The month a name means, 1 to 12, in any spelling and case; 0 for no month. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const spelt = Object.entries(MONTH_SPELLINGS).find(([other]) => other.toLowerCase() === lower)?.[1];
  return MONTHS.findIndex((m) => m.toLowerCase() === (spelt?.toLowerCase() ?? lower)) + 1;
}
