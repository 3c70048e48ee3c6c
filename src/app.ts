import { join } from 'node:path';
import { loadArticles, loadPeople, loadWorld } from './corpus/load.js';
import { buildIndex, type CorpusIndex } from './index/build.js';

/**
 * Reads a data folder (`articles/*.md`, `people.json`, optionally `organisations.json` and
 * `dates.json`) and builds the index: the bot's only start-up I/O. On a rebuild, `last` is the
 * index in service: a people file that has become unusable falls back to its people, not to none.
 */
export function loadIndex(dataDir: string, last?: CorpusIndex): CorpusIndex {
  const { articles, skipped } = loadArticles(join(dataDir, 'articles'), dataDir);
  let { people, problems } = loadPeople(join(dataDir, 'people.json'), dataDir);
  if (people.length === 0 && last && last.people.length > 0) {
    people = last.people;
    problems = problems.map((p) => ({
      ...p,
      reason: p.reason.replace(/; no people are known until it is fixed$/, '; the last good people.json stays in use'),
    }));
  }
  const { world, problems: worldProblems } = loadWorld(dataDir);
  return { ...buildIndex(articles, people, [...skipped, ...problems, ...worldProblems], world), builtAt: new Date() };
}
