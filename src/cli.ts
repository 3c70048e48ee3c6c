import { realpathSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { addFile, addUrl, type Added } from './add.js';
import { loadIndex } from './app.js';
import { answer, answerLine, parseCommandLine } from './console.js';
import { exportIndex } from './export.js';
import { testFetching } from './fetch-page.js';

const USAGE = `Usage:
  npm run cli -- "/quote person:altman"        run a command offline and print the reply
  npm run cli -- "/quote altman" --json         print the exact Discord API payload instead
                                                (/factcheck: { payload, claimReview })
  npm run cli -- "/timeline from:2024" --page 2 another page of a long reply
  npm run cli -- "/timeline" --image t.png      also write the reply's picture as PNG
  npm run cli -- export                         the whole index as JSON (what was extracted, with citations)
  npm run cli -- check                          validate the data folder; exit 1 if a file is skipped
  npm run cli -- add URL|page.html [more…]      add articles from web pages, by address or saved as files (or
                                                .md/.txt files, with front matter or not), to the data folder's
                                                articles/, and say what each yields; exit 1 if one is refused
  npm run cli -- --batch < commands.txt         one command a line from standard input, the index built once;
                                                one JSON line each: { line, command, options, payload, text }
                                                (and record: /factcheck's ClaimReview); a line that cannot be
                                                read gets { line, error } and the exit code is 1
Options: --data DIR (default: $DATA_DIR or data), --lang de|en (reply language, default en), --page N`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      data: { type: 'string', default: process.env.DATA_DIR ?? 'data' },
      lang: { type: 'string', default: 'en' },
      page: { type: 'string', default: '1' },
      image: { type: 'string' },
      batch: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const line = positionals.join(' ').trim();
  if (values.batch) return batch(values.data, values.lang);
  if (values.help || line === '') {
    console.log(USAGE);
    return line === '' && !values.help ? 2 : 0;
  }
  if (line === 'check') return check(values.data);
  if (positionals[0] === 'add') return await add(values.data, positionals.slice(1));
  const index = loadIndex(values.data);
  if (line === 'export') {
    console.log(JSON.stringify(exportIndex(index), null, 2));
    return 0;
  }
  const page = Math.max(1, Number.parseInt(values.page, 10) || 1) - 1;
  const answered = answer(index, parseCommandLine(line), { lang: values.lang, page });
  if (answered.error) console.error(`rivalen: the command failed: ${answered.error}`);
  if (values.image) {
    if (!answered.reply.picture) console.error(`rivalen: this reply has no picture; ${values.image} was not written`);
    else {
      // Loaded only here: the renderer and its fonts are not needed for a text answer.
      const { drawPng } = await import('./picture/draw.js');
      writeFileSync(values.image, await drawPng(answered.reply.picture));
      console.error(`rivalen: wrote ${values.image}`);
    }
  }
  if (!values.json) {
    console.log(answered.text);
    return 0;
  }
  // /factcheck also gives its ClaimReview record; the API payload then sits beside it under `payload`.
  const { payload, record } = answered;
  console.log(JSON.stringify(record === undefined ? payload : { payload, claimReview: record }, null, 2));
  return 0;
}

/**
 * For scripts: one command a line from standard input (blank lines and `#` comments skipped), answered over one
 * index, one JSON line out per command line, in order. Exit 1 when a line could not be read as a command.
 */
async function batch(dataDir: string, lang: string): Promise<number> {
  const index = loadIndex(dataDir);
  let failed = false;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    let out: object;
    try {
      // Everything but the reply object itself, whose payload and text stand beside it.
      const { reply, ...answered } = answerLine(index, line, { lang });
      out = { line, ...answered };
    } catch (error) {
      failed = true;
      out = { line, error: error instanceof Error ? error.message : String(error) };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failed ? 1 : 0;
}

/**
 * For operators and CI: every problem in a data folder, one line each; exit 1 when any file is
 * skipped. The whole index is built, so an article that loads but that extraction cannot read
 * (or that passes a limit) is named here too, exactly as the bot would skip it.
 */
/** `add FILE…`: each file added to the data folder (see `addFile`), then what each yields once the folder is read. */
async function add(dataDir: string, files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('rivalen: add what? Give web addresses or .html, .htm, .md or .txt files.');
    return 2;
  }
  const added: Added[] = [];
  for (const file of files)
    added.push(
      /^https?:\/\//i.test(file) ? await addUrl(dataDir, file, { fetching: testFetching() }) : addFile(dataDir, file),
    );
  for (const a of added) if ('refused' in a) console.error(`rivalen: not added: ${a.refused}`);
  const done = added.flatMap((a) => ('added' in a ? [a.added] : []));
  if (done.length > 0) {
    const index = loadIndex(dataDir);
    for (const a of done) {
      const stats = index.stats.get(a.id);
      const yields = stats
        ? `${stats.events} events, ${stats.quotes} quotations, ${stats.figures} figures`
        : 'nothing: the bot skips it (see npm run cli -- check)';
      console.log(
        `added ${a.file}: "${a.title}" (${a.outlet ?? 'outlet unknown'}, ${a.published ?? 'undated'}); ${yields}`,
      );
    }
  }
  return done.length === files.length ? 0 : 1;
}

function check(dataDir: string): number {
  const index = loadIndex(dataDir);
  const problems = index.skipped.map((p) => `${p.file}: ${p.reason}`);
  for (const p of problems) console.error(p);
  console.log(`${index.articles.length} article(s) valid, ${problems.length} problem(s)`);
  return problems.length > 0 ? 1 : 0;
}

/** Runs only when executed (`npm run cli`), not when a test or a tool imports this module. */
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    // Operators get one readable line, not a stack trace.
    console.error(`rivalen: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
