import { parentPort } from 'node:worker_threads';
import { carrySearchMemo } from '../index/build.js';
import type { Person } from '../corpus/schema.js';
import type { KeptReadings } from '../reconcile/kept.js';
import { packReading, readSnapshot, type ReadingSource } from '../snapshot.js';
import { readFolderKeptInParallel } from './parallel.js';

/**
 * The thread a live rebuild reads in (`rebuild.ts`): a data folder in, what its articles say out, as plain data. It
 * stays between rebuilds, and so does what it read of each article: the next rebuild reads again only the articles a
 * change touches, without reading the kept file back first (at 5,000 articles that alone took about 2 s).
 */
export interface ReadRequest {
  dataDir: string;
  lastPeople: Person[];
  /** Where the reading is kept between starts, or null. */
  snapshotFile: string | null;
  /** How many threads the operator asks to read the articles (`READ_THREADS`; see `readerThreads`). */
  threads?: number;
  /** A server's own folder, read with the operator's articles as that server's story (see `servers.ts`). */
  serverDir?: string;
}
/** Before any change: what the kept file holds of each article, read into this thread's memory meanwhile. */
export interface WarmRequest {
  warm: { dataDir: string; snapshotFile: string };
}
/**
 * The reading as bytes (see `packReading`), sent as a transfer, or why it could not be read; then, once the reading is
 * kept in its file (after it was sent, so the new index does not wait for the write), `kept`.
 */
export type ReadResult = { packed: Uint8Array; source: ReadingSource } | { error: string };
export interface KeptResult {
  kept: true;
  /** Why the file could not be written, if so. */
  notKept?: string;
}

/** What the last reading kept of each article, and of which folder: a rebuild of another folder starts afresh. */
let memory: { folder: string; readings: KeptReadings } | null = null;
const folderOf = (dataDir: string, serverDir?: string) => `${dataDir}\n${serverDir ?? ''}`;

async function read(request: ReadRequest): Promise<void> {
  let result: ReadResult;
  let keep = (): KeptResult => ({ kept: true });
  try {
    const { dataDir, snapshotFile, lastPeople, threads, serverDir } = request;
    const folder = folderOf(dataDir, serverDir);
    const inMemory = memory?.folder === folder ? memory.readings : undefined;
    // Held here only while it is of use: a reading that fails halfway must not leave half of it behind.
    memory = null;
    const read = await readFolderKeptInParallel(dataDir, snapshotFile, lastPeople, threads, serverDir, inMemory);
    if (read.readings) memory = { folder, readings: read.readings };
    result = { packed: packReading(read.reading), source: read.source };
    keep = () => {
      read.write();
      const { source } = read;
      return source.from === 'articles' && source.notKept ? { kept: true, notKept: source.notKept } : { kept: true };
    };
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result, 'packed' in result ? [result.packed.buffer as ArrayBuffer] : []);
  parentPort!.postMessage(keep());
}

function warm({ warm: { dataDir, snapshotFile } }: WarmRequest): void {
  if (memory) return;
  const kept = readSnapshot(snapshotFile, '', undefined, true);
  if ('readings' in kept && kept.readings) memory = { folder: folderOf(dataDir), readings: kept.readings };
}

// This thread prepares the index's searches again at every rebuild, over nearly the same texts.
carrySearchMemo();
// One request at a time, in the order they came: a rebuild waits for the warming before it.
let queue = Promise.resolve();
parentPort?.on('message', (request: ReadRequest | WarmRequest) => {
  queue = queue.then(() => ('warm' in request ? warm(request) : read(request)));
});
