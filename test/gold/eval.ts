import { parseArgs } from 'node:util';
import { measureAll, raised, readBaseline, regressions, writeBaseline, BASELINE_FILE } from '../audit/baseline.js';
import { auditTable } from '../audit/table.js';
import { GOLD_SETS, MEASURES, shortfalls, type Evaluation } from './score.js';
import { readWikinews, scoreWikinews } from './wikinews.js';

// `npm run eval [-- --raise-baseline] [-- --wikinews DIR]`: extraction against every hand-checked gold set, side by
// side, then what each set missed; the audit of every story; every figure that fell below the checked-in baseline;
// and, given a copy of the German Wikinews quotation dataset, direct quotations and speakers on its train and dev
// splits with no people list.

const { values } = parseArgs({
  options: { 'raise-baseline': { type: 'boolean', default: false }, wikinews: { type: 'string' } },
});

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const LABEL: Record<string, string> = { partialSpeakers: 'partial speakers' };
const label = (name: string) => LABEL[name] ?? name;
const COLUMN = 16;

const { stories, gold, measures } = measureAll();
const results = gold.map((g, i) => ({ set: GOLD_SETS[i]!, result: g.result }));

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

console.log('\nThe audit (npm run audit -- --failures lists what each check failed):');
console.log(auditTable(stories).join('\n'));

const baseline = readBaseline();
const fallen = regressions(measures, baseline);
if (values['raise-baseline']) {
  if (fallen.length > 0) console.log(`\nNot raised: ${fallen.length} figure(s) fell; mend them first.`);
  else {
    writeBaseline(raised(measures, baseline));
    console.log(`\nBaseline raised: ${BASELINE_FILE}`);
  }
}
console.log(
  fallen.length === 0
    ? `\nNo figure below the baseline (${BASELINE_FILE}).`
    : `\nBelow the baseline (${BASELINE_FILE}):\n${fallen.map((f) => `  ${f}`).join('\n')}`,
);
if (fallen.length > 0) process.exitCode = 1;

if (values.wikinews) {
  const score = scoreWikinews(readWikinews(values.wikinews));
  const { quotes, speakers } = score;
  console.log(
    `\nWikinews quotation dataset (${values.wikinews}, train and dev, ${score.documents} articles, no people list):`,
  );
  console.log(
    `  direct quotations: ${quotes.matched} of ${quotes.gold} found, ${quotes.found} read; ` +
      `precision ${pct(quotes.precision)}, recall ${pct(quotes.recall)}, F1 ${quotes.f1.toFixed(3)}`,
  );
  console.log(`  speakers the text names: ${speakers.right} of ${speakers.named} right (${pct(speakers.share)})`);
  for (const m of score.examples.missedQuote) console.log(`  quote missed:   ${m}`);
  for (const m of score.examples.spuriousQuote) console.log(`  quote spurious: ${m}`);
  for (const m of score.examples.wrongSpeaker) console.log(`  speaker:        ${m}`);
}
