import type { KnownDate } from '../corpus/schema.js';
import type { Citation } from '../corpus/types.js';
import { dateFromAnchor, precisionOfPublished, reckon, type DateMention, type EventDate } from '../extract/dates.js';
import { ELECTION_NAMES, eventKind, SAID_THING } from '../language/de/events.js';
import {
  answers,
  happensWithoutActor,
  kindOf,
  type EventHead,
  type EventKind,
  type EventReport,
} from '../extract/events.js';
import type { OrgFinder } from '../extract/orgs.js';
import { pushTo } from '../lib/collections.js';
import { AGAIN, LEANS_ON_BEFORE, PLANNED, TOLD_IN_THE_PAST } from '../language/de.js';
import { namesakesOf } from './surnames.js';
import { NAMES_WEEKDAY } from '../language/de/calendar.js';
import { fold } from '../language/de/fold.js';

/**
 * How an event's date was reached, so the reply can say it in one line. `steps` counts the
 * inferences: a date written out takes none, `am Montag` in an article of 11 February one.
 */
export type DateBasis =
  | { how: 'explicit' }
  /** Counted from the publication date of the report's own article. */
  | { how: 'published'; words: string; article: string; published: string }
  /** A month without its year in the year of the month the words before named (`Ende April` after `im März 2021`). */
  | { how: 'story'; words: string; after: string }
  /** The text gives no date; the article that reports it as its news is dated. */
  | { how: 'reported'; article: string; published: string }
  /** `am Montag` in an undated article, counted from the day another article reports the event. */
  | { how: 'reference'; words: string; article: string; reference: string; referenceArticle: string }
  /** `am Montag` in an undated article, of an event another report dates to a Monday. */
  | { how: 'weekday'; words: string; article: string; reference: string; referenceArticle: string }
  /**
   * `am 6. November` in an undated article: the year of another report of the same event (`referenceArticle` set),
   * else of the other dates its own article gives.
   */
  | { how: 'year'; words: string; article: string; reference: string; referenceArticle: string | null }
  /** `Vier Tage vor der Amtseinführung`: counted from an occasion that data or another event dates. */
  | {
      how: 'anchored';
      words: string;
      article: string;
      occasion: { label: { de: string; en: string } } | { event: EventHead };
      occasionDate: string;
      /** After the occasion (`nach`) or before it (`vor`): where a date coarser than its day stands beside it. */
      direction: 1 | -1;
    }
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
  /** Set while the timeline is built: the occasions anchored reports name, once read (see `occasionKey`). */
  occasions?: {
    byReport: Map<EventReport, string | null>;
    byText: Map<string, { kind: EventKind; object: string | null }>;
  };
  /** Set while dates settle: the dates each article's reports have been given so far (see `yearFromOthers`). */
  articleDates?: ReadonlyMap<string, { value: string; group: object }[]>;
  dates: KnownDate[];
  orgs: OrgFinder;
  /** people.json ids by canonical name, to match a well-known date's person. */
  personIds: ReadonlyMap<string, string>;
  /** Every person of the story, listed or found in its text, by canonical name (see `namesakesOf`). */
  everyone?: readonly string[];
}

interface Candidate {
  date: EventDate;
  basis: DateBasis;
  steps: number;
  words: string;
  report: EventReport;
  /** The report whose sentence tells the event, where a finer date comes from a plan or a sentence leaning on one. */
  told?: EventReport;
}

interface Group {
  /** Creation order, so candidates found through an index keep the order a scan would give. */
  seq: number;
  reports: EventReport[];
  /** `precision|value` of every report's own date: equal precision and a compatible date is an equal date. */
  fixed: Set<string>;
  /** `MM-DD` or `MM` of every report dated without a year (`am 16. Dezember` in an undated article). */
  yearless: Set<string>;
  /**
   * Per shape of report (`sameThing` reads only kind, object and actors): the answer so far and how many reports it
   * covers.
   */
  same: Map<string, { yes: boolean; upTo: number }>;
  /** The group a reply or a rejection answers. */
  answers: Group | null;
  chosen: Candidate | null;
  conflicts: Candidate[];
}

/** A lead reports recent news: what it reports happened at most this many days before the article. */
const NEWS_DAYS = 14;
const MAX_ACTORS = 3;
/** Kinds too common to join an event without a date of their own (people meet and post often), and `other`. */
const loose = (kind: EventKind) => kind === 'other' || eventKind(kind)?.loose === true;
const DAY = 86_400_000;
/** How long before its article an event told as news in it may be: two months. */
const OLD_NEWS = 61 * DAY;
/** How far ahead an undated report may tell of a planned event: half a year. */
const PLANNED_AHEAD = 183 * DAY;
/** How many distinct dates a yearless report is read against. */
const MAX_REFERENCES = 8;

const dayOf = (value: string) =>
  Date.parse(`${value.slice(0, 10)}${value.length === 4 ? '-01-01' : value.length === 7 ? '-01' : ''}T00:00:00Z`);
const PRECISION = { year: 0, month: 2, range: 3, day: 4 } as const;
const precisionOf = (d: EventDate) => PRECISION[d.precision] + (d.part ? 1 : 0);

/**
 * Whether two dates can name the same time: one contains the other (`2015` and `Ende 2015`, `2025-02` and
 * `2025-02-10`).
 */
function compatible(a: EventDate, b: EventDate): boolean {
  const n = Math.min(a.value.length, b.value.length, 10);
  return a.value.slice(0, n) === b.value.slice(0, n);
}

function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.includes(x));
}

const fixedDate = (r: EventReport) => (r.mention?.date && !r.inherited ? r.mention.date : null);

/**
 * Two reports are of one event: same kind, the same company (or one does not say), and a shared actor when both name
 * the company differently.
 */
function sameReport(o: EventReport, r: EventReport): boolean {
  if (familyOf(o.kind) !== familyOf(r.kind) || r.kind === 'other') return false;
  // Told as two kinds (`billigte den Deal mit der Seebank`, `kündigte das Projekt an`), the object each names may
  // differ: the one who did it is the same.
  if (o.kind !== r.kind) return overlaps(o.actors, r.actors);
  // `Seebank einigt sich mit Nordwerk` and `Nordwerk einigt sich mit Seebank`: the same two sides of one deed.
  if (eventKind(r.kind)?.mutual && o.object && r.object && sides(o) === sides(r)) return true;
  // `Die GDL hatte vereinbart` beside `Bahn und GDL einigten sich`: one side alone is a side of the deed both did.
  if (eventKind(r.kind)?.mutual && (!o.object || !r.object) && overlaps(sideList(o), sideList(r))) return true;
  if (o.object && r.object && o.object !== r.object) return false;
  // A vote or a strike needs no shared actor: its date decides (see `place`).
  if (happensWithoutActor(r.kind) && (o.actors.length === 0 || r.actors.length === 0)) return true;
  if (o.object && r.object)
    return (
      o.actors.length === 0 ||
      r.actors.length === 0 ||
      overlaps(o.actors, r.actors) ||
      eventKind(r.kind)?.actor === 'made'
    );
  // `Bis 2030 sollen 900 Stellen wegfallen` beside `Seebank will bis 2030 900 Stellen streichen`: told without its
  // doer, a deed of the same amount is the same deed; it joins no one else to it.
  if (r.actors.length === 0) return sameAmount(o, r);
  return overlaps(o.actors, r.actors);
}
const sameAmount = (o: EventReport, r: EventReport) =>
  o.figure !== null && r.figure !== null && o.figure.value === r.figure.value;

