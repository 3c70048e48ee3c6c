import type { Citation } from '../corpus/types.js';
import type { TimelineEvent } from '../reconcile/timeline.js';
import { rangeOf, type Figure } from '../extract/figures.js';
import type { NotationSlip } from '../extract/figures.js';
import { isCorrected } from '../reconcile/slips.js';
import { transactionFamily, type FigureAbout } from '../extract/subject.js';
import { measureKey, shareKey, unitKey } from '../language/de/shares.js';
import type { CorpusIndex } from '../index/build.js';
import { fold } from '../language/de/fold.js';
import type { FigureGroup } from '../reconcile/groups.js';
import { parseClaim, type Claim, type ClaimNumber } from './claim.js';
import { pushTo } from '../lib/collections.js';
import { cite } from '../extract/citation.js';
import { saidWordForWord } from './verbatim.js';

/** The fixed scale, mildest last: what the sources say about a claim. */
export type Verdict = 'supported' | 'disagree' | 'contradicted' | 'no_evidence';

export interface Evidence {
  /** `sentence`: the article says what the claim says, word for word (see `saidSo`). */
  kind: 'figure' | 'event' | 'sentence';
  /** As written in the source (`97,4 Milliarden Dollar`, `Ende 2015`). */
  original: string;
  /** The figure's value in base units, or the event's date value (`2015`). */
  value: number | string;
  unit: string | null;
  /** Does this source give the claim's value (within the rounding the claim implies)? */
  agrees: boolean;
  /** Agrees only within the source's own approximation (`fast 100 Milliarden`). */
  loose: boolean;
  /** The source wrote the value in a notation that reads otherwise (`97.400 Milliarden`). */
  slip?: NotationSlip;
  /** A part whose sum with other parts is the total other sources give (`400` and `500` of `900`). */
  part?: true;
  citation: Citation;
}

/** Everything the sources say about one thing the claim is about, with its own verdict. */
export interface Finding {
  /** What is measured (`Max Huber: Kauf – Alpenpost`) or what happened (an event's summary). */
  label: string;
  /** For figures: what is measured, structured, to be said in the reply's language. */
  about?: FigureAbout;
  verdict: Exclude<Verdict, 'no_evidence'>;
  /**
   * The number is also in the articles, about something else than the claim says (`97,4` as a bid,
   * claimed as a purchase of Alpenpost): listed after the verdict, never counted toward it.
   */
  also?: true;
  /** The distinct firm values the sources give, in base units or as dates. */
  values: (number | string)[];
  evidence: Evidence[];
  /** The claim is an article's own sentence (or its opening), word for word: no value was compared. */
  verbatim?: true;
}

export interface FactCheck {
  claim: Claim;
  verdict: Verdict;
  findings: Finding[];
  /** When nothing speaks to the claim: the figures closest to it, to suggest. */
  closest: Figure[];
}

/**
 * Values agree when they are equal at the precision the claim was typed with: 97.4 matches 97,375,
 * not 9,74 ('exact'). A source that says less precisely (`97 Milliarden`, `fast 100`, `über 97`)
 * agrees loosely when the claim lies within what its words allow.
 */
export function withinRounding(claim: ClaimNumber, figure: Figure): 'exact' | 'loose' | null {
  const per = claim.scale === null ? figure.scale : 1;
  const typed = claim.written * (claim.scale ?? 1);
  if (!figure.approximate && isNumberWritten(claim, figure)) return 'exact';
  const [low, high] = [figure.range[0] / per, figure.range[1] / per];
  // The claim says what the source says, bound and all (`fast 100 Millionen`, `36 bis 36,5 Prozent`).
  const said = saidRange(claim);
  if (figure.approximate && said && same(said[0], low) && same(said[1], high)) return 'exact';
  if (within(typed, [low, high])) return 'loose';
  // A bound holds of a value within it: `mehr als 25 Prozent` of a source's 30.
  const bound = claimedBound(claim);
  if (bound && !figure.approximate && within(figure.value / per, bound)) return 'loose';
  return null;
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;
const within = (v: number, [low, high]: [number, number]) => v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9);

