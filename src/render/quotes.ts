import type { Article } from '../corpus/types.js';
import type { QuoteEntry } from '../index/queries.js';
import { clip, escapeText } from './escape.js';
import { t, type Lang } from './i18n.js';
import { sourceLine } from './source.js';

const INTRO_CHARS = 300;

/** Room kept for the quoted words themselves when an entry has many reports. */
const WORDS_ROOM = 200;

/**
 * One quotation in German quotation marks, its speaker, the sentence that introduces it and its sources: every article
 * that reports the same words, earliest first, as many as fit, then how many more.
 */
export function quoteItem(entry: QuoteEntry, articles: Map<string, Article>, lang: Lang, maxChars: number): string {
  const m = t(lang);
  const { quote } = entry;
  const after: string[] = [];
  // A source no person stands for is shown as the text words it, and said to be so.
  if (quote.speaker?.unnamed) after.push(`— ${escapeText(quote.speaker.name)} *(${m.unnamedSource})*`);
  else if (quote.speaker) after.push(`— **${escapeText(quote.speaker.name)}**`);
  if (quote.intro && quote.intro.text !== quote.citation.text)
    after.push(`> ${m.introducedBy}: ${escapeText(clip(quote.intro.text, INTRO_CHARS))}`);
  const sources = [quote, ...entry.reports.filter((r) => r !== quote)].map(
    (r) => `↳ ${sourceLine(articles.get(r.citation.article), r.citation, lang)}`,
  );
  let shown = 0;
  while (shown < sources.length) {
    const more = sources.length - shown - 1;
    const tail = more > 0 ? m.moreArticles(more).length + 1 : 0;
    const next = [...after, sources[shown]!].join('\n').length;
    if (shown > 0 && next + tail > maxChars - WORDS_ROOM) break;
    after.push(sources[shown]!);
    shown += 1;
  }
  if (shown < sources.length) after.push(m.moreArticles(sources.length - shown));
  const marker = quote.partial ? ` *(${m.partial})*` : '';
  // Only an extraordinarily long quotation is shortened, and visibly: the source line says where the rest is.
  const room = Math.max(80, maxChars - after.join('\n').length - marker.length - 4);
  return [`„${clip(escapeText(quote.text), room)}“${marker}`, ...after].join('\n');
}
