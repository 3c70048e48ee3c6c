import { randomBytes } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { articleFile, idOf } from './corpus/article-file.js';
import { loadArticles, MAX_ARTICLE_BYTES, MAX_PAGE_BYTES, parseArticleFile } from './corpus/load.js';
import { decodePage, readPage, readPlainText, type PageArticle, type PageRead } from './corpus/page.js';
import type { Refusal, SentFile } from './corpus/addition.js';
import { fetchPage, type FetchOptions } from './fetch-page.js';
import type { Article } from './corpus/types.js';

/**
 * An article added to a data folder from a web page (fetched, or saved as a file), or from a text file, as an operator
 * would write it: read (see `readPage`), checked against what the story holds, and written under `articles/` in one
 * step (written beside, then linked in), so a running bot never reads half a file and two writers never overwrite each
 * other. What was added, or why not.
 */
export type Added =
  { added: { id: string; file: string; title: string; outlet: string | null; published: string | null } } | Refusal;

export interface AddOptions {
  /** How pages are fetched; only tests set it (an address they may reach). */
  fetching?: FetchOptions;
  /**
   * The story's articles kept elsewhere (the operator's, for a server's folder): one of them again is a duplicate, and
   * their ids are not reused.
   */
  beside?: readonly Article[];
}

const PAGE = /\.html?$/i;
const TEXT = /\.(?:md|txt)$/i;
const KINDS = 'a .html, .htm, .md or .txt file';

export function addFile(dataDir: string, path: string, options: AddOptions = {}): Added {
  const name = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return unreadable(name, 0) ?? { refused: `${name}: cannot be read`, why: 'missing' };
  }
  return unreadable(name, size) ?? addRead(dataDir, articleOfFile(name, readFileSync(path)), name, options);
}

/** Why a file of this name and size is not read, known before reading it: its type, or its size. */
function unreadable(name: string, size: number): Refusal | null {
  if (!PAGE.test(name) && !TEXT.test(name)) return { refused: `${name}: expected ${KINDS}`, why: 'type' };
  if (size > MAX_PAGE_BYTES)
    return { refused: `${name}: ${size} bytes; a page may be at most ${MAX_PAGE_BYTES}`, why: 'size' };
  return null;
}

/** What was read from `from` (a file's name, an address), added to the folder; or why not, said of `from`. */
function addRead(dataDir: string, read: PageRead, from: string, options: AddOptions): Added {
  if ('refused' in read) return { ...read, refused: `${from}: ${read.refused}` };
  return addArticle(dataDir, read.article, options.beside);
}

/**
 * A page at a web address added to a data folder: fetched so that it cannot be turned against the host (see
 * `fetchPage`), then read as a file of its type is.
 */
export async function addUrl(dataDir: string, address: string, options: AddOptions = {}): Promise<Added> {
  const fetched = await fetchPage(address, options.fetching);
  if ('refused' in fetched) return { ...fetched, refused: `${address}: ${fetched.refused}` };
  const type = fetched.contentType.split(';')[0]!.trim().toLowerCase();
  const read = /html/.test(type)
    ? readPage(decodePage(fetched.bytes, fetched.contentType), { url: fetched.url })
    : articleOfFile(basename(new URL(fetched.url).pathname) || 'page.txt', fetched.bytes, fetched.contentType);
  return addRead(dataDir, read, address, options);
}

/** A file sent to the bot (a Discord attachment; see `SentFile`). */
export async function addSentFile(dataDir: string, file: SentFile, options: AddOptions = {}): Promise<Added> {
  const { name } = file;
  const refused = unreadable(name, file.size);
  if (refused) return refused;
  // A file host answers with any type (`application/octet-stream`); the name decides how the bytes are read.
  const fetched = await fetchPage(file.url, { ...options.fetching, anyType: true });
  if ('refused' in fetched) return { ...fetched, refused: `${name}: ${fetched.refused}` };
  return addRead(dataDir, articleOfFile(name, fetched.bytes), name, options);
}

/**
 * A file's article by its name: a page read as a reader sees it; a text file with front matter as the loader reads
 * it, its fields valid; one without, its first line the title (see `readPlainText`).
 */
function articleOfFile(name: string, bytes: Buffer, contentType: string | null = null): PageRead {
  if (PAGE.test(name)) return readPage(decodePage(bytes, contentType));
  if (bytes.includes(0)) return { refused: 'the file is binary, not text', why: 'type' };
  const text = decodePage(bytes, contentType);
  if (!/^\uFEFF?---\s*\n/.test(text)) return readPlainText(text);
  const parsed = parseArticleFile(TEXT.test(name) ? name : 'article.md', Buffer.from(text));
  if ('problem' in parsed) return { refused: parsed.problem.reason, why: 'text' };
  const { title, outlet, published, language, url, body } = parsed.article;
  return { article: { title, outlet, published, language, url, body } };
}

/** How often a new id is tried when another writer took the one chosen between the check and the write. */
const WRITE_TRIES = 3;

export function addArticle(dataDir: string, article: PageArticle, beside: readonly Article[] = []): Added {
  const folder = join(dataDir, 'articles');
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    return { refused: `cannot make ${folder}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, why: 'write' };
  }
  const { articles } = loadArticles(folder, dataDir);
  const story = [...beside, ...articles];
  const same = duplicateOf(article, story);
  if (same) return { refused: `the story already holds this article (${same.file})`, why: 'duplicate' };
  const taken = new Set(story.map((a) => a.id));
  for (let attempt = 0; attempt < WRITE_TRIES; attempt++) {
    const id = idOf(article.title, taken);
    const text = articleFile(id, article);
    if (Buffer.byteLength(text) > MAX_ARTICLE_BYTES)
      return { refused: 'the article is longer than an article may be', why: 'size' };
    // What is written reads back as written: the loader would otherwise skip it at the next start.
    const check = parseArticleFile(`${id}.md`, Buffer.from(text));
    if ('problem' in check) return { refused: check.problem.reason, why: 'text' };
    const file = join(folder, `${id}.md`);
    const written = writeNew(folder, file, text);
    if (written === 'taken') {
      taken.add(id);
      continue;
    }
    if (written) return { refused: `cannot write ${file}: ${written}`, why: 'write' };
    const { title, outlet, published } = article;
    return { added: { id, file, title, outlet, published } };
  }
  return { refused: 'others are adding articles of this title at the same time', why: 'write' };
}

/**
 * `text` as `file`, whole or not at all, and only if no file of that name is there: written beside it, then linked to
 * its name, which fails when another writer (another replica sharing the folder) was first. A file system without
 * links gets a rename after a look. Null when written; 'taken'; or the error's code.
 */
function writeNew(folder: string, file: string, text: string): null | 'taken' | string {
  const temporary = join(folder, `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    try {
      linkSync(temporary, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return 'taken';
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
      if (existsSync(file)) return 'taken';
      renameSync(temporary, file);
    }
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'error';
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Renamed into place, or never written.
    }
  }
}

/** The article of the story this one is: the same canonical address, or the same words. */
function duplicateOf(article: PageArticle, articles: readonly Article[]): Article | undefined {
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  const body = words(article.body);
  return articles.find((a) => (article.url !== null && a.url === article.url) || words(a.body) === body);
}
