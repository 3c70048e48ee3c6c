import { generateCorpus } from './bench/generate.js';
import { loadIndex } from './src/app.js';
for (const n of [5, 500, 5000]) {
  const t0 = performance.now();
  const dir = generateCorpus(n);
  const t1 = performance.now();
  const idx = loadIndex(dir);
  const t2 = performance.now();
  console.log(n, 'gen', Math.round(t1 - t0), 'build', Math.round(t2 - t1), 'ms', { skipped: idx.skipped.length, sentences: idx.sentenceCount, events: idx.events.length, quotes: idx.quotes.length, figures: idx.figures.length, groups: idx.figureGroups.length }, 'rss', Math.round(process.memoryUsage().rss / 1e6));
}
