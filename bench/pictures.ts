import { loadIndex } from '../src/app.js';
import { factCheck } from '../src/factcheck/check.js';
import { timeline } from '../src/index/queries.js';
import { drawPng } from '../src/picture/draw.js';
import { factcheckPicture, timelinePicture } from '../src/render/picture.js';
import { summarise } from './stats.js';

/**
 * Runs in a fresh process (`bench/run.ts` spawns it): drawing the pictures of the five articles'
 * replies, each draw a new one (its title numbered, so the cache cannot answer), then once more
 * from the cache. Prints one JSON line.
 */
const DRAWS = Number(process.env.BENCH_PICTURES ?? 100);
const index = loadIndex('data');
const events = timeline(index, {});
const check = factCheck(index, 'Musk kaufte Twitter für 44 Milliarden Dollar');
const makers = {
  timeline: (k: number) => timelinePicture(events, `Timeline ${k}`, k % 2 ? 'de' : 'en')!,
  factcheck: (k: number) => ({
    ...factcheckPicture(check, index.articleById, k % 2 ? 'de' : 'en')!,
    title: `Fact check ${k}`,
  }),
};
const result: Record<string, unknown> = {};
for (const [name, make] of Object.entries(makers)) {
  for (let k = 0; k < 5; k++) await drawPng(make(-1 - k));
  const samples: number[] = [];
  for (let k = 0; k < DRAWS; k++) {
    const picture = make(k);
    const started = performance.now();
    await drawPng(picture);
    samples.push(performance.now() - started);
  }
  const cached: number[] = [];
  for (let k = 0; k < DRAWS; k++) {
    const started = performance.now();
    await drawPng(make(k));
    cached.push(performance.now() - started);
  }
  result[name] = { drawn: summarise(samples), cached: summarise(cached) };
}
console.log(JSON.stringify(result));
