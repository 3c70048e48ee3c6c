/**
 * How German news writes numbers: the words and marks, each once. The grammar that reads them is `extract/numbers.ts`;
 * compounds (`einundzwanzig`, `dreihundert`, `zweitausendfünfhundert`) are built there from these rows, never listed.
 */

/** 1 to 9 as they stand inside a compound (`einundzwanzig`, `einhundert`); alone, 1 is `eins`. */
export const UNITS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'] as const;
/** 10 to 19. */
export const TEENS = [
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
] as const;
/** 20 to 90, by tens. */
export const TENS = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'] as const;
export const HUNDRED = 'hundert';
export const THOUSAND = 'tausend';
/** Joins a unit to its tens: `drei|und|vierzig`. */
export const UNIT_JOIN = 'und';
/** `eins` alone, and the article forms `eine Milliarde`, `einem Jahr` that mean one before a noun. */
export const ONE_ALONE = ['eins', 'eine', 'einen', 'einem', 'einer', 'eines'] as const;
/** Halves: `zweieinhalb` is a unit and this; `anderthalb` and `eine halbe` (before a scale word) stand alone. */
export const AND_A_HALF = 'einhalb';
export const ONE_AND_A_HALF = 'anderthalb';
export const A_HALF = ['halbe', 'halben'] as const;

/**
 * Scale words, each once: German (singular, plural, abbreviations) and English (the word, its abbreviations; a
 * one-letter one is read only glued to digits, `97.4b`, since after a space `m` is a metre). A German `Billion` is
 * 10^12, an English `billion` 10^9. The first abbreviation is the one a reply writes. `Bio.` only with its dot: a
 * `Bio-Markt` is no trillion.
 */
export const SCALE_ROWS = [
  { value: 1e12, de: { one: 'Billion', many: 'Billionen', short: ['Bio.'] }, en: { word: 'trillion', short: ['tn'] } },
  {
    value: 1e9,
    de: { one: 'Milliarde', many: 'Milliarden', short: ['Mrd.', 'Mrd', 'Mia.', 'Mia'] },
    en: { word: 'billion', short: ['bn', 'b'] },
  },
  {
    value: 1e6,
    de: { one: 'Million', many: 'Millionen', short: ['Mio.', 'Mio'] },
    en: { word: 'million', short: ['m', 'mn'] },
  },
  {
    value: 1e3,
    de: { one: 'Tausend', many: 'Tausend', short: ['Tsd.', 'Tsd'] },
    en: { word: 'thousand', short: ['k'] },
  },
] as const;

const escape = (w: string) => w.replace(/[.$]/g, (c) => `\\${c}`);
const germanScale = (r: (typeof SCALE_ROWS)[number]) => [r.de.many, r.de.one, ...r.de.short.map(escape)];
const englishScale = (r: (typeof SCALE_ROWS)[number]) => [`${r.en.word}s?`, ...r.en.short.filter((w) => w.length > 1)];

/** Each scale's words, matched whole and case-insensitively: German ones, then English ones (with the letters). */
export const SCALES: [RegExp, number][] = SCALE_ROWS.map((r) => [
  new RegExp(`^(?:${germanScale(r).join('|')})$`, 'i'),
  r.value,
]);
export const ENGLISH_SCALES: [RegExp, number][] = SCALE_ROWS.map((r) => [
  new RegExp(`^(?:${[...englishScale(r), ...r.en.short.filter((w) => w.length === 1)].join('|')})$`, 'i'),
  r.value,
]);

/** Any scale word as written after a number: `Milliarden`, `Mrd.`, `billion`, `bn`. */
export const SCALE_WORD = `(?:${[...SCALE_ROWS.flatMap(germanScale), ...SCALE_ROWS.flatMap(englishScale)].join('|')})`;
/** Scales typed as one letter right after the digits (`97.4b`, `10k`): never after a space, where `m` is a metre. */
export const SCALE_LETTER = `(?:${SCALE_ROWS.flatMap((r) => r.en.short.filter((w) => w.length === 1)).join('|')})`;

/** Counts a news sentence writes in words before a noun (`vier Tage`, `einem Jahr`), one to twelve. */
export const COUNT_WORDS = ['ein', ...ONE_ALONE.slice(1), ...UNITS.slice(1), ...TEENS.slice(0, 3)] as const;
/** Counts that give no number: `wenige Tage`, `vor ein paar Jahren`. */
export const VAGUE_COUNT_WORDS = ['wenige', 'wenigen', 'einige', 'einigen', 'ein paar'] as const;

export const CURRENCY_WORD = '(?:US-Dollar|Dollar|Dollars|USD|Euro|EUR|Franken|CHF|Pfund|GBP|US\\$|\\$|€|£)';
/** Currency words by ISO code: `US-Dollar`, `Franken`, `Pfund`. */
export const CURRENCY_CODES: [RegExp, 'USD' | 'EUR' | 'CHF' | 'GBP'][] = [
  [/^(?:us-?)?dollars?$|^\$$|^usd$|^us\$$/, 'USD'],
  [/^euros?$|^€$|^eur$/, 'EUR'],
  [/^(?:franken|chf|fr\.)$/, 'CHF'],
  [/^(?:pfund|£|gbp|pounds?)$/, 'GBP'],
];

/** `97 %`, `14 Prozent`, `53-Jährige`, `53 Jahre alt`: what follows a number that is a share or an age. */
export const SHARE_OR_AGE = '(?:\\s?(?:%|Prozent)|-Jährige[nrm]?|-jährige[nrm]?|\\s(?:Jahre|Jahren)\\s+alt)';
export const SHARE = /%|Prozent/;
/**
 * An age told around its number: `im Alter von 78 Jahren`, `starb mit 78 Jahren`; not a count of years that names
 * what they are of (`mit 20 Jahren Haft`, `mit 30 Jahren Erfahrung`).
 */
export const AGE_BEFORE = /(?:\bim\s+Alter\s+von|\bmit)\s+$/u;
export const AGE_AFTER = /^\s+Jahren(?![\p{L}])(?!\s+\p{Lu})/u;

/**
 * Bounds by the side they leave open: `fast 100` is at most 100, `über 97` at least 97, `rund 100` either. Read right
 * before a number.
 */
export const HEDGE_WORDS = [
  ['below', /(?:fast|knapp|bis zu|nahezu|annähernd|beinahe|weniger als|unter)\s*$/i],
  ['above', /(?:über|mehr als|gut|mindestens|wenigstens)\s*$/i],
  ['around', /(?:rund|etwa|ca\.|circa|geschätzt|ungefähr|gegen)\s*$/i],
] as const;

/** Which side of its number a bound leaves the value: `fast 3` is below 3, `mehr als 3` above. */
export type Bound = (typeof HEDGE_WORDS)[number][0];

/** Between the ends of a range: `vier bis fünf`, `40 bis 44 Milliarden`, `zwischen 3 und 4 Prozent`, `3–4`. */
export const RANGE_JOIN = /^\s*(?:bis|–|-)\s*$/;
export const RANGE_BETWEEN = { before: /zwischen\s*$/i, join: /^\s*und\s*$/ };
