import {
  AND_A_HALF,
  A_HALF,
  CURRENCY_CODES,
  CURRENCY_WORD,
  ENGLISH_SCALES,
  HEDGE_WORDS,
  HUNDRED,
  ONE_ALONE,
  ONE_AND_A_HALF,
  RANGE_BETWEEN,
  RANGE_JOIN,
  SCALES,
  SCALE_LETTER,
  SCALE_WORD,
  SHARE,
  AGE_BEFORE,
  AGE_AFTER,
  SHARE_OR_AGE,
  TEENS,
  TENS,
  THOUSAND,
  UNITS,
  UNIT_JOIN,
} from '../language/de/numbers.js';

/**
 * The one number grammar: how German, Swiss and English news write a number, read the same wherever it stands, in an
 * article's sentence or in a member's claim, so a claim that copies a sentence is read as the sentence is. Digits in
 * any grouping (`35.000`, `35 000`, `35’000`, `35,000` typed), decimals, scale words and abbreviations (`Mrd.`,
 * `bn`, `97.4b`), a power of ten (`9.74e10`), numbers in words (`zwölf`, `dreihundert`, `eine halbe Million`), the
 * bound a hedge puts on it (`fast`, `mehr als`, `bis zu`), and ranges (`vier bis fünf Millionen`).
 */

export type Notation = 'de' | 'en';
/** The side a hedge leaves open: `fast 100` is at most 100, `über 97` at least 97, `rund 100` either. */
import type { Bound } from '../language/de/numbers.js';
export type { Bound };
export type CurrencyCode = 'USD' | 'EUR' | 'CHF' | 'GBP';

export interface NumberReading {
  /** Where the expression begins (its currency sign, if one comes first) and ends (after scale, currency, share). */
  start: number;
  end: number;
  /** Where the number itself begins, and its digits or words as written (`97,4`, `drei`). */
  at: number;
  numeral: string;
  notation: Notation;
  /** Its value before any scale: `97,4 Mrd` → 97.4. */
  written: number;
  /** The scale written after it (1e9 for `Milliarden`, `bn`, `e9`), or null for none. */
  scale: number | null;
  /** Decimal places as written, for comparing at the precision the writer used. */
  decimals: number;
  currency: CurrencyCode | null;
  /** `%` or `Prozent` follows. */
  share: boolean;
  /** `53-Jährige`, `53 Jahre alt` follows. */
  age: boolean;
  /** Written in words (`drei`), not digits. */
  inWords: boolean;
  /** The hedge right before it, if any. */
  bound: Bound | null;
  /** For the ends of a range (`vier bis fünf Millionen`): the range's ends in base units, shared by both. */
  range?: [number, number];
}

// ── numbers in words ──

const UNIT_VALUE = new Map<string, number>(UNITS.map((w, i) => [w, i + 1]));
const TEEN_VALUE = new Map<string, number>(TEENS.map((w, i) => [w, i + 10]));
const TENS_VALUE = new Map<string, number>(TENS.map((w, i) => [w, (i + 2) * 10]));

function below100(s: string): number | null {
  if (s === 'eins') return 1;
  const simple = UNIT_VALUE.get(s) ?? TEEN_VALUE.get(s) ?? TENS_VALUE.get(s);
  if (simple !== undefined) return simple;
  const join = s.indexOf(UNIT_JOIN);
  if (join <= 0) return null;
  const unit = UNIT_VALUE.get(s.slice(0, join));
  const tens = TENS_VALUE.get(s.slice(join + UNIT_JOIN.length));
  return unit !== undefined && tens !== undefined ? unit + tens : null;
}

/** `dreihundertzwölf`: hundreds (`ein`- or a unit, or none for one), then the rest below a hundred. */
function below1000(s: string): number | null {
  const at = s.indexOf(HUNDRED);
  if (at < 0) return below100(s);
  const head = s.slice(0, at);
  const hundreds = head === '' ? 1 : UNIT_VALUE.get(head);
  const rest = s.slice(at + HUNDRED.length);
  const tail = rest === '' ? 0 : below100(rest);
  return hundreds === undefined || tail === null ? null : hundreds * 100 + tail;
}

