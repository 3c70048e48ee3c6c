/** Latency summary in milliseconds: the numbers a budget is checked against. */
export interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarise(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1] ?? NaN) };
}

export const round = (ms: number) => Math.round(ms * 1000) / 1000;
