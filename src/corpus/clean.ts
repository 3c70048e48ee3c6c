import type { RemovedSpan } from './types.js';
import {
  CHROME_LINES,
  FOOTER_MARKERS,
  AGENCY_CREDIT,
  COPYRIGHT_CREDIT,
  CAPTION_CREDIT,
  CREDIT_LINE,
  EMBEDDED_POST_SIGNATURE,
  TRAILING_BYLINE,
  TRAILING_VIDEO_STAMP,
  AGENCY_SIGNOFF,
  SENTENCE_OPENERS,
} from '../language/de.js';

/**
 * Separates article text from the debris a scraper picks up, by general rules about what
 * web chrome looks like: never by article or sentence. Every removal is reported with its
 * rule so an operator can audit that no article text was thrown away.
 */

export interface Block {
  start: number;
  end: number;
  /** Headings are kept (they carry figures and topics) but are not sentences of prose. */
  heading: boolean;
}

export interface CleanResult {
  blocks: Block[];
  removed: RemovedSpan[];
  /** A scraper's leading `date 2025-01` line: the article's date where its front matter has none. */
  date?: string;
}

/** `date 2025-01 …` opening the body: a field of the page the scraper wrote out, not article text. */
const DATE_LINE = /^(\s*date\s+(\d{4}-\d{2}(?:-\d{2})?))(?![\d-])\s*/;

