import type { Article } from '../../src/corpus/types.js';

/** A German article with the given body, undated and with id `a` unless `meta` says otherwise, for tests. */
export const article = (body: string, meta: Partial<Omit<Article, 'body' | 'file'>> = {}): Article => {
  const id = meta.id ?? 'a';
  return {
    id,
    title: 'T',
    outlet: null,
    published: null,
    language: 'de',
    url: null,
    seed: null,
    ...meta,
    file: `${id}.md`,
    body,
  };
};