/**
 * Whether `r` is of group `g`'s event. Remembered per shape of report and extended only by the
 * reports added since: a group a thousand articles report is not re-read for every new report.
 */
function sameThing(g: Group, r: EventReport, shape = shapeOf(r)): boolean {
  const known = g.same.get(shape) ?? { yes: false, upTo: 0 };
  for (; !known.yes && known.upTo < g.reports.length; known.upTo++) known.yes = sameReport(g.reports[known.upTo]!, r);
  g.same.set(shape, known);
  return known.yes;
}

/** The kind a report finds its event by: its own, or the one its kind tells the same events as (`sameEventAs`). */
const familyOf = (kind: EventKind): string => (kind === 'other' ? kind : (eventKind(kind)?.sameEventAs ?? kind));

/** What `sameReport` reads of a report: its kind, object and actors. */
const shapeOf = (r: EventReport) => `${r.kind}|${r.object ?? ''}|${r.actors.join('|')}`;

/** The sides of a deed done alike that a report names. */
const sideList = (r: EventReport) => (r.object ? [...r.actors, r.object] : r.actors);
/** Both sides of a deed done alike, in one order. */
const sides = (r: EventReport) => [...r.actors, r.object ?? ''].sort().join('|');

/** The key under which a report finds the events of its kind's family done to the same company. */
const objectKey = (r: EventReport) => `${familyOf(r.kind)}|o|${r.object}`;

/** The keys under which a report can find its event: a shared actor, or the same company (see `sameReport`). */
const keysOf = (r: EventReport) => [
  ...r.actors.map((a) => `${familyOf(r.kind)}|a|${a}`),
  ...(r.object ? [objectKey(r)] : []),
  // A deed both sides do alike is found by either side, acting or not.
  ...(eventKind(r.kind)?.mutual ? sideList(r).map((x) => `${r.kind}|s|${x}`) : []),
  ...(happensWithoutActor(r.kind) && r.actors.length === 0 ? [`${r.kind}|*`] : []),
  ...(byBodies(r) ? [`${r.kind}|*a`] : []),
];
/** A report of what happens without an actor, told with bodies as its doers (`Die Gewerkschaft streikte`). */
const byBodies = (r: EventReport) =>
  happensWithoutActor(r.kind) && r.actors.length > 0 && r.actors.every((a) => !r.people.includes(a));
/**
 * Where a report of what happens without an actor finds the events it may be of told with or without one (see
 * `sameReport`): `Am Montag wurde gestreikt` and `Die Gewerkschaft streikte am Montag` are one strike. Not a person's
 * (`Huber protestierte in seiner Rede`): of the protests of a day, that may be another.
 */
const withOrWithoutActorKeys = (r: EventReport) =>
  !happensWithoutActor(r.kind) ? [] : r.actors.length === 0 ? [`${r.kind}|*a`] : byBodies(r) ? [`${r.kind}|*`] : [];

/**
 * A report that names who did it finds an event only through that company (not through an actor, nor as a deed both
 * sides do alike) only when one of the event's reports is of its very kind and either names no actor, of the company
 * or of none (`sameReport`: without actors a deed of the same company is the same, and one that happens without an
 * actor, any), or is of a kind whose company is what was made. Filed under these keys, so the others are not read.
 */
const byObjectAlone = (r: EventReport) => [
  ...(r.actors.length === 0 && r.kind !== 'other' ? [`${r.kind}|bare|${r.object ?? ''}`] : []),
  ...(r.object && eventKind(r.kind)?.actor === 'made' ? [`${r.kind}|made|${r.object}`] : []),
];
/** Where `r`, naming who did it and the company, looks for such events (see `byObjectAlone`). */
const objectAloneKeys = (r: EventReport) => [
  `${r.kind}|bare|${r.object}`,
  `${r.kind}|bare|`,
  ...(eventKind(r.kind)?.actor === 'made' ? [`${r.kind}|made|${r.object}`] : []),
];

/** Under which a deed told without its doer finds the one of its amount (see `sameReport`), and only such a deed. */
const amountKey = (r: EventReport) => (r.figure ? [`${familyOf(r.kind)}|f|${r.figure.value}`] : []);
/** `MM-DD` (or `MM`) of a report dated without a year. */
const yearlessKey = (r: EventReport) => {
  const y = r.mention?.yearless;
  return y ? `${String(y.month).padStart(2, '0')}${y.day === null ? '' : `-${String(y.day).padStart(2, '0')}`}` : null;
};
/** The `MM-DD` (or `MM`) a date gives, to meet a report dated without a year. */
const monthDay = (d: EventDate) => d.value.slice(5, d.precision === 'day' ? 10 : 7);
const dateKey = (d: EventDate) => `${d.precision}|${d.value}`;

