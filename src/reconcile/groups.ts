import type { Figure } from '../extract/figures.js';
import { describeAbout, givingAs, type FigureAbout } from '../extract/subject.js';
import { shareKey, unitKey } from '../language/de/shares.js';
import { pushTo } from '../lib/collections.js';

/**
 * Figures from every article that measure the same thing: the same transaction (a bid, a
 * purchase, a valuation …) about the same object, in the same unit. This is what lets
 * `/factcheck` say "44 here, 40 there" instead of only finding equal numbers.
 */
export interface FigureGroup {
  /** What the group measures, as a reader names it in German (`Hubers Angebot für Seebank`), for logs and export. */
  label: string;
  /** The same, structured, so a reply can say it in its own language and a claim be matched with it. */
  about: FigureAbout;
  figures: Figure[];
}

/**
 * What a figure measures, as a key: its transaction (one key for all ways of giving), else the noun a share is a
 * share of (`share:stimm`); null when nothing says what it measures.
 */
export function measuredKey(about: FigureAbout): string | null {
  if (about.transaction) return givingAs(about.transaction);
  return about.measure ? shareKey(about.measure) : null;
}

/**
 * Figures that say neither what they measure nor whose they are (no object, no actor) are groups of one: nothing is
 * compared with them. Without an object, the actor keys.
 */
function key(f: Figure): string | null {
  const { object, actor } = f.about;
  const measured = measuredKey(f.about);
  if (!measured || (!object && !actor)) return null;
  return [measured, object ?? `@${actor}`, unitKey(f.unit) ?? '', f.about.where ?? ''].join('|');
}

const meet = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/**
 * A group a figure without an object may join: the actors its figures name, and for each range asked about whether a
 * figure of the group meets it, as far as the group had been looked at (a group only grows, so a range once met stays
 * met): thousands of figures of one transaction were each compared with every figure of every group.
 */
interface Pending {
  figures: Figure[];
  actors: Set<string>;
  met: Map<string, { yes: boolean; upTo: number }>;
}

function meets(g: Pending, range: [number, number]): boolean {
  const key = `${range[0]}|${range[1]}`;
  const known = g.met.get(key) ?? { yes: false, upTo: 0 };
  for (; !known.yes && known.upTo < g.figures.length; known.upTo++)
    known.yes = meet(g.figures[known.upTo]!.range, range);
  g.met.set(key, known);
  return known.yes;
}

function add(g: Pending, f: Figure): void {
  g.figures.push(f);
  if (f.about.actor) g.actors.add(f.about.actor);
}

/**
 * Groups figures by transaction, object and unit. A figure whose object the text does not name
 * joins the group of its transaction and actor whose values its own range meets (`Huber bot über 97
 * Milliarden` beside 97,4); else it stands alone. The figures are taken in a
 * fixed order (article, place), so the groups do not depend on the order articles are loaded in.
 */
export function groupFigures(figures: Figure[]): FigureGroup[] {
  const ordered = [...figures].sort(
    (a, b) =>
      Number(b.about.object !== null) - Number(a.about.object !== null) ||
      a.citation.article.localeCompare(b.citation.article) ||
      a.citation.start - b.citation.start ||
      a.original.localeCompare(b.original),
  );
  const groups: Figure[][] = [];
  const byKey = new Map<string, Pending>();
  // The groups of each transaction and unit, for figures that name no object.
  const byTransaction = new Map<string, Pending[]>();
  for (const f of ordered) {
    const k = key(f);
    if (k === null) {
      groups.push([f]);
      continue;
    }
    // Only one that names its actor joins, and only where that actor is named: a figure that names
    // neither object nor actor could be anyone's (the investor's 100 Milliarden are not Nordhafen's by value alone).
    if (f.about.object === null && f.about.actor !== null) {
      const actor = f.about.actor;
      const fits = (byTransaction.get(`${measuredKey(f.about)}|${unitKey(f.unit) ?? ''}`) ?? []).find(
        (g) => g.actors.has(actor) && meets(g, f.range),
      );
      if (fits) {
        add(fits, f);
        continue;
      }
    }
    const existing = byKey.get(k);
    if (existing) {
      add(existing, f);
      continue;
    }
    const group: Pending = { figures: [], actors: new Set(), met: new Map() };
    add(group, f);
    groups.push(group.figures);
    byKey.set(k, group);
    pushTo(byTransaction, `${measuredKey(f.about)}|${unitKey(f.unit) ?? ''}`, group);
  }
  return groups.map((g) => {
    const about = representative(g);
    return {
      label: describeAbout(about, 'de') ?? g[0]!.subject,
      about,
      figures: sortByArticle(g),
    };
  });
}

/**
 * What the group is about: the transaction and object it was grouped by, and the actor more than
 * half of its reports name.
 */
function representative(figures: Figure[]): FigureAbout {
  const first = figures[0]!.about;
  // Figures that joined by value alone (no object of their own) do not vote: they may be someone else's.
  const voters = first.object === null ? figures : figures.filter((f) => f.about.object !== null);
  const counts = new Map<string, number>();
  for (const f of voters) if (f.about.actor) counts.set(f.about.actor, (counts.get(f.about.actor) ?? 0) + 1);
  const [top, votes] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
  // Named by most of the reports, or the group is said without one (`Investition in Nordhafen`).
  const actor = votes * 2 > voters.length ? top : null;
  return {
    transaction: first.transaction,
    object: first.object,
    actor: first.transaction === 'valuation' || first.transaction === 'age' ? null : actor,
    ...(first.measure ? { measure: first.measure } : {}),
    ...(first.where ? { where: first.where } : {}),
  };
}

function sortByArticle(figures: Figure[]): Figure[] {
  return [...figures].sort(
    (a, b) => a.citation.article.localeCompare(b.citation.article) || a.citation.start - b.citation.start,
  );
}
