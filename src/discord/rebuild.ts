import type { Worker } from 'node:worker_threads';
import { startThread } from '../lib/threads.js';
import { indexReading } from '../app.js';
import type { CorpusIndex } from '../index/build.js';
import { unpackReading, type ReadingSource } from '../snapshot.js';
import type { KeptResult, ReadRequest, ReadResult, WarmRequest } from './reading.js';

export interface Rebuilt {
  index: CorpusIndex;
  source: ReadingSource;
  /** Settles once the reading is kept in its file: why it could not be, if so. */
  kept: Promise<string | undefined>;
}

/**
 * The index of a data folder, read on a thread of its own. Reading the articles is nearly all of a build; done where
 * commands are answered, one large or hostile file held every answer for seconds. Here the answering thread only
 * receives the reading, as bytes (see `packReading`), and indexes it; the reading thread may share the articles out to
 * threads of its own (`threads`, see `readerThreads`), and keeps the reading in `snapshotFile` after it has sent it
 * (`kept`: why it could not, if so). With `serverDir`, a server's story (see `servers.ts`).
 *
 * The thread stays for the next rebuild and keeps what it read of each article (see `reading.ts`): the live index of
 * the operator's folder rebuilds through one. A rebuild rejects when the folder cannot be read or the thread dies (a
 * new thread then serves the next); the caller keeps the index it has.
 */
export class ReadingThread {
  private thread: Worker | null = null;
  /** The rebuild under way: its replies are this thread's next messages. */
  private waiting: Promise<unknown> = Promise.resolve();

  /** Reads the kept file's readings of each article into the thread now, so the first rebuild need not. */
  warm(dataDir: string, snapshotFile: string | null): void {
    if (snapshotFile) this.started().postMessage({ warm: { dataDir, snapshotFile } } satisfies WarmRequest);
  }

  rebuild(
    dataDir: string,
    last: CorpusIndex,
    snapshotFile: string | null = null,
    threads?: number,
    serverDir?: string,
  ): Promise<Rebuilt> {
    const request: ReadRequest = {
      dataDir,
      lastPeople: last.people,
      snapshotFile,
      ...(threads ? { threads } : {}),
      ...(serverDir ? { serverDir } : {}),
    };
    const asked = this.waiting.then(() => this.ask(request));
    // The next request waits until this one's last reply (`kept`), whether it failed or not.
    this.waiting = asked.then(
      (a) => a.kept,
      () => undefined,
    );
    return asked.then((a) => a.built);
  }

  /** Ends the thread; a rebuild under way rejects. */
  close(): void {
    void this.thread?.terminate();
    this.thread = null;
  }

  private started(): Worker {
    if (this.thread) return this.thread;
    const thread = startThread(import.meta.url, 'reading');
    // A rebuild under way does not keep a stopping process alive.
    thread.unref();
    thread.once('exit', () => {
      if (this.thread === thread) this.thread = null;
    });
    return (this.thread = thread);
  }

  /** The rebuilt index, and when the thread is done with the request: kept, failed or stopped. */
  private ask(request: ReadRequest): { built: Promise<Rebuilt>; kept: Promise<string | undefined> } {
    const thread = this.started();
    let settle: (notKept: string | undefined) => void = () => {};
    const kept = new Promise<string | undefined>((resolve) => (settle = resolve));
    const built = new Promise<Rebuilt>((resolve, reject) => {
      const stopped = (code: number) => {
        settle(undefined);
        reject(new Error(`the reading thread stopped (exit ${code})`));
      };
      const done = () => {
        thread.off('message', heard);
        thread.off('error', failed);
        thread.off('exit', stopped);
      };
      const failed = (error: Error) => {
        done();
        settle(undefined);
        reject(error);
        this.close();
      };
      const heard = (result: ReadResult | KeptResult) => {
        if ('kept' in result) {
          done();
          return settle(result.notKept);
        }
        if ('error' in result) return reject(new Error(result.error));
        try {
          resolve({ index: indexReading(unpackReading(result.packed)), source: result.source, kept });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      thread.on('message', heard);
      thread.once('error', failed);
      thread.once('exit', stopped);
      thread.postMessage(request);
    });
    return { built, kept };
  }
}

/** One rebuild on a thread of its own, ended when it is done, so the rebuild's memory goes with it. */
export function rebuildOffThread(
  dataDir: string,
  last: CorpusIndex,
  snapshotFile: string | null = null,
  threads?: number,
  serverDir?: string,
): Promise<Rebuilt> {
  const reader = new ReadingThread();
  const built = reader.rebuild(dataDir, last, snapshotFile, threads, serverDir);
  // The thread ends once it has kept the reading, or failed.
  built.then(
    (b) => void b.kept.then(() => reader.close()),
    () => reader.close(),
  );
  return built;
}
