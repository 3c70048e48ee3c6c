import type { Article } from '../corpus/types.js';
import type { TimelineEvent } from '../extract/events.js';
import { clip, escapeText } from './escape.js';
import { formatDate, t, type Lang } from './i18n.js';
import { fitLines } from './page.js';
import { byArticle, sourcesLine } from './source.js';

const SUMMARY_CHARS = 220;

/** One event: its date at its own precision, what happened, and every article that reports it (as many as fit). */
export function timelineItem(event: TimelineEvent, articles: Map<string, Article>, lang: Lang, maxChars: number): string {
  const m = t(lang);
  const date = event.date ? formatDate(event.date.value, lang, event.date.part) : `${escapeText(event.dateText)} (${m.undated})`;
  const sources = byArticle(event.citations).map((cs) => `↳ ${sourcesLine(articles.get(cs[0]!.article), cs, lang)}`);
  return fitLines(`**${date}** — ${escapeText(clip(event.summary, SUMMARY_CHARS))}`, sources, maxChars, m.moreArticles);
}
