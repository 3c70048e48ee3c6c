import { factcheckCommand } from '../../commands/factcheck.js';
import type { Citation, Sentence } from '../../src/corpus/types.js';
import { pushTo } from '../../src/lib/collections.js';
import { answer } from '../../src/console.js';
import { extractAll } from '../../src/reconcile/extract-all.js';
import type { Figure } from '../../src/extract/figures.js';
import type { TimelineEvent } from '../../src/reconcile/timeline.js';
import { parseClaim } from '../../src/factcheck/claim.js';
import type { CorpusIndex } from '../../src/index/build.js';
import { quoteEntries, sameWords } from '../../src/index/queries.js';
import { SPEECH_VERB, TIME_NOUN } from '../../src/language/de.js';
import { numberInWords } from '../../src/extract/numbers.js';
import { headline } from '../../src/render/headline.js';

/**
 * The checks a careful reader makes of any story, none of them needing gold: each counts the items it looked at and
 * those that pass, and keeps the ones that fail, so a falling share can be read at once. Every check is phrased so
 * that a higher share is better; `npm run audit` prints them, `test/baseline.test.ts` holds them to what main reached.
 */
export interface Check {
  pass: number;
  total: number;
  /** The items that failed, one line each, to read (not part of the baseline). */
  failures: string[];
}

export const CHECKS = {
  yields: 'articles from which at least one event, quotation or figure is read',
  claims: "an article's sentence with a figure, typed as /factcheck claim, is supported by that sentence",
  speakers: 'whole quotations introduced as speech (speech verb, colon, `so X`) that have a speaker',
  speakerKinds: 'speakers that are a person, an organisation, or a source the text words and names no one by',
  quoteEntries: 'one quotation reported by several articles is one /quote entry',
  headlines: 'timeline entries led by a headline, not a whole sentence',
  quotedEvidence: 'timeline entries whose evidence is not a quotation',
  sharedSentences: 'timeline entries citing no sentence another entry cites (unless it dates each apart)',
  future: 'timeline entries not dated after every article that reports them was published',
  duplicates: 'timeline entries not sharing their headline and date with another',
  figureSubjects: 'figures about a transaction, an object or a measured noun a reader understands',
  notation: 'amounts read alike in every notation (35.000, 35 000, 35’000, in words; 35,000 typed in English)',
  citations: 'citations verbatim in their article',
} as const;

export type CheckName = keyof typeof CHECKS;
export type Audit = Record<CheckName, Check>;

/** The longest claim `/factcheck` takes: its option's max_length. */
const CLAIM_MAX = factcheckCommand.data.options[0]!.max_length;
/** How many failures of one check are kept for reading. */
const KEEP = 12;

function tally<T>(items: T[], passes: (item: T) => boolean, describe: (item: T) => string): Check {
  const failed = items.filter((item) => !passes(item));
  return { pass: items.length - failed.length, total: items.length, failures: failed.slice(0, KEEP).map(describe) };
}

const key = (article: string, sentence: number) => `${article}#${sentence}`;
const short = (text: string, n = 90) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** A sentence and the figures read from it. */
interface WithFigures {
  sentence: Sentence;
  figures: Figure[];
}

export function audit(index: CorpusIndex): Audit {
  const sentences = new Map<string, Sentence>();
  for (const s of index.segmented)
    for (const sentence of s.sentences) sentences.set(key(s.article.id, sentence.index), sentence);
  const figuresOf = new Map<string, Figure[]>();
  for (const f of index.figures) {
    const k = key(f.citation.article, f.citation.sentence);
    figuresOf.set(k, [...(figuresOf.get(k) ?? []), f]);
  }
  const withFigures: WithFigures[] = [...figuresOf].flatMap(([k, figures]) => {
    const sentence = sentences.get(k);
    return sentence ? [{ sentence, figures }] : [];
  });
  return {
    yields: tally(
      index.articles,
      (a) => {
        const stats = index.stats.get(a.id);
        return stats !== undefined && stats.events + stats.quotes + stats.figures > 0;
      },
      (a) => `${a.id}: nothing read (no event, quotation or figure)`,
    ),
    claims: verbatimClaims(index, withFigures),
    speakers: introducedSpeech(index, sentences),
    speakerKinds: speakerKinds(index),
    quoteEntries: quoteEntriesCheck(index),
    ...timelineChecks(index),
    figureSubjects: tally(index.figures, understood, (f) => `${f.citation.article}: ${f.original} → ${f.subject}`),
    notation: notation(index, withFigures),
    citations: citations(index),
  };
}

