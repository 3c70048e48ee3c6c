import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { CorpusIndex } from './index/build.js';
import type { Lang } from './render/i18n.js';
import type { Reply } from './render/reply.js';

/** What a handler knows about who asked: never the discord.js interaction itself. */
export interface CommandContext {
  index: CorpusIndex;
  lang: Lang;
  userId: string;
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
  run(options: OptionValues, ctx: CommandContext, page: number): Reply;
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
export const commandSchema = z.object({
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
  run: z.custom<Command['run']>((v) => typeof v === 'function', 'a run(options, ctx, page) function'),
  autocomplete: z.custom<NonNullable<Command['autocomplete']>>((v) => typeof v === 'function').optional(),
  record: z.custom<NonNullable<Command['record']>>((v) => typeof v === 'function').optional(),
});

export class OptionError extends Error {
  constructor(
    readonly option: string,
    readonly why: string,
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
  throw new OptionError(String(issue.path[0] ?? 'options'), issue.message);
}