export function buildTimeline(reports: EventReport[], given: TimelineWorld): TimelineEvent[] {
  const world: TimelineWorld = { ...given, occasions: { byReport: new Map(), byText: new Map() } };
  const groups = new Groups();
  // A heading outside the lead only names what a later sentence answers.
  const usable = reports.filter((r) => !r.heading || r.lead);
  const answering = (r: EventReport) => answers(r.kind);
  // Dated reports first, so an undated one joins the event its date belongs to.
  // A weekday dated by its article's month waits for the days it could be (see `weekdayOfMonth`).
  // A year of what befalls its subject once waits for the days that year could be (see `place`).
  const onceInYear = (r: EventReport) => eventKind(r.kind)?.once === true && fixedDate(r)?.precision === 'year';
  const ordered = [
    ...usable.filter((r) => fixedDate(r) && !answering(r) && !weekdayOfMonth(r) && !onceInYear(r)),
    ...usable.filter((r) => fixedDate(r) && !answering(r) && onceInYear(r)),
    ...usable.filter((r) => fixedDate(r) && !answering(r) && weekdayOfMonth(r)),
    ...usable.filter((r) => !fixedDate(r) && !answering(r)),
  ];
  for (const r of ordered) place(groups, r, world.published);
  // Replies and rejections belong to what they answer.
  // A rejection whose article reports nothing it could answer is news of its own (`Der Rat lehnte den Antrag ab`).
  const kindsIn = kindsByArticle(reports);
  for (const r of usable.filter(answering)) {
    if (!placeAnswer(groups, r) && standsAlone(r, kindsIn.get(r.article)!)) place(groups, r, world.published);
  }
  settleDates(groups, world);
  // `am Montag` in an undated article, left out among several events: the one whose settled day is a Monday.
  const byWeekday = usable.filter((r) => !groups.of.has(r) && !answering(r) && placeByWeekday(groups, r));
  if (byWeekday.length > 0) settleDates(groups, world);
  // A title alone only supports what its article's sentences report; it is no entry of its own.
  const namesakes = namesakesOf(world.everyone ?? [...world.personIds.keys()]);
  const events = groups.all
    .filter((g) => g.chosen && g.reports.some((r) => !r.heading))
    .map((g) => toEvent(g, namesakes));
  return oneEntryPerSentence(detailJoined(events)).flatMap((e) => asPlanned(e, world));
}

/**
 * An entry of no kind on the very day of a named event its every article reports too (`Auf Platz zwei landete am
 * Sonntag …` beside that Sunday's election, `Am Samstag trat Huber vor die Presse` beside his resignation reported
 * that day) tells a detail of that event: its sentences join it as citations, no entry of their own.
 */
function detailJoined(events: TimelineEvent[]): TimelineEvent[] {
  const named = new Map<string, TimelineEvent[]>();
  const dayOfEvent = (e: TimelineEvent) => (e.date?.precision === 'day' ? e.date.value : null);
  for (const e of events) {
    const day = dayOfEvent(e);
    if (e.kind !== 'other' && day)
      for (const a of new Set(e.citations.map((c) => c.article))) pushTo(named, `${a}|${day}`, e);
  }
  const joined = new Map<TimelineEvent, Citation[]>();
  const left = events.filter((e) => {
    const day = dayOfEvent(e);
    if (e.kind !== 'other' || !day || e.date!.bound) return true;
    const articles = [...new Set(e.citations.map((c) => c.article))];
    const hosts = articles.map((a) => named.get(`${a}|${day}`) ?? []);
    const host = hosts[0]?.find((h) => hosts.every((list) => list.includes(h)));
    if (!host) return true;
    joined.set(host, [...(joined.get(host) ?? []), ...e.citations]);
    return false;
  });
  return left.map((e) => (joined.has(e) ? { ...e, citations: [...e.citations, ...joined.get(e)!] } : e));
}

const sentenceKey = (c: Citation) => `${c.article}|${c.sentence}`;

/**
 * A sentence stands under one entry where no article is lost by it. `Huber, der 2015 die Seebank gründete, bietet
 * nun 2 Milliarden für die Nordbank` reports two events: the sentence leaves an entry that its article supports
 * through a sentence of its own, never the entry it is the evidence of. Where two entries have no other sentence from
 * that article, it stays under both: an event an article reports is not hidden.
 */
function oneEntryPerSentence(events: TimelineEvent[]): TimelineEvent[] {
  const holders = new Map<string, number>();
  for (const e of events)
    for (const k of new Set(e.citations.map(sentenceKey))) holders.set(k, (holders.get(k) ?? 0) + 1);
  return events.map((e) => {
    const own = sentenceKey(e.evidence);
    const citations = e.citations.filter((c) => {
      const k = sentenceKey(c);
      if (k === own || holders.get(k)! < 2) return true;
      // Its article still speaks for this entry through another sentence: the sentence goes to the other entry.
      if (!e.citations.some((o) => o.article === c.article && sentenceKey(o) !== k)) return true;
      holders.set(k, holders.get(k)! - 1);
      return false;
    });
    return citations.length === e.citations.length ? e : { ...e, citations };
  });
}

/**
 * An event dated after every article that reports it was planned or expected then (`soll im März stattfinden`): it
 * is marked so. A report of no named kind dated so is a target or a state (`bis 2030 sollen … wegfallen`, `bis 2026
 * sind keine Streiks möglich`), no event: it is left out.
 */
function asPlanned(e: TimelineEvent, world: TimelineWorld): TimelineEvent[] {
  if (!e.date || e.date.bound) return [e];
  const published = [...new Set(e.citations.map((c) => c.article))].map((id) => world.published.get(id) ?? null);
  if (published.some((p) => p === null)) return [e];
  const start = dayOf(e.date.value);
  if (!published.every((p) => start >= afterPublished(p!))) return [e];
  return e.kind === 'other' ? [] : [{ ...e, date: { ...e.date, planned: true } }];
}
/** The first moment after the day, month or year a publication date stands for. */
function afterPublished(value: string): number {
  const first = new Date(dayOf(value));
  const [y, m] = [first.getUTCFullYear(), first.getUTCMonth()];
  const precision = precisionOfPublished(value);
  return precision === 'day'
    ? first.getTime() + DAY
    : precision === 'month'
      ? Date.UTC(y, m + 1, 1)
      : Date.UTC(y + 1, 0, 1);
}

/** The events found so far, indexed by what a report can share with one (see `keysOf`) and by what they answer. */
class Groups {
  readonly all: Group[] = [];
  /** Only events of one kind that share an actor or the company can be one event: found through this index. */
  readonly byKey: ByKey = new Map();
  /** Replies and rejections by what they answer. */
  readonly answersTo = new Map<Group, Group[]>();
  readonly of = new Map<EventReport, Group>();
  /** Reports of no named kind, by article, actors and date: an article that says one thing twice says it once. */
  readonly others = new Map<string, Group>();
  /** Reports of no named kind by actors and date, across articles: where another outlet's copy is looked for. */
  readonly copied = new Map<string, Group[]>();

  /**
   * The event another article reports in the same words (an agency's report printed by several outlets): with the
   * same actors and date, and a sentence that copies its first (see `copies`).
   */
  copyOf(r: EventReport): Group | undefined {
    return this.copied
      .get(copyKey(r))
      ?.find(
        (g) => g.reports.every((o) => o.article !== r.article) && copies(g.reports[0]!.sentence.text, r.sentence.text),
      );
  }

