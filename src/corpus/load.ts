import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { ZodError } from 'zod';
import { idOf } from './article-file.js';
import { parseFrontMatter } from './frontmatter.js';
import { decodePage, readPage } from './page.js';
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
import type { Article, DataProblem } from './types.js';

export interface LoadedArticles {
  articles: Article[];
  skipped: DataProblem[];
}

/** Larger than any news article by two orders of magnitude; a bigger file is a mistake, not an article. */
export const MAX_ARTICLE_BYTES = 1_000_000;
/** A web page saved whole holds its article and much else besides: scripts, styles, navigation. */
export const MAX_PAGE_BYTES = 2_000_000;
const ARTICLE_FILE = /\.(?:md|txt|html?)$/i;
const PAGE_FILE = /\.html?$/i;
const maxBytesOf = (file: string) => (PAGE_FILE.test(file) ? MAX_PAGE_BYTES : MAX_ARTICLE_BYTES);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Validates one article file's bytes; pure, so the rules are testable without a disk. */
export function parseArticleFile(file: string, bytes: Uint8Array): { article: Article } | { problem: DataProblem } {
  if (PAGE_FILE.test(file)) return parsePageFile(file, bytes);
  const fail = (reason: string) => ({ problem: { file, reason } });
  if (bytes.byteLength > MAX_ARTICLE_BYTES)
    return fail(`file is ${bytes.byteLength} bytes; expected at most ${MAX_ARTICLE_BYTES}`);
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

/**
 * A web page saved into `articles/` (`.html`, `.htm`), read as `npm run cli -- add` reads one (see `readPage`): its id
 * from its file name, so that it keeps it when the page is saved again.
 */
function parsePageFile(file: string, bytes: Uint8Array): { article: Article } | { problem: DataProblem } {
  const fail = (reason: string) => ({ problem: { file, reason } });
  if (bytes.byteLength > MAX_PAGE_BYTES)
    return fail(`file is ${bytes.byteLength} bytes; expected at most ${MAX_PAGE_BYTES}`);
  const read = readPage(decodePage(bytes));
  if ('refused' in read) return fail(`${read.refused}; expected a news article's page`);
  const { body, ...fields } = read.article;
  const id = idOf(basename(file).replace(PAGE_FILE, ''), new Set());
  const meta = articleMetaSchema.safeParse({ id, ...fields, seed: null });
  if (!meta.success) return fail(describeIssues(meta.error).join('; '));
  return { article: { ...meta.data, file, body } };
}

/**
 * The article files of `dir`. A link is followed only to a file inside the data folder (`root`,
 * by default the folder above `dir`); a link elsewhere or to nothing, a folder, a device, a pipe
 * or a socket is skipped with a reason that says what it is and never what it holds or points to. With `kept`, what
 * was read of each file before: a file whose path, size and times of change are unchanged is not read again.
 */
export function loadArticles(dir: string, root: string = dirname(dir), kept?: ReadFiles): LoadedArticles {
  const articles: Article[] = [];
  const byId = new Map<string, Article>();
  const skipped: DataProblem[] = [];
  const files = readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  const inside = insideFolder(root);
  for (const file of files) {
    const path = join(dir, file);
    const target = regularFile(path, inside);
    if ('reason' in target) {
      skipped.push({ file, reason: `${target.reason}; skipped` });
      continue;
    }
    const { stat } = target;
    if (!ARTICLE_FILE.test(file)) {
      // Dropped in by mistake, or in the wrong format: said, not silently passed over.
      skipped.push({
        file,
        reason: 'not an article file; expected a .md or .txt file with front matter, or a .html page',
      });
      continue;
    }
    // Measured before reading: a 5 GB file dropped in by mistake is never read into memory.
    if (stat.size > maxBytesOf(file)) {
      skipped.push({ file, reason: `file is ${stat.size} bytes; expected at most ${maxBytesOf(file)}` });
      continue;
    }
    const result = readArticleFile(file, target, kept);
    if ('problem' in result) {
      skipped.push(result.problem);
      continue;
    }
    // By id: a scan of those read so far was a second and a half at 5,000 articles.
    const clash = byId.get(result.article.id);
    if (clash) {
      skipped.push({
        file,
        reason: `field "id": "${clash.id}" is already used by ${clash.file}; expected a unique id`,
      });
      continue;
    }
    articles.push(result.article);
    byId.set(result.article.id, result.article);
  }
  // What was read of a file no longer there is let go.
  if (kept) {
    const listed = new Set(files);
    for (const file of kept.keys()) if (!listed.has(file)) kept.delete(file);
  }
  return { articles, skipped };
}

/** One article file read and parsed, or as read before when its stamp is unchanged (see `ReadFiles`). */
function readArticleFile(
  file: string,
  { real, stat }: { real: string; stat: Stats },
  kept: ReadFiles | undefined,
): ReturnType<typeof parseArticleFile> {
  const stamp = `${real}|${stat.size}|${stat.mtimeMs}|${stat.ctimeMs}|${stat.ino}`;
  const was = kept?.get(file);
  if (was?.stamp === stamp) return was.result;
  let bytes: Buffer;
  try {
    bytes = readFileSync(real);
  } catch (error) {
    // Not kept: a file that could not be read is tried again next time.
    return {
      problem: { file, reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped` },
    };
  }
  const result = parseArticleFile(file, bytes);
  kept?.set(file, { stamp, result });
  return result;
}

/**
 * What `loadArticles` read of each file, by its name, with the stamp it was read at (its resolved path, size, times of
 * change and inode): kept by a thread that reads the folder again and again (see `src/discord/reading.ts`).
 */
export type ReadFiles = Map<string, { stamp: string; result: ReturnType<typeof parseArticleFile> }>;

/**
 * What `loadArticles` would read, without reading it: each entry's name, and the resolved file's path, size and
 * times of change, or why it would be skipped. The same list means the same articles, for a reading kept between
 * starts; any write to a file changes its change time.
 */
export function articleFingerprint(dir: string, root: string = dirname(dir)): string[] {
  const inside = insideFolder(root);
  const folder = realpathSync(dir);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => {
      const file = entry.name;
      // A plain file is where its folder is: only a link needs resolving (and the checks `loadArticles` makes).
      const target = entry.isFile() ? plainFile(join(folder, file), inside) : regularFile(join(dir, file), inside);
      if ('reason' in target) return `${file}|${target.reason}`;
      const { size, mtimeMs, ctimeMs, ino } = target.stat;
      return `${file}|${target.real}|${size}|${mtimeMs}|${ctimeMs}|${ino}`;
    });
}

/** A file the folder listing says is a plain file: inside the data folder or not, and its stat. */
function plainFile(
  real: string,
  inside: (real: string) => boolean,
): { real: string; stat: Stats } | { reason: string } {
  if (!inside(real)) return { reason: 'is a link to a file outside the data folder' };
  try {
    return { real, stat: statSync(real) };
  } catch {
    return { reason: 'file is missing' };
  }
}

/** Is a resolved path inside `root` (itself resolved, so a data folder reached through a link works)? */
function insideFolder(root: string): (real: string) => boolean {
  let base: string;
  try {
    base = realpathSync(root);
  } catch {
    base = resolve(root);
  }
  return (real) => real === base || real.startsWith(base.endsWith(sep) ? base : base + sep);
}

/** What `path` is, after links: a regular file inside the data folder, or what it is instead. */
function regularFile(
  path: string,
  inside: (real: string) => boolean,
): { real: string; stat: Stats } | { reason: string; missing?: true } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return { reason: `could not be resolved (${code ?? 'error'})` };
    // A name that is there but leads nowhere is a dangling link; one that is not there is missing.
    return lstatOrNull(path)
      ? { reason: 'is a link to nothing (dangling)' }
      : { reason: 'file is missing', missing: true };
  }
  if (!inside(real)) return { reason: 'is a link to a file outside the data folder' };
  const stat = statSync(real);
  if (stat.isDirectory()) return { reason: 'is a folder, not a file' };
  if (!stat.isFile()) return { reason: 'is not a regular file (a device, pipe or socket)' };
  return { real, stat };
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** Larger than any people or organisations file by far; a bigger one is a mistake, and is not read. */
const MAX_DATA_BYTES = 5_000_000;

/**
 * A JSON data file inside the data folder: its parsed value, `missing`, or why it cannot be used.
 * The reason never quotes the file (a JSON parser's message does), as `/sources` shows it to everyone.
 */
function readDataJson(path: string, root: string): { json: unknown } | { missing: true } | { reason: string } {
  const target = regularFile(path, insideFolder(root));
  if ('missing' in target) return { missing: true };
  if ('reason' in target) return { reason: target.reason };
  if (target.stat.size > MAX_DATA_BYTES)
    return { reason: `file is ${target.stat.size} bytes; expected at most ${MAX_DATA_BYTES}` };
  let text: string;
  try {
    text = readFileSync(target.real, 'utf8');
  } catch (error) {
    return { reason: `not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    return { json: JSON.parse(text) as unknown };
  } catch {
    return { reason: 'not readable JSON' };
  }
}

/**
 * The people file, validated; ambiguous aliases are dropped and reported rather than stopping the
 * bot. It is optional, as `organisations.json` is: without it the speakers are those the text names.
 * A broken file is reported and read as none, and every article is still served.
 */
/** What a broken people file leaves: the people the articles name, without the list's names for them. */
export const UNTIL_FIXED = 'no people list is used until it is fixed';

export function loadPeople(path: string, root: string = dirname(path)): { people: Person[]; problems: DataProblem[] } {
  const file = basename(path);
  const none = (reason: string) => ({
    people: [],
    problems: [{ file, reason: `${reason}; ${UNTIL_FIXED}` }],
  });
  const read = readDataJson(path, root);
  if ('missing' in read) return { people: [], problems: [] };
  if ('reason' in read) return none(read.reason);
  const parsed = peopleFileSchema.safeParse(read.json);
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
  const read = <T>(
    file: string,
    parse: (raw: unknown) => { success: true; data: T } | { success: false; error: ZodError },
  ): T | null => {
    const found = readDataJson(join(dataDir, file), dataDir);
    if ('missing' in found) return null;
    if ('reason' in found) {
      problems.push({ file, reason: `${found.reason}; ignored` });
      return null;
    }
    const parsed = parse(found.json);
    if (parsed.success) return parsed.data;
    problems.push({ file, reason: `${describeIssues(parsed.error).join('; ')}; ignored` });
    return null;
  };
  const organisations = read(ORGANISATIONS_FILE, (raw) => organisationsFileSchema.safeParse(raw))?.organisations ?? [];
  const dates = read(DATES_FILE, (raw) => knownDatesFileSchema.safeParse(raw))?.dates ?? [];
  return { world: { organisations, dates }, problems };
}

export const ORGANISATIONS_FILE = 'organisations.json';
export const DATES_FILE = 'dates.json';
