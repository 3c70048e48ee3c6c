import type { Article } from '../corpus/types.js';
import type { Quote } from '../extract/quotes.js';
import { clip, escapeText } from './escape.js';
import { t, type Lang } from './i18n.js';
import { sourceLine } from './source.js';

const QUOTE_CHARS = 1500;
const INTRO_CHARS = 300;

/** One quotation in German quotation marks, its speaker, the sentence that introduces it and its source. */
export function quoteItem(quote: Quote, articles: Map<string, Article>, lang: Lang): string {
  const m = t(lang);
  const lines = [`„${escapeText(clip(quote.text, QUOTE_CHARS))}“${quote.partial ? ` *(${m.partial})*` : ''}`];
  if (quote.speaker) lines.push(`— **${escapeText(quote.speaker.name)}**`);
  if (quote.intro && quote.intro.text !== quote.citation.text) lines.push(`> ${m.introducedBy}: ${escapeText(clip(quote.intro.text, INTRO_CHARS))}`);
  lines.push(`↳ ${sourceLine(articles.get(quote.citation.article), quote.citation, lang)}`);
  return lines.join('\n');
}
