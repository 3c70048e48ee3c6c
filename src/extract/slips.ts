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
  return figures.map((f) => {
    if (!isAmount(f) || f.value < IMPLAUSIBLE_AMOUNT) return f;
    const reading = decimalReading(f);
    if (reading === null || reading >= IMPLAUSIBLE_AMOUNT) return f;
    const corroboratedBy = plausible.filter((o) => o.unit === f.unit && Math.abs(o.value - reading) / reading <= CORROBORATION).length;
    const slip: NotationSlip = { literal: f.value, corroboratedBy };
    return corroboratedBy > 0 ? { ...f, value: Number(reading.toPrecision(12)), slip } : { ...f, slip };
  });
}
