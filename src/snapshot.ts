import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { readDataFolder, readingKept, readSideFiles, type DataFolder, type FolderReading } from './app.js';
import { articleFingerprint, type ReadFiles } from './corpus/load.js';
import type { Person } from './corpus/schema.js';
import type { Article, SegmentedArticle, Sentence } from './corpus/types.js';
import type { KeptReading, KeptReadings } from './reconcile/kept.js';
import type { Figure } from './extract/figures.js';
import { keptSentences, sentencesOf, type KeptSentences } from './corpus/columns.js';

/**
 * A reading kept on disk (`INDEX_CACHE`), so a restart, a shard or a replica that shares the data folder does not read
 * the articles again. One file: a header line of JSON, then the reading in V8's serialisation, which keeps the
 * reading's shared objects shared. The header names what the reading is of: this code, this V8, these files, read;
 * and the payload's length and CRC-32, so a file cut short or altered is told apart from one merely out of date.
 */
const FORMAT = 7;

const headerSchema = z.object({
  format: z.number(),
  key: z.string(),
  /** The payload is the reading, then each article's readings: the first part's length. */
  readingBytes: z.number().int().nonnegative(),
  /** Of this code and this V8: what each article's reading kept in the file may still serve (see `kept.ts`). */
  reuse: z.string().optional(),
  bytes: z.number().int().nonnegative(),
  crc32: z.number().int().nonnegative(),
});

/** What a reading must at least be: arrays where the index expects them. */
const readingSchema = z.object({
  folder: z.object({ people: z.array(z.unknown()), problems: z.array(z.unknown()), world: z.object({}) }),
  extraction: z.object({
    segmented: z.array(
      z.object({
        article: z.object({ id: z.string(), body: z.string() }),
        sentences: z.object({ start: z.instanceof(Int32Array), end: z.instanceof(Int32Array) }),
      }),
    ),
    failed: z.array(z.unknown()),
    people: z.array(z.unknown()),
    quotes: z.array(z.unknown()),
    terms: z.array(z.unknown()),
    events: z.array(z.unknown()),
    figures: z.array(z.unknown()),
  }),
  prepared: z.object({
    quotes: z.object({ folded: z.array(z.unknown()) }),
    events: z.object({ folded: z.array(z.unknown()) }),
    figures: z.object({ folded: z.array(z.unknown()) }),
    figureGroups: z.array(z.unknown()),
    topics: z.array(z.string()),
  }),
});

export type SnapshotRead =
  { reading: FolderReading } | { missing: true } | { stale: string; readings?: KeptReadings } | { damaged: string };

/** The version of the running code: the build's own hash, or under tsx a hash of the TypeScript. */
export function codeVersion(): string {
  const here = fileURLToPath(import.meta.url);
  const built = /[/\\]dist[/\\]([0-9a-f]{16})[/\\]/.exec(here);
  if (built) return built[1]!;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(name).update(readFileSync(path));
    }
  };
  walk(dirname(here));
  return hash.digest('hex').slice(0, 16);
}

/**
 * What a reading of a folder depends on: the code that reads, the V8 that serialises, the articles as files (names,
 * sizes, times of change: see `articleFingerprint`, so they need not be read to know) and the data files beside them.
 */
export function snapshotKey(articles: string[], side: Omit<DataFolder, 'articles'>, code: string): string {
  return createHash('sha256')
    .update(`${FORMAT}|${code}|${process.versions.v8}|${articles.join('\n')}|`)
    .update(serialize(side))
    .digest('hex');
}

/**
 * The reading kept in `file` for `key`; else why not: none, of other files or code, or damaged. Never throws. A file of
 * other files but this code (`reuse`, see `reuseKey`) still gives what was read of each article; with `eachArticle`,
 * only that is read, whatever files it is of (a reading thread's memory for its next rebuild, see `reading.ts`).
 */
export function readSnapshot(file: string, key: string, reuse = reuseKey(), eachArticle = false): SnapshotRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { missing: true };
  }
  const end = bytes.indexOf(0x0a);
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8')));
  } catch {
    return { damaged: 'its header cannot be read' };
  }
  const stale = header.format !== FORMAT || header.key !== key;
  if (stale && (header.format !== FORMAT || header.reuse !== reuse))
    return { stale: 'it was read from other files or code' };
  const payload = bytes.subarray(end + 1);
  if (payload.length !== header.bytes || header.readingBytes > header.bytes)
    return { damaged: `it holds ${payload.length} bytes, not ${header.bytes}` };
  if (crc32(payload) !== header.crc32) return { damaged: 'its checksum does not match' };
  // Only the part asked for is read: the reading to serve, or, when it is of other articles, what each article gave.
  try {
    if (!stale && !eachArticle)
      return { reading: expand(usableReading(deserialize(payload.subarray(0, header.readingBytes)))) };
    const readings = deserialize(payload.subarray(header.readingBytes)) as KeptReadings;
    // Checked, not taken from the check: a schema's result keeps only the fields it names.
    readingsSchema.parse(readings);
    return { stale: 'an article or a data file changed', readings: expandReadings(readings) };
  } catch {
    return { damaged: 'its reading is not one the index can use' };
  }
}