  join(g: Group, r: EventReport): void {
    g.reports.push(r);
    this.of.set(r, g);
    const date = fixedDate(r);
    if (date) g.fixed.add(dateKey(date));
    const noYear = yearlessKey(r);
    if (noYear) g.yearless.add(noYear);
    if (r.kind === 'other') {
      this.others.set(otherKey(r), g);
      if (g.reports.length === 1) pushTo(this.copied, copyKey(r), g);
    }
    for (const key of [...keysOf(r), ...amountKey(r), ...byObjectAlone(r)]) {
      const set = this.byKey.get(key);
      if (set) set.add(g);
      else this.byKey.set(key, new Set([g]));
    }
  }

  open(r: EventReport, answers: Group | null = null): void {
    const g: Group = {
      seq: this.all.length,
      reports: [],
      fixed: new Set(),
      yearless: new Set(),
      same: new Map(),
      answers,
      chosen: null,
      conflicts: [],
    };
    this.all.push(g);
    if (answers) pushTo(this.answersTo, answers, g);
    this.join(g, r);
  }

  /** The events `r` could be a report of, in the order they were found. */
  candidatesFor(r: EventReport): Group[] {
    if (r.kind === 'other') return [];
    const found = new Set<Group>();
    const keys = r.actors.length === 0 ? [...keysOf(r), ...amountKey(r)] : keysOf(r);
    const object = r.actors.length > 0 && r.object ? objectKey(r) : null;
    for (const key of keys) if (key !== object) for (const g of this.byKey.get(key) ?? []) found.add(g);
    // Told with and without who did it, two reports are one event only where a date ties them: two undated sentences
    // of one article (`Vor dem Rathaus demonstrierten Bürger`, `Huber protestierte in seiner Rede`) may tell two.
    const dated = fixedDate(r) !== null;
    for (const key of withOrWithoutActorKeys(r))
      for (const g of this.byKey.get(key) ?? []) if (dated || g.fixed.size > 0) found.add(g);
    if (object) {
      // Of the events found by the company alone, only those a report of the same deed could be without a shared
      // actor (see `byObjectAlone`): at 5,000 articles a company's bucket holds hundreds of other people's deeds.
      const sharing = this.byKey.get(object);
      for (const key of objectAloneKeys(r))
        for (const g of this.byKey.get(key) ?? []) if (sharing?.has(g)) found.add(g);
    }
    const shape = shapeOf(r);
    return [...found].sort((a, b) => a.seq - b.seq).filter((g) => sameThing(g, r, shape));
  }
}

/** A report joins the event it is of: by its date when it has one, else the only one it fits. */
function place(groups: Groups, r: EventReport, published: ReadonlyMap<string, string | null>): void {
  const date = fixedDate(r);
  const noYear = yearlessKey(r);
  if (r.kind === 'other') {
    const again = date || noYear ? (groups.others.get(otherKey(r)) ?? groups.copyOf(r)) : undefined;
    if (again) groups.join(again, r);
    else groups.open(r);
    return;
  }
  // A report without a date of its own is of no event dated long after its article, nor, told as news, long before.
  const since = date === null ? newsSince(r, published) : null;
  const candidates = groups
    .candidatesFor(r)
    .filter(
      (g) => date !== null || (!laterThan(g, r, published) && (since === null || latestOf(g, published) >= since)),
    );
  if (date && weekdayOfMonth(r)) {
    // `am Mittwoch` in an article dated by its month is one day only of an event on that weekday, and only of one;
    // an event no report gives a day yet it joins as any report of that month would.
    const fit = unique(candidates.filter((g) => (hasDay(g) ? onWeekday(g, r.mention!) : within(g, date))));
    if (fit) groups.join(fit, r);
    else groups.open(r);
  } else if (date) {
    // `am Mittwochabend` in an article of November and `am 6. November` can be one day; a year is not narrowed so.
    // What befalls its subject once (a death, a disappearance) is one event in `2019` and `am 3. Mai 2019`, when only
    // one of its kind and actors falls in that year; a year of lawsuits may sum up several.
    const same =
      candidates.find((g) => g.fixed.has(dateKey(date))) ??
      unique(candidates.filter((g) => within(g, date))) ??
      (eventKind(r.kind)?.once ? unique(candidates.filter((g) => inYear(g, date))) : undefined);
    if (same) groups.join(same, r);
    else groups.open(r);
  } else if (noYear) {
    // `am 11. September` in an undated article joins the one event of its kind and object that has no day yet.
    const undated = candidates.filter((g) => g.fixed.size === 0 && g.yearless.size === 0);
    const fit =
      unique(candidates.filter((g) => meetsYearless(g, noYear))) ??
      (candidates.length === 1 && !loose(r.kind) ? unique(undated) : undefined);
    if (fit) groups.join(fit, r);
    else groups.open(r);
  } else {
    // A date carried from the sentence before (`Am Montag ist es so weit. Die Sitzung beginnt …`) tells apart
    // events it could belong to.
    const hint = r.mention?.date;
    const fitting = candidates.length > 1 && hint ? candidates.filter((g) => allows(g, hint)) : candidates;
    // One event it could belong to, dated to another day than the one carried: another time the same deed was done
    // (`Am Montag (9. Mai) … . Die Gewerkschaft ruft für diesen Tag erneut zu Streiks auf`, a week after the first).
    const other =
      hint &&
      AGAIN.test(r.sentence.text) &&
      candidates.length === 1 &&
      candidates[0]!.fixed.size > 0 &&
      !allows(candidates[0]!, hint);
    if (other) groups.open(r);
    else if (fitting.length === 1 && !loose(r.kind)) groups.join(fitting[0]!, r);
    else if (candidates.length === 0 || loose(r.kind)) groups.open(r);
    // Several events it could belong to (three lawsuits): it is left out rather than guessed.
  }
}

/**
 * Whether every date the group has lies more than half a year after the article of `r`: told without a date, news is
 * of what has happened or is coming in the months ahead (`Die Wahl soll … stattfinden`), not of what comes years
 * later, so `r` is of another event.
 */
function laterThan(g: Group, r: EventReport, published: ReadonlyMap<string, string | null>): boolean {
  const own = published.get(r.article);
  if (!own || g.fixed.size === 0) return false;
  const limit = afterPublished(own) + PLANNED_AHEAD;
  return [...g.fixed].every((key) => dayOf(parseKey(key).value) > limit);
}

/**
 * For a report that tells its deed as news, not in the past, the earliest an event it joins may have a report dated
 * (by its own date, else by its article): `OLD_NEWS` before its article. `Seebank will 900 weitere Stellen streichen`
 * in an article of September is not the cuts an article of the year before reported; `hatte … gestrichen` may be.
 */
function newsSince(r: EventReport, published: ReadonlyMap<string, string | null>): number | null {
  const own = published.get(r.article);
  return !own || TOLD_IN_THE_PAST.test(r.sentence.text) ? null : dayOf(own) - OLD_NEWS;
}

