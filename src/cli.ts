import { realpathSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { commandByName } from '../commands/index.js';
import { loadIndex } from './app.js';
import { dispatch } from './dispatch.js';
import { exportIndex } from './export.js';
import { langOf } from './render/i18n.js';
import { toApiPayload, type Reply } from './render/reply.js';
import type { OptionValues } from './command.js';

const USAGE = `Usage:
  npm run cli -- "/quote person:altman"        run a command offline and print the reply
  npm run cli -- "/quote altman" --json         print the exact Discord API payload instead
                                                (/factcheck: { payload, claimReview })
  npm run cli -- "/timeline from:2024" --page 2 another page of a long reply
  npm run cli -- "/timeline" --image t.png      also write the reply's picture as PNG
  npm run cli -- export                         the whole index as JSON (what was extracted, with citations)
  npm run cli -- check                          validate the data folder; exit 1 if a file is skipped
Options: --data DIR (default: $DATA_DIR or data), --lang de|en (reply language, default en), --page N`;

/** `/quote person:altman about:twitter` or `/quote altman`: named options, or values in the command's option order. */
export function parseCommandLine(line: string): { name: string; options: OptionValues } {
  const match = /^\/?(\S+)\s*(.*)$/s.exec(line.trim());
  if (!match) throw new Error('empty command');
  const [, name = '', rest = ''] = match;
  const command = commandByName.get(name.toLowerCase());
  if (!command)
    throw new Error(`unknown command "/${name}"; known: ${[...commandByName.keys()].map((n) => `/${n}`).join(', ')}`);
  const optionNames = (command.data.options ?? []).map((o) => o.name);
  const options: OptionValues = {};
  const named = new RegExp(`(?:^|\\s)(${optionNames.join('|') || '(?!)'}):`, 'g');
  const marks = [...rest.matchAll(named)];
  const positional = (marks.length > 0 ? rest.slice(0, marks[0]!.index) : rest).trim();
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.index : rest.length;
    options[m[1]!] = rest.slice(m.index + m[0].length, end).trim();
  });
  if (positional !== '') {
    // As users type it: `/quote altman` fills the first option not already named.
    const free = optionNames.find((n) => options[n] === undefined);
    if (!free) throw new Error(`/${name} takes no further value: "${positional}"`);
    options[free] = positional;
  }
  return { name: command.data.name, options };
}

/** Markdown made readable in a terminal: escapes and emphasis removed, links shown as text. */
function plain(text: string): string {
  return text
    .replace(/\\([\\*_~`|>#[\]-])/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[\s(])\*(\S.*?)\*/g, '$1$2')
    .replace(/\u200b/g, '');
}

export function renderText(reply: Reply): string {
  const out: string[] = [];
  for (const embed of reply.embeds) {
    if (embed.title) out.push(plain(embed.title), '='.repeat(Math.min(plain(embed.title).length, 60)));
    if (embed.description) out.push(plain(embed.description));
    for (const f of embed.fields ?? []) out.push('', plain(f.name), plain(f.value));
    if (embed.footer) out.push('', `(${plain(embed.footer.text)})`);
  }
  const buttons = reply.components.flatMap((row) => row.components).filter((b) => !b.disabled);
  if (buttons.length > 0) out.push(`[buttons: ${buttons.map((b) => ('label' in b ? b.label : '')).join(' | ')}]`);
  return out.join('\n');
}

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
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const line = positionals.join(' ').trim();
  if (values.help || line === '') {
    console.log(USAGE);
    return line === '' && !values.help ? 2 : 0;
  }
  if (line === 'check') return check(values.data);
  const index = loadIndex(values.data);
  if (line === 'export') {
    console.log(JSON.stringify(exportIndex(index), null, 2));
    return 0;
  }
  const { name, options } = parseCommandLine(line);
  const page = Math.max(1, Number.parseInt(values.page, 10) || 1) - 1;
  const command = commandByName.get(name)!;
  const { out, error } = dispatch(index, { kind: 'command', name, options, locale: values.lang, userId: 'cli', page });
  if (error) console.error(`rivalen: the command failed: ${error instanceof Error ? error.message : String(error)}`);
  if (out.kind === 'choices') return 1;
  if (values.image) {
    if (!out.reply.picture) console.error(`rivalen: this reply has no picture; ${values.image} was not written`);
    else {
      // Loaded only here: the renderer and its fonts are not needed for a text answer.
      const { drawPng } = await import('./picture/draw.js');
      writeFileSync(values.image, await drawPng(out.reply.picture));
      console.error(`rivalen: wrote ${values.image}`);
    }
  }
  if (!values.json) {
    console.log(renderText(out.reply));
    return 0;
  }
  const payload = { type: 4, data: toApiPayload(out.reply) };
  // /factcheck also gives its ClaimReview record; the API payload then sits beside it under `payload`.
  const record = command.record?.(options, { index, lang: langOf(values.lang), userId: 'cli' });
  console.log(JSON.stringify(record === undefined ? payload : { payload, claimReview: record }, null, 2));
  return 0;
}

/**
 * For operators and CI: every problem in a data folder, one line each; exit 1 when any file is
 * skipped. The whole index is built, so an article that loads but that extraction cannot read
 * (or that passes a limit) is named here too, exactly as the bot would skip it.
 */
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
