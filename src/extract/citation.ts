import type { Citation, Sentence } from '../corpus/types.js';

/** Cites a sentence, or the part of it from `start` to `end` (body offsets). */
export function cite(body: string, sentence: Sentence, start = sentence.start, end = sentence.end): Citation {
  return {
    article: sentence.article,
    paragraph: sentence.paragraph,
    sentence: sentence.index,
    start,
    end,
    text: body.slice(start, end),
  };
}

/** Cites the run of sentences from `first` to `last`, e.g. a quotation that spans several. */
export function citeRange(body: string, first: Sentence, last: Sentence): Citation {
  return cite(body, first, first.start, last.end);
}
