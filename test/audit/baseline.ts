import { readFileSync, writeFileSync } from 'node:fs';
import { loadIndex } from '../../src/app.js';
import { GOLD_SETS, MEASURES, evaluate, type Evaluation, type Gold } from '../gold/score.js';
import { audit, CHECKS, type Audit, type CheckName } from './checks.js';
import { defaultStories, storyName } from './stories.js';

/**
 * What main reached, checked in: every audit share per story and every gold score per set. `npm test` fails when a
 * figure falls below it; `npm run eval -- --raise-baseline` writes what is reached now, never lowering a figure, so
 * the baseline only ever rises. Shares are kept to four decimals.
 */
export const BASELINE_FILE = 'test/audit/baseline.json';

export interface Measures {
  audit: Record<string, Partial<Record<CheckName, number>>>;
  gold: Record<string, Record<string, number>>;
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** An audit's shares; a check that looked at nothing has no share. */
export function shares(result: Audit): Partial<Record<CheckName, number>> {
  return Object.fromEntries(
    (Object.keys(CHECKS) as CheckName[])
      .filter((name) => result[name].total > 0)
      .map((name) => [name, round(result[name].pass / result[name].total)]),
  );
}

/** A gold evaluation's scores, each higher-is-better. */
export function goldScores(result: Evaluation): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of MEASURES) {
    out[`${name} precision`] = round(result[name].precision);
    out[`${name} recall`] = round(result[name].recall);
  }
  for (const name of ['found', 'merged', 'dated', 'actors'] as const)
    out[`timeline ${name}`] = round(result.timeline[name]);
  return out;
}

export interface Measured {
  stories: { name: string; dir: string; articles: number; result: Audit }[];
  gold: { name: string; result: Evaluation }[];
  measures: Measures;
}

/** Audits every story and scores every gold set, each corpus read once. */
export function measureAll(dirs: string[] = defaultStories()): Measured {
  const indexes = new Map<string, ReturnType<typeof loadIndex>>();
  const indexOf = (dir: string) => {
    if (!indexes.has(dir)) indexes.set(dir, loadIndex(dir));
    return indexes.get(dir)!;
  };
  const stories = dirs.map((dir) => {
    const index = indexOf(dir);
    return { name: storyName(dir), dir, articles: index.articles.length, result: audit(index) };
  });
  const gold = GOLD_SETS.map((set) => ({
    name: set.name,
    result: evaluate(indexOf(set.data), JSON.parse(readFileSync(set.gold, 'utf8')) as Gold),
  }));
  return {
    stories,
    gold,
    measures: {
      audit: Object.fromEntries(stories.map((s) => [s.name, shares(s.result)])),
      gold: Object.fromEntries(gold.map((g) => [g.name, goldScores(g.result)])),
    },
  };
}

export function readBaseline(file = BASELINE_FILE): Measures {
  return JSON.parse(readFileSync(file, 'utf8')) as Measures;
}

/** Every figure of the baseline that is lower now, or no longer measured, as a readable line. */
export function regressions(now: Measures, baseline: Measures): string[] {
  const out: string[] = [];
  for (const part of ['audit', 'gold'] as const)
    for (const [name, figures] of Object.entries(baseline[part]))
      for (const [figure, was] of Object.entries(figures as Record<string, number>)) {
        const is = (now[part][name] as Record<string, number> | undefined)?.[figure];
        if (is === undefined) out.push(`${part} ${name} ${figure}: ${pct(was)} on main, no longer measured`);
        else if (is < was) out.push(`${part} ${name} ${figure}: ${pct(is)}, below ${pct(was)} on main`);
      }
  return out;
}

/** The baseline raised to what is reached now: a figure only ever rises, a new one enters as it is. */
export function raised(now: Measures, baseline: Measures): Measures {
  const merge = <T extends Record<string, number>>(was: T | undefined, is: T | undefined): T => {
    const out: Record<string, number> = { ...was };
    for (const [k, v] of Object.entries(is ?? {})) out[k] = Math.max(v, out[k] ?? -Infinity);
    return out as T;
  };
  const part = <K extends 'audit' | 'gold'>(key: K) =>
    Object.fromEntries(
      [...new Set([...Object.keys(baseline[key]), ...Object.keys(now[key])])]
        .sort()
        .map((name) => [
          name,
          merge(baseline[key][name] as Record<string, number>, now[key][name] as Record<string, number>),
        ]),
    );
  return { audit: part('audit'), gold: part('gold') };
}

export function writeBaseline(measures: Measures, file = BASELINE_FILE): void {
  writeFileSync(file, `${JSON.stringify(measures, null, 2)}\n`);
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