/**
 * The end of the latest date a group's reports give (their own, else their article's); infinite when one has none.
 * Kept per group and extended by the reports added since, as `sameThing` is.
 */
function latestOf(g: Group, published: ReadonlyMap<string, string | null>): number {
  const kept = latest.get(g) ?? { upTo: 0, value: -Infinity };
  for (; kept.upTo < g.reports.length; kept.upTo++) {
    const o = g.reports[kept.upTo]!;
    const value = fixedDate(o)?.value ?? published.get(o.article);
    kept.value = Math.max(kept.value, value ? afterPublished(value) : Infinity);
  }
  latest.set(g, kept);
  return kept.value;
}
const latest = new WeakMap<Group, { upTo: number; value: number }>();

/** `am Mittwoch` in an article dated by its month: a weekday that names a day only beside a day of that weekday. */
function weekdayOfMonth(r: EventReport): boolean {
  const m = r.mention;
  return Boolean(m?.fromReference && m.relative && m.date?.precision === 'month' && NAMES_WEEKDAY.test(m.text));
}

/** Whether any report of the group gives a day of its own. */
const hasDay = (g: Group) => [...g.fixed].some((key) => parseKey(key).precision === 'day');

/** Whether the group has a settled day (its own reports' days) that the weekday names. */
function onWeekday(g: Group, m: DateMention): boolean {
  return [...g.fixed].some((key) => {
    const d = parseKey(key);
    return d.precision === 'day' && reckon(m.fromReference!, new Date(dayOf(d.value))).value === d.value;
  });
}

/** Every date the group has, with or without its year, can be `hint`; and it has one. */
function allows(g: Group, hint: EventDate): boolean {
  const md = hint.precision === 'year' ? null : monthDay(hint);
  const fits = (x: string) => md !== null && (x.startsWith(md) || md.startsWith(x));
  return (
    g.fixed.size + g.yearless.size > 0 &&
    [...g.fixed].map(parseKey).every((d) => compatible(d, hint)) &&
    [...g.yearless].every(fits)
  );
}

/** The key under which an article's report of no named kind finds the same report said again. */
const otherKey = (r: EventReport) =>
  `${r.article}|${r.actors.join('|')}|${fixedDate(r)?.value ?? yearlessKey(r) ?? r.order}`;

/** The key under which a report of no named kind finds another outlet's copy of it: its actors and date. */
const copyKey = (r: EventReport) => `${r.actors.join('|')}|${fixedDate(r)?.value ?? yearlessKey(r)}`;

/** Fewer words than this say too little to be told for a copy. */
const COPY_MIN_WORDS = 6;
/** The share of the shorter sentence's words the longer must hold to be its copy. */
const COPY_SHARE = 0.9;
const wordSet = (text: string) => new Set([...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => fold(m[0])));
/**
 * Whether two sentences are one agency report as two outlets print it: nearly every word of the shorter in the longer
 * (`Rückblick: Huber begann …` and `Huber begann …`).
 */
function copies(a: string, b: string): boolean {
  const [x, y] = [wordSet(a), wordSet(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < COPY_MIN_WORDS) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared >= COPY_SHARE * small.size;
}

const parseKey = (key: string): EventDate => {
  const [precision, value] = key.split('|') as [EventDate['precision'], string];
  return { value, precision };
};

/** Every date the group has is a month or a day that `date` can be, and none a bare year. */
function within(g: Group, date: EventDate): boolean {
  if (date.precision === 'year' || g.fixed.size === 0) return false;
  const all = [...g.fixed].map(parseKey);
  return (
    all.every((d) => d.precision !== 'year' && compatible(d, date)) &&
    [...g.yearless].every((md) => monthDay(date).startsWith(md) || md.startsWith(monthDay(date)))
  );
}

/** `date` is a bare year, and every date the group has falls in it: `2019` and `am 3. Mai 2019`. */
function inYear(g: Group, date: EventDate): boolean {
  const all = [...g.fixed].map(parseKey);
  return date.precision === 'year' && all.length > 0 && g.yearless.size === 0 && all.every((d) => compatible(d, date));
}

/** A yearless `MM-DD` fits a group whose dates all allow it, at least one of them saying so. */
function meetsYearless(g: Group, md: string): boolean {
  const dates = [...g.fixed].map(parseKey).filter((d) => d.precision !== 'year');
  const fits = (x: string) => x.startsWith(md) || md.startsWith(x);
  return dates.length + g.yearless.size > 0 && dates.every((d) => fits(monthDay(d))) && [...g.yearless].every(fits);
}

/** Joins `r` to the one event it could be of whose settled day its weekday names; false when none or several. */
function placeByWeekday(groups: Groups, r: EventReport): boolean {
  const m = r.mention;
  if (!m?.fromReference || m.date || m.yearless || m.anchor) return false;
  const on = (g: Group) => {
    const d = g.chosen?.date;
    return d?.precision === 'day' && !d.bound && reckon(m.fromReference!, new Date(dayOf(d.value))).value === d.value;
  };
  const fit = unique(groups.candidatesFor(r).filter(on));
  if (fit) groups.join(fit, r);
  return fit !== null;
}

/** Joins a reply or a rejection to what it answers; false when there is nothing it answers. */
function placeAnswer(groups: Groups, r: EventReport): boolean {
  const target = r.target ? (groups.of.get(r.target) ?? unique(groups.candidatesFor(r.target))) : null;
  if (!target) return false;
  const existing = (groups.answersTo.get(target) ?? []).find(
    (g) => g.reports[0]!.kind === r.kind && g.reports.some((o) => overlaps(o.actors, r.actors)),
  );
  if (existing) groups.join(existing, r);
  else groups.open(r, target);
  return true;
}

/**
 * An answer to no report stands alone where its kind answers only some kinds, its article reports none of them, and
 * it names what it answers, a deed or a plan, not words (`wies die Vorwürfe zurück` is a denial; see `SAID_THING`).
 */
function standsAlone(r: EventReport, kindsInArticle: ReadonlySet<EventKind>): boolean {
  const wanted = eventKind(r.kind)?.answers;
  if (!Array.isArray(wanted) || r.actors.length === 0 || !r.thing || SAID_THING.test(r.thing)) return false;
  return !wanted.some((kind) => kindsInArticle.has(kind));
}

/** The kinds each article reports. */
function kindsByArticle(reports: EventReport[]): Map<string, Set<EventKind>> {
  const out = new Map<string, Set<EventKind>>();
  for (const r of reports) {
    let kinds = out.get(r.article);
    if (!kinds) out.set(r.article, (kinds = new Set()));
    kinds.add(r.kind);
  }
  return out;
}

/** Dates depend on each other (a reply on its offer, an anchor on its occasion): settled in passes. */
function settleDates(groups: Groups, world: TimelineWorld): void {
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    const seen = { ...world, articleDates: datesByArticle(groups) };
    for (const g of groups.all) {
      const candidates = candidatesOf(g, groups.byKey, seen);
      const best = choose(candidates, world.published);
      if (best && (!g.chosen || best.date.value !== g.chosen.date.value || best.steps !== g.chosen.steps)) {
        changed = true;
      }
      g.chosen = best;
      g.conflicts = best ? conflictsWith(best, candidates) : [];
    }
    if (!changed) break;
  }
}

