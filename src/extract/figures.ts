import { splitSentences } from '../corpus/segment.js';
import type { Citation, Sentence } from '../corpus/types.js';
import { cite } from './citation.js';
import { clauseAround } from './clauses.js';
import type { PeopleFinder } from './people.js';
import type { Quote } from './quotes.js';
import type { OrgFinder } from './orgs.js';
import {
  aboutFigure,
  describeAbout,
  describeCount,
  sentenceFacts,
  type FigureAbout,
  type SentenceFacts,
} from './subject.js';
import { isYear, readNumbers, type Bound, type NumberReading } from './numbers.js';
import {
  NOT_A_FIGURE_AFTER,
  COUNTED_NOUN,
  PART_OF_WHOLE,
  TIME_NOUN,
  LABEL_BEFORE_NUMBER,
  TERM_AFTER_COUNT,
  TERM_BEFORE_COUNT,
} from '../language/de.js';
import { SHARED_COUNT_JOIN } from '../language/de.js';
import { measureKey, shareMeasure } from '../language/de/shares.js';
import { placeOf } from '../language/de/places.js';
import { firstIndexWhereNot } from '../lib/collections.js';

export interface NotationSlip {
  /** The value read literally, with the dot as a thousands separator. */
  literal: number;
  /** Figures elsewhere that agree with the corrected reading; none means the value stays literal… */
  corroboratedBy: number;
  /**
   * …unless its own article makes the same slip elsewhere, corroborated there (`97.400 Milliarden`,
   * `9.740 Milliarden` beside `300.000 Milliarden`): the article writes that way, so this is read so too.
   */
  byArticle?: true;
}

export interface Figure {
  /** The value in base units: 97,4 Milliarden Dollar is 97 400 000 000. */
  value: number;
  /** `USD`, `EUR`, `CHF`, `%`, `years` (an age) or the counted noun (`Arbeitsplätze`); null if unstated. */
  unit: string | null;
  /** The figure exactly as written in the article. */
  original: string;
  /** Its digits as written (`97.400`), for reading a slip of notation differently. */
  numeral: string;
  /**
   * Set when the literal reading is implausible (`97.400 Milliarden`), see `correctSlips`. With corroboration,
   * `value` holds the corrected reading and `slip.literal` the literal one; without, `value` stays literal.
   */
  slip?: NotationSlip;
  /** Decimal places as written, for comparing at the precision the source used. */
  decimals: number;
  /** Scale factor as written (1e9 for `Milliarden`), or 1. */
  scale: number;
  /** `fast 100 Milliarden`: the source itself says the value is approximate. */
  approximate: boolean;
  /**
   * The values the source's own words allow: `97,4 Milliarden` is 97,35 to 97,45, `97 Milliarden`
   * 96,5 to 97,5, `fast 100` 90 to 100, `über 97` 97 to 106,7. Two figures agree when theirs meet.
   */
  range: [number, number];
  /** What the figure measures, short: `Max Huber: Kauf – Alpenpost`, else the clause around it. */
  subject: string;
  /** The same, structured: figures with equal frame, entity and actor measure the same thing. */
  about: FigureAbout;
  citation: Citation;
}

/** How far a hedged value may lie from the number written: `fast 100` reaches down to 90. */
const HEDGE_REACH = 0.1;
const AROUND_REACH = 0.05;

export function rangeOf(value: number, decimals: number, scale: number, hedge: Bound | null): [number, number] {
  if (hedge === 'below') return [value * (1 - HEDGE_REACH), value];
  if (hedge === 'above') return [value, value * (1 + HEDGE_REACH)];
  if (hedge === 'around') return [value * (1 - AROUND_REACH), value * (1 + AROUND_REACH)];
  // As written: `97,4 Milliarden` stands for anything that rounds to it.
  const half = 0.5 * 10 ** -decimals * scale;
  return [value - half, value + half];
}

/**
 * A figure with no transaction: what it counts (`Anteil` for a share, `Betrag` for money) and whose it is, never a
 * stretch of the sentence.
 */
const subjectWithout = (about: FigureAbout, unit: string | null) =>
  describeCount(about, unit, { share: 'Anteil', amount: 'Betrag' }, 'de');

export interface FigureContext {
  people: PeopleFinder;
  /** Companies, products and projects from data: the only things a figure can be about besides people. */
  orgs: OrgFinder;
  /** The article's quotations: a figure inside one is the speaker's. */
  quotes: Quote[];
}

