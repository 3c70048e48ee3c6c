/** What an article's front matter may say about it. Unknown facts are null, never guessed. */
export interface ArticleMeta {
  id: string;
  title: string;
  outlet: string | null;
  /** ISO date at the precision the text states: `2025`, `2025-01`, `2025-02-11` or `2025-02-11T15:40`. */
  published: string | null;
  language: string;
  url: string | null;
  seed: string | null;
}

export interface Article extends ArticleMeta {
  /** File name inside the articles folder, for messages to the operator. */
  file: string;
  /** The text after the front matter, exactly as stored; every offset points into it. */
  body: string;
}

/** A span of the body that the cleaner decided is not article text, with the rule that removed it. */
export interface RemovedSpan {
  start: number;
  end: number;
  reason: string;
  text: string;
}

export type SentenceKind = 'heading' | 'text';

export interface Sentence {
  article: string;
  /** 1-based paragraph number among the kept paragraphs of the article. */
  paragraph: number;
  /** 1-based sentence number within the article. */
  index: number;
  start: number;
  end: number;
  text: string;
  kind: SentenceKind;
  /** The article's last sentence, cut off mid-word by the scraper (`für satte 44 Milli`): shown, never measured. */
  truncated?: true;
}

/**
 * Where an item comes from. `text` is exactly `body.slice(start, end)` of the article,
 * so a reader (and a test) can find it verbatim.
 */
export interface Citation {
  article: string;
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface SegmentedArticle {
  article: Article;
  sentences: Sentence[];
  removed: RemovedSpan[];
}

/** Why a file in the data folder was not used; one line for the operator. */
export interface DataProblem {
  file: string;
  reason: string;
  /** More for the operator's log only (an error's message); never shown in a reply, as it may quote the file. */
  detail?: string;
}
