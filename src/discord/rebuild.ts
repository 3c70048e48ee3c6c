import { startThread } from '../lib/threads.js';
import { indexReading } from '../app.js';
import type { CorpusIndex } from '../index/build.js';
import type { ReadingSource } from '../snapshot.js';
import type { ReadRequest, ReadResult } from './reading.js';

/**
 * The index of a data folder, read on a thread of its own. Reading the articles is nearly all of a build; done where
 * commands are answered, one large or hostile file held every answer for seconds. Here the answering thread only
 * receives the readings and indexes them; the reading thread may share the articles out to threads of its own
 * (`threads`, see `readerThreads`). With `serverDir`, a server's story (see `servers.ts`). Each rebuild has a fresh
 * thread, ended when it is done, so a rebuild's memory goes with it. Rejects when the folder cannot be read or the
 * thread dies; the caller keeps the index it has.
 */
export function rebuildOffThread(
  dataDir: string,
  last: CorpusIndex,
  snapshotFile: string | null = null,
  threads?: number,
  serverDir?: string,
): Promise<{ index: CorpusIndex; source: ReadingSource }> {
  const thread = startThread(import.meta.url, 'reading');
  // A rebuild under way does not keep a stopping process alive.
  thread.unref();
  return new Promise<{ index: CorpusIndex; source: ReadingSource }>((resolve, reject) => {
    thread.once('message', (result: ReadResult) => {
      if ('error' in result) return reject(new Error(result.error));
      try {
        resolve({ index: indexReading(result.reading), source: result.source });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`the reading thread stopped (exit ${code})`)));
    thread.postMessage({
      dataDir,
      lastPeople: last.people,
      snapshotFile,
      ...(threads ? { threads } : {}),
      ...(serverDir ? { serverDir } : {}),
    } satisfies ReadRequest);
  }).finally(() => void thread.terminate());
}
