import { readFileSync } from 'node:fs';
import { loadIndex } from '../../src/app.js';
import { GOLD_SETS, evaluate, shortfalls, type Gold } from './score.js';

// `npm run eval`: precision, recall and F1 of extraction against the hand-checked gold sets.

const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);

for (const set of GOLD_SETS) {
  const result = evaluate(loadIndex(set.data), JSON.parse(readFileSync(set.gold, 'utf8')) as Gold);
  console.log(`\n${set.name} (${set.gold})`);
  console.log('              precision  recall      F1');
  const { timeline, ...scores } = result;
  for (const [name, s] of Object.entries(scores)) {
    console.log(`  ${name.padEnd(10)}   ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`);
    for (const m of s.missed) console.log(`      missed:   ${m}`);
    for (const m of s.spurious) console.log(`      spurious: ${m}`);
  }
  const t = timeline;
  console.log(
    `  timeline     found ${pct(t.found)}  merged ${pct(t.merged)}  dated ${pct(t.dated)}  actors ` +
      `${pct(t.actors)}  false entries ${t.falseEntries}`,
  );
  for (const p of t.problems) console.log(`      ${p}`);
  const misses = shortfalls(result);
  console.log(misses.length === 0 ? '  all thresholds met' : misses.map((m) => `  BELOW THRESHOLD: ${m}`).join('\n'));
  if (misses.length > 0) process.exitCode = 1;
}
