import type { Worker } from 'node:worker_threads';
import { startThread } from '../lib/threads.js';
import { indexReading } from '../app.js';
import type { CorpusIndex } from '../index/build.js';
import type { SegmentedArticle } from '../corpus/types.js';
import { articlesOf, unpackReading, type ReadingSource } from '../snapshot.js';
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
  /** The articles of the last reading unpacked, which the thread may send again as ids (see `packReading`). */
  private held: ReadonlyMap<string, SegmentedArticle> = new Map();
  private asked = 0;

  /**
   * `keepAfterMs`: how long after a rebuild the reading is kept in its file, unless another rebuild is asked for
   * first (see `ReadRequest`); at once without.
   */
  constructor(private readonly keepAfterMs = 0) {}

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
    return this.ask({
      id: ++this.asked,
      dataDir,
      lastPeople: last.people,
      snapshotFile,
      ...(threads ? { threads } : {}),
      ...(serverDir ? { serverDir } : {}),
      ...(this.keepAfterMs > 0 ? { keepAfterMs: this.keepAfterMs } : {}),
    });
  }

  /** Ends the thread; a rebuild under way rejects. */
  close(): void {
    void this.thread?.terminate();
    this.thread = null;
    this.held = new Map();
  }

  private started(): Worker {
    if (this.thread) return this.thread;
    const thread = startThread(import.meta.url, 'reading');
    // A rebuild under way does not keep a stopping process alive.
    thread.unref();
    thread.once('exit', () => {
      if (this.thread === thread) this.close();
    });
    return (this.thread = thread);
  }

  /** The thread answers in the order asked: the reading, then, once kept, `kept`; each reply names its request. */
  private ask(request: ReadRequest): Promise<Rebuilt> {
    const thread = this.started();
    let settle: (notKept: string | undefined) => void = () => {};
    const kept = new Promise<string | undefined>((resolve) => (settle = resolve));
    return new Promise<Rebuilt>((resolve, reject) => {
      const stopped = (code: number) => {
        done();
        settle(undefined);
        reject(new Error(`the reading thread stopped (exit ${code})`));
      };
      const failed = (error: Error) => {
        done();
        settle(undefined);
        reject(error);
        this.close();
      };
      const heard = (reply: ReadResult | KeptResult) => {
        if (reply.id !== request.id) return;
        if ('kept' in reply) {
          done();
          return settle(reply.notKept);
        }
        if ('error' in reply) return reject(new Error(reply.error));
        try {
          const reading = unpackReading(reply.packed, this.held);
          this.held = articlesOf(reading);
          resolve({ index: indexReading(reading), source: reply.source, kept });
        } catch (error) {
          // What the thread sent as held is no longer known here: a new thread sends everything.
          this.close();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      const done = () => {
        thread.off('message', heard);
        thread.off('error', failed);
        thread.off('exit', stopped);
      };
      thread.on('message', heard);
      thread.once('error', failed);
      thread.once('exit', stopped);
      thread.postMessage(request);
    });
  }
}

/** One rebuild on a thread of its own, ended when it is done, so the rebuild's memory goes with it. */
export function rebuildOffThread(...asked: Parameters<ReadingThread['rebuild']>): Promise<Rebuilt> {
  const reader = new ReadingThread();
  const built = reader.rebuild(...asked);
  // The thread ends once it has kept the reading, or failed.
  built.then(
    (b) => void b.kept.then(() => reader.close()),
    () => reader.close(),
  );
  return built;
}
