import type { CorpusIndex } from '../../src/index/build.js';
import type { Citation } from '../../src/corpus/types.js';

/** The gold format: hand-checked expectations per article, and dated events across articles. */
export interface Gold {
  articles: Record<
    string,
    {
      quotes: { text: string; speaker: string | null; partial: boolean }[];
      terms: string[];
      figures: { value: number; unit: string | null; original: string; slip?: boolean }[];
    }
  >;
  /**
   * Timeline entries: `evidence` is words of a sentence that reports the event (how the scorer finds
   * its entry), `articles` every article that reports it, `actors` the headline's actors (people's
   * or companies' canonical names; `[]` for none).
   */
  events: {
    what: string;
    date: string;
    precision: string;
    part?: string;
    kind?: string;
    articles: string[];
    actors?: string[];
    evidence: string;
  }[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** What the scorer could not match, to read when a number drops. */
  missed: string[];
  spurious: string[];
}

function score(tp: number, extracted: number, expected: number, missed: string[], spurious: string[]): Score {
  const precision = extracted === 0 ? (expected === 0 ? 1 : 0) : tp / extracted;
  const recall = expected === 0 ? 1 : tp / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, missed, spurious };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Removes and returns the first element matching, so each gold item is matched at most once. */
function take<T>(pool: T[], match: (t: T) => boolean): T | undefined {
  const i = pool.findIndex(match);
  return i < 0 ? undefined : pool.splice(i, 1)[0];
}

/** Of the gold events found: shares merged across all their articles, dated right, with the right actors. */
export interface TimelineScore {
  found: number;
  merged: number;
  dated: number;
  actors: number;
  falseEntries: number;
  problems: string[];
}

export interface Evaluation {
  quotes: Score;
  speakers: Score;
  partialSpeakers: Score;
  events: Score;
  figures: Score;
  timeline: TimelineScore;
}

export function evaluate(index: CorpusIndex, gold: Gold): Evaluation {
  const ids = Object.keys(gold.articles);
  // Quotations: matched by article and exact text; a gold term shown as a quotation is a false positive.
  const goldQuotes = ids.flatMap((id) => gold.articles[id]!.quotes.map((q) => ({ ...q, article: id })));
  const extractedQuotes = index.quotes.filter((q) => ids.includes(q.citation.article));
  const quotePool = [...goldQuotes];
  const quoteMatches: { gold: (typeof goldQuotes)[number]; got: (typeof extractedQuotes)[number] }[] = [];
  const spuriousQuotes: string[] = [];
  for (const got of extractedQuotes) {
    const match = take(
      quotePool,
      (g) => g.article === got.citation.article && norm(g.text) === norm(got.text) && g.partial === got.partial,
    );
    if (match) quoteMatches.push({ gold: match, got });
    else spuriousQuotes.push(`${got.citation.article}: ${got.text}`);
  }
  const quotes = score(
    quoteMatches.length,
    extractedQuotes.length,
    goldQuotes.length,
    quotePool.map((g) => `${g.article}: ${g.text}`),
    spuriousQuotes,
  );

  // Speakers, on full quotations: right name for every gold full quotation.
  const full = quoteMatches.filter((m) => !m.gold.partial);
  const right = full.filter((m) => (m.got.speaker?.name ?? null) === m.gold.speaker);
  const wrong = full
    .filter((m) => !right.includes(m))
    .map((m) => `${m.gold.text.slice(0, 40)}: ${m.got.speaker?.name ?? 'none'} ≠ ${m.gold.speaker}`);
  const goldFull = goldQuotes.filter((q) => !q.partial).length;
  const speakers = score(right.length, full.length, goldFull, wrong, []);
  // Partial quotations are listed under their speaker by `/quote` too: `Lindner sei „verantwortungslos“` is Scholz's.
  const partial = quoteMatches.filter((m) => m.gold.partial);
  const partialRight = partial.filter((m) => (m.got.speaker?.name ?? null) === m.gold.speaker);
  const partialWrong = partial
    .filter((m) => !partialRight.includes(m))
    .map((m) => `${m.gold.text.slice(0, 40)}: ${m.got.speaker?.name ?? 'none'} ≠ ${m.gold.speaker}`);
  const goldPartial = goldQuotes.filter((q) => q.partial).length;
  const partialSpeakers = score(partialRight.length, partial.length, goldPartial, partialWrong, []);

  // Figures: a multiset of (article, value, unit).
  const goldFigures = ids.flatMap((id) => gold.articles[id]!.figures.map((f) => ({ ...f, article: id })));
  const figurePool = [...goldFigures];
  const extractedFigures = index.figures.filter((f) => ids.includes(f.citation.article));
  const spuriousFigures: string[] = [];
  let figureTp = 0;
  for (const f of extractedFigures) {
    const match = take(
      figurePool,
      (g) =>
        g.article === f.citation.article &&
        g.value === f.value &&
        g.unit === f.unit &&
        Boolean(g.slip) === Boolean(f.slip),
    );
    if (match) figureTp += 1;
    else spuriousFigures.push(`${f.citation.article}: ${f.original} = ${f.value} ${f.unit}${f.slip ? ' (slip)' : ''}`);
  }
  const figures = score(
    figureTp,
    extractedFigures.length,
    goldFigures.length,
    figurePool.map((g) => `${g.article}: ${g.original}`),
    spuriousFigures,
  );

  // Timeline: each gold event's entry is the one citing its evidence; it should merge every article
  // that reports it, carry the right date at the right precision and name the right actors.
  const entries = index.events.filter((e) => e.citations.some((c) => ids.includes(c.article)));
  // The entry a sentence stands under as its evidence first: a sentence telling two events cites both.
  const cites = (g: Gold['events'][number], c: Citation) =>
    g.articles.includes(c.article) && norm(c.text).includes(norm(g.evidence));
  const entryOf = (g: Gold['events'][number]) => {
    const kindOk = entries.filter((e) => !g.kind || e.kind === g.kind);
    return kindOk.find((e) => cites(g, e.evidence)) ?? kindOk.find((e) => e.citations.some((c) => cites(g, c)));
  };
  const pairs = gold.events.map((g) => ({ g, e: entryOf(g) }));
  const found = pairs.filter((p) => p.e);
  const label = (g: Gold['events'][number]) => `${g.date} ${g.what}`;
  const merged = found.filter(({ g, e }) => g.articles.every((a) => e!.citations.some((c) => c.article === a)));
  const dated = found.filter(
    ({ g, e }) =>
      e!.date?.value === g.date &&
      e!.date.precision === g.precision &&
      (e!.date.part ?? null) === (g.part ?? null) &&
      !e!.date.bound,
  );
  const withActors = found.filter(({ g }) => g.actors);
  const actorsRight = withActors.filter(
    ({ g, e }) => [...e!.actors].sort().join('|') === [...g.actors!].sort().join('|'),
  );
  const matched = new Set(found.map((p) => p.e));
  const events = score(
    found.length,
    entries.length,
    gold.events.length,
    pairs.filter((p) => !p.e).map((p) => label(p.g)),
    entries.filter((e) => !matched.has(e)).map((e) => `${e.date?.value} ${e.kind}: ${e.summary.slice(0, 60)}`),
  );
  // Precision counts timeline entries, recall gold events: an entry that matches counts once.
  events.precision = entries.length === 0 ? 0 : matched.size / entries.length;
  events.f1 =
    events.precision + events.recall === 0
      ? 0
      : (2 * events.precision * events.recall) / (events.precision + events.recall);
  const rate = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const timeline: TimelineScore = {
    found: rate(found.length, gold.events.length),
    merged: rate(merged.length, found.length),
    dated: rate(dated.length, found.length),
    actors: rate(actorsRight.length, withActors.length),
    falseEntries: entries.length - matched.size,
    problems: [
      ...found.filter((p) => !merged.includes(p)).map((p) => `not merged: ${label(p.g)}`),
      ...found.filter((p) => !dated.includes(p)).map((p) => `dated ${JSON.stringify(p.e!.date)}: ${label(p.g)}`),
      ...withActors
        .filter((p) => !actorsRight.includes(p))
        .map((p) => `actors ${p.e!.actors.join('+') || 'none'}: ${label(p.g)}`),
    ],
  };
  return { quotes, speakers, partialSpeakers, events, figures, timeline };
}

/** Lower bounds on precision and recall of each measure, and on the timeline's shares. */
export interface Thresholds {
  quotes: { precision: number; recall: number };
  speakers: { precision: number; recall: number };
  partialSpeakers: { precision: number; recall: number };
  figures: { precision: number; recall: number };
  events: { precision: number; recall: number };
  timeline: { found: number; merged: number; dated: number; actors: number };
}

/**
 * The bar for texts the rules were written beside: everything the gold expects, and every gold event on the
 * timeline, merged, dated at its precision, its headline naming the right actors.
 */
export const STRICT: Thresholds = {
  quotes: { precision: 0.95, recall: 0.95 },
  speakers: { precision: 1, recall: 1 },
  partialSpeakers: { precision: 1, recall: 1 },
  figures: { precision: 1, recall: 1 },
  events: { precision: 0.9, recall: 1 },
  timeline: { found: 1, merged: 1, dated: 1, actors: 1 },
};

/**
 * The bar for a story the rules were not written for (issue 16): quotations P ≥ 0.95 and R ≥ 0.9, speakers right
 * for 0.9 of whole quotations, every figure, and 0.9 of the dated events on the timeline at their date. Merging one
 * event's reports across outlets that word it differently (`deren Ende verkündete`, `entlassen`) is the weakest
 * part: its bar holds what is reached (6 of 8), so that it cannot slip unnoticed.
 */
export const UNSEEN: Thresholds = {
  quotes: { precision: 0.95, recall: 0.9 },
  speakers: { precision: 0.9, recall: 0.9 },
  partialSpeakers: { precision: 0.9, recall: 0.9 },
  figures: { precision: 1, recall: 1 },
  events: { precision: 0.9, recall: 0.9 },
  timeline: { found: 0.9, merged: 0.75, dated: 0.9, actors: 0.9 },
};

/**
 * No fixed bar: for gold sets on stories the rules are measured on, not written for. What they reach is held by the
 * baseline (`test/audit/baseline.json`), which only ever rises.
 */
export const NONE: Thresholds = {
  quotes: { precision: 0, recall: 0 },
  speakers: { precision: 0, recall: 0 },
  partialSpeakers: { precision: 0, recall: 0 },
  figures: { precision: 0, recall: 0 },
  events: { precision: 0, recall: 0 },
  timeline: { found: 0, merged: 0, dated: 0, actors: 0 },
};

/** The hand-checked sets `npm run eval` and the test suite measure, each with its bar. */
export const GOLD_SETS = [
  { name: 'seed articles', data: 'data', gold: 'test/gold/seeds.json', thresholds: STRICT },
  { name: 'fixtures', data: 'test/fixtures', gold: 'test/fixtures/expected.json', thresholds: STRICT },
  { name: 'Ampel story', data: 'test/corpora/ampel', gold: 'test/gold/ampel.json', thresholds: UNSEEN },
  // Shelf stories annotated before any rule saw them (issue 22): no fixed bar; the baseline holds what main reached.
  { name: 'verdict story', data: 'test/corpora/christian-b', gold: 'test/gold/christian-b.json', thresholds: NONE },
  { name: 'bridge story', data: 'test/corpora/carolabruecke', gold: 'test/gold/carolabruecke.json', thresholds: NONE },
] as const;

/** The measures with precision and recall, in the order `npm run eval` prints them. */
export const MEASURES = ['quotes', 'speakers', 'partialSpeakers', 'figures', 'events'] as const;

/** Every threshold the evaluation misses, as readable lines; empty when all hold. */
export function shortfalls(result: Evaluation, bar: Thresholds = STRICT): string[] {
  const out: string[] = [];
  for (const name of MEASURES) {
    const s = result[name];
    const b = bar[name];
    if (s.precision < b.precision) out.push(`${name} precision ${s.precision.toFixed(3)} < ${b.precision}`);
    if (s.recall < b.recall) out.push(`${name} recall ${s.recall.toFixed(3)} < ${b.recall}`);
  }
  for (const name of ['found', 'merged', 'dated', 'actors'] as const) {
    const b = bar.timeline[name];
    if (result.timeline[name] < b) out.push(`timeline ${name} ${result.timeline[name].toFixed(3)} < ${b}`);
  }
  return out;
}