/**
 * The value of a number written in words, or null for any other word: `drei` 3, `einundzwanzig` 21,
 * `zweitausendfünfhundert` 2500, `zweieinhalb` 2.5, `anderthalb` 1.5, `eine halbe` 0.5, `eins` and `eine` 1.
 */
export function numberWordValue(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if ((ONE_ALONE as readonly string[]).includes(w)) return 1;
  const half = w.split(' ');
  if ((A_HALF as readonly string[]).includes(half.at(-1)!) && (half.length === 1 || numberWordValue(half[0]!) === 1))
    return 0.5;
  if (w === ONE_AND_A_HALF) return 1.5;
  if (w.endsWith(AND_A_HALF) && w.length > AND_A_HALF.length) {
    const whole = numberWordValue(w.slice(0, -AND_A_HALF.length));
    return whole !== null && Number.isInteger(whole) ? whole + 0.5 : null;
  }
  const at = w.indexOf(THOUSAND);
  if (at < 0) return below1000(w);
  const head = w.slice(0, at);
  const thousands = head === '' ? 1 : below1000(head);
  const rest = w.slice(at + THOUSAND.length);
  const tail = rest === '' ? 0 : below1000(rest);
  return thousands === null || tail === null ? null : thousands * 1000 + tail;
}

function wordsBelow100(n: number, last: boolean): string {
  if (n === 1) return last ? 'eins' : 'ein';
  if (n < 10) return UNITS[n - 1]!;
  if (n < 20) return TEENS[n - 10]!;
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10) - 2]!;
  return unit === 0 ? tens : `${UNITS[unit - 1]!}${UNIT_JOIN}${tens}`;
}

function wordsBelow1000(n: number, last: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return (hundreds > 0 ? `${UNITS[hundreds - 1]!}${HUNDRED}` : '') + (rest > 0 ? wordsBelow100(rest, last) : '');
}

/** A whole number from 1 to 999 999 in words, as German writes it: 21 `einundzwanzig`, 2500 `zweitausendfünfhundert`.
 */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 1e6) throw new RangeError(`no words for ${n}`);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands > 0 ? `${wordsBelow1000(thousands, false)}${THOUSAND}` : '';
  return head + (rest > 0 ? wordsBelow1000(rest, true) : '');
}