/**
 * The values a claim's bound is true of: `mehr als 30`, `mindestens 30` of any value from 30 up; `fast 30` of the
 * values just below it, as a source's words are read; `30 bis 35` of its range. Null for a plain number.
 */
function claimedBound(claim: ClaimNumber): [number, number] | null {
  const said = saidRange(claim);
  return said && claim.bound === 'above' ? [said[0], Infinity] : said;
}

/** The values a claimed number's own words allow (`mehr als 30`, `36 bis 36,5`); null for a plain number. */
function saidRange(claim: ClaimNumber): [number, number] | null {
  const typed = claim.written * (claim.scale ?? 1);
  return claim.range ?? (claim.bound ? rangeOf(typed, claim.decimals, claim.scale ?? 1, claim.bound) : null);
}

/**
 * The claim's number is the number the source writes, at the precision it was typed with, whatever words around it
 * hedge it (`rund 80 Prozent`). A bare `97.4` is compared with the number as written (97,4 Milliarden → 97.4).
 */
function isNumberWritten(claim: ClaimNumber, figure: Figure): boolean {
  const target = figure.value / (claim.scale === null ? figure.scale : 1);
  const typed = claim.written * (claim.scale ?? 1);
  const tolerance = 0.5 * 10 ** -claim.decimals * (claim.scale ?? 1);
  return Math.abs(target - typed) <= tolerance * (1 + 1e-9);
}

const unitFits = (n: ClaimNumber, f: Figure) =>
  n.unit === null || f.unit === null || unitKey(n.unit) === unitKey(f.unit);

/**
 * Whether one of the numbers is a figure of the group as written, at the precision it was typed with: `80 Prozent`
 * is the source's `rund 80 Prozent` (whether it agrees is for `withinRounding` to say).
 */
const matchesExactly = (numbers: ClaimNumber[], group: FigureGroup) =>
  group.figures.some((f) =>
    numbers.some((n) => unitFits(n, f) && (withinRounding(n, f) === 'exact' || (isAround(f) && isNumberWritten(n, f)))),
  );

/** `rund 80`, `etwa 40`: a value said around its number, not below it (`fast 100` is 97) or above it. */
const isAround = (f: Figure) => f.range[0] < f.value && f.value < f.range[1];

/** A figure a careful reader would count: not an approximation, not an uncorrected slip. */
const isFirm = (f: Figure) => !f.approximate && !(f.slip && !isCorrected(f.slip));

/** A claimed round number fairly rounds a value within five percent (`100 Milliarden` for 97,4). */
const HEDGED_TOLERANCE = 0.05;

const meet = (a: [number, number], b: [number, number]) => a[0] <= b[1] * (1 + 1e-9) && b[0] <= a[1] * (1 + 1e-9);

/**
 * The distinct values a group's sources give, one per set of figures whose ranges meet: `97
 * Milliarden`, `fast 100` and `über 97` beside 97,4 are no second value; `geschätzt 277` beside 250
 * is. Firm figures set the values; a hedged one adds its own only where it meets none.
 */
function distinctValues(figures: Figure[]): number[] {
  const clusters: { value: number; range: [number, number] }[] = [];
  const add = (f: Figure) => {
    const hit = clusters.find((c) => meet(c.range, f.range));
    if (hit) hit.range = [Math.max(hit.range[0], f.range[0]), Math.min(hit.range[1], f.range[1])];
    else clusters.push({ value: f.value, range: [...f.range] });
  };
  // Most precise first, so a coarse figure joins the value it rounds rather than founding its own.
  const byPrecision = (a: Figure, b: Figure) =>
    a.range[1] - a.range[0] - (b.range[1] - b.range[0]) || a.value - b.value;
  for (const f of figures.filter(isFirm).sort(byPrecision)) add(f);
  for (const f of figures.filter((f) => f.approximate).sort(byPrecision)) add(f);
  return clusters.map((c) => c.value).sort((a, b) => a - b);
}

