import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { LibraryOutcome, SentFile } from './corpus/addition.js';
import type { Article } from './corpus/types.js';
import type { CorpusIndex } from './index/build.js';
import type { Lang } from './render/i18n.js';
import type { Reply } from './render/reply.js';

/** What a handler knows about who asked: never the discord.js interaction itself. */
export interface CommandContext {
  /** The story this server follows: the operator's articles and, in a server that added some, its own. */
  index: CorpusIndex;
  lang: Lang;
  userId: string;
  /** Where the command was used in a server (not in a direct message, not in the console). */
  server?: ServerContext;
  /** The files sent with the command, by option name (a Discord attachment). */
  files?: Readonly<Record<string, SentFile>>;
}

export interface ServerContext {
  id: string;
  /** The articles this server added itself, which its moderators may remove. */
  own: readonly Article[];
  /** The member may manage the server (Discord's Manage Server), as Discord says on this very call. */
  mayManage: boolean;
  /** Adds to and removes from this server's own articles; only where the transport can (not the console). */
  library?: Library;
}

/**
 * A server's own articles, changed: each change is on disk and in the server's answers when the promise resolves
 * (`add` reads the page, `remove` forgets the article), or refused with why.
 */
export interface Library {
  add(from: { url: string } | { file: SentFile }): Promise<LibraryOutcome>;
  remove(id: string): Promise<LibraryOutcome>;
}

/** Option values as the transport parsed them: strings, numbers and booleans by option name. */
export type OptionValues = Record<string, string | number | boolean | undefined>;

export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Option names whose values a page button carries, in order; paging re-runs the command with them. */
  pageOptions: readonly string[];
  /** Answers one page (0-based) of the command. Pure and synchronous over the in-memory index. */
  run?(options: OptionValues, ctx: CommandContext, page: number): Reply;
  /**
   * A command that changes what the server follows (`/source add`): asynchronous, through `ctx.server.library`, which
   * the transport provides; the transport defers before calling it. A command has `run` or `act`, not both.
   */
  act?(options: OptionValues, ctx: CommandContext): Promise<Reply>;
  /** Choices for the focused option, answered from memory (autocomplete cannot be deferred). */
  autocomplete?(focused: { name: string; value: string }, ctx: CommandContext): Choice[];
  /** A machine-readable record of the answer, for `npm run cli -- … --json` (a ClaimReview for /factcheck). */
  record?(options: OptionValues, ctx: CommandContext): unknown;
}

/** Checked when the commands are loaded, as the create-discord-bot template does, so a broken module fails at start. */
const commandName = z.string().regex(/^[-_\p{Ll}\p{N}]{1,32}$/u, 'a lower-case name of at most 32 characters');
const description = z.string().min(1).max(100);
const localized = <T extends z.ZodType>(value: T) => z.record(z.string(), value).optional();

/**
 * What Discord requires of a command and its options, checked here so a bad definition fails at start, not at `deploy`.
 */
export const commandSchema = z
  .object({
    data: z.looseObject({
      name: commandName,
      description,
      name_localizations: localized(commandName),
      description_localizations: localized(description),
      options: z
        .array(
          z.looseObject({
            type: z.number().int(),
            name: commandName,
            description,
            name_localizations: localized(commandName),
            description_localizations: localized(description),
          }),
        )
        .max(25)
        .optional(),
    }),
    pageOptions: z.array(z.string()),
    run: z
      .custom<NonNullable<Command['run']>>((v) => typeof v === 'function', 'a run(options, ctx, page) function')
      .optional(),
    act: z
      .custom<NonNullable<Command['act']>>((v) => typeof v === 'function', 'an act(options, ctx) function')
      .optional(),
    autocomplete: z.custom<NonNullable<Command['autocomplete']>>((v) => typeof v === 'function').optional(),
    record: z.custom<NonNullable<Command['record']>>((v) => typeof v === 'function').optional(),
  })
  .refine((c) => (c.run === undefined) !== (c.act === undefined), 'a command has run or act, one of them');

export class OptionError extends Error {
  constructor(
    readonly option: string,
    readonly why: string,
    /**
     * What is wrong, where it can be said in the member's language rather than the schema's: no value given where one
     * is required, nothing but spaces, or more characters than `limit`.
     */
    readonly problem: { kind: 'missing' | 'empty' } | { kind: 'tooLong'; limit: number } | null = null,
  ) {
    super(`${option}: ${why}`);
    this.name = 'OptionError';
  }
}

/** Parses a command's options with its zod schema; a bad value becomes an OptionError the user is told about. */
export function parseOptions<T extends z.ZodType>(schema: T, options: OptionValues): z.infer<T> {
  const result = schema.safeParse(options);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const option = String(issue.path[0] ?? 'options');
  throw new OptionError(option, issue.message, problemOf(issue, options[option]));
}

/** A zod issue a member can be told of in words of their language (see `OptionError.problem`), or null. */
function problemOf(issue: z.core.$ZodIssue, value: unknown): OptionError['problem'] {
  if (issue.code === 'invalid_type' && value === undefined) return { kind: 'missing' };
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return { kind: 'empty' };
  if (issue.code === 'too_big' && issue.origin === 'string') return { kind: 'tooLong', limit: Number(issue.maximum) };
  return null;
}