/**
 * A claim as a member would type it: the sentence on one line, cut at words to the option's length. A longer
 * sentence is cut around the figure it is checked for (`figure`, as written), as a member copies the part that
 * holds the number: its start is kept when the figure lies within the first stretch.
 */
export function asClaim(text: string, figure?: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= CLAIM_MAX) return flat;
  const at = figure ? flat.indexOf(figure.replace(/\s+/g, ' ')) : -1;
  const from = at + (figure?.length ?? 0) <= CLAIM_MAX ? 0 : flat.lastIndexOf(' ', Math.max(0, at - 40)) + 1;
  const cut = flat.slice(from, from + CLAIM_MAX + 1);
  return (cut.length <= CLAIM_MAX ? cut : cut.slice(0, cut.lastIndexOf(' '))).trim();
}

interface ReviewEvidence {
  citation: { article: string; sentence: number };
  agrees: boolean;
  findingVerdict: string;
  otherSubject?: true;
  notationSlip?: unknown;
}

/**
 * Every sentence that carries a figure, typed as a claim, must be answered "Supported" or "Sources disagree" by a
 * finding that rests on that very sentence: never "No evidence", "Contradicted", or a verdict about another subject.
 * A sentence with a notation slip passes only when its evidence explains the slip.
 */
function verbatimClaims(index: CorpusIndex, withFigures: WithFigures[]): Check {
  const items = withFigures.filter(({ sentence }) => !sentence.truncated);
  const verdicts = new Map<(typeof items)[number], string>();
  return tally(
    items,
    (item) => {
      const claim = asClaim(item.sentence.text, item.figures[0]?.original);
      const { record } = answer(index, { name: 'factcheck', options: { claim } });
      const review = record as { verdict: string; evidence: ReviewEvidence[] };
      verdicts.set(item, review.verdict);
      if (review.verdict !== 'supported' && review.verdict !== 'disagree') return false;
      const own = review.evidence.filter(
        (e) =>
          !e.otherSubject &&
          e.agrees &&
          e.findingVerdict !== 'contradicted' &&
          e.citation.article === item.sentence.article &&
          e.citation.sentence === item.sentence.index,
      );
      if (own.length === 0) return false;
      return !item.figures.some((f) => f.slip) || own.some((e) => e.notationSlip);
    },
    (item) =>
      `${item.sentence.article} ¶${item.sentence.paragraph}: ${verdicts.get(item)} — ${short(item.sentence.text)}`,
  );
}

/** Quoted spans taken out, so a speech verb inside the quotation itself does not count as its introduction. */
const QUOTED = /„[^„“”]*[“”]|«[^«»]*»|»[^»«]*«|“[^“”]*”|"[^"]*"/g;
/** `so X`: the attribution after a quotation (`…“, so Huber.`). */
const SO_NAME = /(?:^|[\s,–-])so\s+(?:der\s+|die\s+|das\s+)?\p{Lu}/u;

function introducesSpeech(sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  const outside = sentence.text.replace(QUOTED, ' … ');
  return SPEECH_VERB.test(outside) || /:\s*(?:…|$)/.test(outside) || SO_NAME.test(outside);
}