/** The most values of one group searched for parts of a total: the search is over their subsets. */
const MAX_SUMMED = 10;

/**
 * The values that are parts of another value of the group: two to four of them (none the total itself) whose sum is
 * that total, as the values are. `400` and `500` beside `900`: reports that split a
 * total by cause or place, beside reports of the total.
 */
function partsOfTotal(values: number[]): Set<number> {
  const parts = new Set<number>();
  if (values.length < 3 || values.length > MAX_SUMMED) return parts;
  for (const total of values) {
    const below = values.filter((v) => v < total && v > 0);
    for (let mask = 1; mask < 1 << below.length; mask++) {
      const chosen = below.filter((_, k) => mask & (1 << k));
      if (chosen.length < 2 || chosen.length > 4) continue;
      const sum = chosen.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - total) <= total * 1e-9) for (const v of chosen) parts.add(v);
    }
  }
  return parts;
}

/** A group's values, as `valuesOfGroup` gives them. */
interface GroupValues {
  /** Every distinct value its sources give (see `distinctValues`). */
  all: number[];
  /** Those that are parts of another (see `partsOfTotal`). */
  parts: Set<number>;
  /** The values a claim is weighed against: all but the parts. */
  values: number[];
}
const groupValues = new WeakMap<FigureGroup, GroupValues>();
/**
 * A group's values do not depend on the claim: worked out at its first claim and kept with it, since a group of a
 * story's thousands of reports costs tens of milliseconds to cluster.
 */
function valuesOfGroup(group: FigureGroup): GroupValues {
  let known = groupValues.get(group);
  if (!known) {
    const all = distinctValues(group.figures);
    // Parts that add up to a total another source gives are no second value of it (400 and 500 of 900).
    const parts = partsOfTotal(all);
    groupValues.set(group, (known = { all, parts, values: all.filter((v) => !parts.has(v)) }));
  }
  return known;
}

/** The distinct value a figure counts toward: its own, or the one whose range it meets (a hedged figure). */
function valueOf(f: Figure, values: number[]): number {
  return values.find((v) => same(v, f.value)) ?? values.find((v) => v >= f.range[0] && v <= f.range[1]) ?? f.value;
}

function overlap(claim: Claim, text: string): number {
  if (claim.words.length === 0) return 0;
  const folded = fold(text);
  return claim.words.filter((w) => folded.includes(w.slice(0, Math.max(4, w.length - 2)))).length / claim.words.length;
}

/**
 * Does a sentence claim speak about what this group measures: the same kind of transaction, the
 * same object and the same actor, wherever both the claim and the group name them? The claim as a whole, for a
 * number that the article grammar reads as no figure.
 */
function aboutGroup(claim: Claim, group: FigureGroup): boolean {
  const { family, actor, objects } = claim.about;
  if (!family && !actor && objects.length === 0)
    return group.figures.some((f) => overlap(claim, f.citation.text) >= 0.5);
  const about = group.about;
  if (family && transactionFamily(about.transaction) !== family) return false;
  // A claim that names what or who is speaks only of groups that name the same: a group that names
  // neither (`Kauf` of a stadium, said of nobody) cannot be about Huber's bid.
  const named = objects.filter((o) => o !== actor);
  if (named.length > 0)
    return (
      about.object !== null && named.includes(about.object) && (!actor || about.actor === null || about.actor === actor)
    );
  if (actor) return about.actor === actor || about.object === actor;
  return true;
}

/**
 * Does a number of the claim speak of what this group measures, read as the articles are read: every part of it the
 * claim states (transaction, object, actor) the group states alike. A number whose reading states none speaks of
 * a group whose sentences share most of the claim's words.
 */
