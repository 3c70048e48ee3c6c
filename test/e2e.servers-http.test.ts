import { cpSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApplicationCommandOptionType as Type, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { keyPair } from './support/discord-keys.js';
import { APPLICATION_ID, DiscordStandIn, type Callback, type CommandOption } from './support/discord-standin.js';
import { endpointProcess, postSigned } from './support/endpoint-process.js';
import { tempDir } from './support/tmp.js';

// Two replicas of the HTTP endpoint, as an operator runs them behind a load balancer, share one data folder: a page a
// moderator adds through one is in that server's answers from the other, and in no other server's.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

const discord = keyPair();
const OTHER_GUILD = '100000000000000099';
const text = (data: Callback['data']) =>
  (data?.embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');

describe('replicas of the HTTP endpoint sharing a data folder', () => {
  it('a page added through one replica is in that server’s answers from the other, in no other server’s', async () => {
    const page = readFileSync('test/fixtures/pages/sueddeutsche-flixtrain.html');
    const web = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => web.close(() => resolve())));
    const standIn = await DiscordStandIn.start();
    cleanups.push(() => standIn.stop());
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const env = {
      DISCORD_PUBLIC_KEY: discord.publicHex,
      DISCORD_API_URL: standIn.apiUrl,
      DATA_DIR: data,
      COMMAND_LIMIT: 'off',
      RIVALEN_TEST_FETCH_ALLOW: '127.0.0.1',
    };
    const [one, two] = [await endpointProcess(env, cleanups), await endpointProcess(env, cleanups)];

    /** What the member finally sees: the answer, or after a deferral the edit that replaced "thinking…". */
    const ask = async (base: string, name: string, options: CommandOption[], extra = {}) => {
      const interaction = standIn.commandInteraction(name, options, extra);
      const edited = standIn.waitForRequest(
        (r) =>
          r.method === 'PATCH' &&
          r.path === `/api/v10/webhooks/${APPLICATION_ID}/${interaction.token as string}/messages/@original`,
        30_000,
      );
      edited.catch(() => undefined);
      const { body } = await postSigned(base, JSON.stringify(interaction), discord.privateKey);
      return text(body.type === 5 ? ((await edited).body as Callback['data']) : body.data);
    };
    const address = `http://127.0.0.1:${(web.address() as AddressInfo).port}/flixbus.html`;
    const add = [{ name: 'add', type: Type.Subcommand, options: [{ name: 'url', type: Type.String, value: address }] }];
    const stenger = [{ name: 'person', type: Type.String, value: 'stenger' }];

    const added = await ask(one.base, 'source', add, { permissions: String(PermissionFlagsBits.ManageGuild) });
    expect(added).toMatch(/Article added[\s\S]*Flixbus attackiert Deutsche Bahn/);
    expect(await ask(one.base, 'quote', stenger)).toMatch(/Fabian Stenger/);
    expect(await ask(two.base, 'quote', stenger)).toMatch(/Fabian Stenger/);
    expect(await ask(two.base, 'quote', stenger, { guildId: OTHER_GUILD })).not.toMatch(/Flixbus/);
    expect(await ask(two.base, 'sources', [], { guildId: OTHER_GUILD })).toMatch(/Sources \(5\)/);
    expect(one.npm.stdout()).toContain('"msg":"an article was added"');
    expect(two.npm.stdout()).toContain(`"msg":"a server's story read"`);
  }, 90_000);
});
