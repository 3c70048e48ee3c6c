import { parentPort } from 'node:worker_threads';
import { readDataFolder, type DataFolder } from '../app.js';
import type { Person } from '../corpus/schema.js';
import { extractAll, type Extraction } from '../extract/extract.js';

/** The thread a live rebuild reads in (`rebuild.ts`): a data folder in, what its articles say out, as plain data. */
export interface ReadRequest {
  dataDir: string;
  lastPeople: Person[];
}
export type ReadResult = { folder: Omit<DataFolder, 'articles'>; extraction: Extraction } | { error: string };

parentPort?.once('message', (request: ReadRequest) => {
  let result: ReadResult;
  try {
    const { articles, ...folder } = readDataFolder(request.dataDir, request.lastPeople);
    result = { folder, extraction: extractAll(articles, folder.people, folder.world) };
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result);
});
