import { createHash } from 'node:crypto';

/**
 * A digest of plain data (maps and sets as their entries): equal for equal data, the same fields in the same order, on
 * any thread, so it can key what was read from it. Written as JSON, not as V8 serialises: V8 writes a string as it
 * happens to hold it (one byte or two per character), which a copy from another thread may change.
 */
export function digestOf(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(JSON.stringify(value, plain) ?? 'undefined').update('\u0000');
  return hash.digest('base64');
}

function plain(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}
