// `npm run build`: the TypeScript of src/ and commands/ as plain JavaScript, for `npm start` and `npm run serve`.
//
// esbuild bundles each entry (no type-check: `npm run lint` type-checks) in half a second: one file per entry and
// chunks they share, so a start loads a few modules rather than a hundred and fifty. It comes with tsx, a dependency
// already, so an image without dev tools can build too. The output is kept by what
// it was built from: dist/<hash of the sources and of this file>/, written under a temporary name and renamed into
// place, so processes starting at once never see half a build, and a build of the same sources is never redone.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'commands'];
/**
 * What runs as a process or a thread of its own, by the name its module has in the build: one folder, so the code
 * finds its threads (`reading.js`, `worker.js`) and the shard entry (`main.js`) beside itself, as it does in src/.
 */
const BUNDLED = ['zod', 'discord-api-types', 'fuse.js', 'dotenv'];
const ENTRIES = {
  main: 'src/discord/main.ts',
  serve: 'src/discord/serve.ts',
  sharded: 'src/discord/sharded.ts',
  reading: 'src/discord/reading.ts',
  'article-reader': 'src/discord/article-reader.ts',
  worker: 'src/picture/worker.ts',
};
/** Builds kept besides the newest: a process still running one may yet start a worker from it. */
const KEEP = 3;

/** Every file under the source folders, in a stable order, with its size and time of change. */
function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else files.push({ path, seen: `${relative(root, path)}|${stat.size}|${stat.mtimeMs}|${stat.ctimeMs}` });
    }
  };
  for (const dir of SOURCES) walk(join(root, dir));
  return files;
}

/**
 * The sources as files (names, sizes, times of change) and this file, hashed: a start whose files have not changed
 * finds its build through it (`dist/seen-<this>`) without reading two megabytes of sources to hash them.
 */
function seenOf(files) {
  const self = statSync(fileURLToPath(import.meta.url));
  const hash = createHash('sha256').update(`${self.size}|${self.mtimeMs}|${self.ctimeMs}\n`);
  for (const file of files) hash.update(`${file.seen}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** What a build is of: the sources' paths and contents, and this file. */
function hashOf(root, files) {
  const hash = createHash('sha256');
  for (const file of [...files.map((f) => f.path), fileURLToPath(import.meta.url)]) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The folder holding the JavaScript of the current sources, built first when there is none: `<it>/main.js`.
 * `root` is the project's folder (another in tests).
 */
export async function built(root = ROOT) {
  const files = sourceFiles(root);
  const seen = join(root, 'dist', `seen-${seenOf(files)}`);
  const known = existsSync(seen) ? join(root, 'dist', readFileSync(seen, 'utf8').trim()) : null;
  if (known && existsSync(join(known, '.complete'))) return known;
  const dir = join(root, 'dist', hashOf(root, files));
  if (existsSync(join(dir, '.complete'))) return remember(seen, dir);
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const { build } = await import('esbuild');
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(root, path)])),
    bundle: true,
    // What two entries share is one chunk, loaded once. Pure-JavaScript packages of many files are bundled too (their
    // modules are most of a start's loading); the others stay in node_modules: native code, workers, large and lazy.
    splitting: true,
    external: Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {}).filter(
      (name) => !BUNDLED.includes(name),
    ),
    outdir: partial,
    chunkNames: 'chunk-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    // A bundled CommonJS package (dotenv) requires Node's own modules: an ES module has no `require` of its own.
    banner: {
      js: [
        "import { createRequire as __rivalenRequire } from 'node:module';",
        'const require = __rivalenRequire(import.meta.url);',
      ].join(' '),
    },
    logLevel: 'warning',
  });
  // What the code reads beside itself at run time (`nouns.txt`), beside the one folder of modules.
  for (const { path } of files.filter((f) => !f.path.endsWith('.ts'))) cpSync(path, join(partial, basename(path)));
  // Its files are modules wherever the folder is read from.
  writeFileSync(join(partial, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(partial, '.complete'), '');
  try {
    renameSync(partial, dir);
  } catch {
    // Another process finished the same build first: theirs is as good.
    rmSync(partial, { recursive: true, force: true });
  }
  prune(join(root, 'dist'), dir);
  return remember(seen, dir);
}

/** Notes which build the sources as they are now belong to (see `seenOf`), written whole or not at all. */
function remember(seen, dir) {
  const temporary = `${seen}.${process.pid}.partial`;
  try {
    writeFileSync(temporary, basename(dir));
    renameSync(temporary, seen);
  } catch {
    // A folder that cannot be written: the next start hashes the sources again.
    rmSync(temporary, { force: true });
  }
  return dir;
}

/** Older builds go, the newest few stay. */
function prune(dist, current) {
  const builds = readdirSync(dist)
    .filter((name) => /^[0-9a-f]{16}$/.test(name) && join(dist, name) !== current)
    .map((name) => ({ path: join(dist, name), at: statSync(join(dist, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of builds.slice(KEEP)) rmSync(old.path, { recursive: true, force: true });
  for (const name of readdirSync(dist).filter((n) => /^seen-[0-9a-f]{16}$/.test(n))) {
    if (!existsSync(join(dist, readFileSync(join(dist, name), 'utf8').trim())))
      rmSync(join(dist, name), { force: true });
  }
}

// `node tools/build.mjs [project folder]`: prints the build's folder and how long it took.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? ROOT;
  const started = performance.now();
  const dir = await built(root);
  process.stdout.write(`${relative(root, dir)} (${Math.round(performance.now() - started)} ms)\n`);
}
