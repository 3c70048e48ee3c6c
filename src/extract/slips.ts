import type { Figure } from './figures.js';

/**
 * Notation slips: `97.400 Milliarden Dollar` read literally is 97,4 Billionen, more than any
 * company is worth. When an amount is implausible at face value and reading its dot as a
 * decimal comma gives a value that other figures in the corpus corroborate, the figure keeps
 * its original text and gets the corrected value, with the slip recorded so a reply can explain it.
 */

/**
 * Five trillion (5×10^12): more than any company is worth or any deal has cost; only a few state
 * budgets come near. Above it a literal reading needs corroboration of its decimal reading to be kept.
 */
export const IMPLAUSIBLE_AMOUNT = 5e12;
/** Two readings corroborate each other when they differ by at most this share (44 vs 40 Milliarden). */
const CORROBORATION = 0.15;

export interface NotationSlip {
  /** The value read literally, with the dot as a thousands separator. */
  literal: number;
  /** Figures elsewhere that agree with the corrected reading; none means the value stays literal. */
  corroboratedBy: number;
}

const isAmount = (f: Figure) => f.unit !== null && /^[A-Z]{3}$/.test(f.unit);

/** The value with the numeral's dot read as a decimal mark: `97.400` → 97.4 (times its scale). */
function decimalReading(f: Figure): number | null {
  if (!/^\d{1,3}\.\d{3}$/.test(f.numeral)) return null;
  return Number(f.numeral) * f.scale;
}

export function correctSlips(figures: Figure[]): Figure[] {
  const plausible = figures.filter((f) => !(isAmount(f) && f.value >= IMPLAUSIBLE_AMOUNT));
  // Plausible values per unit, sorted, so corroboration is a count between two bounds, not a scan per slip.
  const sorted = new Map<string | null, number[]>();
  for (const o of plausible) {
    const values = sorted.get(o.unit);
    if (values) values.push(o.value);
    else sorted.set(o.unit, [o.value]);
  }
  for (const values of sorted.values()) values.sort((a, b) => a - b);
  return figures.map((f) => {
    if (!isAmount(f) || f.value < IMPLAUSIBLE_AMOUNT) return f;
    const reading = decimalReading(f);
    if (reading === null || reading >= IMPLAUSIBLE_AMOUNT) return f;
    const values = sorted.get(f.unit) ?? [];
    const corroboratedBy = countBetween(values, reading * (1 - CORROBORATION), reading * (1 + CORROBORATION));
    const slip: NotationSlip = { literal: f.value, corroboratedBy };
    if (corroboratedBy === 0) return { ...f, slip };
    // The range the words allow shrinks with the value: `97.400` read as 97,4 is 97,35 to 97,45 Milliarden.
    const factor = reading / f.value;
    return { ...f, value: Number(reading.toPrecision(12)), range: [f.range[0] * factor, f.range[1] * factor] as [number, number], slip };
  });
}

/** How many of the ascending `values` lie in [low, high]. */
function countBetween(values: number[], low: number, high: number): number {
  const firstAtLeast = (x: number, strict: boolean) => {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid]! < x || (strict && values[mid]! === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return firstAtLeast(high, true) - firstAtLeast(low, false);
}
