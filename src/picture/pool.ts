import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startThread } from '../lib/threads.js';
import type { FactcheckPicture, TimelinePicture } from '../render/picture.js';
import type { DrawRequest, DrawResult } from './worker.js';

type Picture = TimelinePicture | FactcheckPicture;

/**
 * Pictures drawn off the answering thread. Layout and rasterising take tens to hundreds of milliseconds of CPU each;
 * on the thread that answers, a burst of picture commands made every later text answer wait past Discord's 3 s. The
 * pool draws on worker threads, at most `queue` pictures waiting: past that a picture is skipped (the text answer has
 * gone out already and stands alone), so load never grows memory or latency without bound.
 */
export interface PicturePool {
  /** PNG bytes, or null when the queue is full or the pool is closed; rejects when drawing fails. */
  draw(picture: Picture): Promise<Buffer | null>;
  /** Pictures waiting or being drawn. */
  pending(): number;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Drawing threads; by default one core is left to answering. */
  threads?: number;
  /** Pictures that may wait for a thread. */
  queue?: number;
}

/** Drawn pictures by their description: the same reply asked again (a page turned back) is not drawn again. */
const CACHED = 100;

type Done = (result: DrawResult | null) => void;

/** Up to `size` drawing threads, started when first needed, each drawing one picture at a time in arrival order. */
class DrawingThreads {
  private readonly idle: Worker[] = [];
  private readonly workers = new Set<Worker>();
  /** What each thread is drawing now. */
  private readonly busy = new Map<Worker, Done>();
  private readonly waiting: { request: DrawRequest; done: Done }[] = [];
  private next = 0;

  constructor(private readonly size: number) {}

  get queued(): number {
    return this.waiting.length;
  }

  get pending(): number {
    return this.waiting.length + this.busy.size;
  }

  draw(picture: Picture): Promise<DrawResult | null> {
    if (this.workers.size < this.size) this.start();
    return new Promise((done) => {
      this.waiting.push({ request: { id: this.next++, picture }, done });
      this.pump();
    });
  }

  async close(): Promise<void> {
    for (const { done } of this.waiting.splice(0)) done(null);
    for (const done of this.busy.values()) done(null);
    this.busy.clear();
    const workers = [...this.workers];
    this.workers.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): void {
    const worker = startThread(import.meta.url, 'worker');
    worker.unref();
    this.workers.add(worker);
    worker.on('message', (result: DrawResult) => this.finished(worker, result));
    worker.on('error', (error) => {
      // A thread that died takes its picture with it; the next picture starts a fresh one.
      this.workers.delete(worker);
      this.idle.splice(0, this.idle.length, ...this.idle.filter((w) => w !== worker));
      this.finished(null, { id: -1, error: error.message }, worker);
    });
    this.idle.push(worker);
  }

  private finished(worker: Worker | null, result: DrawResult, failed?: Worker): void {
    const thread = worker ?? failed!;
    this.busy.get(thread)?.(result);
    this.busy.delete(thread);
    if (worker) this.idle.push(worker);
    else if (this.waiting.length > 0) this.start();
    this.pump();
  }

  private pump(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const { request, done } = this.waiting.shift()!;
      this.busy.set(worker, done);
      worker.postMessage(request);
    }
  }
}

export function picturePool({ threads, queue = 32 }: PoolOptions = {}): PicturePool {
  const drawing = new DrawingThreads(threads ?? Math.max(1, Math.min(availableParallelism() - 1, 4)));
  const cache = new Map<string, Buffer>();
  let closed = false;
  return {
    async draw(picture) {
      if (closed) return null;
      const key = JSON.stringify(picture);
      const hit = cache.get(key);
      if (hit) return hit;
      if (drawing.queued >= queue) return null;
      const result = await drawing.draw(picture);
      if (result === null) return null;
      if ('error' in result) throw new Error(result.error);
      const png = Buffer.from(result.png);
      if (cache.size >= CACHED) cache.delete(cache.keys().next().value!);
      cache.set(key, png);
      return png;
    },
    pending: () => drawing.pending,
    async close() {
      closed = true;
      await drawing.close();
    },
  };
}
