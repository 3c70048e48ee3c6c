import type { Figure, NotationSlip } from '../extract/figures.js';
import { firstIndexWhereNot, pushTo } from '../lib/collections.js';

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

/** Whether a slip's value is the corrected reading. */
export const isCorrected = (slip: NotationSlip) => slip.corroboratedBy > 0 || slip.byArticle === true;

const isAmount = (f: Figure) => f.unit !== null && /^[A-Z]{3}$/.test(f.unit);

/** The value with the numeral's dot read as a decimal mark: `97.400` → 97.4 (times its scale). */
function decimalReading(f: Figure): number | null {
  if (!/^\d{1,3}\.\d{3}$/.test(f.numeral)) return null;
  return Number(f.numeral) * f.scale;
}

/**
 * Whether `correctSlips` may change a figure: only an amount implausible at face value is ever read again. An article
 * without one reads the same before the slips of the corpus are corrected as after.
 */
export const mayBeSlip = (f: Figure) => isAmount(f) && f.value >= IMPLAUSIBLE_AMOUNT;

export function correctSlips(figures: Figure[]): Figure[] {
  const plausible = figures.filter((f) => !mayBeSlip(f));
  // Plausible values per unit, sorted, so corroboration is a count between two bounds, not a scan per slip.
  const sorted = new Map<string | null, number[]>();
  for (const o of plausible) pushTo(sorted, o.unit, o.value);
  for (const values of sorted.values()) values.sort((a, b) => a - b);
  const read = figures.map((f) => {
    if (!mayBeSlip(f)) return f;
    const reading = decimalReading(f);
    if (reading === null || reading >= IMPLAUSIBLE_AMOUNT) return f;
    const values = sorted.get(f.unit) ?? [];
    const corroboratedBy = countBetween(values, reading * (1 - CORROBORATION), reading * (1 + CORROBORATION));
    const slip: NotationSlip = { literal: f.value, corroboratedBy };
    return corroboratedBy === 0 ? { ...f, slip } : corrected(f, reading, slip);
  });
  // An article whose slips of a scale are confirmed elsewhere writes that scale so: its other slips of it are read
  // alike.
  const writesSo = new Set(
    read.filter((f) => f.slip && f.slip.corroboratedBy > 0).map((f) => `${f.citation.article}|${f.scale}`),
  );
  return read.map((f) => {
    if (!f.slip || f.slip.corroboratedBy > 0 || !writesSo.has(`${f.citation.article}|${f.scale}`)) return f;
    return corrected(f, decimalReading(f)!, { ...f.slip, byArticle: true });
  });
}

function corrected(f: Figure, reading: number, slip: NotationSlip): Figure {
  // The range the words allow shrinks with the value: `97.400` read as 97,4 is 97,35 to 97,45 Milliarden.
  const factor = reading / f.value;
  return { ...f, value: Number(reading.toPrecision(12)), range: [f.range[0] * factor, f.range[1] * factor], slip };
}

/** How many of the ascending `values` lie in [low, high]. */
function countBetween(values: number[], low: number, high: number): number {
  const above = firstIndexWhereNot(values.length, (i) => values[i]! <= high);
  return above - firstIndexWhereNot(values.length, (i) => values[i]! < low);
}
