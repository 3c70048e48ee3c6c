import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord-api-types/v10';
import type { FactcheckPicture, TimelinePicture } from './picture.js';

/**
 * What a command answers, independent of how it is delivered (gateway, offline console, tests).
 * `allowedMentions` is always empty: article text may contain `@everyone`.
 */
export interface Reply {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** `MessageFlags.Ephemeral` for notes only the user should see. */
  flags?: number;
  allowedMentions: { parse: [] };
  /** A picture of the answer, described as data; a transport that can attach files draws it (`src/picture/`). */
  picture?: TimelinePicture | FactcheckPicture;
  /**
   * Option values the page buttons carry only by key (too long for a custom id): the transport keeps them for as long
   * as the buttons live, and finds them again when one is pressed.
   */
  kept?: { key: string; values: string[] };
}

export const NO_MENTIONS = { parse: [] } as { parse: [] };

/** The embed colours: neutral for lists, and one per verdict so the result reads at a glance. */
export const COLOURS = {
  neutral: 0x5865f2,
  supported: 0x2e7d32,
  disagree: 0xf9a825,
  contradicted: 0xc62828,
  no_evidence: 0x757575,
  error: 0xc62828,
} as const;

export function reply(embeds: APIEmbed[], components: Reply['components'] = []): Reply {
  return { embeds, components, allowedMentions: NO_MENTIONS };
}

export function ephemeral(text: string, colour: number = COLOURS.error): Reply {
  return {
    embeds: [{ description: text, color: colour }],
    components: [],
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * The JSON body Discord's API receives for this reply (interaction callback `data`, or a message
 * edit without `flags`), field for field as discord.js sends it, so the gateway bot, the HTTP
 * endpoint and the offline console's --json all show the same payload.
 */
export function toApiPayload(r: Reply, options: { edit?: boolean } = {}): Record<string, unknown> {
  return {
    tts: false,
    enforce_nonce: false,
    embeds: r.embeds,
    components: r.components,
    allowed_mentions: { parse: [] },
    ...(r.flags && !options.edit ? { flags: r.flags } : {}),
  };
}

export function buttonRow(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent> {
  return { type: ComponentType.ActionRow, components: buttons };
}

export function button(customId: string, label: string, disabled: boolean): APIButtonComponent {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label, disabled };
}
