import type { TimelineEvent } from '../reconcile/timeline.js';

/** Timeline order: by date (a year before its months), undated last, a reply after what it answers, then by source. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date && b.date) {
    // `2015` sorts before `2015-06`: the year as a whole comes first.
    const byValue = a.date.value.localeCompare(b.date.value);
    if (byValue !== 0) return byValue;
  } else if (a.date || b.date) return a.date ? -1 : 1;
  // A reply comes after what it answers, on the same day.
  if (Boolean(a.after) !== Boolean(b.after)) return a.after ? 1 : -1;
  const ca = a.citations[0]!;
  const cb = b.citations[0]!;
  return ca.article.localeCompare(cb.article) || ca.start - cb.start;
}