type ByKey = Map<string, Set<Group>>;

/** The dates settled so far (a month or a day, not a bound), under each article that reports them. */
function datesByArticle(groups: Groups): Map<string, { value: string; group: object }[]> {
  const out = new Map<string, { value: string; group: object }[]>();
  for (const g of groups.all) {
    const d = g.chosen?.date;
    if (!d || d.bound || d.precision === 'year') continue;
    const articles = new Set(g.reports.map((r) => r.article));
    for (const article of articles) pushTo(out, article, { value: d.value, group: g });
  }
  return out;
}

const unique = (groups: Group[]): Group | null => (groups.length === 1 ? groups[0]! : null);

/** Every date the group's reports allow, each with how it was reached (see `DateBasis`). */
function candidatesOf(g: Group, byKey: ByKey, world: TimelineWorld): Candidate[] {
  const reported = reportedDates(g, world);
  const out: Candidate[] = [...reported];
  for (const r of g.reports) out.push(...ownDates(r, g, reported, byKey, world));
  if (g.answers?.chosen) {
    const { chosen } = g.answers;
    const date: EventDate = { value: chosen.date.value, precision: chosen.date.precision };
    out.push({
      date,
      basis: { how: 'after', event: headOf(g.answers), eventDate: chosen.date },
      steps: chosen.steps + 1,
      words: '',
      report: g.reports[0]!,
    });
  }
  return out;
}

/**
 * A lead's news happened by its article's date: a bound, the last resort. Not a lead that dates what it reports
 * itself (`Die Passagiere starben am 3. Mai` two months on): its article tells it as past, not as its news.
 */
function reportedDates(g: Group, world: TimelineWorld): Candidate[] {
  const reported: Candidate[] = [];
  for (const r of g.reports) {
    const published = world.published.get(r.article) ?? null;
    if (!r.lead || !published || r.mention?.date || r.mention?.yearless) continue;
    // `Erst vor wenigen Wochen …`, `einen Monat vor der Wahl`: a sentence of no kind is news only by the date its words
    // give; where they give none, its article's date does not make it one.
    if (r.kind === 'other' && r.mention) continue;
    const value = published.slice(0, 10);
    const date: EventDate = { value, precision: precisionOfPublished(value), bound: 'by' };
    reported.push({
      date,
      basis: { how: 'reported', article: r.article, published: value },
      steps: 1,
      words: value,
      report: r,
    });
  }
  return reported;
}

/** The dates one report's own words give: written out, relative to its article, to another's, or anchored. */
function ownDates(r: EventReport, g: Group, reported: Candidate[], byKey: ByKey, world: TimelineWorld): Candidate[] {
  const m = r.mention;
  const extra = r.inherited ? 1 : 0;
  if (m?.date) {
    const published = world.published.get(r.article) ?? '';
    const basis: DateBasis = m.storyFrom
      ? { how: 'story', words: m.text, after: m.storyFrom }
      : m.relative
        ? { how: 'published', words: m.text, article: r.article, published: published.slice(0, 10) }
        : { how: 'explicit' };
    return [{ date: m.date, basis, steps: (m.relative ? 1 : 0) + extra, words: m.text, report: r }];
  }
  const out: Candidate[] = [];
  if (m?.yearless) out.push(...yearFromOthers(r, g, world).map((c) => ({ ...c, steps: c.steps + extra })));
  else if (m?.fromReference) {
    // `am Montag` in an undated article, of an event another report dates to a Monday: that Monday.
    const settled = g.chosen && g.chosen.report.article !== r.article ? g.chosen : null;
    if (settled && settled.date.precision === 'day' && !settled.date.bound) {
      const date = reckon(m.fromReference!, new Date(dayOf(settled.date.value)));
      if (date.value === settled.date.value) {
        const basis: DateBasis = {
          how: 'weekday',
          words: m.text,
          article: r.article,
          reference: settled.date.value,
          referenceArticle: settled.report.article,
        };
        out.push({ date, basis, steps: settled.steps + extra, words: m.text, report: r });
      }
    }
    for (const ref of reported.filter((c) => c.date.precision === 'day' && c.report.article !== r.article)) {
      const date = reckon(m.fromReference!, new Date(dayOf(ref.date.value)));
      const basis: DateBasis = {
        how: 'reference',
        words: m.text,
        article: r.article,
        reference: ref.date.value,
        referenceArticle: ref.report.article,
      };
      out.push({ date, basis, steps: 2 + extra, words: m.text, report: r });
    }
  }
  if (m?.anchor) out.push(...anchored(r, g, byKey, world).map((c) => ({ ...c, steps: c.steps + extra })));
  return out;
}

/**
 * `am 6. November` in an undated article: the nearest such day to a date another article's report of the same event
 * gives (`am Mittwochabend` in an article of November 2024); failing that, to the dates its own article's other
 * reports were given. A bare year is too coarse to choose by.
 */
function yearFromOthers(r: EventReport, g: Group, world: TimelineWorld): Candidate[] {
  const m = r.mention!;
  const fromGroup: { value: string; article: string }[] = [];
  const values = new Set<string>();
  // Distinct dates only, and a few: a thousand reports of one event give the same year as three.
  for (const o of g.reports) {
    // A report with no date of its own is dated by its article, when that is a day: it reports the event as news.
    const published = world.published.get(o.article) ?? null;
    const asNews =
      published && precisionOfPublished(published) === 'day'
        ? { value: published.slice(0, 10), precision: 'day' }
        : null;
    // Its own article's report with a year (`im Mai 2024 Insolvenz angemeldet`) gives the year too, not its date.
    const d = o.article !== r.article ? (o.mention?.date ?? asNews) : o !== r ? (o.mention?.date ?? null) : null;
    if (!d || d.precision === 'year' || values.has(d.value)) continue;
    values.add(d.value);
    fromGroup.push({ value: d.value, article: o.article });
    if (fromGroup.length >= MAX_REFERENCES) break;
  }
  const fromArticle = (world.articleDates?.get(r.article) ?? []).filter((d) => d.group !== g).slice(0, MAX_REFERENCES);
  const refs =
    fromGroup.length > 0 ? fromGroup : fromArticle.map((d) => ({ value: d.value, article: null as string | null }));
  const steps = fromGroup.length > 0 ? 2 : 3;
  return refs.map((ref) => ({
    date: reckon(m.fromReference!, new Date(dayOf(ref.value))),
    basis: { how: 'year', words: m.text, article: r.article, reference: ref.value, referenceArticle: ref.article },
    steps,
    words: m.text,
    report: r,
  }));
}

