import { startThread } from '../lib/threads.js';
import { indexReading } from '../app.js';
import type { CorpusIndex } from '../index/build.js';
import { unpackReading, type ReadingSource } from '../snapshot.js';
import type { KeptResult, ReadRequest, ReadResult } from './reading.js';

/**
 * The index of a data folder, read on a thread of its own. Reading the articles is nearly all of a build; done where
 * commands are answered, one large or hostile file held every answer for seconds. Here the answering thread only
 * receives the reading, as bytes (see `packReading`), and indexes it; the reading thread may share the articles out to
 * threads of its own (`threads`, see `readerThreads`), and keeps the reading in `snapshotFile` after it has sent it
 * (`kept`: why it could not, if so). With `serverDir`, a server's story (see `servers.ts`). Each rebuild has a fresh
 * thread, ended when it is done, so a rebuild's memory goes with it. Rejects when the folder cannot be read or the
 * thread dies; the caller keeps the index it has.
 */
export function rebuildOffThread(
  dataDir: string,
  last: CorpusIndex,
  snapshotFile: string | null = null,
  threads?: number,
  serverDir?: string,
): Promise<{ index: CorpusIndex; source: ReadingSource; kept: Promise<string | undefined> }> {
  const thread = startThread(import.meta.url, 'reading');
  // A rebuild under way does not keep a stopping process alive.
  thread.unref();
  let settle: (notKept: string | undefined) => void = () => {};
  const kept = new Promise<string | undefined>((resolve) => (settle = resolve));
  const built = new Promise<{ index: CorpusIndex; source: ReadingSource; kept: Promise<string | undefined> }>(
    (resolve, reject) => {
      thread.on('message', (result: ReadResult | KeptResult) => {
        if ('kept' in result) return settle(result.notKept);
        if ('error' in result) return reject(new Error(result.error));
        try {
          resolve({ index: indexReading(unpackReading(result.packed)), source: result.source, kept });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      thread.once('error', reject);
      thread.once('exit', (code) => {
        settle(undefined);
        reject(new Error(`the reading thread stopped (exit ${code})`));
      });
      thread.postMessage({
        dataDir,
        lastPeople: last.people,
        snapshotFile,
        ...(threads ? { threads } : {}),
        ...(serverDir ? { serverDir } : {}),
      } satisfies ReadRequest);
    },
  );
  // The thread ends once it has kept the reading, or failed; a thread that dies keeps nothing.
  const end = () => {
    settle(undefined);
    void thread.terminate();
  };
  void kept.then(end);
  built.catch(end);
  return built;
}