function speaksOf(index: CorpusIndex, n: ClaimNumber, claim: Claim, group: FigureGroup): boolean {
  // The cheap tests first: a claim is checked against every group of the index.
  const g = group.about;
  if (n.about?.object && g.object !== n.about.object) return false;
  // A count of one place is no count of another, nor of the whole (`12.000 in Kassel` beside `80.000 in total`).
  if (n.about && (n.about.where ?? null) !== (g.where ?? null)) return false;
  if (!group.figures.some((f) => unitFits(n, f))) return false;
  if (!n.about) return aboutGroup(claim, group);
  const { transaction, object, actor, measure } = n.about;
  if (!transaction && !object && !actor && !measure)
    return group.figures.some((f) => overlap(claim, f.citation.text) >= 0.5);
  if (transaction && (!g.transaction || transactionFamily(g.transaction) !== transactionFamily(transaction)))
    return false;
  // A share of one noun is no share of another: the turnout is not the votes for a party.
  if (measure && (!g.measure || measureKey(g.measure) !== measureKey(measure))) return false;
  // The group's actor is the one most of its reports name; one report naming the claim's actor is enough, and a
  // group said without one (`Investition in Nordhafen`) is anyone's. A report read with the sentences before it may
  // give its figure to someone they name (`Sie …`) while its own sentence names the claim's actor: that counts too.
  return (
    !actor ||
    g.actor === null ||
    g.actor === actor ||
    g.object === actor ||
    group.figures.some((f) => f.about.actor === actor || actorFromContext(index, f, actor))
  );
}

/** The figure's actor is not named in its own sentence, which names `actor`: the sentences before gave it away. */
function actorFromContext(index: CorpusIndex, f: Figure, actor: string): boolean {
  return names(index, f.citation.text, actor) && !(f.about.actor && names(index, f.citation.text, f.about.actor));
}

/** Whether a sentence names a person or company: `Hubers`, `die Seebank`. */
function names(index: CorpusIndex, text: string, name: string): boolean {
  // Most sentences do not hold the name's last word at all (`UniCredit` is also written `Unicredit`): that is checked
  // first, as a plain search.
  if (!text.toLowerCase().includes(name.split(/\s+/).pop()!.toLowerCase())) return false;
  return (
    index.finder.mentions(text).some((m) => m.person.name === name) ||
    index.orgs.mentions(text).some((o) => o.org.name === name)
  );
}

function figureFinding(claim: Claim, group: FigureGroup): Finding {
  const evidence: Evidence[] = group.figures.map((f) => {
    const matches = claim.numbers.filter((n) => unitFits(n, f)).map((n) => withinRounding(n, f));
    return {
      kind: 'figure',
      original: f.original,
      value: f.value,
      unit: f.unit,
      agrees: matches.includes('exact') || matches.includes('loose'),
      loose: !matches.includes('exact') && matches.includes('loose'),
      ...(f.slip ? { slip: f.slip } : {}),
      citation: f.citation,
    };
  });
  const { all, parts, values } = valuesOfGroup(group);
  if (parts.size > 0)
    for (const [i, e] of evidence.entries()) if (!e.agrees && parts.has(valueOf(group.figures[i]!, all))) e.part = true;
  const firmAgree = evidence.some((e, i) => e.agrees && !e.loose && isFirm(group.figures[i]!));
  // `100 Milliarden` for a bid the sources put at 97,4 and one at `fast 100`: a fair rounding, not a contradiction.
  const roundsTo = (v: number) =>
    claim.numbers.some((n) => Math.abs(n.written * (n.scale ?? 1) - v) <= Math.abs(v) * HEDGED_TOLERANCE);
  // `mehr als 25 Prozent` where the sources say 30: the claim's bound holds of every value.
  const bounds = (v: number) =>
    claim.numbers.some((n) => {
      const bound = claimedBound(n);
      return bound !== null && within(v / (n.scale === null ? (group.figures[0]?.scale ?? 1) : 1), bound);
    });
  const hedgedAgree = evidence.some((e) => e.agrees) && values.every((v) => roundsTo(v) || bounds(v));
  // Sources that disagree among themselves contradict a claim that matches none of them.
  const anyAgrees = evidence.some((e) => e.agrees);
  const verdict =
    values.length > 1
      ? anyAgrees
        ? 'disagree'
        : 'contradicted'
      : firmAgree || hedgedAgree
        ? 'supported'
        : 'contradicted';
  // Parts of the total come last: the verdict rests on the sources that give the total.
  const ordered = [...evidence.filter((e) => !e.part), ...evidence.filter((e) => e.part)];
  return { label: group.label, ...(group.about ? { about: group.about } : {}), verdict, values, evidence: ordered };
}

