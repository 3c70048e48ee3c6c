import type { KnownDate } from '../corpus/schema.js';
import type { Citation } from '../corpus/types.js';
import { dateFromAnchor, type EventDate } from './dates.js';
import { kindOf, type EventHead, type EventKind, type EventReport } from './events.js';
import type { OrgFinder } from './orgs.js';

/**
 * How an event's date was reached, so the reply can say it in one line. `steps` counts the
 * inferences: a date written out takes none, `am Montag` in an article of 11 February one.
 */
export type DateBasis =
  | { how: 'explicit' }
  /** Counted from the publication date of the report's own article. */
  | { how: 'published'; words: string; article: string; published: string }
  /** The text gives no date; the article that reports it as its news is dated. */
  | { how: 'reported'; article: string; published: string }
  /** `am Montag` in an undated article, counted from the day another article reports the event. */
  | { how: 'reference'; words: string; article: string; reference: string; referenceArticle: string }
  /** `Vier Tage vor der Amtseinführung`: counted from an occasion that data or another event dates. */
  | { how: 'anchored'; words: string; article: string; occasion: { label: { de: string; en: string } } | { event: EventHead }; occasionDate: string }
  /** A reply or a rejection: right after what it answers. */
  | { how: 'after'; event: EventHead; eventDate: EventDate };

export interface DateConflict {
  date: EventDate;
  dateText: string;
  article: string;
}

export interface TimelineEvent extends EventHead {
  /** The best date any report gives, at its precision; `bound: 'by'` when only the report's date is known. */
  date: EventDate | null;
  /** The date words as written (`Ende 2015`, `am Montag`), or the report's date. */
  dateText: string;
  basis: DateBasis;
  /** The whole sentence the date stands on, verbatim: the evidence under the headline. */
  summary: string;
  evidence: Citation;
  /** One entry per report, from every article that reports the event. */
  citations: Citation[];
  /** Other reports that date it differently, so the reader sees where sources disagree. */
  conflicts: DateConflict[];
  /** For a reply or a rejection: the event it answers. */
  after: EventHead | null;
}

export interface TimelineWorld {
  published: ReadonlyMap<string, string | null>;
  dates: KnownDate[];
  orgs: OrgFinder;
  /** people.json ids by canonical name, to match a well-known date's person. */
  personIds: ReadonlyMap<string, string>;
}

interface Candidate {
  date: EventDate;
  basis: DateBasis;
  steps: number;
  words: string;
  report: EventReport;
}

interface Group {
  reports: EventReport[];
  /** The group a reply or a rejection answers. */
  answers: Group | null;
  chosen: Candidate | null;
  conflicts: Candidate[];
}

/** A lead reports recent news: what it reports happened at most this many days before the article. */
const NEWS_DAYS = 14;
const MAX_ACTORS = 3;
/** Kinds too common to join an event without a date of their own: people meet and post often. */
const LOOSE_KINDS = new Set<EventKind>(['talks', 'post', 'other']);
const DAY = 86_400_000;

const dayOf = (value: string) => Date.parse(`${value.slice(0, 10)}${value.length === 4 ? '-01-01' : value.length === 7 ? '-01' : ''}T00:00:00Z`);
const PRECISION = { year: 0, month: 2, range: 3, day: 4 } as const;
const precisionOf = (d: EventDate) => PRECISION[d.precision] + (d.part ? 1 : 0);

/** Whether two dates can name the same time: one contains the other (`2015` and `Ende 2015`, `2025-02` and `2025-02-10`). */
function compatible(a: EventDate, b: EventDate): boolean {
  const n = Math.min(a.value.length, b.value.length, 10);
  return a.value.slice(0, n) === b.value.slice(0, n);
}

function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.includes(x));
}

const fixedDate = (r: EventReport) => (r.mention?.date && !r.inherited ? r.mention.date : null);

/** Two reports are of one event: same kind, the same company (or one does not say), and a shared actor when both name the company differently. */
function sameThing(g: Group, r: EventReport): boolean {
  return g.reports.some((o) => {
    if (o.kind !== r.kind || r.kind === 'other') return false;
    if (o.object && r.object && o.object !== r.object) return false;
    if (o.object && r.object) return o.actors.length === 0 || r.actors.length === 0 || overlaps(o.actors, r.actors) || r.kind === 'founding';
    return overlaps(o.actors, r.actors);
  });
}

