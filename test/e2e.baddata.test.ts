import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DiscordStandIn } from './support/discord-standin.js';
import { logLines, runNpm } from './support/npm-process.js';
import { pathologicalFile } from './support/pathological.js';
import { tempDir } from './support/tmp.js';

const exec = promisify(execFile);

/** Every kind of bad file an operator might drop into data/, next to the five good articles. */
function badDataFolder(): { dir: string; bad: string[] } {
  const dir = tempDir();
  cpSync('data', dir, { recursive: true });
  const articles = join(dir, 'articles');
  const good = readFileSync('data/articles/001-musk-bietet-fast-100-milliarden.md', 'utf8');
  const files: Record<string, string | Buffer> = {
    'x1-no-front-matter.md': 'Nur Text, keine Angaben.',
    'x2-broken-date.md': good
      .replace('published: null', 'published: "2025-13-45"')
      .replace('id: musk-bietet-fast-100-milliarden', 'id: x2'),
    'x3-unknown-field.md': good
      .replace('language: de', 'language: de\ncolor: red')
      .replace('id: musk-bietet-fast-100-milliarden', 'id: x3'),
    'x4-empty-body.md': good
      .slice(0, good.indexOf('\n---\n') + 5)
      .replace('id: musk-bietet-fast-100-milliarden', 'id: x4'),
    'x5-binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'x6-huge.md': good.replace('id: musk-bietet-fast-100-milliarden', 'id: x6') + 'Noch ein Satz. '.repeat(350_000),
    'x7-duplicate-id.md': good,
    'x8-latin1.md': Buffer.from(good.replace('id: musk-bietet-fast-100-milliarden', 'id: x8'), 'latin1'),
    'x9-notes.html': '<p>not an article</p>',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(articles, name), content);
  // people.json with an alias that names two people.
  const people = JSON.parse(readFileSync('data/people.json', 'utf8')) as { people: { aliases: string[] }[] };
  people.people[1]!.aliases.push('Musk');
  writeFileSync(join(dir, 'people.json'), JSON.stringify(people));
  return { dir, bad: [...Object.keys(files), 'people.json'] };
}

describe('bad files in data/', () => {
  it('npm run cli -- check names each one with its reason and exits 1', async () => {
    const { dir, bad } = badDataFolder();
    const result = await exec(process.execPath, [
      'node_modules/tsx/dist/cli.mjs',
      'src/cli.ts',
      'check',
      '--data',
      dir,
    ]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect('code' in result && result.code).toBe(1);
    const lines = (result as { stderr: string }).stderr.trim().split('\n');
    expect(lines).toHaveLength(bad.length);
    for (const name of bad) expect(lines.some((l) => l.includes(name))).toBe(true);
    expect(lines.find((l) => l.includes('x2-broken-date'))).toContain('field "published": expected a real date');
    expect(lines.find((l) => l.includes('x6-huge'))).toContain('expected at most 1000000');
    expect(lines.find((l) => l.includes('x7-duplicate-id'))).toContain(
      'is already used by 001-musk-bietet-fast-100-milliarden.md',
    );
    expect(lines.find((l) => l.includes('x8-latin1'))).toContain('not valid UTF-8');
    expect(lines.find((l) => l.includes('people.json'))).toContain('"musk" names elon-musk and sam-altman');
    expect((result as { stdout: string }).stdout).toContain('5 article(s) valid');
  });

  it(
    'the bot starts with the five good articles, one warning per bad file, and /sources shows what was ' + 'skipped',
    async () => {
      const { dir, bad } = badDataFolder();
      const standIn = await DiscordStandIn.start();
      const identified = standIn.waitForIdentify(30_000);
      const { child: bot, stdout } = runNpm('start', {
        DISCORD_TOKEN: 'bad-data.token.secret',
        DISCORD_API_URL: standIn.apiUrl,
        DATA_DIR: dir,
      });
      try {
        await identified;
        const lines = logLines(stdout());
        const warnings = lines.filter((l) => l.msg === 'data problem');
        expect(warnings.map((w) => w.file).sort()).toEqual([...bad].sort());
        expect(lines.find((l) => l.msg === 'index built')).toMatchObject({ articles: 5, skipped: bad.length });
        const sources = (await standIn.command('sources')).body as { data: { embeds: { description: string }[] } };
        expect(sources.data.embeds[0]!.description).toContain(`Skipped files (${bad.length})`);
        const quote = (await standIn.command('quote', [{ name: 'person', type: 3, value: 'altman' }])).body as {
          data: { embeds: { title: string }[] };
        };
        expect(quote.data.embeds[0]!.title).toBe('Quotes by Sam Altman');
      } finally {
        const closed = once(bot, 'close');
        bot.kill('SIGTERM');
        await closed;
        await standIn.stop();
      }
    },
    40_000,
  );

  it(
    'with a 1 MB blob and 99,000 short lines beside the five articles, npm start is ready, names the ' +
      'skipped one, and answers from the rest',
    async () => {
      const dir = tempDir();
      cpSync('data', dir, { recursive: true });
      const files = (['huge-token', 'short-lines'] as const).map((shape) => pathologicalFile(shape));
      for (const f of files) writeFileSync(join(dir, 'articles', f.name), f.source);
      const standIn = await DiscordStandIn.start();
      const identified = standIn.waitForIdentify(30_000);
      const { child: bot, stdout } = runNpm('start', {
        DISCORD_TOKEN: 'pathological.token.secret',
        DISCORD_API_URL: standIn.apiUrl,
        DATA_DIR: dir,
      });
      try {
        await identified;
        const lines = logLines(stdout());
        expect(lines.filter((l) => l.msg === 'data problem').map((l) => [l.file, l.reason])).toEqual([
          [
            files[1]!.name,
            expect.stringMatching(/^yields about 99,000 sentences; a news article yields at most 10,000/) as string,
          ],
        ]);
        expect(lines.find((l) => l.msg === 'index built')).toMatchObject({ articles: 6, skipped: 1 });
        const sources = (await standIn.command('sources')).body as { data: { embeds: { description: string }[] } };
        expect(sources.data.embeds[0]!.description).toContain(files[1]!.name);
        const timeline = (await standIn.command('timeline')).body as { data: { embeds: { description: string }[] } };
        expect(timeline.data.embeds[0]!.description).toContain('OpenAI');
      } finally {
        const closed = once(bot, 'close');
        bot.kill('SIGTERM');
        await closed;
        await standIn.stop();
      }
    },
    60_000,
  );
});
