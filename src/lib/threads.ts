import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the module `name` beside `from` (an `import.meta.url`). Under tsx (development, tests) the
 * module is TypeScript: tsx's loader is registered in the new thread before the module is imported, since a thread
 * does not inherit the loader of the thread that starts it. From `dist/` it is plain JavaScript.
 */
export function startThread(from: string, name: string): Worker {
  const typescript = from.endsWith('.ts');
  const url = new URL(`./${name}.${typescript ? 'ts' : 'js'}`, from);
  if (!typescript) return new Worker(url);
  const load = `import(${JSON.stringify(url.href)})`;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return ${load}; })`, { eval: true });
}
