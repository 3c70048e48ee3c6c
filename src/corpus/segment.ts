import { cleanBody } from './clean.js';
import type { Article, SegmentedArticle, Sentence } from './types.js';
import { ABBREVIATIONS, SENTENCE_OPENERS } from '../language/de.js';
import { isCommonNoun, isListedNoun } from '../language/de/nouns.js';
import { MONTH_ABBREVIATIONS } from '../language/de/calendar.js';
const ENDS_WITH_ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')})\\.$`, 'i');
/** `das 21. Jahrhundert`, `am 3. März`, `(23. Februar)`: a number and a dot before a word is an ordinal, not an end. */
const ENDS_WITH_ORDINAL = /(?:^|[\s([„"«»])\d{1,3}\.$/;
/**
 * `in Halle 4. „Wir …`, `in Halle 4. Sie …`: an ordinal stands before a noun or an adjective, never before a quotation
 * or a personal pronoun, so the dot ends a sentence.
 */
const OPENS_QUOTATION = /^["„»«]\p{Lu}/u;
const OPENS_PRONOUN = /^(?:Sie|Er|Es|Wir|Ich)\s/u;
/** `Max W. Huber`: a given name and an initial, whose dot ends no sentence before a surname (`isSurnameOpening`). */
const ENDS_WITH_INITIAL = /(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\.$/u;
/**
 * A surname opening the next piece: capitalised, no article or pronoun, no common noun (`Max B. Der Prozess …`). A
 * word in `-mann` the dictionary does not list is a surname (`Max W. Seemann`): German makes many of them.
 */
function isSurnameOpening(piece: string): boolean {
  const word = /^\p{Lu}\p{Ll}+(?=[\s,:;.]|$)/u.exec(piece)?.[0];
  if (word === undefined || SENTENCE_OPENERS.has(word)) return false;
  return !isCommonNoun(word) || (word.endsWith('mann') && !isListedNoun(word));
}
/** `…sei.Dann…`: a sentence end without its space, common in scraped text. */
const GLUED_SENTENCE_END = /(?<=[\p{Ll}\d][.!?]["“”»«]?)(?=\p{Lu}\p{Ll})/gu;

/**
 * `… vom Verein. 2007 wurde er …`: a sentence may open on a year, but ICU reads on past a dot when the next letter is
 * lower case, as it is after a year. A word of two letters or more and its dot before a year and a word end the
 * sentence; an abbreviation of a month (`am 3. Aug. 2017 …`) does not, nor one of `ABBREVIATIONS` (merged back below).
 */
const YEAR_OPENS_SENTENCE = new RegExp(
  String.raw`(?<=\p{L}{2}\.)(?<!(?:${MONTH_ABBREVIATIONS.join('|')})\.)\s+(?=(?:19|20)\d{2}\s+\p{L})`,
  'gu',
);

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

/**
 * ICU's sentence segmenter slows down more than linearly on long inputs (160 KB of short
 * sentences: 0.7 s in one call, 0.03 s in 16 KB windows), so a block is fed to it in windows,
 * each cut after a sentence end where there is one, else at a space. A window never cuts a real
 * sentence: no sentence is 8,000 characters long, and a run that is gets cut as it would anyway.
 */
const WINDOW = 8_000;
function* segmentsOf(text: string): Generator<{ index: number; segment: string }> {
  for (let offset = 0; offset < text.length;) {
    let end = Math.min(text.length, offset + WINDOW);
    if (end < text.length) {
      end = cutBefore(text, offset, end, SENTENCE_MARK);
    }
    for (const seg of segmenter.segment(text.slice(offset, end)))
      yield { index: offset + seg.index, segment: seg.segment };
    offset = end;
  }
}

/**
 * Where to end a run that must end before `limit`: after the last space that follows `marks`
 * (a sentence end, a clause break), else after the last space, else at `limit` itself, but never
 * between the two halves of a surrogate pair.
 */
function cutBefore(text: string, from: number, limit: number, marks: RegExp): number {
  let space = -1;
  for (let i = limit - 1; i > from; i--) {
    if (!/\s/.test(text[i]!)) continue;
    if (space < 0) space = i;
    const before = text[i - 1]!;
    const mark = /["“”»«]/.test(before) && i - 2 > from ? text[i - 2]! : before;
    if (marks.test(mark)) return i + 1;
  }
  if (space > from) return space + 1;
  return /[\uDC00-\uDFFF]/.test(text[limit] ?? '') ? limit - 1 : limit;
}
const SENTENCE_MARK = /[.!?]/;
const CLAUSE_MARK = /[,;:]/;

/**
 * The longest sentence, in characters: three times the longest in the shipped articles (334). A
 * longer run is a blob (a broken scrape, a pasted list), and it is cut, at a clause break where
 * there is one, so that no later stage ever reads a sentence of unbounded length per item in it.
 */
export const MAX_SENTENCE = 1_000;

function capped(body: string, piece: Piece): Piece[] {
  const pieces: Piece[] = [];
  let { start } = piece;
  while (piece.end - start > MAX_SENTENCE) {
    const end = cutBefore(body, start, start + MAX_SENTENCE, CLAUSE_MARK);
    pieces.push({ start, end });
    start = end;
  }
  pieces.push({ start, end: piece.end });
  return pieces;
}

/**
 * The last few visible characters of a piece: enough for the longest abbreviation or ordinal
 * with the space before it, and too long to be one by itself, so a cut tail never matches `^`.
 * Testing the whole piece instead would re-read a growing sentence at every merge.
 */
const TAIL = 12;
function tailOf(text: string, piece: Piece): string {
  let end = piece.end;
  while (end > piece.start && /\s/.test(text[end - 1]!)) end--;
  return text.slice(Math.max(piece.start, end - TAIL), end);
}

/** Sentences of one block of body text, as spans of the body. */
export function splitSentences(body: string, blockStart: number, blockEnd: number): Piece[] {
  const text = body.slice(blockStart, blockEnd);
  const raw: Piece[] = [];
  for (const seg of segmentsOf(text)) {
    let from = seg.index;
    const segEnd = seg.index + seg.segment.length;
    const breaks = [...seg.segment.matchAll(GLUED_SENTENCE_END), ...seg.segment.matchAll(YEAR_OPENS_SENTENCE)];
    for (const glued of breaks.sort((a, b) => a.index - b.index)) {
      const at = seg.index + glued.index;
      if (at > from) raw.push({ start: from, end: at });
      from = at;
    }
    raw.push({ start: from, end: segEnd });
  }
  const merged: Piece[] = [];
  for (const piece of raw) {
    const previous = merged[merged.length - 1];
    const prevTail = previous ? tailOf(text, previous) : '';
    const pieceText = text.slice(piece.start, piece.end).trimStart();
    const continues =
      ENDS_WITH_ABBREVIATION.test(prevTail) ||
      (ENDS_WITH_INITIAL.test(prevTail) && isSurnameOpening(pieceText)) ||
      (ENDS_WITH_ORDINAL.test(prevTail) && !OPENS_QUOTATION.test(pieceText) && !OPENS_PRONOUN.test(pieceText)) ||
      /^\p{Ll}/u.test(pieceText);
    if (previous && continues) previous.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged.flatMap((p) => trimPiece(body, { start: blockStart + p.start, end: blockStart + p.end }) ?? []);
}

export function segmentArticle(given: Article): SegmentedArticle {
  const { blocks, removed, date } = cleanBody(given.body, given.title);
  // A `date 2025-01` line dates the article when its front matter does not.
  const article = given.published === null && date ? { ...given, published: date } : given;
  const sentences: Sentence[] = [];
  blocks.forEach((block, b) => {
    const spans = block.heading ? [block] : splitSentences(article.body, block.start, block.end);
    const pieces = spans.flatMap((p) => capped(article.body, p)).flatMap((p) => trimPiece(article.body, p) ?? []);
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
  markTruncated(sentences);
  return { article, sentences, removed };
}

/**
 * The last sentence of an article that stops without a sentence end, mid-word (`für satte 44
 * Milli`): the scrape was cut off. It stays as text, but a figure or date in it may be cut too.
 */
const ENDS_SENTENCE = /[.!?…:;"“”»«›‹')\]]$/;
function markTruncated(sentences: Sentence[]): void {
  const last = sentences[sentences.length - 1];
  if (last && !ENDS_SENTENCE.test(last.text) && /\p{L}$/u.test(last.text)) last.truncated = true;
}
