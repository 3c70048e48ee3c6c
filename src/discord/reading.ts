import { parentPort } from 'node:worker_threads';
import type { Person } from '../corpus/schema.js';
import { packReading, type ReadingSource } from '../snapshot.js';
import { readFolderKeptInParallel } from './parallel.js';

/** The thread a live rebuild reads in (`rebuild.ts`): a data folder in, what its articles say out, as plain data. */
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

parentPort?.once('message', async (request: ReadRequest) => {
  let result: ReadResult;
  let keep = (): KeptResult => ({ kept: true });
  try {
    const { dataDir, snapshotFile, lastPeople, threads, serverDir } = request;
    const read = await readFolderKeptInParallel(dataDir, snapshotFile, lastPeople, threads, serverDir);
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
});
