import { parentPort } from 'node:worker_threads';
import { drawPng } from './draw.js';
import type { FactcheckPicture, TimelinePicture } from '../render/picture.js';

/** One drawing thread of the pool (`pool.ts`): a description in, PNG bytes or an error message out. */
export interface DrawRequest {
  id: number;
  picture: TimelinePicture | FactcheckPicture;
}
export type DrawResult = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', (request: DrawRequest) => {
  drawPng(request.picture).then(
    (png) => parentPort!.postMessage({ id: request.id, png } satisfies DrawResult),
    (error: unknown) =>
      parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
