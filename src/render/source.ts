import type { Article, Citation } from '../corpus/types.js';
import { clip, escapeText } from './escape.js';
import { formatDate, t, type Lang } from './i18n.js';
import { pushTo } from '../lib/collections.js';

const TITLE_CHARS = 70;

/** Which article: its title (linked when it has a url), outlet and date where the article states them. */
export function articleLabel(article: Pick<Article, 'title' | 'url' | 'outlet' | 'published'>, lang: Lang): string {
  const title = escapeText(clip(article.title, TITLE_CHARS));
  const url = linkTarget(article.url);
  const linked = url ? `[${title}](${url})` : `*${title}*`;
  const details = [
    article.outlet ? escapeText(article.outlet) : null,
    article.published ? formatDate(article.published.slice(0, 10), lang) : null,
  ].filter(Boolean);
  return details.length > 0 ? `${linked} (${details.join(', ')})` : linked;
}

/**
 * A url as the target of a markdown link, or null when it is not http(s). The characters that would
 * end the target or start new markup (`)`, `[`, `<`, a space) are percent-encoded, so a url such as
 * `https://a.example/x)[Hier klicken](https://evil.example` stays one link to where it says.
 */
export function linkTarget(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(
    /[()[\]<>\s"'`*_~|\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Where in it: paragraph and sentence, so a reader can find the passage. */
export function locationLabel(citation: Citation, lang: Lang): string {
  const m = t(lang);
  return `${m.paragraph} ${citation.paragraph}, ${m.sentence} ${citation.sentence}`;
}

export function sourceLine(article: Article | undefined, citation: Citation, lang: Lang): string {
  return sourcesLine(article, [citation], lang);
}

/** One article and every place in it: `*Title* (outlet) · ¶ 5, sentence 11; ¶ 7, sentence 14`. */
export function sourcesLine(article: Article | undefined, citations: Citation[], lang: Lang): string {
  const label = article ? articleLabel(article, lang) : `\`${citations[0]!.article}\``;
  return `${label} · ${citations.map((c) => locationLabel(c, lang)).join('; ')}`;
}

/** Citations grouped by article, in first-seen order. */
export function byArticle(citations: Citation[]): Citation[][] {
  const groups = new Map<string, Citation[]>();
  for (const c of citations) pushTo(groups, c.article, c);
  return [...groups.values()];
}
