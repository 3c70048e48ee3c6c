import { cpSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyPair } from './support/discord-keys.js';
import { DiscordStandIn } from './support/discord-standin.js';
import { endpointProcess, postSigned } from './support/endpoint-process.js';
import { tempDir } from './support/tmp.js';

// The data folder read live, as an operator changes it: many files arriving one by one are a few rebuilds, not one
// per file, and an articles/ folder replaced by another is watched anew.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

const discord = keyPair();
const article = (id: string) =>
  ['---', `id: ${id}`, `title: "Artikel ${id}"`, 'outlet: null', 'published: null', 'language: de', 'url: null', '---']
    .concat([`Anna Huber sagte am Montag in Berlin, die Firma ${id} zahle 3 Millionen Euro.`, ''])
    .join('\n');

async function liveEndpoint(data: string) {
  const standIn = await DiscordStandIn.start();
  cleanups.push(() => standIn.stop());
  const { npm, base } = await endpointProcess(
    { DISCORD_PUBLIC_KEY: discord.publicHex, DISCORD_API_URL: standIn.apiUrl, DATA_DIR: data, COMMAND_LIMIT: 'off' },
    cleanups,
  );
  const sources = async () => {
    const body = JSON.stringify(standIn.commandInteraction('sources', []));
    return (await postSigned(base, body, discord.privateKey)).body.data!.embeds![0]!.title;
  };
  return { npm, sources };
}

const rebuilds = (log: string) => log.split('"msg":"index rebuilt"').length - 1;

describe('the data folder, read live', () => {
  it('ten articles copied 100 ms apart are read in a few rebuilds, not ten', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const { npm, sources } = await liveEndpoint(data);
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(data, 'articles', `zz-neu-${i}.md`), article(`neu-${i}`));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await expect.poll(sources, { timeout: 10_000, interval: 300 }).toBe('Sources (15)');
    await expect.poll(() => rebuilds(npm.stdout()), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(rebuilds(npm.stdout())).toBeLessThanOrEqual(3);
  }, 40_000);

  it('an articles folder replaced by another is watched anew', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const { sources } = await liveEndpoint(data);
    expect(await sources()).toBe('Sources (5)');
    const replacement = join(data, 'articles-new');
    mkdirSync(replacement);
    for (const id of ['eins', 'zwei']) writeFileSync(join(replacement, `${id}.md`), article(id));
    renameSync(join(data, 'articles'), join(data, 'articles-old'));
    renameSync(replacement, join(data, 'articles'));
    await expect.poll(sources, { timeout: 10_000, interval: 300 }).toBe('Sources (2)');
    // The new folder is the one watched now: a file added to it is read.
    writeFileSync(join(data, 'articles', 'drei.md'), article('drei'));
    await expect.poll(sources, { timeout: 10_000, interval: 300 }).toBe('Sources (3)');
  }, 40_000);
});
