import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { createRequire } from 'node:module';
import type { Refusal } from './addition.js';

/**
 * linkedom and Readability take a third of a second to load: loaded the first time a page is read, not at every start
 * of a bot whose articles are all markdown.
 */
const requireCommonJs = createRequire(import.meta.url);
let tools: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | null = null;
const domTools = () =>
  (tools ??= {
    parseHTML: (requireCommonJs('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML,
    Readability: (requireCommonJs('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  });

/**
 * A news web page read as a reader sees it: the article's text by Mozilla's Readability (Firefox's Reader View) over
 * linkedom, a light DOM, and what the page says of itself in its metadata: its headline, outlet, day of publication,
 * canonical address and language. What the page does not say stays unknown (null), as an operator's front matter
 * records only what is known. Pure: the page's text in, the article out; fetching and writing are the caller's.
 */
export interface PageArticle {
  title: string;
  outlet: string | null;
  /** The day the page says it was published, `YYYY-MM-DD`, as written there (no time zone is converted). */
  published: string | null;
  /** The language the page declares (`de`, `pt-BR`); a page that declares none is refused. */
  language: string;
  /** The page's canonical http(s) address, else the one it was read from, else null. */
  url: string | null;
  /** The article's paragraphs and headings, one a line, a blank line between. */
  body: string;
}

export type PageRead = { article: PageArticle } | Refusal;

/** The DOM Readability takes: linkedom's document is one, typed by the browser's lib this project does not load. */
type ReadabilityDocument = ConstructorParameters<typeof ReadabilityClass>[0];

/** Less than this is a teaser, a paywall or a page of links, not an article to read. */
const MIN_TEXT = 400;

export function readPage(html: string, from: { url?: string | null } = {}): PageRead {
  const { parseHTML, Readability } = domTools();
  // Text without markup (or nothing) parses to a document without an element, which Readability throws on.
  const parsed = parseHTML(html).document;
  const document = parsed.documentElement ? parsed : parseHTML(`<html><body>${html}</body></html>`).document;
  const meta = metadataOf(document);
  // The text the page itself marks as its article's (schema.org), kept before Readability rearranges the document:
  // where Readability finds nothing (one short report in a page of navigation), this is the article.
  const marked = document.querySelector('[itemprop="articleBody"]')?.innerHTML ?? null;
  const read = new Readability(document as unknown as ReadabilityDocument, { charThreshold: MIN_TEXT }).parse();
  const content = read?.content || marked;
  if (!content) return { refused: 'the page holds no article text', why: 'text' };
  const { body, linked } = paragraphsOf(content);
  if (body.length < MIN_TEXT)
    return { refused: 'the page holds no article text (a teaser, a paywall or a list?)', why: 'text' };
  if (linked > MAX_LINKED) return { refused: 'the page holds no article text, only links', why: 'text' };
  const title = clean(meta.title ?? read?.title ?? '');
  if (title === '') return { refused: 'the page has no title', why: 'text' };
  const language = languageTag(meta.language ?? read?.lang ?? null) ?? languageOfText(body);
  if (!language) return { refused: 'the page does not say its language, nor do its words show it', why: 'text' };
  return {
    article: {
      title: title.slice(0, 300),
      outlet: nonEmpty(meta.outlet ?? read?.siteName)?.slice(0, 100) ?? null,
      published: dayOf(meta.published ?? read?.publishedTime ?? null),
      language,
      url: httpUrl(meta.url) ?? httpUrl(from.url ?? null),
      body,
    },
  };
}

/**
 * A text file without front matter (a `.txt` or `.md` a moderator saved from an article): its first line is the
 * title, markdown's `#` dropped; the rest is the text. Nothing is known of its outlet, date or address; its language is
 * what its words show.
 */
export function readPlainText(text: string): PageRead {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) return { refused: 'the file is empty', why: 'text' };
  const title = clean(lines[first]!.replace(/^#+\s*/, ''));
  const body = lines
    .slice(first + 1)
    .join('\n')
    .trim();
  if (body.length < MIN_TEXT) return { refused: 'the file holds no article text after its first line', why: 'text' };
  const language = languageOfText(body);
  if (!language) return { refused: 'the words of the file show no language the bot knows', why: 'text' };
  return { article: { title: title.slice(0, 300), outlet: null, published: null, language, url: null, body } };
}

interface PageMetadata {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
}

/** What the page says of itself: JSON-LD first (what publishers write for search engines), then Open Graph. */
function metadataOf(document: ParentNodeLike): PageMetadata {
  const ld = jsonLdArticle(document);
  const property = (name: string) =>
    nonEmpty(document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content'));
  const time = nonEmpty(document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
  return {
    title: nonEmpty(text(ld?.headline)) ?? property('og:title'),
    outlet: property('og:site_name') ?? nonEmpty(text(publisherOf(ld))),
    published:
      nonEmpty(text(ld?.datePublished)) ??
      property('article:published_time') ??
      // German publishers often write only these: `<meta name="date">`, Dublin Core's issue date.
      property('date') ??
      property('DC.date.issued') ??
      // schema.org microdata in the page's markup: `<meta itemprop="datePublished" content="…">`, `<time itemprop=…>`.
      microdataDate(document) ??
      time,
    url: nonEmpty(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? property('og:url'),
    language:
      nonEmpty(document.querySelector('html')?.getAttribute('lang')) ??
      nonEmpty(text(ld?.inLanguage)) ??
      property('og:locale'),
  };
}

/** The publication date a page marks with schema.org microdata (never `dateCreated`: a page is often re-created). */
function microdataDate(document: ParentNodeLike): string | null {
  const marked = document.querySelector('[itemprop="datePublished"]');
  return nonEmpty(marked?.getAttribute('content') ?? marked?.getAttribute('datetime') ?? null);
}

/** The parts of a DOM this reader asks: linkedom's document, typed as little as it is used. */
interface ParentNodeLike {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}

type JsonLd = Record<string, unknown>;

/** The page's JSON-LD object that is an article (`NewsArticle`, `Article`, `ReportageNewsArticle`…), if any. */
function jsonLdArticle(document: ParentNodeLike): JsonLd | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = articleIn(data);
    if (found) return found;
  }
  return null;
}

function articleIn(data: unknown, depth = 0): JsonLd | null {
  if (depth > 3 || data === null || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = articleIn(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = data as JsonLd;
  const types = [record['@type']].flat().map(String);
  if (types.some((t) => /Article$/.test(t))) return record;
  return articleIn(record['@graph'], depth + 1);
}

function publisherOf(ld: JsonLd | null): unknown {
  const publisher = ld?.publisher;
  if (Array.isArray(publisher)) return (publisher[0] as JsonLd | undefined)?.name;
  return publisher && typeof publisher === 'object' ? (publisher as JsonLd).name : publisher;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const nonEmpty = (value: string | null | undefined): string | null => {
  const cleaned = value == null ? '' : clean(value);
  return cleaned === '' ? null : cleaned;
};
const clean = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * The blocks of Readability's article, each a line: headings, paragraphs, list items, quotations, each once (a
 * paragraph inside a quotation is read as the quotation's). Captions are left out: they describe a picture.
 */
function paragraphsOf(content: string): { body: string; linked: number } {
  const { document } = domTools().parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  for (const caption of document.querySelectorAll('figcaption, figure, picture, svg')) caption.remove();
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS));
  const lines = blocks.map((b) => clean(b.textContent ?? '')).filter((line) => line !== '');
  const body = lines.length > 0 ? lines.join('\n\n') : clean(document.body?.textContent ?? '');
  const links = [...document.querySelectorAll('a')].reduce((n, a) => n + clean(a.textContent ?? '').length, 0);
  return { body, linked: body.length === 0 ? 1 : links / body.length };
}
/** An article links some of its words; a page whose text is mostly links is an index of other pages. */
const MAX_LINKED = 0.5;
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td';

/** `2015-07-24T05:36:09+01:00` → `2015-07-24`: the day as the page writes it; anything else is no date. */
function dayOf(value: string | null): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? m[0] : null;
}

/** `de`, `de-DE`, `de_DE`, `pt-br` → `de`, `de-DE`, `de-DE`, `pt-BR`; null when it is no language tag. */
function languageTag(value: string | null): string | null {
  const m = value ? /^([a-z]{2})(?:[-_]([a-z]{2}))?$/i.exec(value.trim()) : null;
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

/**
 * The language a text's commonest words show, for a page that declares none: each language's function words counted,
 * the one with most taken when they are at least a tenth of the words and twice the next language's. Else null.
 */
export function languageOfText(body: string): string | null {
  const words = body.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = Object.entries(FUNCTION_WORDS)
    .map(([language, list]) => ({ language, count: words.filter((w) => list.has(w)).length }))
    .sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  if (!first || first.count < words.length / 10 || first.count < 2 * (second?.count ?? 0)) return null;
  return first.language;
}
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries({
    de: 'der die das und ist nicht mit von den zu sich auch auf für dem ein eine im wurde',
    en: 'the and of to is that was for with on are as his they be it this',
    fr: 'le la les et des est une pour dans qui que pas sur du au ce',
    es: 'el los las y del que en por una con para es se al lo como',
    pt: 'o os e do da que em um uma para com não dos das no na',
    it: 'il che di e per un una non sono del della con gli le si',
    nl: 'de het een en van is dat op te niet met voor zijn er',
  }).map(([language, words]) => [language, new Set(words.split(' '))]),
);

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.href.length <= 2048 ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A page's bytes as text, in the encoding it declares: a byte-order mark, then the `charset` of its Content-Type,
 * then a `<meta charset>` or `http-equiv` in its first kilobytes; without one, UTF-8 if the bytes are UTF-8, else
 * Windows-1252 (what browsers assume of an undeclared Western page).
 */
export function decodePage(bytes: Uint8Array, contentType: string | null = null): string {
  const declared = bomOf(bytes) ?? charsetIn(contentType ?? '') ?? charsetIn(latin1(bytes.subarray(0, 4096)));
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An encoding no decoder knows: read as if none were declared.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function bomOf(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

const charsetIn = (text: string) => /charset\s*=\s*["']?([\w.:-]+)/i.exec(text)?.[1]?.toLowerCase() ?? null;
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