export function buildTimeline(reports: EventReport[], world: TimelineWorld): TimelineEvent[] {
  const groups: Group[] = [];
  // Only events of one kind can be one event: each report is compared with its kind's events alone.
  const byKind: ByKind = new Map();
  const groupOf = new Map<EventReport, Group>();
  const join = (g: Group, r: EventReport) => {
    g.reports.push(r);
    groupOf.set(r, g);
  };
  const open = (r: EventReport, answers: Group | null = null) => {
    const g: Group = { reports: [], answers, chosen: null, conflicts: [] };
    groups.push(g);
    const same = byKind.get(r.kind);
    if (same) same.push(g);
    else byKind.set(r.kind, [g]);
    join(g, r);
  };
  // A heading outside the lead only names what a later sentence answers.
  const usable = reports.filter((r) => !r.heading || r.lead);
  const answering = (r: EventReport) => r.kind === 'reply' || r.kind === 'rejection';
  // Dated reports first, so an undated one joins the event its date belongs to.
  const ordered = [...usable.filter((r) => fixedDate(r) && !answering(r)), ...usable.filter((r) => !fixedDate(r) && !answering(r))];
  for (const r of ordered) {
    const date = fixedDate(r);
    const candidates = ofKind(byKind, r.kind).filter((g) => sameThing(g, r));
    if (date) {
      const same = candidates.find((g) => g.reports.some((o) => fixedDate(o) && compatible(fixedDate(o)!, date) && fixedDate(o)!.precision === date.precision));
      if (same && r.kind !== 'other') join(same, r);
      else open(r);
    } else if (candidates.length === 1 && !LOOSE_KINDS.has(r.kind)) join(candidates[0]!, r);
    else if (candidates.length === 0 || LOOSE_KINDS.has(r.kind)) open(r);
    // Several events it could belong to (three lawsuits): it is left out rather than guessed.
  }
  // Replies and rejections belong to what they answer.
  for (const r of usable.filter(answering)) {
    const target = r.target ? (groupOf.get(r.target) ?? findUnique(byKind, r.target)) : null;
    if (!target) continue;
    const existing = ofKind(byKind, r.kind).find((g) => g.answers === target && g.reports.some((o) => overlaps(o.actors, r.actors)));
    if (existing) join(existing, r);
    else open(r, target);
  }

  // Dates depend on each other (a reply on its offer, an anchor on its occasion): settle them in passes.
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const g of groups) {
      const candidates = candidatesOf(g, byKind, world);
      const best = choose(candidates);
      if (best && (!g.chosen || best.date.value !== g.chosen.date.value || best.steps !== g.chosen.steps)) changed = true;
      g.chosen = best;
      g.conflicts = best ? conflictsWith(best, candidates) : [];
    }
    if (!changed) break;
  }
  // A title alone only supports what its article's sentences report; it is no entry of its own.
  const events = groups.filter((g) => g.chosen && g.reports.some((r) => !r.heading)).map((g) => toEvent(g));
  return events;
}

type ByKind = Map<EventKind, Group[]>;
const ofKind = (byKind: ByKind, kind: EventKind): Group[] => byKind.get(kind) ?? [];

function findUnique(byKind: ByKind, r: EventReport): Group | null {
  const found = ofKind(byKind, r.kind).filter((g) => sameThing(g, r));
  return found.length === 1 ? found[0]! : null;
}

