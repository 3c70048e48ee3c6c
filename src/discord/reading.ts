import { parentPort } from 'node:worker_threads';
import { carrySearchMemo } from '../index/build.js';
import type { Person } from '../corpus/schema.js';
import type { KeptReadings } from '../reconcile/kept.js';
import type { SegmentedArticle } from '../corpus/types.js';
import type { ReadFiles } from '../corpus/load.js';
import { articlesOf, packReading, readSnapshot, type Held, type ReadingSource } from '../snapshot.js';
import { readFolderKeptInParallel } from './parallel.js';

/**
 * The thread a live rebuild reads in (`rebuild.ts`): a data folder in, what its articles say out, as plain data. It
 * stays between rebuilds, and so does what it read of each article: the next rebuild reads again only the articles a
 * change touches, without reading the kept file back first (at 5,000 articles that alone took about 2 s).
 */
export interface ReadRequest {
  /** Which request a reply answers: a rebuild may be asked for before the last is kept. */
  id: number;
  dataDir: string;
  lastPeople: Person[];
  /** Where the reading is kept between starts, or null. */
  snapshotFile: string | null;
  /** How many threads the operator asks to read the articles (`READ_THREADS`; see `readerThreads`). */
  threads?: number;
  /** A server's own folder, read with the operator's articles as that server's story (see `servers.ts`). */
  serverDir?: string;
  /**
   * Keep the reading in `snapshotFile` only when no other request has come this long after it was sent: a burst of
   * changes is kept once, at its end. Without, it is kept at once.
   */
  keepAfterMs?: number;
}
/** Before any change: what the kept file holds of each article, read into this thread's memory meanwhile. */
export interface WarmRequest {
  warm: { dataDir: string; snapshotFile: string };
}
/**
 * The reading as bytes (see `packReading`), sent as a transfer, or why it could not be read; then, once the reading is
 * kept in its file (after it was sent, so the new index does not wait for the write), `kept`.
 */
export type ReadResult = { id: number } & ({ packed: Uint8Array; source: ReadingSource } | { error: string });
export interface KeptResult {
  id: number;
  kept: true;
  /** Why the file could not be written, if so. */
  notKept?: string;
  /** Not kept: another request came first, whose reading is kept instead. */
  superseded?: true;
}

/**
 * What the last reading kept of each article and of each file, and of which folder: a rebuild of another folder starts
 * afresh.
 */
let memory: { folder: string; readings?: KeptReadings; files: ReadFiles } | null = null;
/** The articles of the last reading sent: the next sends those it still holds, the very objects, as ids alone. */
let sent: ReadonlyMap<string, SegmentedArticle> = new Map();
/** The last reading's keeping, waiting for the folder to be quiet (see `keepAfterMs`). */
let pending: { id: number; timer: NodeJS.Timeout } | null = null;
const folderOf = (dataDir: string, serverDir?: string) => `${dataDir}\n${serverDir ?? ''}`;

async function read(request: ReadRequest): Promise<void> {
  const { id, dataDir, snapshotFile, lastPeople, threads, serverDir, keepAfterMs = 0 } = request;
  let result: ReadResult;
  let keep = (): KeptResult => ({ id, kept: true });
  try {
    const folder = folderOf(dataDir, serverDir);
    const held: Held = memory?.folder === folder ? memory : { files: new Map() };
    // Held here only while it is of use: a reading that fails halfway must not leave half of it behind.
    memory = null;
    const read = await readFolderKeptInParallel(dataDir, snapshotFile, lastPeople, threads, serverDir, held);
    memory = { folder, ...(read.readings ? { readings: read.readings } : {}), files: held.files ?? new Map() };
    result = { id, packed: packReading(read.reading, sent), source: read.source };
    sent = articlesOf(read.reading);
    keep = () => {
      read.write();
      const { source } = read;
      return { id, kept: true, ...(source.from === 'articles' && source.notKept ? { notKept: source.notKept } : {}) };
    };
  } catch (error) {
    result = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result, 'packed' in result ? [result.packed.buffer as ArrayBuffer] : []);
  if (keepAfterMs <= 0) return void parentPort!.postMessage(keep());
  pending = {
    id,
    timer: setTimeout(() => {
      pending = null;
      parentPort!.postMessage(keep());
    }, keepAfterMs),
  };
}

function warm({ warm: { dataDir, snapshotFile } }: WarmRequest): void {
  if (memory) return;
  const kept = readSnapshot(snapshotFile, '', undefined, true);
  if ('readings' in kept && kept.readings)
    memory = { folder: folderOf(dataDir), readings: kept.readings, files: new Map() };
}

// This thread prepares the index's searches again at every rebuild, over nearly the same texts.
carrySearchMemo();
// One request at a time, in the order they came: a rebuild waits for the warming before it.
let queue = Promise.resolve();
parentPort?.on('message', (request: ReadRequest | WarmRequest) => {
  // A change came before the last reading was kept: the next reading is kept instead (writing 5,000 articles' reading
  // takes seconds, which the next rebuild would wait for).
  if (pending) {
    clearTimeout(pending.timer);
    parentPort!.postMessage({ id: pending.id, kept: true, superseded: true } satisfies KeptResult);
    pending = null;
  }
  queue = queue.then(() => ('warm' in request ? warm(request) : read(request)));
});
