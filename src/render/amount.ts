import { SCALE_ROWS } from '../language/de/numbers.js';
import type { Lang } from './i18n.js';

const WRITTEN = SCALE_ROWS.filter((r) => r.value >= 1e6);

/** The scales a reply writes out, from a million up: `Milliarden` / `billion`. */
const SCALES: Record<Lang, [number, string, string][]> = {
  de: WRITTEN.map((r) => [r.value, r.de.one, r.de.many]),
  en: WRITTEN.map((r) => [r.value, r.en.word, r.en.word]),
};

const CURRENCY: Record<Lang, Record<string, string>> = {
  de: { USD: 'Dollar', EUR: 'Euro', CHF: 'Franken', GBP: 'Pfund' },
  en: { USD: 'dollars', EUR: 'euros', CHF: 'Swiss francs', GBP: 'pounds' },
};

/** Made once: an Intl.NumberFormat costs far more to construct than to use. */
const FORMATS: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }),
};

function number(value: number, lang: Lang): string {
  return FORMATS[lang].format(value);
}

/**
 * A value in words a reader of the reply's language reads at once: `97,4 Milliarden Dollar`, `97.4 billion dollars`.
 */
export function formatAmount(value: number, unit: string | null, lang: Lang): string {
  if (unit === '%') return `${number(value, lang)} %`;
  if (unit === 'years') return lang === 'de' ? `${number(value, lang)} Jahre` : `${number(value, lang)} years`;
  const scale = SCALES[lang].find(([factor]) => Math.abs(value) >= factor);
  const amount = scale
    ? `${number(value / scale[0], lang)} ${value / scale[0] === 1 ? scale[1] : scale[2]}`
    : number(value, lang);
  const unitWord = unit ? (CURRENCY[lang][unit] ?? unit) : '';
  return unitWord ? `${amount} ${unitWord}` : amount;
}

/** As a headline abbreviates them: `Mrd.` / `bn`. */
const SHORT_SCALES: Record<Lang, [number, string][]> = {
  de: WRITTEN.map((r) => [r.value, r.de.short[0]]),
  en: WRITTEN.map((r) => [r.value, r.en.short[0]]),
};
const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', CHF: 'Fr.' };

/** An amount as a headline writes it: `97,4 Mrd. $` / `$97.4 bn`, `100.000 Arbeitsplätze`. */
export function formatShortAmount(value: number, unit: string | null, lang: Lang): string {
  const symbol = unit ? SYMBOL[unit] : undefined;
  if (!symbol) return formatAmount(value, unit, lang);
  const scale = SHORT_SCALES[lang].find(([factor]) => Math.abs(value) >= factor);
  const amount = scale ? `${number(value / scale[0], lang)} ${scale[1]}` : number(value, lang);
  if (lang === 'de') return `${amount} ${symbol}`;
  return unit === 'CHF' ? `CHF ${amount}` : `${symbol}${amount}`;
}
