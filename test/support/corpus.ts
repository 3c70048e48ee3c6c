import { loadIndex } from '../../src/app.js';
import type { CorpusIndex } from '../../src/index/build.js';

let cached: CorpusIndex | undefined;

/** The shipped data folder's index, built once per test file (it is immutable). */
export function seedIndex(): CorpusIndex {
  cached ??= loadIndex('data');
  return cached;
}
