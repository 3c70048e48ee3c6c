import { commandByName } from '../commands/index.js';
import { OptionError, type Command, type OptionValues } from './command.js';
import { dispatch } from './dispatch.js';
import type { CorpusIndex } from './index/build.js';
import { langOf } from './render/i18n.js';
import { toApiPayload, type Reply } from './render/reply.js';

/**
 * The console's one path from a typed command to its answer, without Discord: `npm run cli`, its `--batch` mode and
 * the audit all answer through here, so what they print is what a member would see.
 */

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

export interface Answer {
  command: string;
  options: OptionValues;
  reply: Reply;
  /** The interaction response Discord would be sent: `{ type: 4, data }`. */
  payload: { type: 4; data: ReturnType<typeof toApiPayload> };
  /** The reply as plain text, as the console prints it. */
  text: string;
  /** The command's machine-readable record, where it has one (a ClaimReview for /factcheck). */
  record?: unknown;
  /** A handler failure, already answered with an apology in `reply`. */
  error?: string;
}

export interface AnswerOptions {
  lang?: string;
  /** 0-based. */
  page?: number;
  userId?: string;
}

/**
 * The command's machine-readable record of an answer; none where its options were refused (the reply already says
 * why in the member's language: a record would throw the schema's words at the console).
 */
function recordOf(
  command: Command | undefined,
  options: OptionValues,
  context: Parameters<NonNullable<Command['record']>>[1],
): unknown {
  try {
    return command?.record?.(options, context);
  } catch (error) {
    if (error instanceof OptionError) return undefined;
    throw error;
  }
}

/** Answers one parsed command as the bot would, over an index built once by the caller. */
export function answer(
  index: CorpusIndex,
  call: { name: string; options: OptionValues },
  { lang = 'en', page = 0, userId = 'cli' }: AnswerOptions = {},
): Answer {
  const { out, error } = dispatch(index, { kind: 'command', ...call, locale: lang, userId, page });
  if (out.kind === 'choices') throw new Error(`/${call.name} answered with choices, not a reply`);
  const command = commandByName.get(call.name);
  const record = error ? undefined : recordOf(command, call.options, { index, lang: langOf(lang), userId });
  return {
    command: call.name,
    options: call.options,
    reply: out.reply,
    payload: { type: 4, data: toApiPayload(out.reply) },
    text: renderText(out.reply),
    ...(record === undefined ? {} : { record }),
    ...(error ? { error: error instanceof Error ? error.message : String(error) } : {}),
  };
}

/** `answer` for a line as typed (`/factcheck claim:97.4`). */
export function answerLine(index: CorpusIndex, line: string, options?: AnswerOptions): Answer {
  return answer(index, parseCommandLine(line), options);
}
