/**
 * Two small pieces every stage uses: grouping into a map of lists, and finding a boundary in a sorted
 * list. The lowest layer beside the lexicon: it imports nothing.
 */

/** Adds `item` to the list under `key`, starting the list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * The first index in `0..length` at which `before(i)` is false, by binary search; `before` must be true
 * for a prefix of the indices and false after it (`values[i] < x` over ascending values).
 */
export function firstIndexWhereNot(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