/** A reading the index can use, or an error: arrays where the index expects them, one folded field per item. */
function usableReading(value: unknown): FolderReading {
  readingSchema.parse(value);
  const reading = value as FolderReading;
  const { extraction, prepared } = reading;
  if (prepared.quotes.folded.length !== extraction.quotes.length) throw new Error('quotes');
  if (prepared.figures.folded.length !== extraction.figures.length) throw new Error('figures');
  if (prepared.events.folded.length !== extraction.events.length) throw new Error('events');
  return reading;
}

/** What the articles' readings must at least be: each what an article read alone gave, or why it could not. */
const readingsSchema = z.map(
  z.string(),
  z.object({
    alone: z.union([z.object({ result: z.object({ segmented: z.object({}) }) }), z.object({ problem: z.object({}) })]),
  }),
);

/** What a kept file's articles' readings may serve: this format, this code, this V8. */
export function reuseKey(code = codeVersion()): string {
  return createHash('sha256').update(`${FORMAT}|${code}|${process.versions.v8}`).digest('hex');
}

/** Each article's sentences in columns (see `keptSentences`), or the article its id alone where it was `sent`. */
function compact(reading: FolderReading, sent: ReadonlyMap<string, SegmentedArticle> = new Map()): FolderReading {
  const segmented = reading.extraction.segmented.map((s) =>
    sent.get(s.article.id) === s ? ({ held: s.article.id } as unknown as SegmentedArticle) : small(s),
  );
  return { ...reading, extraction: { ...reading.extraction, segmented } };
}

function compactReadings(readings: KeptReadings): KeptReadings {
  const each = new Map<string, KeptReading>();
  for (const [digest, r] of readings) {
    const alone =
      'result' in r.alone ? { result: { ...r.alone.result, segmented: small(r.alone.result.segmented) } } : r.alone;
    each.set(digest, { ...r, alone });
  }
  return each;
}

const small = (s: SegmentedArticle): SegmentedArticle => ({
  ...s,
  sentences: keptSentences(s.article.body, s.sentences) as unknown as Sentence[],
});

const full = (s: SegmentedArticle) => {
  if (!Array.isArray(s.sentences))
    s.sentences = sentencesOf(s.article.id, s.article.body, s.sentences as unknown as KeptSentences);
};

function expand(reading: FolderReading): FolderReading {
  for (const s of reading.extraction.segmented) full(s);
  freshRanges(reading.extraction.figures);
  return reading;
}

function expandReadings(readings: KeptReadings): KeptReadings {
  for (const r of readings.values()) {
    if ('result' in r.alone) full(r.alone.result.segmented);
    if (r.together && 'result' in r.together.read) freshRanges(r.together.read.result.figures);
  }
  return readings;
}

/**
 * Each figure's range as an array made here: V8 reads back a pair of numbers as an array it reads several times slower
 * (grouping 20,000 figures took 750 ms instead of 160 ms), and figures are grouped and compared by their ranges.
 */
function freshRanges(figures: Figure[]): void {
  for (const f of figures) f.range = [f.range[0], f.range[1]];
}

/**
 * A reading as bytes to send to another thread (see `src/discord/reading.ts`): its sentences in columns, as a kept file
 * holds them. Sent as a transfer, they cost the answering thread only `unpackReading`: a structured copy of the
 * reading's million small objects held it about three times as long at 5,000 articles. An article `sent` before, the
 * very object, goes as its id alone: the receiver holds it from the last reading it unpacked (nearly all of the bytes
 * are the articles and their sentences, and after a change nearly all articles are the same).
 */
export function packReading(
  reading: FolderReading,
  sent: ReadonlyMap<string, SegmentedArticle> = new Map(),
): Uint8Array {
  return serialize(compact(reading, sent));
}

/** The reading `packReading` packed; `held`: the articles of the last reading unpacked, by id. */
export function unpackReading(
  bytes: Uint8Array,
  held: ReadonlyMap<string, SegmentedArticle> = new Map(),
): FolderReading {
  const reading = deserialize(bytes) as FolderReading;
  const { segmented } = reading.extraction;
  segmented.forEach((s, i) => {
    const id = (s as unknown as { held?: string }).held;
    if (id === undefined) return;
    const was = held.get(id);
    if (!was) throw new Error(`the reading names an article this thread does not hold: ${id}`);
    segmented[i] = was;
  });
  // What was held has its sentences already: `expand` makes only the others'.
  return expand(reading);
}

/** The articles of a reading by id: what `packReading` may send as ids next time, and `unpackReading` fills in. */
export const articlesOf = (reading: FolderReading) =>
  new Map(reading.extraction.segmented.map((s) => [s.article.id, s]));

