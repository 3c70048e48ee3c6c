import { pino } from 'pino';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndex } from '../src/app.js';
import { createBot } from '../src/discord/bot.js';
import { Cooldowns } from '../src/discord/cooldown.js';
import { DiscordStandIn } from './support/discord-standin.js';

interface Callback {
  type: number;
  data: {
    embeds: { title?: string; description?: string; footer?: { text: string } }[];
    allowed_mentions: { parse: string[] };
    components: unknown[];
    flags?: number;
  };
}

describe('the real discord.js client against a loopback Discord', () => {
  let standIn: DiscordStandIn;
  let client: Client;
  const index = loadIndex('data');

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    // A generous budget: these tests send many commands as one user; the cooldown has its own test.
    client = createBot({
      index,
      logger: pino({ level: 'silent' }),
      apiUrl: standIn.apiUrl,
      cooldowns: new Cooldowns(1000),
    }).client;
    const ready = new Promise((resolve) => client.once('clientReady', resolve));
    await client.login('test-token.not.real');
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await standIn?.stop();
  });

  it('logs in through GET /gateway/bot, HELLO, IDENTIFY and READY', () => {
    expect(standIn.requests.some((r) => r.path === '/api/v10/gateway/bot')).toBe(true);
    expect(standIn.identifies).toHaveLength(1);
    // Guilds only: slash commands need no privileged intents.
    expect((standIn.identifies[0] as { intents: number }).intents).toBe(1);
  });

  it('answers /quote person:altman with cited quotations and no mentions', async () => {
    const { body } = await standIn.command('quote', [{ name: 'person', type: 3, value: 'altman' }]);
    const callback = body as Callback;
    expect(callback.type).toBe(4);
    expect(callback.data.allowed_mentions).toEqual({ parse: [] });
    const embed = callback.data.embeds[0]!;
    expect(embed.title).toContain('Sam Altman');
    expect(embed.description).toContain('Nein, danke');
    expect(embed.description).toMatch(/↳ \*Elon Musk bietet fast 100 Milliarden Dollar für OpenAI.*¶ 10, sentence 15/);
  });

  it('answers /timeline with dated events and their sources', async () => {
    const { body } = await standIn.command('timeline');
    const callback = body as Callback;
    expect(callback.data.allowed_mentions).toEqual({ parse: [] });
    const description = callback.data.embeds[0]!.description!;
    expect(description.startsWith('**late 2015** — **Altman and Musk found OpenAI**')).toBe(true);
    expect(description).toContain('↳ *Von Partnern zu Rivalen');
    expect(callback.data.components).toHaveLength(1);
  });

  it('answers /factcheck claim:97.4 with the bid and its sources', async () => {
    const { body } = await standIn.command('factcheck', [{ name: 'claim', type: 3, value: '97.4' }]);
    const callback = body as Callback;
    expect(callback.data.allowed_mentions).toEqual({ parse: [] });
    const description = callback.data.embeds[0]!.description!;
    expect(description).toMatch(/^\*\*Supported\*\*/);
    expect(description).toContain('97,4 Milliarden Dollar');
    expect(description).toContain('*Elon Musk bietet fast 100 Milliarden Dollar für OpenAI');
  });

  it('answers in German for a German client', async () => {
    const { body } = await standIn.command('factcheck', [{ name: 'claim', type: 3, value: '97.4' }], { locale: 'de' });
    expect((body as Callback).data.embeds[0]!.description).toMatch(/^\*\*Belegt\*\*/);
  });

  it('pages with the ◀ ▶ buttons and refuses other users', async () => {
    const first = (await standIn.command('timeline')).body as Callback;
    const row = first.data.components[0] as { components: { custom_id: string; disabled: boolean }[] };
    const next = row.components.find((b) => !b.disabled)!;
    const paged = await standIn.button(next.custom_id);
    expect((paged.body as Callback).type).toBe(7);
    expect((paged.body as Callback).data.embeds[0]!.footer!.text).toMatch(/^Page 2\//);
    const stranger = await standIn.button(next.custom_id, { userId: '100000000000000099' });
    expect((stranger.body as Callback).type).toBe(4);
    expect((stranger.body as Callback).data.flags).toBe(64);
  });

  it('answers autocomplete for /quote person with ranked people', async () => {
    const { body } = await standIn.command('quote', [{ name: 'person', type: 3, value: 'alt', focused: true }], {
      type: 4,
    });
    const choices = (body as { type: number; data: { choices: { name: string }[] } }).data.choices;
    expect((body as { type: number }).type).toBe(8);
    expect(choices[0]!.name).toBe('Sam Altman');
  });
});
