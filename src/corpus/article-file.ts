import { fold } from '../language/de/fold.js';
import type { PageArticle } from './page.js';

/**
 * An article as an operator writes it into `articles/`: front matter, then the text. Strings are written as JSON, so
 * any title reads back as written (see `parseFrontMatter`).
 */
export function articleFile(id: string, article: PageArticle): string {
  const field = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));
  return [
    '---',
    `id: ${id}`,
    `title: ${field(article.title)}`,
    `outlet: ${field(article.outlet)}`,
    `published: ${field(article.published)}`,
    `language: ${article.language}`,
    `url: ${field(article.url)}`,
    'seed: null',
    '---',
    article.body,
    '',
  ].join('\n');
}

/**
 * The id an article's title gives, as `id` must be (lower-case letters, digits and dashes, at most 64): umlauts
 * written out (`für` → `fuer`), other marks dropped. `taken` are the ids in use: a second `-2`, a third `-3`.
 */
export function idOf(title: string, taken: ReadonlySet<string>): string {
  const base =
    fold(title)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 58)
      .replace(/-+$/, '') || 'artikel';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