/** How many sentences back a `das Unternehmen` or a sentence that names nothing looks for what it means. */
const CONTEXT_SENTENCES = 2;

export function extractFigures(body: string, sentences: Sentence[], ctx: FigureContext): Figure[] {
  return withArticleCurrency(readFigures(body, sentences, ctx, 'de').map((r) => r.figure));
}

/** A figure with the number it was read from, and where that number begins in the whole text. */
export interface FigureReading {
  figure: Figure;
  number: NumberReading;
  at: number;
}

/**
 * What a member types as a claim, read as a sentence of an article is: the same grammar, the same counted nouns and
 * units, the same reading of what each figure measures (transaction, object, actor), so that a sentence copied from
 * an article means to the fact-checker what it means in the article. `typed`: scale letters and English decimals
 * count, as members type them.
 */
export function readClaimFigures(text: string, ctx: FigureContext): FigureReading[] {
  // Split as an article's paragraph is (`Mrd.` ends no sentence), each sentence read with the ones before it.
  const sentences: Sentence[] = splitSentences(text, 0, text.length).map((p, i) => ({
    article: '',
    paragraph: 1,
    index: i + 1,
    start: p.start,
    end: p.end,
    text: text.slice(p.start, p.end),
    kind: 'text',
  }));
  return readFigures(text, sentences, ctx, 'typed');
}

function readFigures(
  body: string,
  sentences: Sentence[],
  ctx: FigureContext,
  notation: 'de' | 'typed',
): FigureReading[] {
  const figures: FigureReading[] = [];
  const paragraphCurrency = new Map<number, string>();
  const factsOf = factsMemo(sentences, ctx);
  const speakerAt = quoteLookup(ctx.quotes);
  // A company or person the data knows is no place (`in der Seebank`).
  const isNamed = (word: string) => ctx.orgs.mentions(word).length > 0 || ctx.people.mentions(word).length > 0;
  for (const [i, sentence] of sentences.entries()) {
    const text = sentence.text;
    // A sentence cut off mid-word (`für satte 44 Milli`) is shown as text but measures nothing.
    if (sentence.truncated) continue;
    let lastCount: LastCount | null = null;
    const fromSentence = figures.length;
    for (const n of readNumbers(text, notation)) {
      const read = readAmount(n, text, paragraphCurrency.get(sentence.paragraph) ?? null, lastCount);
      if (!read) continue;
      const { base, scale, unit, end } = read;
      if (unit && /^[A-Z]{3}$/.test(unit)) paragraphCurrency.set(sentence.paragraph, unit);
      const start = n.start;
      const about = readAbout({ text, facts: factsOf(i) }, contextOf(sentences, i, factsOf), start, end, unit, {
        speaker: speakerAt(sentence.start + start),
        shared: read.shared ? lastCount : null,
        isNamed,
      });
      if (unit && !/^[A-Z]{3}$/.test(unit) && unit !== '%' && unit !== 'years')
        lastCount = { unit, end, transaction: about.transaction };
      const value = round(base * scale);
      const { decimals, bound } = n;
      const figure: Figure = {
        value,
        unit,
        original: text.slice(start, end).trim(),
        numeral: n.numeral,
        decimals,
        scale,
        // `vier bis fünf Millionen`: each end says only that the value lies between them.
        approximate: bound !== null || n.range !== undefined,
        range: n.range ?? rangeOf(value, decimals, scale, bound),
        subject: describeAbout(about, 'de') ?? subjectWithout(about, unit),
        about,
        citation: cite(body, sentence, sentence.start, sentence.end),
      };
      figures.push({ figure, number: n, at: sentence.start + n.start });
    }
    unclaimRepeatedShares(figures.slice(fromSentence).map((r) => r.figure));
  }
  return figures;
}

/**
 * One sentence gives one value for each share it names: `A kam auf 30 Prozent der Stimmen, vor B, das 20 Prozent der
 * Stimmen erhielt` speaks of two parties. A later share of the same noun, said of the same one, with another value,
 * was given to the wrong one; it is left unsaid whose it is, as the reading cannot tell.
 */
