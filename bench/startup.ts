import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarise } from './stats.js';

/**
 * Start-up of the HTTP endpoint as an operator runs it, from the process's start to listening with its index built
 * (the `readyMs` it logs then): the built JavaScript (`node tools/start.mjs discord/serve`, what `npm run serve`
 * runs) against the TypeScript under tsx, both reading the five shipped articles; and the built JavaScript from the
 * reading kept by an earlier start. Runs alternate, so a shared machine's noise falls on each alike.
 */
export interface StartupBench {
  runs: number;
  /** Median ms from process start to ready. */
  tsx: number;
  built: number;
  builtFromKept: number;
  /** built ÷ tsx, the same run. */
  ratio: number;
}

const RUNS = 5;

/** The endpoint's process (`args` after node), with a key, any free port and JSON logs on its stdout. */
function spawnEndpoint(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, args, {
    env: {
      ...process.env,
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      PORT: '0',
      LOG_LEVEL: 'info',
      DOTENV_CONFIG_PATH: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** One start of the endpoint until it listens; its `readyMs`. */
export async function readyMs(args: string[], env: Record<string, string>): Promise<number> {
  const child = spawnEndpoint(args, env);
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  const closed = once(child, 'close');
  while (!log.includes('listening for interactions')) {
    if (child.exitCode !== null) throw new Error(`the endpoint did not start: ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill('SIGTERM');
  await closed;
  const listening = log
    .split('\n')
    .filter((line) => line.includes('listening for interactions'))
    .map((line) => JSON.parse(line) as { readyMs: number })[0];
  return listening!.readyMs;
}

const median = (values: number[]) => summarise(values).p50;

export async function measureStartup(): Promise<StartupBench> {
  const data = mkdtempSync(join(tmpdir(), 'rivalen-bench-start-'));
  try {
    cpSync('data', data, { recursive: true });
    const kept = join(data, '.index-cache');
    rmSync(kept, { force: true });
    const off = { DATA_DIR: data, INDEX_CACHE: 'off' };
    const tsx = ['--import', 'tsx', 'src/discord/serve.ts'];
    const built = ['tools/start.mjs', 'discord/serve'];
    // The first start builds the JavaScript if need be and keeps the reading: neither is what is measured.
    await readyMs(built, { DATA_DIR: data });
    const times = { tsx: [] as number[], built: [] as number[], kept: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      times.tsx.push(await readyMs(tsx, off));
      times.built.push(await readyMs(built, off));
      times.kept.push(await readyMs(built, { DATA_DIR: data }));
    }
    const result = { tsx: median(times.tsx), built: median(times.built), builtFromKept: median(times.kept) };
    return { runs: RUNS, ...result, ratio: Math.round((result.built / result.tsx) * 100) / 100 };
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}

/**
 * A large corpus started from the reading kept by an earlier start, as a restart, a shard or a replica does: ms from
 * the process's start to ready. The earlier start (a cold build that keeps its reading) is not what is measured.
 */
export async function measureKeptStart(dir: string): Promise<number> {
  const kept = join(mkdtempSync(join(tmpdir(), 'rivalen-bench-kept-')), 'index-cache');
  try {
    const env = { DATA_DIR: dir, INDEX_CACHE: kept };
    await readyMs(['tools/start.mjs', 'discord/serve'], env);
    return await readyMs(['tools/start.mjs', 'discord/serve'], env);
  } finally {
    rmSync(kept, { force: true });
  }
}

/** A large corpus read cold by the built endpoint: on one thread, and on one per core (`READ_THREADS` unset). */
export interface ColdStartBench {
  runs: number;
  threads: number;
  /** Median ms from process start to ready. */
  oneThread: number;
  perCore: number;
  /** perCore ÷ oneThread, the same run. */
  ratio: number;
}

/**
 * Cold starts of the built endpoint on `dir` with nothing kept (`INDEX_CACHE=off`): reading on one thread against one
 * per core, alternating, so a shared machine's noise falls on each alike.
 */
export async function measureColdStarts(dir: string, runs = 2): Promise<ColdStartBench> {
  const built = ['tools/start.mjs', 'discord/serve'];
  const times = { one: [] as number[], perCore: [] as number[] };
  for (let run = 0; run < runs; run++) {
    times.one.push(await readyMs(built, { DATA_DIR: dir, INDEX_CACHE: 'off', READ_THREADS: '1' }));
    times.perCore.push(await readyMs(built, { DATA_DIR: dir, INDEX_CACHE: 'off' }));
  }
  const [oneThread, perCore] = [median(times.one), median(times.perCore)];
  return {
    runs,
    threads: availableParallelism(),
    oneThread,
    perCore,
    ratio: Math.round((perCore / oneThread) * 100) / 100,
  };
}

/** One article added to a large corpus the endpoint serves, the way a moderator or an operator adds one. */
export interface AddedBench {
  runs: number;
  /** Median ms from the file written to the index with it in service (`index rebuilt`). */
  visible: number;
  /** Of that, the median ms the rebuild took (`rebuildMs`): from its start, once the watcher settled, to the swap. */
  rebuild: number;
  /** How many articles the last rebuild read again. */
  reread: number | null;
}

/**
 * The built endpoint serving `dir` from a kept reading; one article (a copy of one there, under a new id) written
 * into its folder, then taken away again, `runs` times: how long until each change is in service. The wait includes
 * the watcher's settling (`SETTLE_MS`), which lets a burst of files be one rebuild.
 */
export async function measureAddedArticle(dir: string, runs = 3): Promise<AddedBench> {
  const kept = join(mkdtempSync(join(tmpdir(), 'rivalen-bench-added-')), 'index-cache');
  const env = { DATA_DIR: dir, INDEX_CACHE: kept };
  // The first start reads the corpus and keeps it; the second serves from the kept reading.
  await readyMs(['tools/start.mjs', 'discord/serve'], env);
  const server = startEndpoint(env);
  try {
    await server.until((line) => line.msg.startsWith('listening for interactions'));
    const articles = join(dir, 'articles');
    const model = readdirSync(articles).sort()[0]!;
    const text = readFileSync(join(articles, model), 'utf8').replace(/^id: .*$/m, 'id: bench-added-article');
    const times = { visible: [] as number[], rebuild: [] as number[] };
    let reread: number | null = null;
    for (let run = 0; run < runs; run++) {
      const file = join(articles, 'zz-bench-added-article.md');
      for (const change of [() => writeFileSync(file, text), () => rmSync(file)]) {
        const started = Date.now();
        change();
        // The folder as it was may be the one the kept file is of (its write after the last rebuild came first): then
        // the rebuild serves it without reading, and no line says how many articles were read again.
        let said: number | null = null;
        const rebuilt = await server.until((line) => {
          if (typeof line.reread === 'number') said = line.reread;
          return line.msg === 'index rebuilt';
        });
        times.visible.push(rebuilt.time - started);
        times.rebuild.push(rebuilt.rebuildMs as number);
        reread = said ?? reread;
      }
    }
    return { runs, visible: median(times.visible), rebuild: median(times.rebuild), reread };
  } finally {
    await server.stop();
    rmSync(kept, { force: true });
  }
}

interface LogLine {
  msg: string;
  time: number;
  [field: string]: unknown;
}

/** The built endpoint, its log lines awaited one after another. */
function startEndpoint(env: Record<string, string>) {
  const child = spawnEndpoint(['tools/start.mjs', 'discord/serve'], env);
  const lines: LogLine[] = [];
  let partial = '';
  child.stdout!.on('data', (d: Buffer) => {
    const parts = (partial + d.toString()).split('\n');
    partial = parts.pop()!;
    for (const part of parts) if (part.startsWith('{')) lines.push(JSON.parse(part) as LogLine);
  });
  let seen = 0;
  return {
    /** The next line from here on that `wanted` accepts. */
    async until(wanted: (line: LogLine) => boolean): Promise<LogLine> {
      for (;;) {
        while (seen < lines.length) {
          const line = lines[seen++]!;
          if (wanted(line)) return line;
        }
        if (child.exitCode !== null) throw new Error('the endpoint stopped');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async stop() {
      const closed = once(child, 'close');
      child.kill('SIGTERM');
      await closed;
    },
  };
}
