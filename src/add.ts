import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { articleFile, idOf } from './corpus/article-file.js';
import { loadArticles, MAX_ARTICLE_BYTES, MAX_PAGE_BYTES, parseArticleFile } from './corpus/load.js';
import { decodePage, readPage, type PageArticle } from './corpus/page.js';
import { fetchPage, type FetchOptions } from './fetch-page.js';
import type { Article } from './corpus/types.js';

/**
 * An article added to a data folder from a web page saved as a file, or from a file with front matter, as an operator
 * would write it: read (see `readPage`), checked against what the folder holds, and written under `articles/` in one
 * step (written beside, then renamed), so a running bot never reads half a file. What was added, or why not.
 */
export type Added =
  | { added: { id: string; file: string; title: string; outlet: string | null; published: string | null } }
  | { refused: string };

const PAGE = /\.html?$/i;
const TEXT = /\.(?:md|txt)$/i;

export function addFile(dataDir: string, path: string): Added {
  const name = basename(path);
  if (!PAGE.test(name) && !TEXT.test(name)) return { refused: `${name}: expected a .html, .htm, .md or .txt file` };
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { refused: `${name}: cannot be read` };
  }
  if (size > MAX_PAGE_BYTES) return { refused: `${name}: ${size} bytes; a page may be at most ${MAX_PAGE_BYTES}` };
  const bytes = readFileSync(path);
  const read = PAGE.test(name) ? readPage(decodePage(bytes)) : withFrontMatter(name, bytes);
  if ('refused' in read) return { refused: `${name}: ${read.refused}` };
  return addArticle(dataDir, read.article);
}

/**
 * A page at a web address added to a data folder: fetched so that it cannot be turned against the host (see
 * `fetchPage`), then read as a file of its type is. `fetching` is for tests alone (an address they may reach).
 */
export async function addUrl(dataDir: string, address: string, fetching: FetchOptions = {}): Promise<Added> {
  const fetched = await fetchPage(address, fetching);
  if ('refused' in fetched) return { refused: `${address}: ${fetched.refused}` };
  const type = fetched.contentType.split(';')[0]!.trim().toLowerCase();
  const read = /html/.test(type)
    ? readPage(decodePage(fetched.bytes, fetched.contentType), { url: fetched.url })
    : withFrontMatter(address, fetched.bytes);
  if ('refused' in read) return { refused: `${address}: ${read.refused}` };
  return addArticle(dataDir, read.article);
}

/** A `.md` or `.txt` file is added only as the loader reads it: with front matter, its fields valid. */
function withFrontMatter(name: string, bytes: Buffer): { article: PageArticle } | { refused: string } {
  const parsed = parseArticleFile(name, bytes);
  if ('problem' in parsed) return { refused: parsed.problem.reason };
  const { title, outlet, published, language, url, body } = parsed.article;
  return { article: { title, outlet, published, language, url, body } };
}

export function addArticle(dataDir: string, article: PageArticle): Added {
  const folder = join(dataDir, 'articles');
  const { articles } = loadArticles(folder, dataDir);
  const same = duplicateOf(article, articles);
  if (same) return { refused: `the folder already holds this article (${same.file})` };
  const id = idOf(article.title, new Set(articles.map((a) => a.id)));
  const text = articleFile(id, article);
  if (Buffer.byteLength(text) > MAX_ARTICLE_BYTES) return { refused: 'the article is longer than an article may be' };
  // What is written reads back as written: the loader would otherwise skip it at the next start.
  const check = parseArticleFile(`${id}.md`, Buffer.from(text));
  if ('problem' in check) return { refused: check.problem.reason };
  const file = join(folder, `${id}.md`);
  const temporary = join(folder, `.${id}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never written: nothing to remove.
    }
    return { refused: `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  const { title, outlet, published } = article;
  return { added: { id, file, title, outlet, published } };
}

/** The article of the folder this one is: the same canonical address, or the same words. */
function duplicateOf(article: PageArticle, articles: Article[]): Article | undefined {
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  const body = words(article.body);
  return articles.find((a) => (article.url !== null && a.url === article.url) || words(a.body) === body);
}
