import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ZodError } from 'zod';
import { parseFrontMatter } from './frontmatter.js';
import {
  articleMetaSchema,
  describeIssues,
  knownDatesFileSchema,
  organisationsFileSchema,
  peopleFileSchema,
  withoutAmbiguousLabels,
  type KnownDate,
  type Organisation,
  type Person,
} from './schema.js';
import type { Article } from './types.js';

/** Why a file in the data folder was not used; one line for the operator. */
export interface DataProblem {
  file: string;
  reason: string;
  /** More for the operator's log only (an error's message); never shown in a reply, as it may quote the file. */
  detail?: string;
}

export interface LoadedArticles {
  articles: Article[];
  skipped: DataProblem[];
}

/** Larger than any news article by two orders of magnitude; a bigger file is a mistake, not an article. */
export const MAX_ARTICLE_BYTES = 1_000_000;
const ARTICLE_FILE = /\.(md|txt)$/i;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Validates one article file's bytes; pure, so the rules are testable without a disk. */
export function parseArticleFile(file: string, bytes: Uint8Array): { article: Article } | { problem: DataProblem } {
  const fail = (reason: string) => ({ problem: { file, reason } });
  if (bytes.byteLength > MAX_ARTICLE_BYTES) return fail(`file is ${bytes.byteLength} bytes; expected at most ${MAX_ARTICLE_BYTES}`);
  if (bytes.includes(0)) return fail('file is binary (contains NUL bytes); expected UTF-8 text');
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    return fail('file is not valid UTF-8; expected UTF-8 text');
  }
  const front = parseFrontMatter(source);
  if (!front.ok) return fail(front.error);
  const meta = articleMetaSchema.safeParse(front.fields);
  if (!meta.success) return fail(describeIssues(meta.error).join('; '));
  if (front.body.trim() === '') return fail('article body is empty; expected the article text after the front matter');
  return { article: { ...meta.data, file, body: front.body } };
}

export function loadArticles(dir: string): LoadedArticles {
  const articles: Article[] = [];
  const skipped: DataProblem[] = [];
  const files = readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  for (const file of files) {
    const path = join(dir, file);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    if (!ARTICLE_FILE.test(file)) {
      // Dropped in by mistake, or in the wrong format: said, not silently passed over.
      skipped.push({ file, reason: 'not an article file; expected a .md or .txt file with front matter' });
      continue;
    }
    // Measured before reading: a 5 GB file dropped in by mistake is never read into memory.
    if (stat.size > MAX_ARTICLE_BYTES) {
      skipped.push({ file, reason: `file is ${stat.size} bytes; expected at most ${MAX_ARTICLE_BYTES}` });
      continue;
    }
    const result = parseArticleFile(file, readFileSync(path));
    if ('problem' in result) {
      skipped.push(result.problem);
      continue;
    }
    const clash = articles.find((a) => a.id === result.article.id);
    if (clash) {
      skipped.push({ file, reason: `field "id": "${clash.id}" is already used by ${clash.file}; expected a unique id` });
      continue;
    }
    articles.push(result.article);
  }
  return { articles, skipped };
}

/**
 * The people file, validated; ambiguous aliases are dropped and reported rather than stopping the
 * bot. A missing or broken file is reported and read as no people: quotations then keep the
 * speakers the text names, and every article is still served.
 */
export function loadPeople(path: string): { people: Person[]; problems: DataProblem[] } {
  const file = basename(path);
  const none = (reason: string) => ({ people: [], problems: [{ file, reason: `${reason}; no people are known until it is fixed` }] });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return none('file is missing');
    // A JSON syntax message quotes a few characters of the file; the operator's log shows them, replies do not.
    return none(code ? `not readable (${code})` : 'not readable JSON');
  }
  const parsed = peopleFileSchema.safeParse(raw);
  if (!parsed.success) return none(describeIssues(parsed.error).join('; '));
  const { people, problems } = withoutAmbiguousLabels(parsed.data.people);
  return { people, problems: problems.map((reason) => ({ file, reason })) };
}

/** What the bot knows of the world besides people: optional, so a data folder without them still works. */
export interface WorldData {
  organisations: Organisation[];
  dates: KnownDate[];
}

/**
 * `organisations.json` and `dates.json`, each optional: a missing file means none, and a broken one
 * is reported and read as none, so the articles are still served.
 */
export function loadWorld(dataDir: string): { world: WorldData; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const read = <T>(file: string, parse: (raw: unknown) => { success: true; data: T } | { success: false; error: ZodError }): T | null => {
    const path = join(dataDir, file);
    if (!existsSync(path)) return null;
    try {
      const parsed = parse(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success) return parsed.data;
      problems.push({ file, reason: `${describeIssues(parsed.error).join('; ')}; ignored` });
    } catch {
      // (The parser's message quotes the file; the line is shown in /sources.)
      problems.push({ file, reason: 'not readable JSON; ignored' });
    }
    return null;
  };
  const organisations = read(ORGANISATIONS_FILE, (raw) => organisationsFileSchema.safeParse(raw))?.organisations ?? [];
  const dates = read(DATES_FILE, (raw) => knownDatesFileSchema.safeParse(raw))?.dates ?? [];
  return { world: { organisations, dates }, problems };
}

export const ORGANISATIONS_FILE = 'organisations.json';
export const DATES_FILE = 'dates.json';