/** Whether a person's name, or a word of it (`Huber` of `Max Huber`), stands in a text as a whole word. */
const namedIn = (text: string, name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{L}{3,}$/u.test(w))
    .some((w) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').test(text));

/**
 * Under which key the events the occasion of `r` names are found (`vor der Übernahme der Seebank`): its kind, and the
 * company it names or, failing that, a person the report names. The same in every pass of `settleDates`: read once.
 */
function occasionKey(r: EventReport, world: TimelineWorld): string | null {
  const known = world.occasions?.byReport.get(r);
  if (known !== undefined) return known;
  const { occasion } = r.mention!.anchor!;
  // Many reports name one occasion alike (`nach der Wahl`): its kind and company are read once.
  let named = world.occasions?.byText.get(occasion);
  if (!named) {
    named = { kind: kindOf(occasion), object: world.orgs.mentions(occasion)[0]?.org.name ?? null };
    world.occasions?.byText.set(occasion, named);
  }
  const { kind, object } = named;
  // `nach dem Freispruch von Huber`: an occasion named by a person the report names is that person's, as its actor.
  const actor = object ? null : (r.people.find((name) => namedIn(occasion, name)) ?? null);
  const key = kind === 'other' ? null : object ? `${kind}|o|${object}` : actor ? `${kind}|a|${actor}` : null;
  world.occasions?.byReport.set(r, key);
  return key;
}

/** Dates for `Vier Tage vor der Amtseinführung …`: from well-known dates in data, then from events of the corpus. */
function anchored(r: EventReport, g: Group, byKey: ByKey, world: TimelineWorld): Candidate[] {
  const anchor = r.mention!.anchor!;
  const words = r.mention!.text;
  const fold = (s: string) => s.toLowerCase().replace(/ss/g, 'ß');
  const ids = new Set(r.people.map((name) => world.personIds.get(name)));
  const known = world.dates.filter(
    (d) => d.phrases.some((p) => fold(words).includes(fold(p))) && (d.person === null || ids.has(d.person)),
  );
  if (known.length > 0) {
    // Of several occasions that fit (two inaugurations), the one nearest the article's own time.
    const published = world.published.get(r.article);
    const around = r.contextYear ?? (published ? Number(published.slice(0, 4)) : null);
    // With nothing to tell them apart, no guess.
    if (around === null && known.length > 1) return [];
    const best = [...known].sort(
      (a, b) => Math.abs(Number(a.date.slice(0, 4)) - around!) - Math.abs(Number(b.date.slice(0, 4)) - around!),
    )[0]!;
    const date = dateFromAnchor(best.date, anchor);
    return date
      ? [
          {
            date,
            basis: {
              how: 'anchored',
              words,
              article: r.article,
              occasion: { label: best.label },
              occasionDate: best.date,
              direction: anchor.offset?.direction ?? 1,
            },
            steps: 1,
            words,
            report: r,
          },
        ]
      : [];
  }
  const key = occasionKey(r, world);
  if (!key) return [];
  const occasion = [...(byKey.get(key) ?? [])]
    .sort((a, b) => a.seq - b.seq)
    .find((o) => o !== g && o.chosen && !o.chosen.date.bound);
  if (!occasion?.chosen || occasion.chosen.date.precision !== 'day') return [];
  const date = dateFromAnchor(occasion.chosen.date.value, anchor);
  if (!date) return [];
  const basis: DateBasis = {
    how: 'anchored',
    words,
    article: r.article,
    occasion: { event: headOf(occasion) },
    occasionDate: occasion.chosen.date.value,
    direction: anchor.offset?.direction ?? 1,
  };
  return [{ date, basis, steps: occasion.chosen.steps + 1, words, report: r }];
}

/**
 * The date of the report that dates the event best: a real date before a report's date; one that
 * fits the news of a dated article before one that does not; fewer inferences; then more precise.
 */
function choose(candidates: Candidate[], published: TimelineWorld['published']): Candidate | null {
  const news = candidates
    .filter((c) => c.basis.how === 'reported' && c.date.precision === 'day')
    .map((c) => dayOf(c.date.value));
  // Stale against some report: after the earliest report, or long before the latest.
  const earliest = news.reduce((a, b) => Math.min(a, b), Infinity);
  const latest = news.reduce((a, b) => Math.max(a, b), -Infinity);
  // A date written out whole (`am 3. Mai 2019`) is not stale for being long before a later article's lead: that
  // article may look back on it. It still cannot be after the earliest report.
  const stale = (c: Candidate) =>
    news.length > 0 &&
    (dayOf(c.date.value) > earliest || (c.basis.how !== 'explicit' && dayOf(c.date.value) < latest - NEWS_DAYS * DAY));
  const score = (c: Candidate) => [
    c.date.bound ? 1 : 0,
    c.basis.how !== 'reported' && c.date.precision === 'day' && stale(c) ? 1 : 0,
    c.steps,
    -precisionOf(c.date),
    // Reported by August and by September: by August says more.
    c.date.bound ? dayOf(c.date.value) : 0,
  ];
  const sorted = [...candidates].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let k = 0; k < sa.length; k++) if (sa[k] !== sb[k]) return sa[k]! - sb[k]!;
    // Equally good: the sentence that states the headline's amount, then the shorter one, which reads better under it.
    const amount = (c: Candidate) => (c.report.figure ? 0 : 1);
    const leans = (c: Candidate) => (leansOn(c.report) ? 1 : 0);
    const planned = (c: Candidate) => (plannedIn(c.report) ? 1 : 0);
    return (
      amount(a) - amount(b) ||
      leans(a) - leans(b) ||
      planned(a) - planned(b) ||
      a.report.sentence.text.length - b.report.sentence.text.length ||
      a.report.order - b.report.order
    );
  });
  const best = sorted[0];
  if (!best) return null;
  // `am Mittwochabend` (November 2024) and `am 6. November` agree: the finer date says more, at no cost.
  const finer = sorted.find(
    (c) =>
      !c.date.bound &&
      !best.date.bound &&
      c.basis.how !== 'reported' &&
      compatible(c.date, best.date) &&
      precisionOf(c.date) > precisionOf(best.date) &&
      !(c.date.precision === 'day' && stale(c)),
  );
  return toldBy(finer ?? best, sorted, published);
}

