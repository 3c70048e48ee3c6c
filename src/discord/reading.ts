import { parentPort } from 'node:worker_threads';
import type { FolderReading } from '../app.js';
import type { Person } from '../corpus/schema.js';
import { readFolderKept, type ReadingSource } from '../snapshot.js';

/** The thread a live rebuild reads in (`rebuild.ts`): a data folder in, what its articles say out, as plain data. */
export interface ReadRequest {
  dataDir: string;
  lastPeople: Person[];
  /** Where the reading is kept between starts, or null. */
  snapshotFile: string | null;
}
export type ReadResult = { reading: FolderReading; source: ReadingSource } | { error: string };

parentPort?.once('message', (request: ReadRequest) => {
  let result: ReadResult;
  try {
    result = readFolderKept(request.dataDir, request.snapshotFile, request.lastPeople);
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result);
});
