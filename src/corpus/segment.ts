import { cleanBody } from './clean.js';
import type { Article, SegmentedArticle, Sentence } from './types.js';

/**
 * Abbreviations after which ICU's German sentence segmenter wrongly ends a sentence
 * (`97,4 Mrd. Dollar`, `z. B.`); matched case-insensitively at the end of a segment.
 */
const ABBREVIATIONS = [
  'mrd', 'mio', 'tsd', 'bzw', 'ca', 'dr', 'prof', 'nr', 'st', 'vgl', 'inkl', 'evtl', 'ggf', 'sog', 'bspw',
  'abs', 'jh', 'jhd', 'etc', 'mr', 'mrs', 'ms', 'hr', 'fr', 'u', 'a', 'z', 'b', 'd', 'h', 'o', 's', 'v', 'chr',
  'bn', 'mn', 'vs', 'ehem', 'gest', 'geb', 'str', 'tel', 'zit', 'ff', 'usd', 'eur', 'ag', 'co', 'inc', 'ltd',
];
const ENDS_WITH_ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')})\\.$`, 'i');
/** `das 21. Jahrhundert`, `am 3. März`: a number and a dot before a word is an ordinal, not an end. */
const ENDS_WITH_ORDINAL = /(?:^|\s)\d{1,3}\.$/;
/** `…sei.Dann…`: a sentence end without its space, common in scraped text. */
const GLUED_SENTENCE_END = /(?<=[\p{Ll}\d][.!?]["“”»«]?)(?=\p{Lu}\p{Ll})/gu;

const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });

interface Piece {
  start: number;
  end: number;
}

function trimPiece(body: string, piece: Piece): Piece | null {
  let { start, end } = piece;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** Sentences of one block of body text, as spans of the body. */
export function splitSentences(body: string, blockStart: number, blockEnd: number): Piece[] {
  const text = body.slice(blockStart, blockEnd);
  const raw: Piece[] = [];
  for (const seg of segmenter.segment(text)) {
    let from = seg.index;
    const segEnd = seg.index + seg.segment.length;
    for (const glued of seg.segment.matchAll(GLUED_SENTENCE_END)) {
      const at = seg.index + glued.index;
      if (at > from) raw.push({ start: from, end: at });
      from = at;
    }
    raw.push({ start: from, end: segEnd });
  }
  const merged: Piece[] = [];
  for (const piece of raw) {
    const previous = merged[merged.length - 1];
    const prevText = previous ? text.slice(previous.start, previous.end).trimEnd() : '';
    const pieceText = text.slice(piece.start, piece.end).trimStart();
    const continues = ENDS_WITH_ABBREVIATION.test(prevText) || ENDS_WITH_ORDINAL.test(prevText) || /^\p{Ll}/u.test(pieceText);
    if (previous && continues) previous.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged
    .map((p) => trimPiece(body, { start: blockStart + p.start, end: blockStart + p.end }))
    .filter((p): p is Piece => p !== null);
}

export function segmentArticle(article: Article): SegmentedArticle {
  const { blocks, removed } = cleanBody(article.body, article.title);
  const sentences: Sentence[] = [];
  blocks.forEach((block, b) => {
    const pieces = block.heading ? [trimPiece(article.body, block)].filter((p): p is Piece => p !== null) : splitSentences(article.body, block.start, block.end);
    for (const piece of pieces) {
      sentences.push({
        article: article.id,
        paragraph: b + 1,
        index: sentences.length + 1,
        start: piece.start,
        end: piece.end,
        text: article.body.slice(piece.start, piece.end),
        kind: block.heading ? 'heading' : 'text',
      });
    }
  });
  return { article, sentences, removed };
}
