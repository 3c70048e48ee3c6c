import type { Article, SegmentedArticle, Sentence } from './types.js';

/**
 * An article's sentences as kept: columns of numbers, without the article's id and without their texts, which are
 * always the article's words at their offsets (`segmentArticle`); what a column cannot say (a text that differs, a
 * sentence the scrape cut off) by position. A large reading is otherwise a million small objects, and reading them
 * back, from a file kept or from another thread, is most of the time they take.
 */
export interface KeptSentences {
  paragraph: Int32Array;
  index: Int32Array;
  start: Int32Array;
  end: Int32Array;
  heading: Uint8Array;
  odd: [number, { text?: string; truncated?: true }][];
}

export function keptSentences(body: string, sentences: Sentence[]): KeptSentences {
  const column = (pick: (s: Sentence) => number) => Int32Array.from(sentences, pick);
  const odd: KeptSentences['odd'] = [];
  sentences.forEach((s, i) => {
    const text = s.text === body.slice(s.start, s.end) ? undefined : s.text;
    if (text !== undefined || s.truncated)
      odd.push([i, { ...(text !== undefined ? { text } : {}), ...(s.truncated ? { truncated: true as const } : {}) }]);
  });
  return {
    paragraph: column((s) => s.paragraph),
    index: column((s) => s.index),
    start: column((s) => s.start),
    end: column((s) => s.end),
    heading: Uint8Array.from(sentences, (s) => (s.kind === 'heading' ? 1 : 0)),
    odd,
  };
}

/** The sentences back, field for field in the order `segmentArticle` makes them. */
export function sentencesOf(article: string, body: string, kept: KeptSentences): Sentence[] {
  const odd = new Map(kept.odd);
  return Array.from(kept.start, (start, i) => {
    const end = kept.end[i]!;
    const extra = odd.get(i);
    const sentence: Sentence = {
      article,
      paragraph: kept.paragraph[i]!,
      index: kept.index[i]!,
      start,
      end,
      text: extra?.text ?? body.slice(start, end),
      kind: kept.heading[i] ? 'heading' : 'text',
    };
    if (extra?.truncated) sentence.truncated = true;
    return sentence;
  });
}

/** A segmented article as sent between threads: its sentences in columns, its article only where it changed. */
export interface KeptSegmented {
  /** The date a `date` line gave an article whose front matter has none (see `segmentArticle`). */
  published?: string | null;
  removed: SegmentedArticle['removed'];
  sentences: KeptSentences;
}

export function keptSegmented({ article, sentences, removed }: SegmentedArticle, given: Article): KeptSegmented {
  const kept: KeptSegmented = { removed, sentences: keptSentences(article.body, sentences) };
  if (article !== given) kept.published = article.published;
  return kept;
}

/** The segmented article back, with `given`, the article as the receiving thread has it. */
export function segmentedOf(given: Article, kept: KeptSegmented): SegmentedArticle {
  const article = kept.published === undefined ? given : { ...given, published: kept.published };
  return { article, sentences: sentencesOf(given.id, given.body, kept.sentences), removed: kept.removed };
}
