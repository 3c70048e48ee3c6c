import { loadIndex } from '../src/app.js';
import { dispatch, type Incoming } from '../src/dispatch.js';
import type { CorpusIndex } from '../src/index/build.js';
import { random } from './generate.js';
import { round, summarise, type Latency } from './stats.js';

/**
 * Runs in a fresh process per corpus size (`bench/run.ts` spawns it): start-up to a ready index,
 * memory, then at least 1,000 mixed queries per command and for autocomplete. Prints one JSON line.
 */
const QUERIES_PER_COMMAND = Number(process.env.BENCH_QUERIES ?? 1000);

function queries(index: CorpusIndex, rnd: () => number): Record<string, Incoming[]> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const quoted = [...new Set(index.quotes.flatMap((q) => (q.speaker?.id ? [q.speaker.name] : [])))];
  const surnames = quoted.map((n) => n.split(' ').pop()!);
  const misspell = (s: string) => {
    const i = 1 + Math.floor(rnd() * (s.length - 1));
    return rnd() < 0.5 ? s.slice(0, i) + s[i - 1] + s.slice(i) : s.slice(0, i - 1) + s.slice(i);
  };
  const years = [...new Set(index.events.flatMap((e) => (e.date ? [Number(e.date.value.slice(0, 4))] : [])))];
  const topics = index.topics.slice(0, 60);
  const figures = index.figures;
  const user = () => String(100000000000000000n + BigInt(Math.floor(rnd() * 1e6)));
  const cmd = (name: string, options: Record<string, string | number>): Incoming => ({
    kind: 'command',
    name,
    options,
    locale: rnd() < 0.5 ? 'de' : 'en-US',
    userId: user(),
  });
  const times = <T>(make: () => T) => Array.from({ length: QUERIES_PER_COMMAND }, make);
  return {
    timeline: times(() => {
      const r = rnd();
      const from = pick(years);
      if (r < 0.25) return cmd('timeline', {});
      if (r < 0.5) return cmd('timeline', { from, to: from + Math.floor(rnd() * 3) });
      if (r < 0.75) return cmd('timeline', { person: rnd() < 0.5 ? pick(surnames) : misspell(pick(surnames)) });
      return cmd('timeline', { topic: pick(topics) });
    }),
    quote: times(() => {
      const name = pick(surnames);
      const person = rnd() < 0.5 ? name : misspell(name);
      return rnd() < 0.3 ? cmd('quote', { person, about: pick(topics) }) : cmd('quote', { person });
    }),
    factcheck: times(() => {
      const r = rnd();
      const f = pick(figures);
      if (r < 0.3) return cmd('factcheck', { claim: f.numeral });
      if (r < 0.5)
        return cmd('factcheck', {
          claim: `${f.numeral} ${f.scale === 1e9 ? 'Mrd' : f.scale === 1e6 ? 'Millionen' : ''}`.trim(),
        });
      if (r < 0.6) return cmd('factcheck', { claim: String(Math.floor(rnd() * 1e6)) });
      if (r < 0.8)
        return cmd('factcheck', {
          claim: `${pick(surnames)} kaufte Twitter für ${Math.floor(rnd() * 100)} Milliarden Dollar`,
        });
      return cmd('factcheck', { claim: `OpenAI wurde ${pick(years)} gegründet` });
    }),
    autocomplete: times(() => {
      const r = rnd();
      const source = r < 0.5 ? pick(surnames) : pick(topics);
      const value = source.slice(0, 1 + Math.floor(rnd() * Math.min(6, source.length)));
      const [name, option] =
        r < 0.5 ? (rnd() < 0.5 ? ['quote', 'person'] : ['timeline', 'person']) : ['timeline', 'topic'];
      return {
        kind: 'autocomplete',
        name: name!,
        focused: { name: option!, value },
        locale: 'de',
        userId: user(),
      } satisfies Incoming;
    }),
  };
}

const started = performance.now();
const index = loadIndex(process.argv[2] ?? 'data');
const ready = performance.now();
globalThis.gc?.();
const memory = process.memoryUsage();
const latency: Record<string, Latency> = {};
for (const [name, list] of Object.entries(queries(index, random(7)))) {
  // A short warm-up so the first JIT compilations are not counted as query time.
  for (const q of list.slice(0, 50)) dispatch(index, q);
  const samples = list.map((q) => {
    const t = performance.now();
    const { error } = dispatch(index, q);
    if (error) throw error;
    return performance.now() - t;
  });
  latency[name] = summarise(samples);
}
console.log(
  JSON.stringify({
    articles: index.articles.length,
    sentences: index.sentenceCount,
    processToReadyMs: round(ready),
    buildMs: round(ready - started),
    heapUsedMb: Math.round(memory.heapUsed / 1e6),
    rssMb: Math.round(memory.rss / 1e6),
    latency,
  }),
);