function unclaimRepeatedShares(figures: Figure[]): void {
  const seen = new Map<string, Figure>();
  for (const f of figures) {
    if (!f.about.measure || f.about.transaction) continue;
    const k = [measureKey(f.about.measure), f.about.object, f.about.actor].join('|');
    const first = seen.get(k);
    if (!first) seen.set(k, f);
    else if (first.range[1] < f.range[0] || f.range[1] < first.range[0]) {
      f.about = { ...f.about, object: null, actor: null };
      f.subject = subjectWithout(f.about, f.unit);
    }
  }
}

/**
 * `FC Nordstadt bietet zwölf Millionen für das Seestadion` above a text that speaks only of euros is in euros: an
 * amount with a scale and no unit of its own takes its article's currency when the article uses exactly one.
 */
function withArticleCurrency(figures: Figure[]): Figure[] {
  const currencies = new Set(figures.map((f) => f.unit).filter((u) => u !== null && /^[A-Z]{3}$/.test(u)));
  if (currencies.size !== 1) return figures;
  const [only] = currencies;
  return figures.map((f) => (f.unit === null && f.scale > 1 ? { ...f, unit: only! } : f));
}

/**
 * The number, scale and unit of one match, and where the figure ends; null when it is no figure (a
 * date, a year, a time, a label's number, a bare number that counts nothing). `carried` is the paragraph's
 * currency so far: `bis zu 500 Milliarden` right after `100 Milliarden US-Dollar` is in dollars too. `lastCount` is
 * the sentence's count before this number, whose noun a bare number joined to it shares.
 */
function readAmount(n: NumberReading, text: string, carried: string | null, lastCount: LastCount | null) {
  const after = text.slice(n.end);
  // A label is one word right before the number (`Artikel 112`): a short look back keeps this linear.
  if (NOT_A_FIGURE_AFTER.test(after) || LABEL_BEFORE_NUMBER.test(text.slice(Math.max(0, n.start - 24), n.start)))
    return null;
  const base = n.written;
  const scale = n.scale ?? 1;
  let unit: string | null = n.share ? '%' : n.age ? 'years' : n.currency;
  let end = n.end;
  const counted = unit ? null : COUNTED_NOUN.exec(after);
  if (counted && TIME_NOUN.test(counted[1]!)) {
    // A time a term lasts (`12 Jahre Haft`) is a figure; a time something happened at or since is not.
    const term =
      n.scale === null &&
      (TERM_BEFORE_COUNT.test(text.slice(Math.max(0, n.start - 60), n.start)) ||
        TERM_AFTER_COUNT.test(after.slice(counted[0].length)));
    return term ? { base, scale, unit: counted[1]!, end: n.end + counted[0].length, shared: false } : null;
  }
  if (!unit && n.scale === null) {
    if (isYear(base, n.numeral)) return null;
    // `1.400 von 12.800 Stellen`: a part counts what its whole counts.
    const whole = counted ? null : PART_OF_WHOLE.exec(after);
    const wholeNoun = whole ? COUNTED_NOUN.exec(after.slice(whole[0].length)) : null;
    if (wholeNoun) return { base, scale, unit: wholeNoun[1]!, end, shared: false };
    const shared = lastCount && sharesCount(text.slice(lastCount.end, n.start), after) ? lastCount.unit : null;
    if (!counted && !shared) return null;
    unit = counted ? counted[1]! : shared;
    if (counted) end += counted[0].length;
    else return { base, scale, unit, end, shared: true };
  }
  // `rund 60 Millionen Stimmzetteln` counts ballots; a scale alone is in the paragraph's currency.
  if (!unit && n.scale !== null) {
    unit = carried ?? counted?.[1] ?? null;
    if (!carried && counted) end += counted[0].length;
  }
  return { base, scale, unit, end, shared: false };
}

/** The sentence's count so far: its noun, where it ends, and what it counts. */
interface LastCount {
  unit: string;
  end: number;
  transaction: FigureAbout['transaction'];
}

/**
 * What a figure measures (see `aboutFigure`), with what only the words around it say: what a share is a share of, the
 * deal of the count whose noun it shares, and the place a count is of.
 */
