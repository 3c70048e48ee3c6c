import { parentPort } from 'node:worker_threads';
import { readFolder, type FolderReading } from '../app.js';
import type { Person } from '../corpus/schema.js';

/** The thread a live rebuild reads in (`rebuild.ts`): a data folder in, what its articles say out, as plain data. */
export interface ReadRequest {
  dataDir: string;
  lastPeople: Person[];
}
export type ReadResult = FolderReading | { error: string };

parentPort?.once('message', (request: ReadRequest) => {
  let result: ReadResult;
  try {
    result = readFolder(request.dataDir, request.lastPeople);
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result);
});
