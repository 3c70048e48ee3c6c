import { readFileSync } from 'node:fs';
import { loadIndex } from '../../src/app.js';
import { GOLD_SETS, MEASURES, evaluate, shortfalls, type Evaluation, type Gold } from './score.js';

// `npm run eval`: extraction against every hand-checked gold set, side by side, then what each set missed.

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const LABEL: Record<string, string> = { partialSpeakers: 'partial speakers' };
const label = (name: string) => LABEL[name] ?? name;
const COLUMN = 16;

const results = GOLD_SETS.map((set) => ({
  set,
  result: evaluate(loadIndex(set.data), JSON.parse(readFileSync(set.gold, 'utf8')) as Gold),
}));

/** One row of the table: a label, then one cell per gold set. */
function row(text: string, cell: (r: Evaluation) => string): string {
  return text.padEnd(28) + results.map(({ result }) => cell(result).padStart(COLUMN)).join('');
}

console.log(''.padEnd(28) + results.map(({ set }) => set.name.padStart(COLUMN)).join(''));
for (const name of MEASURES) {
  console.log(row(`${label(name)} precision`, (r) => pct(r[name].precision)));
  console.log(row(`${label(name)} recall`, (r) => pct(r[name].recall)));
}
for (const name of ['found', 'merged', 'dated', 'actors'] as const) {
  console.log(row(`timeline ${name}`, (r) => pct(r.timeline[name])));
}
console.log(row('timeline false entries', (r) => String(r.timeline.falseEntries)));

for (const { set, result } of results) {
  console.log(`\n${set.name} (${set.data}, gold ${set.gold})`);
  for (const name of MEASURES) {
    for (const m of result[name].missed) console.log(`  ${label(name)} missed:   ${m}`);
    for (const m of result[name].spurious) console.log(`  ${label(name)} spurious: ${m}`);
  }
  for (const p of result.timeline.problems) console.log(`  timeline: ${p}`);
  const misses = shortfalls(result, set.thresholds);
  console.log(misses.length === 0 ? '  all thresholds met' : misses.map((m) => `  BELOW THRESHOLD: ${m}`).join('\n'));
  if (misses.length > 0) process.exitCode = 1;
}