function candidatesOf(g: Group, byKind: ByKind, world: TimelineWorld): Candidate[] {
  const out: Candidate[] = [];
  const reported: Candidate[] = [];
  for (const r of g.reports) {
    const published = world.published.get(r.article) ?? null;
    if (r.lead && published) {
      const value = published.slice(0, 10);
      const date: EventDate = { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', bound: 'by' };
      reported.push({ date, basis: { how: 'reported', article: r.article, published: value }, steps: 1, words: value, report: r });
    }
  }
  out.push(...reported);
  for (const r of g.reports) {
    const m = r.mention;
    const extra = r.inherited ? 1 : 0;
    if (m?.date) {
      const published = world.published.get(r.article) ?? '';
      const basis: DateBasis = m.relative ? { how: 'published', words: m.text, article: r.article, published: published.slice(0, 10) } : { how: 'explicit' };
      out.push({ date: m.date, basis, steps: (m.relative ? 1 : 0) + extra, words: m.text, report: r });
      continue;
    }
    if (m?.fromReference) {
      for (const ref of reported.filter((c) => c.date.precision === 'day' && c.report.article !== r.article)) {
        const date = m.fromReference(new Date(dayOf(ref.date.value)));
        const basis: DateBasis = { how: 'reference', words: m.text, article: r.article, reference: ref.date.value, referenceArticle: ref.report.article };
        out.push({ date, basis, steps: 2 + extra, words: m.text, report: r });
      }
    }
    if (m?.anchor) out.push(...anchored(r, g, byKind, world).map((c) => ({ ...c, steps: c.steps + extra })));
  }
  if (g.answers?.chosen) {
    const { chosen } = g.answers;
    const date: EventDate = { value: chosen.date.value, precision: chosen.date.precision };
    out.push({ date, basis: { how: 'after', event: headOf(g.answers), eventDate: chosen.date }, steps: chosen.steps + 1, words: '', report: g.reports[0]! });
  }
  return out;
}

/** Dates for `Vier Tage vor der Amtseinführung …`: from well-known dates in data, then from events of the corpus. */
function anchored(r: EventReport, g: Group, byKind: ByKind, world: TimelineWorld): Candidate[] {
  const anchor = r.mention!.anchor!;
  const words = r.mention!.text;
  const fold = (s: string) => s.toLowerCase().replace(/ss/g, 'ß');
  const ids = new Set(r.people.map((name) => world.personIds.get(name)));
  const known = world.dates.filter((d) => d.phrases.some((p) => fold(words).includes(fold(p))) && (d.person === null || ids.has(d.person)));
  if (known.length > 0) {
    // Of several occasions that fit (two inaugurations), the one nearest the article's own time.
    const published = world.published.get(r.article);
    const around = r.contextYear ?? (published ? Number(published.slice(0, 4)) : null);
    // With nothing to tell them apart, no guess.
    if (around === null && known.length > 1) return [];
    const best = [...known].sort((a, b) => Math.abs(Number(a.date.slice(0, 4)) - around!) - Math.abs(Number(b.date.slice(0, 4)) - around!))[0]!;
    const date = dateFromAnchor(best.date, anchor);
    return date ? [{ date, basis: { how: 'anchored', words, article: r.article, occasion: { label: best.label }, occasionDate: best.date }, steps: 1, words, report: r }] : [];
  }
  const kind = kindOf(anchor.occasion);
  const object = world.orgs.mentions(anchor.occasion)[0]?.org.name ?? null;
  if (kind === 'other' || !object) return [];
  const occasion = ofKind(byKind, kind).find((o) => o !== g && o.chosen && !o.chosen.date.bound && o.reports.some((x) => x.object === object));
  if (!occasion?.chosen || occasion.chosen.date.precision !== 'day') return [];
  const date = dateFromAnchor(occasion.chosen.date.value, anchor);
  if (!date) return [];
  const basis: DateBasis = { how: 'anchored', words, article: r.article, occasion: { event: headOf(occasion) }, occasionDate: occasion.chosen.date.value };
  return [{ date, basis, steps: occasion.chosen.steps + 1, words, report: r }];
}

/**
 * The date of the report that dates the event best: a real date before a report's date; one that
 * fits the news of a dated article before one that does not; fewer inferences; then more precise.
 */
function choose(candidates: Candidate[]): Candidate | null {
  const news = candidates.filter((c) => c.basis.how === 'reported' && c.date.precision === 'day').map((c) => dayOf(c.date.value));
  const stale = (c: Candidate) => news.some((n) => dayOf(c.date.value) > n || dayOf(c.date.value) < n - NEWS_DAYS * DAY);
  const score = (c: Candidate) => [c.date.bound ? 1 : 0, c.basis.how !== 'reported' && c.date.precision === 'day' && stale(c) ? 1 : 0, c.steps, -precisionOf(c.date)];
  const sorted = [...candidates].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let k = 0; k < sa.length; k++) if (sa[k] !== sb[k]) return sa[k]! - sb[k]!;
    // Equally good: the sentence that states the headline's amount, then the shorter one, which reads better under it.
    const amount = (c: Candidate) => (c.report.figure ? 0 : 1);
    return amount(a) - amount(b) || a.report.sentence.text.length - b.report.sentence.text.length || a.report.order - b.report.order;
  });
  return sorted[0] ?? null;
}

function conflictsWith(best: Candidate, candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    if (c.date.bound || c.basis.how === 'after' || compatible(c.date, best.date) || seen.has(c.date.value)) return false;
    seen.add(c.date.value);
    return true;
  });
}

/** The headline's parts, agreed across reports: every actor named, the company and amount most reports give. */
function headOf(g: Group): EventHead {
  const first = g.chosen?.report ?? g.reports[0]!;
  const reports = [first, ...g.reports.filter((r) => r !== first)];
  const actors = [...new Set(reports.flatMap((r) => r.actors))].slice(0, MAX_ACTORS);
  const mostCommon = <T>(values: T[]): T | null => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  const object = mostCommon(reports.map((r) => r.object).filter((o): o is string => o !== null));
  const value = mostCommon(reports.map((r) => r.figure?.value).filter((v): v is number => v !== undefined));
  const figure = reports.find((r) => r.figure?.value === value)?.figure ?? null;
  const kind: EventKind = first.kind;
  return { kind, actors, object, figure, answers: first.answers, people: [...new Set(g.reports.flatMap((r) => r.people))] };
}

function toEvent(g: Group): TimelineEvent {
  const chosen = g.chosen!;
  const head = headOf(g);
  const first = chosen.report;
  const citations = [first, ...g.reports.filter((r) => r !== first)].map((r) => r.citation);
  const unique = citations.filter((c, i) => citations.findIndex((o) => o.article === c.article && o.start === c.start) === i);
  return {
    ...head,
    date: chosen.date,
    dateText: chosen.words,
    basis: chosen.basis,
    summary: first.sentence.text,
    evidence: first.citation,
    citations: unique,
    conflicts: g.conflicts.map((c) => ({ date: c.date, dateText: c.words, article: c.report.article })),
    after: g.answers ? headOf(g.answers) : null,
  };
}
