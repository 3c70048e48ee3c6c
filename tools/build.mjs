// `npm run build`: the TypeScript of src/ and commands/ as plain JavaScript, for `npm start` and `npm run serve`.
//
// esbuild transpiles file by file (no bundling, no type-check: `npm run lint` type-checks), in a fraction of a second;
// it comes with tsx, a dependency already, so an image without dev tools can build too. The output is kept by what
// it was built from: dist/<hash of the sources and of this file>/, written under a temporary name and renamed into
// place, so processes starting at once never see half a build, and a build of the same sources is never redone.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'commands'];
/** Builds kept besides the newest: a process still running one may yet start a worker from it. */
const KEEP = 3;

/** Every file under the source folders, in a stable order. */
function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  for (const dir of SOURCES) walk(join(root, dir));
  return files;
}

/** What a build is of: the sources' paths and contents, and this file. */
function hashOf(root, files) {
  const hash = createHash('sha256');
  for (const file of [...files, fileURLToPath(import.meta.url)]) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The folder holding the JavaScript of the current sources, built first when there is none: `<it>/src/discord/main.js`.
 * `root` is the project's folder (another in tests).
 */
export async function built(root = ROOT) {
  const files = sourceFiles(root);
  const dir = join(root, 'dist', hashOf(root, files));
  if (existsSync(join(dir, '.complete'))) return dir;
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const { build } = await import('esbuild');
  await build({
    entryPoints: files.filter((f) => f.endsWith('.ts')),
    outdir: partial,
    outbase: root,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  // What the code reads beside itself at run time (`nouns.txt`).
  for (const file of files.filter((f) => !f.endsWith('.ts'))) cpSync(file, join(partial, relative(root, file)));
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
  return dir;
}

/** Older builds go, the newest few stay. */
function prune(dist, current) {
  const builds = readdirSync(dist)
    .filter((name) => /^[0-9a-f]{16}$/.test(name) && join(dist, name) !== current)
    .map((name) => ({ path: join(dist, name), at: statSync(join(dist, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of builds.slice(KEEP)) rmSync(old.path, { recursive: true, force: true });
}

// `node tools/build.mjs [project folder]`: prints the build's folder and how long it took.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? ROOT;
  const started = performance.now();
  const dir = await built(root);
  process.stdout.write(`${relative(root, dir)} (${Math.round(performance.now() - started)} ms)\n`);
}
