import { parentPort } from 'node:worker_threads';
import type { FolderReading } from '../app.js';
import type { Person } from '../corpus/schema.js';
import type { ReadingSource } from '../snapshot.js';
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
export type ReadResult = { reading: FolderReading; source: ReadingSource } | { error: string };

parentPort?.once('message', async (request: ReadRequest) => {
  let result: ReadResult;
  try {
    const { dataDir, snapshotFile, lastPeople, threads, serverDir } = request;
    result = await readFolderKeptInParallel(dataDir, snapshotFile, lastPeople, threads, serverDir);
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result);
});