function eventsFinding(claim: Claim, events: TimelineEvent[], label: string): Finding {
  const year = (e: TimelineEvent) => Number(e.date!.value.slice(0, 4));
  const evidence: Evidence[] = events.flatMap((e) =>
    e.citations.map((citation) => ({
      kind: 'event' as const,
      original: e.dateText,
      value: e.date!.value,
      unit: null,
      agrees: claim.years.includes(year(e)),
      loose: false,
      citation,
    })),
  );
  const values = [...new Set(events.map((e) => e.date!.value.slice(0, 4)))].sort();
  const verdict = values.length > 1 ? 'disagree' : evidence.some((e) => e.agrees) ? 'supported' : 'contradicted';
  return { label, verdict, values, evidence };
}

/** Events a year claim is about: the kind it names (a founding) and the company or person it names. */
function eventsAbout(index: CorpusIndex, claim: Claim): TimelineEvent[] {
  const { eventKind, actor, objects } = claim.about;
  const isSentence = claim.words.length > 0;
  return index.events.filter((e) => {
    if (!e.date) return false;
    if (!isSentence) return claim.years.includes(Number(e.date.value.slice(0, 4)));
    if (eventKind !== 'other' && e.kind !== eventKind) return false;
    const text = [e.summary, ...e.citations.map((c) => c.text)].join(' ');
    if (objects.length > 0 || actor)
      return objects.some((n) => text.includes(n) || e.object === n) || (actor !== null && e.people.includes(actor));
    return eventKind !== 'other' || overlap(claim, text) >= 0.5;
  });
}

/**
 * A claim that writes a number as an article slipped (`12.500 Milliarden` for 12,5 Milliarden) means what the
 * article was read to mean: where an article's slip of that very literal value was corrected, the claim's number is
 * read as corrected too, so it is compared with every source at that value, and the reply explains the slip.
 */
function withSlipsRead(index: CorpusIndex, claim: Claim): Claim {
  const corrected = (n: ClaimNumber) =>
    n.scale === null
      ? undefined
      : slippedOf(index).find(
          (f) => f.slip && isCorrected(f.slip) && same(f.slip.literal, n.written * n.scale!) && unitFits(n, f),
        );
  if (!claim.numbers.some(corrected)) return claim;
  return {
    ...claim,
    numbers: claim.numbers.map((n) => {
      const f = corrected(n);
      return f
        ? {
            ...n,
            written: f.value / n.scale!,
            decimals: placesOf(f.value / n.scale!),
          }
        : n;
    }),
  };
}

/** The figures of an index with a notation slip, kept per index: a claim's numbers are looked up among these few. */
const slipped = new WeakMap<CorpusIndex, Figure[]>();
function slippedOf(index: CorpusIndex): Figure[] {
  let found = slipped.get(index);
  if (!found) slipped.set(index, (found = index.figures.filter((f) => f.slip)));
  return found;
}

/** The decimal places a value needs: 97.4 has 1. */
const placesOf = (value: number) => (String(Number(value.toPrecision(12))).split('.')[1] ?? '').length;

/** The most decimal places any figure of the index is written with, kept per index. */
const finestOf = new WeakMap<CorpusIndex, number>();
/** Up to this many places a claim is always read: `3,25 Millionen` is an ordinary claim against whole numbers. */
const ALWAYS_READ_DECIMALS = 2;

