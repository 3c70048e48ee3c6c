import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/corpus/types.js';
import { buildIndex } from '../../src/index/build.js';
import { isCommonNoun } from '../../src/language/de/nouns.js';
import { SENTENCE_OPENERS } from '../../src/language/de/stop-words.js';

/**
 * Direct quotations and their speakers against a published German news quotation dataset, read with no people list:
 * the German Wikinews quotation attribution dataset (Petersen-Frey and Biemann, 2024; `uhh-lt/german-news-quotation-
 * attribution-2024`, CC BY-NC-SA 4.0). It stays outside the repository; only its train and dev splits are read, its
 * test split never.
 */

/** One annotated article: its text and its direct quotations, each with the speaker mentions the annotators marked. */
export interface WikinewsDoc {
  name: string;
  text: string;
  direct: { start: number; end: number; speakers: string[] }[];
}

interface Span {
  charBegin: number;
  charEnd: number;
}
interface RawAnnotation {
  type: string;
  quote: { spans: Span[] };
  speaker?: { text?: string } | null;
}
interface RawDoc {
  documentName: string;
  originalText: string;
  annotations: RawAnnotation[];
}

/** The splits read; the test split is held back by the dataset's authors and never looked at here. */
export const WIKINEWS_SPLITS = ['train', 'dev'] as const;

/** One document of the dataset's JSON: its direct quotations, one per quoted span, with every speaker marked for it. */
export function wikinewsDoc(raw: RawDoc): WikinewsDoc {
  const bySpan = new Map<string, WikinewsDoc['direct'][number]>();
  for (const a of raw.annotations) {
    if (a.type !== 'Direct' || a.quote.spans.length === 0) continue;
    const start = Math.min(...a.quote.spans.map((s) => s.charBegin));
    const end = Math.max(...a.quote.spans.map((s) => s.charEnd));
    const key = `${start}:${end}`;
    const entry = bySpan.get(key) ?? { start, end, speakers: [] };
    const speaker = a.speaker?.text?.trim();
    if (speaker) entry.speakers.push(speaker);
    bySpan.set(key, entry);
  }
  return { name: raw.documentName, text: raw.originalText, direct: [...bySpan.values()] };
}

export function readWikinews(dir: string): WikinewsDoc[] {
  return WIKINEWS_SPLITS.flatMap((split) => {
    const folder = join(dir, 'data', split);
    return readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => wikinewsDoc(JSON.parse(readFileSync(join(folder, f), 'utf8')) as RawDoc));
  });
}

/**
 * Whether a speaker mention names someone: a capitalised word that is no pronoun, article or other opener and no
 * common noun (`Malinowski`, `Sonia und Willy Bogner`, `GdP-Vorsitzende Konrad Freiberg`); not `Er`, not `Der
 * Staatsanwalt`.
 */
export function namesSomeone(mention: string): boolean {
  return mention
    .split(/[\s,()]+/)
    .flatMap((w) => w.split('-'))
    .some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !SENTENCE_OPENERS.has(w) && !isCommonNoun(w));
}

export interface WikinewsScore {
  documents: number;
  quotes: { gold: number; found: number; matched: number; precision: number; recall: number; f1: number };
  /** Direct quotations found whose speaker the text names: how many, and how many the bot names rightly. */
  speakers: { named: number; right: number; share: number };
  /** A few misses of each kind, for reading. */
  examples: { missedQuote: string[]; spuriousQuote: string[]; wrongSpeaker: string[] };
}

const KEEP = 12;

/** Two spans are one quotation when they overlap by half the shorter (the dataset's spans hold the marks). */
const sameQuote = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start) >= 0.5 * Math.min(a.end - a.start, b.end - b.start);

/** The bot names the speaker rightly when a word of its name (the surname at least) stands in a marked mention. */
function rightSpeaker(name: string, mentions: string[]): boolean {
  const words = name.split(/\s+/).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w));
  return mentions.some((m) => words.some((w) => new RegExp(`(?<!\\p{L})${escape(w)}(?!\\p{L})`, 'u').test(m)));
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function scoreWikinews(docs: WikinewsDoc[]): WikinewsScore {
  let gold = 0;
  let found = 0;
  let matched = 0;
  let named = 0;
  let right = 0;
  const examples: WikinewsScore['examples'] = { missedQuote: [], spuriousQuote: [], wrongSpeaker: [] };
  const note = (list: string[], line: string) => list.length < KEEP && list.push(line);
  for (const [i, doc] of docs.entries()) {
    const article: Article = {
      id: `wikinews-${i}`,
      title: doc.name,
      outlet: 'Wikinews',
      published: null,
      language: 'de',
      url: null,
      seed: null,
      file: `wikinews-${i}.md`,
      body: doc.text,
    };
    const quotes = buildIndex([article], []).quotes.map((q) => ({
      start: q.citation.start,
      end: q.citation.end,
      speaker: q.speaker?.name ?? null,
      text: q.citation.text,
    }));
    gold += doc.direct.length;
    found += quotes.length;
    const unused = new Set(quotes);
    for (const g of doc.direct) {
      const ours = [...unused].find((q) => sameQuote(q, g));
      const shown = doc.text.slice(g.start, g.end).slice(0, 70);
      if (!ours) {
        note(examples.missedQuote, `${doc.name}: ${shown}`);
        continue;
      }
      unused.delete(ours);
      matched += 1;
      if (!g.speakers.some(namesSomeone)) continue;
      named += 1;
      if (ours.speaker && rightSpeaker(ours.speaker, g.speakers)) right += 1;
      else note(examples.wrongSpeaker, `${shown} — ${ours.speaker ?? 'none'} ≠ ${g.speakers.join(' / ')}`);
    }
    for (const q of unused) note(examples.spuriousQuote, `${doc.name}: ${q.text.slice(0, 70)}`);
  }
  const precision = found === 0 ? 0 : matched / found;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    documents: docs.length,
    quotes: { gold, found, matched, precision, recall, f1 },
    speakers: { named, right, share: named === 0 ? 0 : right / named },
    examples,
  };
}