/** Keeps `reading` and each article's `readings` in `file` for `key`: written beside it, then renamed over it. */
export function writeSnapshot(
  file: string,
  key: string,
  reading: FolderReading,
  readings: KeptReadings = new Map(),
  reuse = reuseKey(),
): void {
  // Apart, so a start reads only the reading and a rebuild only what each article gave; written in turn, not joined.
  const parts = [serialize(compact(reading)), serialize(compactReadings(readings))] as const;
  const bytes = parts[0].length + parts[1].length;
  const sum = crc32(parts[1], crc32(parts[0]));
  const header = JSON.stringify({ format: FORMAT, key, readingBytes: parts[0].length, reuse, bytes, crc32: sum });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      for (const part of [Buffer.from(`${header}\n`), ...parts]) writeSync(fd, part);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    throw error;
  }
}

/** How a folder's reading was had: kept from before, or read, and why the kept one could not serve. */
export type ReadingSource = { from: 'snapshot' } | ReadFromArticles;
interface ReadFromArticles {
  from: 'articles';
  because: 'off' | 'missing' | 'stale' | 'damaged';
  detail?: string;
  notKept?: string;
  /** How many threads read them, when more than one. */
  threads?: number;
  /** How many articles were read again, when what was read of each before was kept (see `extractKept`). */
  reread?: number;
}

/**
 * A data folder's reading: the one kept in `snapshotFile` when it is of these very files and this code, else read from
 * the articles (only those a change touches, when the file kept what each article gave: see `extractKept`) and kept
 * there for the next start. `snapshotFile` null reads and keeps nothing.
 */
export function readFolderKept(
  dataDir: string,
  snapshotFile: string | null,
  lastPeople: Person[] = [],
): { reading: FolderReading; source: ReadingSource } {
  const found = lookForKept(dataDir, snapshotFile, lastPeople);
  if ('reading' in found) return found;
  const { reading, readings, reread } = readingKept(found.articles, found.folder, found.before);
  const keeping = found.keep(reading, readings, reread);
  keeping.write();
  return { reading, source: keeping.source };
}

/**
 * Where a reading read from the articles came from, and its keeping in the file: `write` keeps it, and on failure says
 * why in `source.notKept`. Apart, so a live rebuild can hand its reading over first and write after.
 */
export interface Keeping {
  source: ReadFromArticles;
  write(): void;
}

/** What was read of each article from the kept file, and how to keep a new reading (see `lookForKept`). */
export interface ToRead {
  articles: Article[];
  folder: Omit<DataFolder, 'articles'>;
  /** What the kept file holds of each article, when it is of this code; else nothing. */
  before: KeptReadings;
  keep: (reading: FolderReading, readings: KeptReadings, reread?: number) => Keeping;
}

/** Why a reading thread read only what changed without the kept file: it held the last reading (see `lookForKept`). */
export const IN_MEMORY = 'what changed since the reading this thread holds';

/**
 * What a thread that reads a folder again and again holds from its last reading (see `src/discord/reading.ts`): what
 * was read of each article, used instead of the kept file's, and of each file (see `loadArticles`).
 */
export interface Held {
  readings?: KeptReadings;
  files?: ReadFiles;
}

/**
 * The first half of `readFolderKept`: the reading kept, or the articles to read and how to keep their reading once it
 * is read (on this thread or several: see `src/discord/parallel.ts`), saying where it came from.
 */
export function lookForKept(
  dataDir: string,
  snapshotFile: string | null,
  lastPeople: Person[] = [],
  serverDir?: string,
  held: Held = {},
): { reading: FolderReading; source: ReadingSource } | ToRead {
  const side = readSideFiles(dataDir, lastPeople);
  const toRead = (before: KeptReadings, keep: ToRead['keep']): ToRead => {
    const { articles, ...folder } = readDataFolder(dataDir, lastPeople, side, serverDir, held.files);
    return { articles, folder, before, keep };
  };
  // A server's story is read anew each time: the kept reading is the operator's folder alone.
  if (!snapshotFile || serverDir)
    return toRead(new Map(), () => ({ source: { from: 'articles', because: 'off' }, write: () => {} }));
  const fingerprint = articleFingerprint(join(dataDir, 'articles'), dataDir);
  const key = snapshotKey(fingerprint, side, codeVersion());
  // What the last reading in this process kept of each article serves as the file's would, without reading the file.
  const { readings } = held;
  const kept: SnapshotRead = readings ? { stale: IN_MEMORY, readings } : readSnapshot(snapshotFile, key);
  if ('reading' in kept) return { reading: kept.reading, source: { from: 'snapshot' } };
  const before = ('readings' in kept ? kept.readings : undefined) ?? new Map<string, KeptReading>();
  return toRead(before, (reading, readings, reread) => {
    const source: ReadFromArticles =
      'missing' in kept
        ? { from: 'articles', because: 'missing' }
        : 'stale' in kept
          ? { from: 'articles', because: 'stale', detail: kept.stale }
          : { from: 'articles', because: 'damaged', detail: kept.damaged };
    if (reread !== undefined && before.size > 0) source.reread = reread;
    const write = () => {
      try {
        writeSnapshot(snapshotFile, key, reading, readings);
      } catch (error) {
        source.notKept = error instanceof Error ? error.message : String(error);
      }
    };
    return { source, write };
  });
}