/**
 * The claim as read, less the numbers typed more precisely than any article writes one (`97,40000000001`): those
 * would agree with anything within the articles' rounding, so they are said back as read instead.
 */
function readClaim(index: CorpusIndex, text: string): Claim {
  const claim = withSlipsRead(index, parseClaim(text, index.finder, index.orgs));
  let finest = finestOf.get(index);
  if (finest === undefined) {
    finest = index.figures.reduce((most, f) => Math.max(most, f.decimals), 0);
    finestOf.set(index, finest);
  }
  const limit = Math.max(finest, ALWAYS_READ_DECIMALS);
  const tooFine = claim.numbers.filter((n) => n.decimals > limit);
  if (tooFine.length === 0) return claim;
  return {
    ...claim,
    numbers: claim.numbers.filter((n) => n.decimals <= limit),
    unread: [
      ...claim.unread,
      ...tooFine.map((n) => ({ raw: n.raw, why: 'precision' as const, decimals: { typed: n.decimals, finest } })),
    ],
  };
}

export function factCheck(index: CorpusIndex, text: string): FactCheck {
  const claim = readClaim(index, text);
  const isSentence = claim.words.length > 0;
  const findings: Finding[] = [];
  const also: Finding[] = [];

  if (claim.numbers.length > 0) {
    const exactly = (group: FigureGroup) => matchesExactly(claim.numbers, group);
    const subjects = isSentence ? subjectsOf(index, claim) : new Set(index.figureGroups.filter(exactly));
    for (const group of index.figureGroups) {
      if (subjects.has(group)) findings.push(figureFinding(claim, group));
      // The same number about something else: worth knowing, not evidence for this claim.
      else if (isSentence && exactly(group)) also.push({ ...figureFinding(claim, group), also: true });
    }
  }
  if (claim.years.length > 0) {
    const events = eventsAbout(index, claim);
    if (isSentence && events.length > 0) findings.push(eventsFinding(claim, events, events[0]!.summary));
    else for (const e of events) findings.push(eventsFinding(claim, [e], e.summary));
  }
  // The claim may be what an article says in so many words (a deadline year, `30-Minuten-Takt`): then what it was
  // compared with and contradicts is about something else (`2015 starb sein Sohn` is no claim about his own death),
  // and the article's sentence is the evidence. Sources that disagree among themselves still say so.
  const said = isSentence ? saidSo(index, claim.text) : [];
  if (said.length > 0) {
    for (let k = findings.length - 1; k >= 0; k--) if (findings[k]!.verdict === 'contradicted') findings.splice(k, 1);
    if (findings.length === 0) findings.push(...said);
  }
  const verdict = overall(findings);
  return {
    claim,
    verdict,
    findings: [...findings, ...also],
    closest: verdict === 'no_evidence' ? closestFigures(index, claim) : [],
  };
}

/** The sentences that say what the claim says, word for word (see `saidWordForWord`): each supports it. */
function saidSo(index: CorpusIndex, text: string): Finding[] {
  const said = saidWordForWord(index, text);
  if (said.length === 0) return [];
  const evidence: Evidence[] = said.map(({ s, x }) => ({
    kind: 'sentence',
    original: x.text,
    value: x.text,
    unit: null,
    agrees: true,
    loose: false,
    citation: cite(s.article.body, x),
  }));
  return [{ label: said[0]!.x.text, verdict: 'supported', values: [], evidence, verbatim: true }];
}

/**
 * The groups a sentence claim is about, number by number: those the number speaks of (see `speaksOf`). Where the
 * claim leaves a part unsaid (`Hubers Angebot über 12,5 Milliarden` names no company) and the number matches a group
 * exactly, that group is its subject, and another only where it measures the same thing (the same kind of deal, the
 * same object, no other actor). Without an exact match, the groups it speaks of count where it names enough to be
 * contradicted.
 */