const weak = (r: EventReport) => leansOn(r) || plannedIn(r);
/** A sentence, not a title (`Halle geräumt`): a subject, a verb and what they say. */
const tells = (r: EventReport) => !weak(r) && !r.heading && r.sentence.text.split(/\s+/).length >= 4;

/**
 * `Die Wahl soll am 7. Mai stattfinden` dates the vote that `Aus der Wahl Anfang Mai ging …` tells of: the date from
 * one, the sentence under the headline from the other, where their dates agree; best one told by an article of that
 * day or after, as done, not one that looked ahead.
 */
function toldBy(picked: Candidate, sorted: Candidate[], published: TimelineWorld['published']): Candidate {
  if (!weak(picked.report)) return picked;
  const agrees = (c: Candidate) =>
    !c.date.bound && c.basis.how !== 'reported' && compatible(c.date, picked.date) && !weak(c.report);
  const after = dayOf(picked.date.value);
  const before = (c: Candidate) => {
    const p = published.get(c.report.article);
    return p !== null && p !== undefined && afterPublished(p) <= after;
  };
  const teller =
    sorted.find((c) => agrees(c) && !before(c)) ??
    sorted.find((c) => c.basis.how === 'reported' && dayOf(c.date.value) >= after && tells(c.report)) ??
    sorted.find(agrees);
  return teller ? { ...picked, told: teller.report } : picked;
}

/** `Diese könnten dann im März stattfinden` under a headline leaves the reader asking what `Diese` are. */
const leansOn = (r: EventReport) => LEANS_ON_BEFORE.test(r.sentence.text);
/** What happened reads better than what was planned (`soll … abstimmen`) under an event that happened. */
const plannedIn = (r: EventReport) => PLANNED.test(r.sentence.text);

function conflictsWith(best: Candidate, candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    if (c.date.bound || c.basis.how === 'after' || compatible(c.date, best.date) || seen.has(c.date.value))
      return false;
    if (weekdayNames(c, best.date)) return false;
    seen.add(c.date.value);
    return true;
  });
}

/**
 * `am Sonntag` in an article of July, beside `am 30. Juni`, a Sunday: a weekday read against its article's month
 * names the day, in the week before the month too, and does not disagree with it.
 */
function weekdayNames(c: Candidate, day: EventDate): boolean {
  const m = c.report.mention;
  if (!m?.fromReference || c.date.precision !== 'month' || day.precision !== 'day' || !NAMES_WEEKDAY.test(c.words))
    return false;
  const at = dayOf(day.value);
  const inWeekBefore = at >= dayOf(c.date.value) - 7 * DAY && at < afterPublished(c.date.value);
  return inWeekBefore && reckon(m.fromReference, new Date(at)).value === day.value;
}

/**
 * The headline's parts, agreed across reports: every actor named, the company and amount most reports give. Asked for
 * each reply to an event and each report anchored on one while dates are settled: kept per group until its reports or
 * its chosen date change.
 */
function headOf(g: Group): EventHead {
  const kept = heads.get(g);
  if (kept && kept.chosen === g.chosen && kept.reports === g.reports.length) return kept.head;
  const head = agreedHead(g);
  heads.set(g, { chosen: g.chosen, reports: g.reports.length, head });
  return head;
}
const heads = new WeakMap<Group, { chosen: Candidate | null; reports: number; head: EventHead }>();

function agreedHead(g: Group): EventHead {
  const first = g.chosen?.report ?? g.reports[0]!;
  const reports = [first, ...g.reports.filter((r) => r !== first)];
  const named = [...new Set(reports.flatMap((r) => r.actors))];
  const mostCommon = <T>(values: T[]): T | null => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  const common = mostCommon(reports.map((r) => r.object).filter((o): o is string => o !== null));
  // A deed both sides do alike, each named acting in some report, is done by both (`Seebank und Nordwerk einigen
  // sich`), not by both with one of them.
  const mutual = eventKind(first.kind)?.mutual === true && common !== null && named.includes(common);
  const object = mutual ? null : common;
  const actors = named.slice(0, MAX_ACTORS);
  const value = mostCommon(reports.map((r) => r.figure?.value).filter((v): v is number => v !== undefined));
  const figure = reports.find((r) => r.figure?.value === value)?.figure ?? null;
  const kind: EventKind = first.kind;
  return {
    kind,
    actors,
    object,
    figure,
    answers: first.answers,
    people: [...new Set(g.reports.flatMap((r) => r.people))],
    // The most specific name any report gives a vote: `Abstimmung` in one, the confidence vote in another.
    named: mostSpecific(reports.map((r) => r.named ?? null)),
    thing: mostCommon(reports.map((r) => r.thing).filter((t): t is string => typeof t === 'string')),
  };
}

/**
 * How specific an election's name is: its place in `ELECTION_NAMES`, found by its words, not as the same object, since
 * a report read on another thread holds a copy.
 */
const NAMES = ELECTION_NAMES.map(([, name]) => name.de);
const specificity = (name: { de: string }) => NAMES.indexOf(name.de);
const mostSpecific = (names: ({ de: string; en: string } | null)[]) =>
  names.reduce<{ de: string; en: string } | null>(
    (best, n) => (n && (!best || specificity(n) < specificity(best)) ? n : best),
    null,
  );

function toEvent(g: Group, namesakes: ReadonlyMap<string, string[]>): TimelineEvent {
  const chosen = g.chosen!;
  const own = headOf(g);
  const head = { ...own, people: [...new Set(own.people.flatMap((p) => [p, ...(namesakes.get(p) ?? [])]))] };
  const first = chosen.told ?? chosen.report;
  const citations = [first, ...g.reports.filter((r) => r !== first)].map((r) => r.citation);
  const seen = new Set<string>();
  const distinct = citations.filter((c) => !seen.has(`${c.article}|${c.start}`) && seen.add(`${c.article}|${c.start}`));
  // `will bis 2030 … streichen` in every report: a plan, told by when it was reported.
  const planned = g.reports.every((r) => r.planned);
  return {
    ...head,
    date: planned ? { ...chosen.date, planned: true } : chosen.date,
    dateText: chosen.words,
    basis: chosen.basis,
    summary: first.sentence.text,
    evidence: first.citation,
    citations: distinct,
    conflicts: g.conflicts.map((c) => ({ date: c.date, dateText: c.words, article: c.report.article })),
    after: g.answers ? headOf(g.answers) : null,
  };
}
