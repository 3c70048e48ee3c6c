import type { Figure } from '../extract/figures.js';
import { describeAbout, frameClass, type FigureAbout } from '../extract/subject.js';

/**
 * Figures from every article that measure the same thing: the same kind of deal or amount
 * (frame), by the same person, about the same company or product, in the same unit. This is
 * what lets `/factcheck` say "44 here, 40 there" instead of only finding equal numbers.
 */
export interface FigureGroup {
  /** What the group measures, as its most common figure subject says it (German, for logs and export). */
  label: string;
  /** The same, structured, so a reply can say it in its own language; null when no figure has a frame. */
  about: FigureAbout | null;
  figures: Figure[];
}

/** Figures whose subject says too little (no frame) are groups of one: they cannot be compared safely. */
function key(f: Figure): string | null {
  if (!f.about.frame) return null;
  return [frameClass(f.about.frame), f.about.actor ?? '', f.unit ?? ''].join('|');
}

const logDistance = (a: number, b: number) => Math.abs(Math.log10(Math.max(a, 1e-9)) - Math.log10(Math.max(b, 1e-9)));
/** A figure without its own entity joins a group only if its value is of the same size: 40 joins 44, not 97,4. */
const SAME_SIZE = Math.log10(2);

/**
 * Values a group compares a newcomer with: its first few distinct ones. A real group has a handful;
 * a hostile file's thousands of figures of one kind must not be compared with each other pairwise.
 */
const COMPARED_VALUES = 16;

interface Building {
  key: string | null;
  entity: string | null;
  figures: Figure[];
  values: number[];
}

export function groupFigures(figures: Figure[]): FigureGroup[] {
  const groups: Building[] = [];
  // The groups of each key, in the order they were made, so each figure reads only its own kind.
  const byKey = new Map<string, Building[]>();
  // Figures that name their entity first, so those without one can join the group they fit.
  const ordered = [...figures].sort((a, b) => Number(b.about.entity !== null) - Number(a.about.entity !== null));
  for (const f of ordered) {
    const k = key(f);
    let target: Building | undefined;
    if (k !== null) {
      const candidates = (byKey.get(k) ?? []).filter((g) => g.entity === f.about.entity || f.about.entity === null);
      if (f.about.entity !== null) target = candidates[0];
      else {
        const fits = candidates
          .map((g) => ({ g, d: Math.min(...g.values.map((v) => logDistance(v, f.value))) }))
          .filter((c) => c.d <= SAME_SIZE)
          .sort((a, b) => a.d - b.d);
        target = fits[0]?.g;
      }
    }
    if (target) {
      target.figures.push(f);
      if (target.values.length < COMPARED_VALUES && !target.values.includes(f.value)) target.values.push(f.value);
      continue;
    }
    const group: Building = { key: k, entity: f.about.entity, figures: [f], values: [f.value] };
    groups.push(group);
    const same = k === null ? undefined : byKey.get(k);
    if (same) same.push(group);
    else if (k !== null) byKey.set(k, [group]);
  }
  return groups.map((g) => {
    const representative = mostCommon(g.figures);
    return { label: describeAbout(representative.about, 'de') ?? representative.subject, about: representative.about.frame ? representative.about : null, figures: sortByArticle(g.figures) };
  });
}

/** The figure whose description most of the group shares; among equals the most specific one. */
function mostCommon(figures: Figure[]): Figure {
  const counts = new Map<string, { n: number; figure: Figure }>();
  for (const f of figures) {
    const label = describeAbout(f.about, 'de') ?? f.subject;
    const entry = counts.get(label) ?? { n: 0, figure: f };
    entry.n += 1;
    counts.set(label, entry);
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || b[0].length - a[0].length)[0]![1].figure;
}

function sortByArticle(figures: Figure[]): Figure[] {
  return [...figures].sort((a, b) => a.citation.article.localeCompare(b.citation.article) || a.citation.start - b.citation.start);
}
