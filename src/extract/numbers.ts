import { SCALES, ENGLISH_SCALES, CURRENCY_CODES, NUMBER_WORDS } from '../language/de.js';
/**
 * Reads numbers as German, Swiss and English news write them. Shared by figure extraction
 * and claim parsing, so a user's `97,4 Mrd` and an article's `97,4 Milliarden` meet.
 */

export type Notation = 'de' | 'en';

export function scaleOf(word: string, notation: Notation): number | null {
  const w = word.trim();
  // `Billion` is capitalised in German (10^12) and lower-case in English text (10^9).
  if (notation === 'en' || /^billions?$/.test(w)) {
    for (const [re, f] of ENGLISH_SCALES) if (re.test(w)) return f;
  }
  for (const [re, f] of SCALES) if (re.test(w)) return f;
  if (notation === 'de') for (const [re, f] of ENGLISH_SCALES) if (re.test(w) && w.length > 1) return f;
  return null;
}

/** Number words by value (`eine` and `ein` are 1), for amounts written `drei Milliarden Euro`. */
const WORD_VALUE = new Map([['eine', 1], ...NUMBER_WORDS.slice(1).map((w, i): [string, number] => [w, i + 1])]);

/** A number word, either case of its first letter: to be followed by a scale word where it is used. */
export const NUMBER_WORD = [...WORD_VALUE.keys()].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

/** The value of a number word (`drei` is 3), or null for anything else. */
export function numberWordValue(word: string): number | null {
  return WORD_VALUE.get(word.toLowerCase()) ?? null;
}

/** Digits as written: `97,4`, `9.740`, `1.000.000`, `100'000`, `97.4`, `44`. */
export const NUMERAL = "\\d{1,3}(?:(?:['’\\u202f\\u00a0.]|,(?=\\d{3}(?!\\d)))\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";

/**
 * The value of a numeral. German notation reads `.` before three digits as a thousands
 * separator and `,` as the decimal mark; English the other way round. A `'` is always a
 * thousands separator (Swiss).
 */
export function parseNumeral(raw: string, notation: Notation): number | null {
  let s = raw.replace(/[\s\u202f\u00a0'’]/g, '');
  if (notation === 'de') {
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) || /^\d+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
    else if (/^\d+\.\d+$/.test(s)) {
      // `97.4` in German text is an English-style decimal; `97.400` stays thousands above.
    } else return null;
  } else {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
    else if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
    else if (!/^\d+(\.\d+)?$/.test(s)) return null;
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** Decimal places a numeral was written with: `97,4` has 1, `100` has 0, `9.740` (de) has 0. */
export function decimalsOf(raw: string, notation: Notation): number {
  const s = raw.replace(/[\s'’]/g, '');
  const mark = notation === 'de' ? ',' : '.';
  const m = new RegExp(`\\${mark}(\\d+)$`).exec(s);
  if (m) return m[1]!.length;
  if (notation === 'de' && /^\d+\.\d{1,2}$/.test(s)) return s.split('.')[1]!.length;
  return 0;
}

export type CurrencyCode = 'USD' | 'EUR' | 'CHF' | 'GBP';

export function currencyOf(word: string): CurrencyCode | null {
  const w = word.toLowerCase();
  return CURRENCY_CODES.find(([re]) => re.test(w))?.[1] ?? null;
}