function introducedSpeech(index: CorpusIndex, sentences: Map<string, Sentence>): Check {
  const introduced = index.quotes.filter(
    (q) =>
      !q.partial &&
      (introducesSpeech(sentences.get(key(q.citation.article, q.citation.sentence))) ||
        introducesSpeech(sentences.get(key(q.citation.article, q.citation.sentence - 1)))),
  );
  return tally(
    introduced,
    (q) => q.speaker !== null,
    (q) => `${q.citation.article}: „${short(q.text, 70)}“ has no speaker`,
  );
}

/** A name as people are named: two or more capitalised words (`Anna Huber`, `Jan K.`, `Eva von der Au`). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:(?:von|van|de|der|den|da|di|le|la|zu)\s+)*\p{Lu}[\p{L}'’-]*\.?)+$/u;

function speakerKinds(index: CorpusIndex): Check {
  const organisations = new Set(index.orgs.organisations.flatMap((o) => [o.name, ...o.aliases]));
  return tally(
    index.quotes.filter((q) => q.speaker !== null),
    (q) =>
      q.speaker!.id !== null ||
      organisations.has(q.speaker!.name) ||
      PERSON_NAME.test(q.speaker!.name) ||
      q.speaker!.unnamed === true,
    (q) => `${q.citation.article}: "${q.speaker!.name}" for „${short(q.text, 60)}“`,
  );
}

/** Two entries say one thing when their words are the same, or one's words hold the other's of five words or more. */
function saysAgain(a: string, b: string): boolean {
  const [x, y] = [sameWords(a), sameWords(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short === long || (short.split(' ').length >= 5 && ` ${long} `.includes(` ${short} `));
}

/**
 * What `/quote` lists for each person (`quoteEntries`, or `entriesFor` where a test asks of another listing): no entry
 * says again what an earlier one said.
 */
export function quoteEntriesCheck(index: CorpusIndex, entriesFor: typeof quoteEntries = quoteEntries): Check {
  const entries = index.people.flatMap((person) =>
    entriesFor(index, person).map((e, i, all) => ({
      person,
      q: e.quote,
      repeated: all.slice(0, i).some((earlier) => saysAgain(earlier.quote.text, e.quote.text)),
    })),
  );
  return tally(
    entries,
    (e) => !e.repeated,
    (e) => `${e.person.name}: „${short(e.q.text, 60)}“ again from ${e.q.citation.article}`,
  );
}

/** The first and the last day a date value (`2031`, `2031-05`, `2031-05-03`, `2031-05-03T18:30`) can mean. */
function daySpan(value: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return [`${y}-${mo}-01`, `${y}-${mo}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

function timelineChecks(index: CorpusIndex) {
  const events = index.events;
  const title = new Map(events.map((e) => [e, headline(e, 'en')]));
  const describe = (e: TimelineEvent) =>
    `${e.date?.value ?? 'undated'} ${title.get(e) ?? short(e.summary, 70)} (${e.evidence.article})`;

  const wholeQuoteSentences = new Set(
    index.quotes.filter((q) => !q.partial).map((q) => key(q.citation.article, q.citation.sentence)),
  );

  const citedBy = new Map<string, TimelineEvent[]>();
  for (const e of events)
    for (const k of new Set(e.citations.map((c) => key(c.article, c.sentence)))) pushTo(citedBy, k, e);
  // `Die Wahl findet am 3. und am 17. Mai statt`: a sentence that dates each of its entries with words of its own
  // tells two events, and stands under both; one that dates one of them, or neither, is shared.
  const datesEachApart = (c: Citation, entries: TimelineEvent[]) =>
    new Set(entries.map((e) => e.dateText)).size === entries.length &&
    entries.every((e) => e.dateText !== '' && c.text.includes(e.dateText));
  const ownSentence = (c: Citation) => {
    const entries = citedBy.get(key(c.article, c.sentence))!;
    return entries.length === 1 || datesEachApart(c, entries);
  };

  const afterEveryReport = (e: TimelineEvent) => {
    if (!e.date || e.date.bound || e.date.planned) return false;
    const start = daySpan(e.date.value)?.[0];
    const published = [...new Set(e.citations.map((c) => c.article))].map(
      (id) => index.articleById.get(id)?.published ?? null,
    );
    if (!start || published.some((p) => p === null)) return false;
    return published.every((p) => start > daySpan(p!)![1]);
  };

  const sameHeadline = new Map<string, number>();
  const headlineKey = (e: TimelineEvent) => `${title.get(e)}|${e.date?.value ?? ''}`;
  for (const e of events)
    if (title.get(e)) sameHeadline.set(headlineKey(e), (sameHeadline.get(headlineKey(e)) ?? 0) + 1);

  return {
    headlines: tally(events, (e) => title.get(e) !== null, describe),
    quotedEvidence: tally(
      events,
      (e) => !wholeQuoteSentences.has(key(e.evidence.article, e.evidence.sentence)),
      describe,
    ),
    sharedSentences: tally(events, (e) => e.citations.every(ownSentence), describe),
    future: tally(events, (e) => !afterEveryReport(e), describe),
    duplicates: tally(events, (e) => !title.get(e) || sameHeadline.get(headlineKey(e)) === 1, describe),
  };
}

/** Money and shares say nothing by themselves: `12 Prozent` of what, `3 Millionen Euro` for what? */
const NEEDS_SUBJECT = new Set(['USD', 'EUR', 'CHF', 'GBP', '%']);
/** A counted noun: a capitalised German noun of three letters or more, not a measure of time. */
const COUNTED = /^\p{Lu}\p{Ll}{2,}(?:-\p{L}+)*$/u;

/**
 * A figure a reader understands: it is about a transaction or an object, or it counts a noun (`40 Stimmen`), or it is
 * an age. An amount of money or a share with neither is only a number (`Betrag`, `Anteil`).
 */
function understood(f: Figure): boolean {
  // A share says what it measures by its noun (`Anteil der Stimmen`, `Wahlbeteiligung`).
  if (f.about.transaction || f.about.object || f.about.measure) return true;
  if (f.unit === null || NEEDS_SUBJECT.has(f.unit)) return false;
  return f.unit === 'years' || (COUNTED.test(f.unit) && !TIME_NOUN.test(f.unit));
}

const GERMAN_GROUPS = ['.', ' ', '’', "'"];
const SCALE_WORDS: [number, string][] = [
  [1e9, 'Milliarden'],
  [1e6, 'Millionen'],
];

/**
 * A number written in groups of three (`35.000`, `35 000`, `35’000`), read here without the product's rules: the
 * audit's own reading, to hold the product's against. Not a decimal (`4,7`), a date (`03.05.2031`) or a time (`18.30`).
 */
const GROUPED = /(?<![\d.,'’])(?<!\d\s)\d{1,3}(?<sep>[.’' \u00a0\u202f])\d{3}(?:\k<sep>\d{3})*(?![\d]|[.,]\d)/gu;
/** A grouped number before a scale word is a slip's ground (`12.300 Milliarden`), which the claims check reads. */
const SCALE_AFTER = /^\s?(?:Milliarden|Millionen|Mrd|Mio)\b/;

const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

interface Written {
  sentence: Sentence;
  /** Where the number stands in the sentence, and as what it is written there. */
  at: number;
  text: string;
  value: number;
  /** The figure the product read there, if it read one. */
  figure: Figure;
}

/**
 * Each amount must be read as the same value however a careful writer puts it: as the article wrote it, in the other
 * notations German and Swiss texts use (the number rewritten in its article), and typed as a claim, where
 * English notation (`35,000`) is allowed too. Round millions and billions are also written in words (`drei
 * Millionen`). Numbers the product reads as no figure (a duration, a year) are not looked at.
 */
function notation(index: CorpusIndex, withFigures: WithFigures[]): Check {
  const world = { organisations: index.orgs.organisations, dates: [] };
  const written: Written[] = [];
  for (const { sentence, figures } of withFigures) {
    const spans = figures.map((f) => ({ f, from: sentence.text.indexOf(f.original) }));
    for (const m of sentence.text.matchAll(GROUPED)) {
      if (SCALE_AFTER.test(sentence.text.slice(m.index + m[0].length))) continue;
      const end = m.index + m[0].length;
      const hit = spans.find(({ f, from }) => from >= 0 && from < end && from + f.original.length > m.index);
      if (hit)
        written.push({ sentence, at: m.index, text: m[0], value: Number(m[0].replace(/\D/g, '')), figure: hit.f });
    }
  }
  const items = [
    ...written.flatMap((w) => [
      { w, as: 'written' as const, text: w.text },
      ...GERMAN_GROUPS.map((sep) => grouped(w.value, sep))
        .filter((text) => text !== w.text)
        .map((text) => ({ w, as: 'article' as const, text })),
      ...[...GERMAN_GROUPS, ','].map((sep) => ({ w, as: 'claim' as const, text: grouped(w.value, sep) })),
    ]),
    ...withFigures.flatMap(({ sentence, figures }) => figures.flatMap((f) => inWords(f, sentence))),
  ];
  // The article with the one number rewritten, so the sentence keeps the paragraph's currency and context.
  const probe = (w: Written, text: string) => {
    const article = index.articleById.get(w.sentence.article)!;
    const at = w.sentence.start + w.at;
    const body = article.body.slice(0, at) + text + article.body.slice(at + w.text.length);
    return extractAll(
      [{ ...article, id: 'notation-probe', file: 'probe.md', body }],
      index.people,
      world,
    ).figures.filter((g) => g.citation.start === w.sentence.start);
  };
  const reads = (item: (typeof items)[number]): boolean => {
    const { w, as, text } = item;
    if (as === 'written')
      return w.figure.value === w.value || (w.figure.slip !== undefined && w.figure.slip.literal === w.value);
    if (as === 'claim') {
      const n = parseClaim(text).numbers[0];
      return n !== undefined && n.written * (n.scale ?? 1) === w.value;
    }
    return probe(w, text).some((g) => g.value === w.value * w.figure.scale && g.unit === w.figure.unit);
  };
  return tally(
    items,
    reads,
    ({ w, as, text }) => `${w.sentence.article}: "${text}" (${as}) for "${w.text}" in ${short(w.sentence.text, 60)}`,
  );
}

/** Round millions and billions (`3 Millionen`) written in words (`drei Millionen`), in the sentence and as a claim. */
function inWords(f: Figure, sentence: Sentence) {
  const scale = SCALE_WORDS.find(([s]) => f.scale === s);
  const count = f.value / f.scale;
  if (!scale || f.slip || !Number.isInteger(count) || count < 2 || count >= 1000) return [];
  const at = sentence.text.indexOf(f.original);
  const numeral = /^\d+/.exec(f.original)?.[0];
  if (at < 0 || numeral === undefined) return [];
  const w: Written = { sentence, at, text: numeral, value: count, figure: { ...f, scale: scale[0] } };
  const words = numberInWords(count);
  return [
    { w, as: 'article' as const, text: words },
    { w: { ...w, value: f.value }, as: 'claim' as const, text: `${words} ${scale[1]}` },
  ];
}

function citations(index: CorpusIndex): Check {
  const all = [
    ...index.quotes.map((q) => q.citation),
    ...index.terms.map((t) => t.citation),
    ...index.figures.map((f) => f.citation),
    ...index.events.flatMap((e) => e.citations),
  ];
  return tally(
    all,
    (c) => index.articleById.get(c.article)?.body.slice(c.start, c.end) === c.text,
    (c) => `${c.article} ¶${c.paragraph} s${c.sentence}: not verbatim`,
  );
}
