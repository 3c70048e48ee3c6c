// `npm start`, `npm run serve`: `node tools/start.mjs discord/main` runs dist/<build>/src/discord/main.js, building it
// first when the sources have changed since (see build.mjs), so plain JavaScript runs and never stale JavaScript.
import process from 'node:process';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { built } from './build.mjs';

const entry = process.argv[2];
if (!entry || !/^[\w/-]+$/.test(entry)) {
  process.stderr.write('usage: node tools/start.mjs discord/main|discord/serve|discord/sharded\n');
  process.exit(2);
}
// The entry sees the arguments after its name, as if it had been started itself.
process.argv.splice(2, 1);
let dir;
try {
  dir = await built();
} catch (error) {
  // A read-only install (a sandboxed service) cannot build: one line saying what to do, and exit 1.
  process.stderr.write(`rivalen: cannot build the JavaScript to run (${error.message}): run npm run build first\n`);
  process.exit(1);
}
// `discord/main` is the build's `main.js` (see ENTRIES in build.mjs).
await import(pathToFileURL(join(dir, `${basename(entry)}.js`)).href);
