import type { Article } from '../corpus/types.js';
import { precisionOfPublished, type EventDate } from '../extract/dates.js';
import type { EventHead } from '../extract/events.js';
import type { DateBasis, TimelineEvent } from '../reconcile/timeline.js';
import { clip, escapeText } from './escape.js';
import { headline, kindLabel } from './headline.js';
import { eventDate } from './event-date.js';
import { formatDate, t, type Lang } from './i18n.js';
import { fitLines } from './page.js';
import { byArticle, sourcesLine } from './source.js';

const EVIDENCE_CHARS = 180;
const ARTICLE_CHARS = 30;

function articleName(id: string, articles: Map<string, Article>): string {
  return `*${escapeText(clip(articles.get(id)?.title ?? id, ARTICLE_CHARS))}*`;
}

/** One short line saying how an inferred date was reached; nothing for a date the text writes out. */
/** A day or month whose year another report, or its own article's other dates, give. */
function yearBasis(
  basis: Extract<DateBasis, { how: 'year' }>,
  words: string,
  date: EventDate,
  articles: Map<string, Article>,
  lang: Lang,
): string {
  const m = t(lang);
  const day = (value: string) => formatDate(value, lang);
  return basis.referenceArticle
    ? m.basis.yearFrom(
        words,
        articleName(basis.article, articles),
        articleName(basis.referenceArticle, articles),
        day(basis.reference),
        eventDate(date, lang),
      )
    : m.basis.yearOfArticle(words, articleName(basis.article, articles), day(basis.reference), eventDate(date, lang));
}

export function basisLine(
  basis: DateBasis,
  date: EventDate,
  articles: Map<string, Article>,
  lang: Lang,
): string | null {
  const m = t(lang);
  const day = (value: string) => formatDate(value, lang);
  const words = 'words' in basis ? escapeText(basis.words) : '';
  switch (basis.how) {
    case 'explicit':
      return null;
    case 'published':
      return m.basis.published(words, day(basis.published), eventDate(date, lang));
    case 'story':
      return m.basis.story(words, escapeText(basis.after), eventDate(date, lang));
    case 'reported':
      return m.basis.reported(
        articleName(basis.article, articles),
        day(basis.published),
        precisionOfPublished(basis.published),
      );
    case 'reference':
      return m.basis.reference(
        words,
        articleName(basis.article, articles),
        day(basis.reference),
        articleName(basis.referenceArticle, articles),
        eventDate(date, lang),
      );
    case 'weekday':
      return m.basis.weekday(
        words,
        articleName(basis.article, articles),
        articleName(basis.referenceArticle, articles),
        day(basis.reference),
        eventDate(date, lang),
      );
    case 'year':
      return yearBasis(basis, words, date, articles, lang);
    case 'anchored': {
      const occasion =
        'label' in basis.occasion ? escapeText(basis.occasion.label[lang]) : eventName(basis.occasion.event, lang);
      return m.basis.anchored(words, occasion, day(basis.occasionDate), eventDate(date, lang));
    }
    case 'after':
      return m.basis.after(eventName(basis.event, lang), eventDate(basis.eventDate, lang));
  }
}

/** An event another line refers to: its headline, else what kind of event it is (`Bid`), else `…`. */
const eventName = (event: EventHead, lang: Lang) =>
  escapeText(headline(event, lang) ?? kindLabel(event.kind, lang) ?? '…');

/**
 * One event: its date at its own precision and a headline saying who did what; under it how an
 * inferred date was reached, where sources date it differently, the sentence it stands on, and
 * every article that reports it (as many as fit). Without a headline the whole sentence leads.
 */
export function timelineItem(
  event: TimelineEvent,
  articles: Map<string, Article>,
  lang: Lang,
  maxChars: number,
): string {
  const m = t(lang);
  const date = event.date ? eventDate(event.date, lang) : `${escapeText(event.dateText)} (${m.undated})`;
  const title = headline(event, lang);
  const evidence = escapeText(clip(event.summary, EVIDENCE_CHARS));
  const head = title ? `**${date}** — **${escapeText(title)}**` : `**${date}** — ${evidence}`;
  const basis = event.date ? basisLine(event.basis, event.date, articles, lang) : null;
  const notes = [
    basis ? `↪ ${basis}` : null,
    ...event.conflicts.map(
      (c) => `↪ ${m.basis.conflict(articleName(c.article, articles), eventDate(c.date, lang), escapeText(c.dateText))}`,
    ),
    title ? `> ${evidence}` : null,
  ].filter((line): line is string => line !== null);
  const sources = byArticle(event.citations).map((cs) => `↳ ${sourcesLine(articles.get(cs[0]!.article), cs, lang)}`);
  return fitLines([head, ...notes].join('\n'), sources, maxChars, m.moreArticles);
}
