import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApplicationCommandOptionType as Type, PermissionFlagsBits } from 'discord-api-types/v10';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndex } from '../src/app.js';
import { Cooldowns, unlimited } from '../src/discord/cooldown.js';
import { serverStories } from '../src/discord/servers.js';
import { startBot, type Harness } from './support/bot-harness.js';
import { GUILD_ID, type CommandOption, type InteractionExtra } from './support/discord-standin.js';

// A server follows its own story: its moderators add a real article page by link or file, through the real
// discord.js client against the loopback stand-in, the page served by a local web server. What one server adds is in
// its answers and in no other server's; what it removes leaves no trace.

const MODERATOR: InteractionExtra = { permissions: String(PermissionFlagsBits.ManageGuild) };
const OTHER_GUILD = '100000000000000099';
const PAGE = readFileSync('test/fixtures/pages/sueddeutsche-flixtrain.html');

let harness: Harness;
let web: Server;
let base: string;
let data: string;

beforeAll(async () => {
  web = createServer((req, res) => {
    if (req.url === '/wirtschaft/flixbus.html') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else if (req.url === '/anhang/bericht.pdf')
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  // One data folder for the whole file: the second test goes on in the server the first one left.
  data = mkdtempSync(join(tmpdir(), 'rivalen-servers-'));
  cpSync('data', data, { recursive: true });
});

afterAll(async () => {
  await harness?.stop();
  await new Promise((resolve) => web?.close(resolve));
  rmSync(data, { recursive: true, force: true });
});

const add = (url: string, extra: InteractionExtra = MODERATOR) =>
  harness.standIn.finalAnswer('source', [sub('add', [{ name: 'url', type: Type.String, value: url }])], extra);
const sub = (name: string, options: CommandOption[]): CommandOption => ({ name, type: Type.Subcommand, options });
const text = (data: { embeds?: { title?: string; description?: string }[] }) =>
  (data.embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');
const ask = async (name: string, options: CommandOption[], guildId = GUILD_ID) =>
  text((await harness.standIn.finalAnswer(name, options, { guildId })).data);
const stenger = [{ name: 'person', type: Type.String, value: 'stenger' }];
const in2019 = [
  { name: 'from', type: Type.String, value: '2019' },
  { name: 'to', type: Type.String, value: '2019' },
];

describe('a server adds its own articles from Discord', () => {
  it("a page added by address: in this server's answers, in no other, until removed", async () => {
    const index = loadIndex(data);
    const logger = pino({ level: 'silent' });
    const servers = serverStories({
      dataDir: data,
      operator: () => index,
      logger,
      additions: new Cooldowns(20, 3_600_000),
      fetching: { allow: ['127.0.0.1'] },
    });
    harness = await startBot({ index, servers, cooldowns: unlimited });

    // Someone without the Manage Server permission is refused at once, privately, and nothing is fetched.
    const member = await add(`${base}/wirtschaft/flixbus.html`, {});
    expect(member.deferred).toBe(false);
    expect(member.data.flags).toBe(64);
    expect(text(member.data)).toMatch(/Manage Server/);
    expect(existsSync(join(data, 'servers'))).toBe(false);

    const added = await add(`${base}/wirtschaft/flixbus.html`);
    expect(added.deferred).toBe(true);
    expect(added.data.flags ?? 0).toBe(0);
    const said = text(added.data);
    expect(said).toMatch(/Article added/);
    expect(said).toMatch(/Flixbus attackiert Deutsche Bahn.*Süddeutsche\.de, 15 May 2019/);
    expect(said).toMatch(/Found in it: \d+ events? · [1-9]\d* quotes · \d+ figures?/);
    const files = readdirSync(join(data, 'servers', GUILD_ID, 'articles'));
    expect(files).toEqual(['flixbus-attackiert-deutsche-bahn.md']);
    // The operator's folder is as it was.
    expect(readdirSync(join(data, 'articles'))).toHaveLength(5);

    expect(await ask('quote', stenger)).toMatch(/Fabian Stenger[\s\S]*Flixbus attackiert Deutsche Bahn/);
    expect(await ask('timeline', in2019)).toMatch(/Flixbus attackiert Deutsche Bahn/);
    expect(await ask('sources', [])).toMatch(/Sources \(6\)[\s\S]*Flixbus[^\n]*— added by this server/);
    expect(await ask('quote', stenger, OTHER_GUILD)).not.toMatch(/Flixbus/);
    expect(await ask('timeline', in2019, OTHER_GUILD)).not.toMatch(/Flixbus/);
    expect(await ask('sources', [], OTHER_GUILD)).toMatch(/Sources \(5\)/);

    // The same page again is refused, in the member's language.
    const again = await add(`${base}/wirtschaft/flixbus.html`, { ...MODERATOR, locale: 'de' });
    expect(again.data.flags).toBe(64);
    expect(text(again.data)).toMatch(/Nicht hinzugefügt.*Diesen Artikel hat der Bot schon/);

    // Autocomplete offers the server's own articles to remove, and only to a moderator.
    const focused = (extra: InteractionExtra) =>
      harness.standIn.command(
        'source',
        [sub('remove', [{ name: 'article', type: Type.String, value: 'flix', focused: true }])],
        { ...extra, type: 4 },
      );
    const choices = ((await focused(MODERATOR)).body as { data: { choices: { value: string }[] } }).data.choices;
    expect(choices.map((c) => c.value)).toEqual(['flixbus-attackiert-deutsche-bahn']);
    expect(((await focused({})).body as { data: { choices: unknown[] } }).data.choices).toEqual([]);

    const removed = await harness.standIn.finalAnswer(
      'source',
      [sub('remove', [{ name: 'article', type: Type.String, value: 'flixbus-attackiert-deutsche-bahn' }])],
      MODERATOR,
    );
    expect(text(removed.data)).toMatch(/Article removed/);
    expect(readdirSync(join(data, 'servers', GUILD_ID, 'articles'))).toEqual([]);
    expect(await ask('quote', stenger)).not.toMatch(/Flixbus/);
    expect(await ask('timeline', in2019)).not.toMatch(/Flixbus/);
    expect(await ask('sources', [])).toMatch(/Sources \(5\)/);
  }, 60_000);

  it('a file of an unknown type and a page that is no web page are refused, privately, with why', async () => {
    const pdf = await harness.standIn.finalAnswer(
      'source',
      [sub('add', [{ name: 'file', type: Type.Attachment, value: '300000000000000001' }])],
      {
        ...MODERATOR,
        attachments: {
          '300000000000000001': { url: `${base}/anhang/bericht.pdf`, filename: 'bericht.pdf', size: 8 },
        },
      },
    );
    expect(pdf.data.flags).toBe(64);
    expect(text(pdf.data)).toMatch(/Not added.*neither a web page nor text/);
    const served = await add(`${base}/anhang/bericht.pdf`);
    expect(text(served.data)).toMatch(/Not added.*neither a web page nor text[\s\S]*application\/pdf/);
    const neither = await harness.standIn.finalAnswer('source', [sub('add', [])], MODERATOR);
    expect(text(neither.data)).toMatch(/a web address \(`url`\) or a file \(`file`\)/);
    expect(readdirSync(join(data, 'servers', GUILD_ID, 'articles'))).toEqual([]);

    // The same page sent as a file (a page saved from the browser) is fetched from the file host and added.
    const sent = await harness.standIn.finalAnswer(
      'source',
      [sub('add', [{ name: 'file', type: Type.Attachment, value: '300000000000000002' }])],
      {
        ...MODERATOR,
        locale: 'de',
        attachments: {
          '300000000000000002': { url: `${base}/wirtschaft/flixbus.html`, filename: 'Flixbus.html', size: PAGE.length },
        },
      },
    );
    expect(text(sent.data)).toMatch(
      /Artikel hinzugefügt[\s\S]*\(Süddeutsche\.de, 15\. Mai 2019\)[\s\S]*Darin gefunden/,
    );
    expect(await ask('quote', stenger)).toMatch(/Fabian Stenger/);
  }, 30_000);
});
