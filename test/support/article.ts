import type { Article } from '../../src/corpus/types.js';

/** An undated German article with the given body, for tests of one pass. */
export const article = (body: string): Article => ({
  id: 'a',
  title: 'T',
  outlet: null,
  published: null,
  language: 'de',
  url: null,
  seed: null,
  file: 'a.md',
  body,
});
