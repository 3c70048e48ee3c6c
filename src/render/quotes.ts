import type { Article } from '../corpus/types.js';
import type { Quote } from '../extract/quotes.js';
import { clip, escapeText } from './escape.js';
import { t, type Lang } from './i18n.js';
import { sourceLine } from './source.js';

const INTRO_CHARS = 300;

/** One quotation in German quotation marks, its speaker, the sentence that introduces it and its source. */
export function quoteItem(quote: Quote, articles: Map<string, Article>, lang: Lang, maxChars: number): string {
  const m = t(lang);
  const after: string[] = [];
  if (quote.speaker) after.push(`— **${escapeText(quote.speaker.name)}**`);
  if (quote.intro && quote.intro.text !== quote.citation.text)
    after.push(`> ${m.introducedBy}: ${escapeText(clip(quote.intro.text, INTRO_CHARS))}`);
  after.push(`↳ ${sourceLine(articles.get(quote.citation.article), quote.citation, lang)}`);
  const marker = quote.partial ? ` *(${m.partial})*` : '';
  // Only an extraordinarily long quotation is shortened, and visibly: the source line says where the rest is.
  const room = Math.max(80, maxChars - after.join('\n').length - marker.length - 4);
  return [`„${clip(escapeText(quote.text), room)}“${marker}`, ...after].join('\n');
}
