import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { OptionValues } from '../command.js';
import type { SentFile } from '../corpus/addition.js';

/** An option as both transports receive it: Discord's JSON, or discord.js's copy of it. */
export interface RawOption {
  name: string;
  type: number;
  value?: unknown;
  /** The option being typed, in an autocomplete. */
  focused?: boolean;
  options?: readonly RawOption[];
}

/**
 * A command's options as a handler takes them: values by name; a subcommand's name as `subcommand` and its own options
 * beside it; a file sent with the command by its option name in `files` (its value stays the attachment's id).
 */
export function commandOptions(
  raw: readonly RawOption[],
  attachment: (id: string) => SentFile | undefined,
): { options: OptionValues; files: Record<string, SentFile> } {
  const options: OptionValues = {};
  const files: Record<string, SentFile> = {};
  const walk = (list: readonly RawOption[]) => {
    for (const o of list) {
      if (
        o.type === ApplicationCommandOptionType.Subcommand ||
        o.type === ApplicationCommandOptionType.SubcommandGroup
      ) {
        options['subcommand'] = o.name;
        walk(o.options ?? []);
        continue;
      }
      if (typeof o.value !== 'string' && typeof o.value !== 'number' && typeof o.value !== 'boolean') continue;
      options[o.name] = o.value;
      if (o.type !== ApplicationCommandOptionType.Attachment) continue;
      const file = attachment(String(o.value));
      if (file) files[o.name] = file;
    }
  };
  walk(raw);
  return { options, files };
}

/** The focused option of an autocomplete, inside a subcommand or not. */
export function focusedOption(raw: readonly RawOption[]): { name: string; value: string } | undefined {
  for (const o of raw) {
    if (o.focused) return { name: o.name, value: String(o.value ?? '') };
    const inner = o.options ? focusedOption(o.options) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

const MANAGE = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;

/** Whether a member's permissions (Discord's decimal bit field, sent with each interaction) let them manage it. */
export function mayManage(permissions: string | null | undefined): boolean {
  if (!permissions || !/^\d{1,30}$/.test(permissions)) return false;
  return (BigInt(permissions) & MANAGE) !== 0n;
}