/** Pieces a number in words is made of, longest first, so the pattern takes `dreizehn` before `drei`. */
const MORPHEMES = [...UNITS, ...TEENS, ...TENS, HUNDRED, THOUSAND, UNIT_JOIN, AND_A_HALF, 'eins', 'eine']
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Its first letter in either case (`Zwei Werke`, at a sentence's start). */
const FIRST = [...new Set([...UNITS, ...TEENS, ...TENS, HUNDRED, THOUSAND, 'eins', 'eine'])]
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
/** A word made only of number pieces (`dreihundertzwölf`), or a half (`anderthalb`, `eine halbe`). */
const WORD_NUMBER =
  `(?:[Aa]${ONE_AND_A_HALF.slice(1)}|(?:[Ee]ine[nmrs]?\\s+)?(?:${A_HALF.join('|')})|(?:${FIRST})(?:${MORPHEMES})*)` +
  `(?![\\p{L}])`;

// ── digits ──

/**
 * Digits as written: `97,4`, `9.740`, `1.000.000`, `100'000`, `35 000` (a space only before a group of exactly three,
 * so two numbers side by side stay two), `97.4`, `44`.
 */
export const NUMERAL =
  "\\d{1,3}(?:(?:['’\\u202f\\u00a0.]|[, ](?=\\d{3}(?!\\d)))\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";

/**
 * The value of a numeral. German notation reads `.` before three digits as a thousands separator and `,` as the
 * decimal mark; English the other way round. A `'` or a space is always a thousands separator.
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
  const s = raw.replace(/[\s'’\u202f\u00a0]/g, '');
  const mark = notation === 'de' ? ',' : '.';
  const m = new RegExp(`\\${mark}(\\d+)$`).exec(s);
  if (m) return m[1]!.length;
  if (notation === 'de' && /^\d+\.\d{1,2}$/.test(s)) return s.split('.')[1]!.length;
  return 0;
}

/**
 * What a member typed: `97,4` is German and `97.4` English; `9.740`, with three digits after the dot, a German
 * thousands separator; a comma before anything but a group of three (`97,4`, `97,40000`) a German decimal comma.
 */
export function typedNotation(raw: string): Notation {
  const s = raw.replace(/[\s'’\u202f\u00a0]/g, '');
  if (/,(?:\d{1,2}|\d{4,})$/.test(s) || /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return 'de';
  return 'en';
}

/** A four-digit numeral from 1900 to 2100 with nothing after it is a year, never an amount: `2015`. */
export function isYear(value: number, numeral: string): boolean {
  return /^\d{4}$/.test(numeral) && value >= 1900 && value <= 2100;
}

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

export function currencyOf(word: string): CurrencyCode | null {
  const w = word.toLowerCase();
  return CURRENCY_CODES.find(([re]) => re.test(w))?.[1] ?? null;
}

// ── the grammar ──

/**
 * The pattern of a number. Typed claims also take a power of ten (`9.74e10`) and a scale letter right after the digits
 * (`97.4b`, `10k`); articles do not, where `100m` is a distance.
 */
/** A range's join, looked for after a number in words. */
const RANGE_AHEAD = '\\s(?:bis|und)\\s';
const RANGE_FOLLOWS = new RegExp(`^${RANGE_AHEAD}`);

function numberPattern(typed: boolean): RegExp {
  return new RegExp(
    [
      `(?<![\\p{L}\\d.,:/'’])`,
      `(?<pre>${CURRENCY_WORD}\\s?)?`,
      // A number in words only where it is a number: before a scale word, before what it counts, or as the first end
      // of a range (`vier bis fünf Millionen`), kept only if the range is one.
      `(?<num>${NUMERAL}|${WORD_NUMBER}(?=[\\s-]${SCALE_WORD}(?![\\p{L}])|\\s(?:\\p{Ll}+\\s)?\\p{Lu}|${RANGE_AHEAD}))`,
      typed ? `(?<exp>[eE][+]?\\d{1,2}(?!\\d))?` : '',
      `(?:(?:\\s|-)?(?<scale>${SCALE_WORD})(?![\\p{L}])`,
      typed ? `|(?<letter>${SCALE_LETTER})(?![\\p{L}\\d])` : '',
      ')?',
      `(?:(?:\\s|-)?(?<cur>${CURRENCY_WORD})(?![\\p{L}]))?`,
      `(?<tail>${SHARE_OR_AGE})?`,
    ].join(''),
    'gu',
  );
}
const IN_ARTICLES = numberPattern(false);
const TYPED = numberPattern(true);

/** How far before a number its hedge is looked for: a pattern anchored at `$` scans all it is given. */
const HEDGE_WINDOW = 24;

export function boundBefore(text: string, at: number): Bound | null {
  const before = text.slice(Math.max(0, at - HEDGE_WINDOW), at);
  return HEDGE_WORDS.find(([, re]) => re.test(before))?.[0] ?? null;
}

/**
 * Every number in a text. `notation` is how digits are read: `de` for articles (German, with English decimals where
 * nothing else is possible), `typed` for what a member typed, where each number's own marks decide.
 */
/** How many characters after a bare number say it is an age told around it (`im Alter von 78 Jahren`); 0 if none. */
function toldAge(text: string, m: RegExpMatchArray, bare: boolean): number {
  if (!bare) return 0;
  const end = m.index! + m[0].length;
  if (!AGE_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index))) return 0;
  return AGE_AFTER.exec(text.slice(end, end + 40))?.[0].length ?? 0;
}

export function readNumbers(text: string, notation: 'de' | 'typed'): NumberReading[] {
  const out: NumberReading[] = [];
  for (const m of text.matchAll(notation === 'typed' ? TYPED : IN_ARTICLES)) {
    const g = m.groups!;
    const numeral = g.num!;
    const inWords = /^\p{L}/u.test(numeral);
    const own = notation === 'typed' && !inWords ? typedNotation(numeral) : 'de';
    const written = inWords ? numberWordValue(numeral) : parseNumeral(numeral, own);
    if (written === null) continue;
    const named = g.scale
      ? scaleOf(g.scale, scaleNotation(g.scale, notation))
      : g.letter
        ? scaleOf(g.letter, 'en')
        : null;
    const scale = g.exp ? 10 ** Number(g.exp.slice(1)) * (named ?? 1) : named;
    const currencyWord = g.cur ?? g.pre;
    const at = m.index + (g.pre?.length ?? 0);
    const told = toldAge(text, m, g.tail === undefined && !currencyWord && scale === null);
    out.push({
      start: m.index,
      end: m.index + m[0].length + told,
      at,
      numeral,
      notation: own,
      written,
      scale,
      decimals: inWords ? 0 : decimalsOf(numeral, own),
      currency: currencyWord ? currencyOf(currencyWord.trim()) : null,
      share: g.tail !== undefined && SHARE.test(g.tail),
      age: (g.tail !== undefined && !SHARE.test(g.tail)) || told > 0,
      inWords,
      bound: boundBefore(text, at),
    });
  }
  return withRanges(text, out).filter(
    (n) =>
      !n.inWords ||
      n.scale !== null ||
      // `ein Bild`, `eine Firma`: an article, not a count of one.
      (n.written >= 2 &&
        // A number in words taken only as a range's first end (`vier bis`), and no range formed: no number here.
        (n.range !== undefined || !RANGE_FOLLOWS.test(text.slice(n.end)))),
  );
}

/** In articles a scale word is German; typed, `Billion` capitalised and long is German, `billion` and `bn` English. */
function scaleNotation(word: string, notation: 'de' | 'typed'): Notation {
  if (notation === 'de') return 'de';
  return /^\p{Lu}/u.test(word) && word.length > 2 ? 'de' : 'en';
}

/**
 * `vier bis fünf Millionen Euro`, `zwischen 40 und 44 Milliarden`: the first end takes the scale and unit the second
 * has, and both carry the range, so neither is read as a number of its own.
 */
function withRanges(text: string, numbers: NumberReading[]): NumberReading[] {
  for (let i = 0; i + 1 < numbers.length; i++) {
    const [a, b] = [numbers[i]!, numbers[i + 1]!];
    const between = text.slice(a.end, b.start);
    const joined =
      RANGE_JOIN.test(between) ||
      (RANGE_BETWEEN.join.test(between) && RANGE_BETWEEN.before.test(text.slice(Math.max(0, a.start - 12), a.start)));
    if (!joined || a.scale !== null || a.currency !== null || a.share) continue;
    if (b.scale === null && b.currency === null && !b.share) continue;
    const low = { ...a, scale: b.scale, currency: b.currency, share: b.share };
    const ends: [number, number] = [low.written * (low.scale ?? 1), b.written * (b.scale ?? 1)];
    if (ends[0] >= ends[1]) continue;
    // The first end spans the whole range as written (`15 bis 20 Millionen Euro`): alone, `15` would misstate it.
    numbers[i] = { ...low, end: b.end, range: ends };
    numbers[i + 1] = { ...b, range: ends };
  }
  return numbers;
}
