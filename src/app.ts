import { join } from 'node:path';
import { loadArticles, loadPeople, loadWorld } from './corpus/load.js';
import { buildIndex, type CorpusIndex } from './index/build.js';

/**
 * Reads a data folder (`articles/*.md`, `people.json`, optionally `organisations.json` and
 * `dates.json`) and builds the index: the bot's only start-up I/O.
 */
export function loadIndex(dataDir: string): CorpusIndex {
  const { articles, skipped } = loadArticles(join(dataDir, 'articles'), dataDir);
  const { people, problems } = loadPeople(join(dataDir, 'people.json'), dataDir);
  const { world, problems: worldProblems } = loadWorld(dataDir);
  return buildIndex(articles, people, [...skipped, ...problems, ...worldProblems], world);
}
