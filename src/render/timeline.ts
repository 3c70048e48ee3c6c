import type { Article } from '../corpus/types.js';
import type { TimelineEvent } from '../extract/events.js';
import { clip, escapeText } from './escape.js';
import { formatDate, t, type Lang } from './i18n.js';
import { sourceLine } from './source.js';

const SUMMARY_CHARS = 300;

/** One event: its date at its own precision, what happened, and every article that reports it. */
export function timelineItem(event: TimelineEvent, articles: Map<string, Article>, lang: Lang): string {
  const date = event.date ? formatDate(event.date.value, lang, event.date.part) : `${escapeText(event.dateText)} (${t(lang).undated})`;
  const sources = event.citations.map((c) => `↳ ${sourceLine(articles.get(c.article), c, lang)}`).join('\n');
  return `**${date}** — ${escapeText(clip(event.summary, SUMMARY_CHARS))}\n${sources}`;
}
