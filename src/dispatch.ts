import { commandByName } from '../commands/index.js';
import { OptionError, type Choice, type CommandContext, type OptionValues, type ServerContext } from './command.js';
import type { SentFile } from './corpus/addition.js';
import type { CorpusIndex } from './index/build.js';
import { langOf, t, type Messages } from './render/i18n.js';
import { LIMITS } from './render/limits.js';
import { cleanTyped } from './render/escape.js';
import { decodePageId } from './render/pager.js';
import { ephemeral, type Reply } from './render/reply.js';

/**
 * The one place where an interaction, from whichever transport (gateway, offline console, tests),
 * becomes a command call. Transports translate to `Incoming` and from `Outgoing`; nothing here
 * knows about discord.js objects.
 */
export type Incoming =
  /**
   * `page` (0-based) for transports that ask for a later page directly, like the offline console. A subcommand's name
   * is the option `subcommand`; `files`, the files sent with it by option name.
   */
  | {
      kind: 'command';
      name: string;
      options: OptionValues;
      files?: Record<string, SentFile>;
      locale?: string | null;
      userId: string;
      page?: number;
      /** The server it was used in, and whether the member may manage it, as Discord says. */
      guildId?: string | null;
      mayManage?: boolean;
    }
  /**
   * `kept`: the option values of a button that carries them by key (a long claim), as the transport kept them;
   * undefined when they are gone (the answer expired).
   */
  | {
      kind: 'button';
      customId: string;
      locale?: string | null;
      userId: string;
      kept?: string[];
      guildId?: string | null;
    }
  | {
      kind: 'autocomplete';
      name: string;
      focused: { name: string; value: string };
      locale?: string | null;
      userId: string;
      guildId?: string | null;
      mayManage?: boolean;
    };

export type Outgoing =
  | { kind: 'reply'; reply: Reply }
  /** A page button: the message it sits on is replaced. */
  | { kind: 'update'; reply: Reply }
  | { kind: 'choices'; choices: Choice[] };

export interface Dispatched {
  out: Outgoing;
  /** A handler failure, already answered with an apology; the transport logs it. */
  error?: unknown;
}

/** `server`: the server the interaction came from, as the transport knows it (its own articles, its library). */
export function dispatch(index: CorpusIndex, incoming: Incoming, server?: ServerContext): Dispatched {
  const lang = langOf(incoming.locale);
  const ctx: CommandContext = { index, lang, userId: incoming.userId, ...(server ? { server } : {}) };
  const m = t(lang);
  try {
    switch (incoming.kind) {
      case 'command': {
        const command = commandByName.get(incoming.name);
        if (!command) return { out: { kind: 'reply', reply: ephemeral(m.unknownCommand) } };
        // A command that changes the server's articles runs through `dispatchAct`; here (the console) it cannot.
        if (!command.run) return { out: { kind: 'reply', reply: ephemeral(m.onlyInServer) } };
        return { out: { kind: 'reply', reply: command.run(cleanOptions(incoming.options), ctx, incoming.page ?? 0) } };
      }
      case 'button': {
        const refusal = refuseButton(incoming);
        if (refusal) return { out: { kind: 'reply', reply: refusal } };
        const state = decodePageId(incoming.customId)!;
        const command = commandByName.get(state.command)!;
        const values = state.kept ? incoming.kept! : state.values;
        const options: OptionValues = {};
        command.pageOptions.forEach((name, i) => {
          const value = values[i];
          if (value !== undefined && value !== '') options[name] = cleanTyped(value);
        });
        if (!command.run) return { out: { kind: 'reply', reply: ephemeral(m.expired) } };
        return { out: { kind: 'update', reply: command.run(options, ctx, state.page) } };
      }
      case 'autocomplete': {
        const command = commandByName.get(incoming.name);
        const focused = { name: incoming.focused.name, value: cleanTyped(incoming.focused.value) };
        const choices = command?.autocomplete?.(focused, ctx) ?? [];
        const shown = choices.map((c) => ({ name: cleanTyped(c.name), value: cleanTyped(c.value) }));
        return { out: { kind: 'choices', choices: shown.filter(fitsChoice).slice(0, LIMITS.choices) } };
      }
    }
  } catch (error) {
    if (error instanceof OptionError) return { out: { kind: 'reply', reply: ephemeral(optionMessage(m, error)) } };
    if (incoming.kind === 'autocomplete') return { out: { kind: 'choices', choices: [] }, error };
    return { out: { kind: 'reply', reply: ephemeral(m.error) }, error };
  }
}

/** What was wrong with an option: missing, said in the member's language, or the schema's reason. */
function optionMessage(m: Messages, error: OptionError): string {
  const { problem, option } = error;
  if (problem?.kind === 'missing') return m.missingOption(option);
  if (problem?.kind === 'empty') return m.emptyOption(option);
  if (problem?.kind === 'tooLong') return m.tooLongOption(option, problem.limit);
  return m.invalidOption(option, error.why);
}

/** The command that changes what a server follows (see `Command.act`): the transport defers, then awaits it. */
export function acts(incoming: Incoming): incoming is Extract<Incoming, { kind: 'command' }> {
  return incoming.kind === 'command' && commandByName.get(incoming.name)?.act !== undefined;
}

/** `dispatch` for a command that acts (see `acts`): the same context, the same apologies, awaited. */
export async function dispatchAct(
  index: CorpusIndex,
  incoming: Extract<Incoming, { kind: 'command' }>,
  server?: ServerContext,
): Promise<Dispatched> {
  const lang = langOf(incoming.locale);
  const m = t(lang);
  const files = incoming.files ?? {};
  const ctx: CommandContext = { index, lang, userId: incoming.userId, ...(server ? { server } : {}) };
  try {
    const act = commandByName.get(incoming.name)!.act!;
    return { out: { kind: 'reply', reply: await act(cleanOptions(incoming.options), { ...ctx, files }) } };
  } catch (error) {
    if (error instanceof OptionError) return { out: { kind: 'reply', reply: ephemeral(optionMessage(m, error)) } };
    return { out: { kind: 'reply', reply: ephemeral(m.error) }, error };
  }
}

/**
 * The private note for a button that is not the presser's to press (someone else's pager) or that
 * no longer leads anywhere (forged, or from a command that is gone); null for a page to turn. Cheap,
 * so transports ask it before deferring: a refusal must never stand in for the owner's message.
 */
export function refuseButton(incoming: Extract<Incoming, { kind: 'button' }>): Reply | null {
  const m = t(langOf(incoming.locale));
  const state = decodePageId(incoming.customId);
  if (!state || !commandByName.has(state.command)) return ephemeral(m.expired);
  if (state.user !== incoming.userId) return ephemeral(m.notYourPager);
  // Values kept by key that the transport no longer has: the answer outlived its buttons.
  if (state.kept && incoming.kept === undefined) return ephemeral(m.expired);
  return null;
}

/**
 * Whatever a member typed, as the commands may show it back: without control, bidi-control and
 * half-surrogate characters, in NFC. Done here, once, so no command can forget it.
 */
function cleanOptions(options: OptionValues): OptionValues {
  return Object.fromEntries(
    Object.entries(options).map(([name, value]) => [name, typeof value === 'string' ? cleanTyped(value) : value]),
  );
}

function fitsChoice(c: Choice): boolean {
  return (
    c.name.length >= 1 &&
    c.name.length <= LIMITS.choiceName &&
    c.value.length >= 1 &&
    c.value.length <= LIMITS.choiceValue
  );
}