function subjectsOf(index: CorpusIndex, claim: Claim): Set<FigureGroup> {
  const subjects = new Set<FigureGroup>();
  for (const n of claim.numbers) {
    const spoken = index.figureGroups.filter((g) => speaksOf(index, n, claim, g));
    const matched = spoken.filter((g) => matchesExactly([n], g));
    if (matched.length === 0) {
      if (namesEnough(n, claim)) for (const g of spoken) subjects.add(g);
      continue;
    }
    // The things the matched groups measure, by kind of deal and named object, with the actors they name.
    const things = new Map<string, FigureAbout[]>();
    for (const m of matched) if (m.about.object !== null) pushTo(things, thingKey(m.about), m.about);
    const own = new Set(matched);
    for (const g of spoken)
      if (
        own.has(g) ||
        (g.about.object !== null && (things.get(thingKey(g.about)) ?? []).some((m) => sameThing(m, g.about)))
      )
        subjects.add(g);
  }
  return subjects;
}

/** A number names enough to be contradicted by a group it does not match: what it measures, and whose or of what. */
function namesEnough(n: ClaimNumber, claim: Claim): boolean {
  if (!n.about) return hasSubject(claim);
  return familyOf(n.about) !== null && (n.about.actor !== null || n.about.object !== null);
}

/** What a figure measures, to a claim: its family of deals (a bid is a purchase to a user), or the noun of a share. */
const familyOf = (a: FigureAbout) => transactionFamily(a.transaction) ?? (a.measure ? shareKey(a.measure) : null);

const thingKey = (a: FigureAbout) => `${familyOf(a) ?? ''}|${a.object ?? ''}|${a.where ?? ''}`;

/**
 * Two groups measure the same thing: the same kind of deal of the same named object, by the same or no actor. Counts
 * without a deal (`207 Abgeordnete`, `116 Abgeordnete` of one parliament) are each their own.
 */
function sameThing(a: FigureAbout, b: FigureAbout): boolean {
  return (
    a.object !== null &&
    familyOf(a) !== null &&
    familyOf(a) === familyOf(b) &&
    a.object === b.object &&
    (a.where ?? null) === (b.where ?? null) &&
    (a.actor === null || b.actor === null || a.actor === b.actor)
  );
}

/**
 * A sentence claim names enough (a frame, a person or a company) to be compared with a group it does not match by
 * value.
 */
function hasSubject(claim: Claim): boolean {
  const { family, actor, objects } = claim.about;
  return family !== null && (actor !== null || objects.length > 0);
}

function overall(findings: Finding[]): Verdict {
  if (findings.length === 0) return 'no_evidence';
  const verdicts = new Set(findings.map((f) => f.verdict));
  if (verdicts.has('disagree')) return 'disagree';
  if (verdicts.size === 1) return [...verdicts][0]!;
  // Some subjects support the claim, others contradict it: the sources do not speak with one voice.
  return 'disagree';
}

const CLOSEST = 3;

function closestFigures(index: CorpusIndex, claim: Claim): Figure[] {
  const number = claim.numbers[0];
  if (number) {
    const typed = Math.log10(Math.max(number.written * (number.scale ?? 1), 1e-9));
    const distance = (f: Figure) =>
      Math.abs(Math.log10(Math.max(number.scale === null ? f.value / f.scale : f.value, 1e-9)) - typed);
    // One pass keeping the three nearest: sorting 20,000 figures for three would be most of the query.
    const best: { f: Figure; d: number }[] = [];
    for (const f of index.figures) {
      const d = distance(f);
      if (best.length < CLOSEST || d < best[best.length - 1]!.d) {
        best.push({ f, d });
        best.sort((a, b) => a.d - b.d);
        if (best.length > CLOSEST) best.pop();
      }
    }
    return best.map((b) => b.f);
  }
  return index.search.figures.search(claim.text, CLOSEST).map((r) => r.item);
}
