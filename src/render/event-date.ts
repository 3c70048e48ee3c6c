import type { EventDate } from '../extract/dates.js';
import { formatDate, t, type Lang } from './i18n.js';

/**
 * A date at its own precision; `by 11 February 2025` when only the report's date is known, `planned for March 2025`
 * when it lies after every report, `planned, reported by May 2024` for a plan with a deadline (`bis 2030`).
 */
export function eventDate(date: EventDate, lang: Lang): string {
  const text = formatDate(date.value, lang, date.part);
  if (date.bound) return date.planned ? t(lang).plannedReportedBy(text) : t(lang).reportedBy(text);
  return date.planned ? t(lang).plannedFor(text) : text;
}
