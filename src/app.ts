import { join } from 'node:path';
import { loadArticles, loadPeople, loadWorld, UNTIL_FIXED, type ReadFiles, type WorldData } from './corpus/load.js';
import type { Person } from './corpus/schema.js';
import type { Article, DataProblem } from './corpus/types.js';
import { extractAll, type Extraction } from './reconcile/extract-all.js';
import { extractKept, type KeptReadings } from './reconcile/kept.js';
import { indexExtraction, prepareIndex, type CorpusIndex, type PreparedIndex } from './index/build.js';

/** What a data folder holds, read and validated: the input of a build. */
export interface DataFolder {
  articles: Article[];
  people: Person[];
  world: WorldData;
  /** Files and entries that could not be used, one line each. */
  problems: DataProblem[];
}

/**
 * Reads a data folder (`articles/*.md`, `people.json`, optionally `organisations.json` and `dates.json`). On a
 * rebuild, `lastPeople` are the people of the index in service: a people file that has become unusable falls back to
 * them, not to none. `side` is the data files beside the articles, when they have been read already. `serverDir`, a
 * server's own folder (see `src/discord/servers.ts`): its `articles/` are read after the operator's, as one story; one
 * whose id the operator's articles already use is skipped. `files`: what was read of each file before (see
 * `loadArticles`).
 */
export function readDataFolder(
  dataDir: string,
  lastPeople: Person[] = [],
  side: Omit<DataFolder, 'articles'> = readSideFiles(dataDir, lastPeople),
  serverDir?: string,
  files?: ReadFiles,
): DataFolder {
  const { articles, skipped } = loadArticles(join(dataDir, 'articles'), dataDir, files);
  if (serverDir) {
    const own = loadArticles(join(serverDir, 'articles'), serverDir);
    const taken = new Set(articles.map((a) => a.id));
    for (const article of own.articles) {
      const reason = `field "id": "${article.id}" is already used; expected a unique id`;
      if (taken.has(article.id)) skipped.push({ file: article.file, reason });
      else articles.push(article);
    }
    skipped.push(...own.skipped);
  }
  // The rules read German; another language read by them yields events and speakers that are not there. Such an
  // article is kept (it may be read one day) and listed as not read, with why.
  const german: Article[] = [];
  for (const a of articles)
    if (GERMAN.test(a.language)) german.push(a);
    else skipped.push({ file: a.file, reason: `written in "${a.language}"; the bot reads articles in German only` });
  return { articles: german, ...side, problems: [...skipped, ...side.problems] };
}

/** `de`, `de-AT`, `de-CH`: the language the rules are written for. */
const GERMAN = /^de(?:-[A-Z]{2})?$/;

/** The data files beside the articles (`people.json`, `organisations.json`, `dates.json`): small, read whole. */
export function readSideFiles(dataDir: string, lastPeople: Person[] = []): Omit<DataFolder, 'articles'> {
  let { people, problems } = loadPeople(join(dataDir, 'people.json'), dataDir);
  // A file that has become unusable keeps the last good list; one taken away leaves none.
  if (people.length === 0 && lastPeople.length > 0 && problems.length > 0) {
    people = lastPeople;
    problems = problems.map((p) => ({
      ...p,
      reason: p.reason.replace(`; ${UNTIL_FIXED}`, '; the last good people.json stays in use'),
    }));
  }
  const { world, problems: worldProblems } = loadWorld(dataDir);
  return { people, world, problems: [...problems, ...worldProblems] };
}

/**
 * What a data folder says: its files, and what was read from its articles, as plain data. Nearly all of a build's
 * time; a live rebuild does it on a thread of its own and sends the result back.
 */
export interface FolderReading {
  folder: Omit<DataFolder, 'articles'>;
  extraction: Extraction;
  /** The index's costly plain parts, made where the articles were read. */
  prepared: PreparedIndex;
}

export function readFolder(dataDir: string, lastPeople: Person[] = []): FolderReading {
  const { articles, ...folder } = readDataFolder(dataDir, lastPeople);
  return readingOf(articles, folder);
}

/** What the articles say, and the index's costly parts made from it. */
export function readingOf(articles: Article[], folder: Omit<DataFolder, 'articles'>): FolderReading {
  const extraction = extractAll(articles, folder.people, folder.world);
  return { folder, extraction, prepared: prepareIndex(extraction) };
}

/**
 * `readingOf` with what was read of each article before (see `extractKept`): only the articles a change touches are
 * read again (`reread`), and what each gave is kept for the next.
 */
export function readingKept(
  articles: Article[],
  folder: Omit<DataFolder, 'articles'>,
  before: KeptReadings,
  digests?: string[],
): { reading: FolderReading; readings: KeptReadings; reread: number } {
  const { extraction, kept, reread } = extractKept(articles, folder.people, folder.world, before, digests);
  return { reading: { folder, extraction, prepared: prepareIndex(extraction) }, readings: kept, reread };
}

/** The index over a folder's reading, stamped with when it was read (`/sources` says it). */
export function indexReading({ folder, extraction, prepared }: FolderReading): CorpusIndex {
  const index = indexExtraction(extraction, extraction.people, folder.problems, folder.world, prepared);
  return { ...index, builtAt: new Date() };
}

/** Reads a data folder and builds the index: the bot's only start-up I/O. `last` is the index in service, if any. */
export function loadIndex(dataDir: string, last?: CorpusIndex): CorpusIndex {
  return indexReading(readFolder(dataDir, last?.people));
}