interface Line {
  start: number;
  end: number;
  text: string;
}
const BREADCRUMB = /^\s*(\d{1,2})\.\s+\S/;
const SENTENCE_END = /[.!?:;"“”»«›‹)]$/;
const BULLET = /^[\s•·▪►*–-]+(?=\S)/u;

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = body.indexOf('\n', start);
    const end = nl < 0 ? body.length : nl;
    lines.push({ start, end, text: body.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** The extent of `line` without surrounding white space, so spans cite only visible text. */
function trimmed(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { start: line.start + lead, end: line.start + lead + text.length, text };
}

function isAllCapitalsSpam(text: string): boolean {
  // Prose has lower-case letters early on: most lines are settled by their first few words.
  if (/\p{Ll}[^\p{Ll}]*\p{Ll}[^\p{Ll}]*\p{Ll}/u.test(text.slice(0, 40))) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 20 && upper.length / letters.length >= 0.9;
}

/** Is this long, punctuated prose? Such a line is article text wherever it stands. */
function isProse(text: string): boolean {
  return wordCount(text) >= 20 && /[.!?"“»]$/.test(text);
}

function breadcrumbRun(lines: Line[], from: number): number {
  let expected = 1;
  let i = from;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    const m = BREADCRUMB.exec(text);
    if (!m || Number(m[1]) !== expected || wordCount(text) > 20 || /[.!?]$/.test(text)) break;
    expected += 1;
  }
  return expected - 1 >= 3 ? i : from;
}

/** Menu words above the headline (`Startseite`, `Wirtschaft`): short, unpunctuated lines before the title. */
const MENU_WORDS = 3;

export function cleanBody(body: string, title?: string): CleanResult {
  const lines = splitLines(body).map(trimmed);
  const removed: RemovedSpan[] = [];
  const date = takeDateLine(lines, removed);
  const remove = (line: Line, reason: string) =>
    removed.push({ start: line.start, end: line.end, reason, text: line.text });
  const kept = keptLines(lines, remove);
  const content = withoutMenu(kept, title, remove);
  const blocks = toBlocks(content, standaloneWords(body), removed);
  removed.sort((a, b) => a.start - b.start);
  return { blocks, removed, ...(date ? { date } : {}) };
}

/** What a whole-line rule sees besides the line: its neighbours with text, the last such line, what is kept so far. */
interface LineContext {
  neighbours: (Line | undefined)[];
  lastLine: Line | undefined;
  keptSoFar: number;
  /** A later paragraph opens with this line's text (see `teasers`). */
  shownAgain: boolean;
}

/** Rules that remove a whole line, in order, each named by the debris it removes. */
const LINE_RULES: { reason: string; test: (line: Line, ctx: LineContext) => boolean }[] = [
  { reason: 'website interface text', test: (l) => CHROME_LINES.some((re) => re.test(l.text)) },
  { reason: 'all-capitals link spam', test: (l) => isAllCapitalsSpam(l.text) },
  { reason: 'image caption with photo credit', test: (l) => CAPTION_CREDIT.test(l.text) },
  { reason: 'image credit', test: (l) => CREDIT_LINE.test(l.text) && wordCount(l.text) <= 8 },
  { reason: 'signature of an embedded post', test: (l) => EMBEDDED_POST_SIGNATURE.test(l.text) },
  {
    reason: 'repeated caption (image alternative text)',
    test: (l, c) =>
      wordCount(l.text) <= 8 && !SENTENCE_END.test(l.text) && c.neighbours.some((n) => n?.text === l.text),
  },
  { reason: 'teaser repeated in the text', test: (_l, c) => c.shownAgain },
  {
    reason: 'signature line after the article',
    test: (l, c) => l === c.lastLine && wordCount(l.text) === 1 && !SENTENCE_END.test(l.text) && c.keptSoFar > 0,
  },
  {
    // A caption is short and ends in its credit; a paragraph that ends in one keeps its text (see TAIL_RULES).
    reason: 'image caption with photo credit',
    test: (l) => {
      const agency = AGENCY_CREDIT.exec(l.text) ?? COPYRIGHT_CREDIT.exec(l.text);
      if (!agency) return false;
      const before = l.text.slice(0, agency.index);
      return wordCount(before) <= CAPTION_WORDS || !SENTENCE_END.test(before);
    },
  },
];

/** Rules that cut debris off the end of a line and keep the text before it. */
const TAIL_RULES: { reason: string; find: (text: string) => RegExpExecArray | null }[] = [
  { reason: 'photo credit', find: (text) => AGENCY_CREDIT.exec(text) ?? COPYRIGHT_CREDIT.exec(text) },
  { reason: 'byline with date', find: (text) => TRAILING_BYLINE.exec(text) },
  { reason: 'video date and length', find: (text) => TRAILING_VIDEO_STAMP.exec(text) },
  { reason: 'agency sign-off', find: (text) => AGENCY_SIGNOFF.exec(text) },
];

/** The lines that are article text: breadcrumbs, footers and every `LINE_RULES` debris removed, `TAIL_RULES` cut. */
function keptLines(lines: Line[], remove: (line: Line, reason: string) => void): Line[] {
  const kept: Line[] = [];
  const nonBlank = lines.filter((l) => l.text !== '');
  const lastLine = nonBlank[nonBlank.length - 1];
  const { prevText, nextText } = textNeighbours(lines);
  const shownAgain = teasers(lines);
  let inFooter = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    const crumbEnd = breadcrumbRun(lines, i);
    if (crumbEnd > i) {
      for (let j = i; j < crumbEnd; j++) if (lines[j]!.text !== '') remove(lines[j]!, 'navigation breadcrumb');
      i = crumbEnd - 1;
      continue;
    }
    // Related posts and comment forms run from their marker to the next long prose line.
    if (inFooter && isProse(line.text)) inFooter = false;
    if (FOOTER_MARKERS.some((re) => re.test(line.text))) inFooter = true;
    if (inFooter) {
      remove(line, 'page footer: related posts, partner block or comment form');
      continue;
    }
    const ctx = {
      neighbours: [lines[prevText[i]!], lines[nextText[i]!]],
      lastLine,
      keptSoFar: kept.length,
      shownAgain: shownAgain.has(i),
    };
    const rule = LINE_RULES.find((r) => r.test(line, ctx));
    if (rule) {
      remove(line, rule.reason);
      continue;
    }
    kept.push(cutTail(line, remove));
  }
  return kept;
}

/** The line without debris glued to its end (a credit, a byline), each cut removed with its reason. */
function cutTail(line: Line, remove: (line: Line, reason: string) => void): Line {
  for (const rule of TAIL_RULES) {
    const found = rule.find(line.text);
    if (!found || found.index === 0) continue;
    remove(trimmed({ start: line.start + found.index, end: line.end, text: found[0] }), rule.reason);
    return trimmed({ start: line.start, end: line.start + found.index, text: line.text.slice(0, found.index) });
  }
  return line;
}

/** Menu words above the headline (`Startseite`, `Wirtschaft`) are navigation, not text. */
function withoutMenu(kept: Line[], title: string | undefined, remove: (line: Line, reason: string) => void): Line[] {
  const headline = title ? kept.findIndex((l) => l.text.toLowerCase() === title.trim().toLowerCase()) : -1;
  const menu = new Set<Line>();
  for (const line of kept.slice(0, Math.max(0, headline))) {
    if (wordCount(line.text) <= MENU_WORDS && !SENTENCE_END.test(line.text)) {
      remove(line, 'navigation before the headline');
      menu.add(line);
    }
  }
  return kept.filter((line) => !menu.has(line));
}

/** Each kept line as a block (a heading or prose), its list bullet removed and a glued heading split off. */
function toBlocks(content: Line[], standalone: ReadonlySet<string>, removed: RemovedSpan[]): Block[] {
  const blocks: Block[] = [];
  for (const line of content) {
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      const mark = bullet[0].trimEnd();
      removed.push({ start: line.start, end: line.start + mark.length, reason: 'list bullet', text: mark });
    }
    const start = line.start + (bullet ? bullet[0].length : 0);
    const text = line.text.slice(start - line.start);
    const glue = findGluedHeading(text, standalone);
    if (glue !== null) {
      blocks.push({ start, end: start + glue.headingEnd, heading: true });
      blocks.push({ start: start + glue.restStart, end: line.end, heading: false });
    } else {
      blocks.push({ start, end: line.end, heading: looksLikeHeading(text, line === content[content.length - 1]) });
    }
  }
  return blocks;
}

/** Captions run to a couple of dozen words at most; a longer line that ends in a credit is a paragraph. */
const CAPTION_WORDS = 30;

/** Removes a leading `date YYYY-MM[-DD]` from the first line that has text, and says what date it gave. */
function takeDateLine(lines: Line[], removed: RemovedSpan[]): string | undefined {
  const first = lines.findIndex((l) => l.text !== '');
  const line = lines[first];
  const m = line ? DATE_LINE.exec(line.text) : null;
  if (!line || !m) return undefined;
  removed.push({
    start: line.start,
    end: line.start + m[1]!.length,
    reason: 'page metadata: publication date',
    text: m[1]!,
  });
  lines[first] = trimmed({ start: line.start + m[0].length, end: line.end, text: line.text.slice(m[0].length) });
  return m[2]!;
}

function looksLikeHeading(text: string, isLast: boolean): boolean {
  const words = wordCount(text);
  if (!SENTENCE_END.test(text) && words <= 24) return true;
  // A short question on a line of its own introduces a section ("Was ist passiert?").
  return !isLast && words <= 10 && text.endsWith('?');
}

/**
 * A heading glued to the next sentence by the scraper: `…zwischen Huber und MusterAls Huber…`
 * or `…gewinnen?Dieser Kampf…`. CamelCase brand names (`AlpenBank`, `SeeKI`) must survive,
 * so a lower→upper join only counts when both halves occur as words of their own in the
 * article (`standalone`, see `standaloneWords`), or the left half is a lower-case word (German
 * words never continue in capitals). Only joints before the line's first sentence end count:
 * a heading is what a line starts with.
 */
export function findGluedHeading(
  text: string,
  standalone: ReadonlySet<string>,
): { headingEnd: number; restStart: number } | null {
  const firstEnd = /[.!?]\s/.exec(text);
  const head = firstEnd ? text.slice(0, firstEnd.index + 1) : text;
  const joint = /([\p{Ll}])([.!?]?)(\p{Lu}\p{Ll})/gu;
  for (const m of head.matchAll(joint)) {
    const at = m.index + m[1]!.length + m[2]!.length;
    if (m[2] !== '') return { headingEnd: at, restStart: at };
    const left = /[\p{L}]+$/u.exec(text.slice(Math.max(0, at - MAX_WORD), at))?.[0] ?? '';
    const right = /^[\p{L}]+/u.exec(text.slice(at, at + MAX_WORD))?.[0] ?? '';
    const leftIsLower = /^\p{Ll}/u.test(left) && left.length >= 3;
    if (
      (leftIsLower || standsAlone(left, standalone)) &&
      (SENTENCE_OPENERS.has(right) || standsAlone(right, standalone))
    ) {
      return { headingEnd: at, restStart: at };
    }
  }
  return null;
}

/**
 * The longest word the glue rule reads on either side of a joint. Longer runs of letters are
 * not words but blobs (a broken scrape), and reading them whole at every joint would make the
 * cleaner quadratic in the blob's length.
 */
const MAX_WORD = 64;

/** Every maximal run of letters in `text`: the words that occur on their own, found in one pass. */
export function standaloneWords(text: string): Set<string> {
  return new Set(text.match(/\p{L}+/gu) ?? []);
}

function standsAlone(word: string, standalone: ReadonlySet<string>): boolean {
  return word.length >= 2 && standalone.has(word);
}

/** For each line, the index of the nearest non-blank line before and after it (or -1). */
/** `Seestadt - `, `Nordhafen/Seestadt – `: where a report is filed from, opening its first paragraph. */
const DATELINE = /^\p{Lu}[\p{L}./]*(?:\s\p{Lu}[\p{L}./]*)?\s+[-–]\s+/u;
/** How much of a paragraph finds the later ones it may open: a sentence of some length is needed to count. */
const TEASER_KEY = 40;
const TEASER_WORDS = 8;
const TEASER_LOOKS = 8;

/**
 * The paragraphs a page shows twice: a teaser (a lead of some sentences) that a later paragraph opens with again,
 * itself or after its dateline (`Seestadt - …`). The later one is the article's own text; the teaser goes. Found by
 * the paragraphs' openings, so a long page is read once.
 */
function teasers(lines: Line[]): Set<number> {
  const byOpening = new Map<string, number[]>();
  const opening = (text: string) => text.slice(0, TEASER_KEY);
  lines.forEach((l, j) => {
    if (l.text === '') return;
    for (const key of new Set([opening(l.text), opening(l.text.replace(DATELINE, ''))])) {
      const at = byOpening.get(key);
      if (at) at.push(j);
      else byOpening.set(key, [j]);
    }
  });
  const found = new Set<number>();
  const cursor = new Map<string, number>();
  lines.forEach((l, i) => {
    if (l.text.length < TEASER_KEY || wordCount(l.text) < TEASER_WORDS || !SENTENCE_END.test(l.text)) return;
    // The next few paragraphs that open alike, no more: a page of many alike openings is still read once.
    const key = opening(l.text);
    const same = byOpening.get(key)!;
    // Lines are read in order: where the later ones of this opening begin only moves on.
    let first = cursor.get(key) ?? 0;
    while (first < same.length && same[first]! <= i) first++;
    cursor.set(key, first);
    const later = same.slice(first, first + TEASER_LOOKS);
    const opens = (t: string) => t.startsWith(l.text);
    if (later.some((j) => opens(lines[j]!.text) || opens(lines[j]!.text.replace(DATELINE, '')))) found.add(i);
  });
  return found;
}

function textNeighbours(lines: Line[]): { prevText: number[]; nextText: number[] } {
  const prevText: number[] = [];
  const nextText: number[] = new Array<number>(lines.length);
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    prevText.push(last);
    if (lines[i]!.text !== '') last = i;
  }
  last = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    nextText[i] = last;
    if (lines[i]!.text !== '') last = i;
  }
  return { prevText, nextText };
}