function readAbout(
  sentence: { text: string; facts: SentenceFacts },
  context: SentenceFacts[],
  start: number,
  end: number,
  unit: string | null,
  how: { speaker: string | null; shared: LastCount | null; isNamed: (word: string) => boolean },
): FigureAbout {
  const { text } = sentence;
  const before = clauseBefore(text, start);
  const measure = unit === '%' ? shareMeasure(before, text.slice(end)) : null;
  const about = aboutFigure(sentence, clauseAround(text, start, end), start, unit, context, how.speaker, measure);
  // A share without a deal says what it is a share of by its noun.
  if (measure && about.transaction === null) about.measure = measure;
  // `20.000 streikten, davon 5.000 in Kassel`: a number that shares a count's noun counts what it counts.
  if (how.shared) about.transaction = how.shared.transaction;
  // A company's staff and a strike's participants are counted by place (`davon 1.200 in Deutschland`); where a vote
  // or a crime took place says nothing of what part a count is.
  const where = partByPlace(about) ? placeOf(before, text.slice(end), how.isNamed) : null;
  return where ? { ...about, where } : about;
}

/** Counts a place divides into parts: jobs and the people who take part in a strike. */
const partByPlace = (about: FigureAbout) =>
  about.transaction === 'jobs' || about.transaction === 'cuts' || about.transaction === 'participants';

/** The words of a number's clause before it: what a share may be said of (`die Quote lag bei`). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.slice(Math.max(...[',', ';', ':', '('].map((c) => before.lastIndexOf(c))) + 1);
}

/** `394 Abgeordnete stimmten mit Nein und 116 enthielten sich`: joined by `und`, the bare number's verb follows. */
function sharesCount(between: string, after: string): boolean {
  return (
    between.length <= 60 && !/[.;:!?]/.test(between) && SHARED_COUNT_JOIN.test(between) && /^\s\p{Ll}/u.test(after)
  );
}

/** The facts of each sentence (`sentenceFacts`), computed once, when a figure first asks. */
function factsMemo(sentences: Sentence[], ctx: FigureContext): (i: number) => SentenceFacts {
  const facts = new Map<number, SentenceFacts>();
  return (i) => {
    let f = facts.get(i);
    if (!f) {
      const prior = sentences
        .slice(Math.max(0, i - CONTEXT_SENTENCES), i)
        .flatMap((s) => ctx.orgs.mentions(s.text).map((o) => o.org.name));
      facts.set(i, (f = sentenceFacts(sentences, i, ctx, prior)));
    }
    return f;
  };
}

/**
 * The sentences a figure's sentence continues, nearest first: those before it in its paragraph; a
 * quotation's paragraph continues the one whose last sentence introduces it (`… sagte:`); a heading
 * announces the sentences below it (`Hubers Konter: ein … Angebot …`), which come first.
 */
function contextOf(sentences: Sentence[], i: number, factsOf: (i: number) => SentenceFacts): SentenceFacts[] {
  const sentence = sentences[i]!;
  const introduced = sentences[i - 1]?.text.trimEnd().endsWith(':') ?? false;
  const below =
    sentence.kind === 'heading'
      ? [i + 1, i + 2].filter((j) => j < sentences.length && sentences[j]!.paragraph === sentences[i + 1]!.paragraph)
      : [];
  const before = Array.from({ length: CONTEXT_SENTENCES }, (_, k) => i - 1 - k).filter(
    (j) =>
      j >= 0 &&
      (sentences[j]!.paragraph === sentence.paragraph ||
        (introduced && sentences[j]!.paragraph === sentences[i - 1]!.paragraph)),
  );
  return [...below, ...before].map(factsOf);
}

/**
 * The speaker of the outermost quotation that contains a body offset, by binary search over the
 * quotations in body order: a figure-heavy article must not scan every quotation per figure.
 * `reach[j]` is the furthest end among the first j+1, so the walk back stops where nothing earlier can contain.
 */
function quoteLookup(quotes: Quote[]): (at: number) => string | null {
  const sorted = [...quotes].sort((a, b) => a.citation.start - b.citation.start);
  const reach: number[] = [];
  for (const [j, q] of sorted.entries()) reach.push(Math.max(q.citation.end, reach[j - 1] ?? 0));
  return (at) => {
    const lo = firstIndexWhereNot(sorted.length, (i) => sorted[i]!.citation.start <= at);
    let found: Quote | undefined;
    for (let j = lo - 1; j >= 0 && reach[j]! > at; j--) if (at < sorted[j]!.citation.end) found = sorted[j];
    return found?.speaker?.name ?? null;
  };
}

/** Floating point noise (97.4 × 1e9 = 97400000000.00002) would make equal figures differ. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
