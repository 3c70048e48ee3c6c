import { execFile, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from './support/tmp.js';
import { parseCommandLine } from '../src/console.js';

const exec = promisify(execFile);
/** The console exactly as `npm run cli --` runs it. */
async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return cliWith({}, ...args);
}
async function cliWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli.ts', ...args], {
      env: { ...process.env, ...env },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('the console module', () => {
  it('runs only when executed: importing it prints nothing and sets no exit code', async () => {
    const log = vi.spyOn(console, 'log');
    const error = vi.spyOn(console, 'error');
    const before = process.exitCode;
    await import('../src/cli.js');
    expect(log).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(before);
    log.mockRestore();
    error.mockRestore();
  });
});

describe('command lines as users type them', () => {
  it.each([
    ['/quote person:altman', { name: 'quote', options: { person: 'altman' } }],
    ['/quote altman', { name: 'quote', options: { person: 'altman' } }],
    [
      '/quote Sam Altman about:Twitter kaufen',
      { name: 'quote', options: { person: 'Sam Altman', about: 'Twitter kaufen' } },
    ],
    [
      '/factcheck claim:Musk kaufte Twitter für 44 Milliarden Dollar',
      { name: 'factcheck', options: { claim: 'Musk kaufte Twitter für 44 Milliarden Dollar' } },
    ],
    ['/timeline from:2024 to:2025', { name: 'timeline', options: { from: '2024', to: '2025' } }],
    ['sources', { name: 'sources', options: {} }],
  ])('%s', (line, expected) => {
    expect(parseCommandLine(line)).toEqual(expected);
  });

  it('names the known commands when one is unknown', () => {
    expect(() => parseCommandLine('/nope')).toThrow(
      'unknown command "/nope"; known: /timeline, /quote, /factcheck, /sources',
    );
  });
});

describe('the offline console', () => {
  it('prints a cited answer', async () => {
    const { stdout, code } = await cli('/quote person:altman');
    expect(code).toBe(0);
    expect(stdout).toContain('Quotes by Sam Altman');
    expect(stdout).toContain('↳ Elon Musk bietet fast 100 Milliarden Dollar für OpenAI');
  });

  it('prints the exact API payload with --json', async () => {
    const { stdout } = await cli('/quote altman', '--json');
    const payload = JSON.parse(stdout) as { type: number; data: { allowed_mentions: unknown; embeds: unknown[] } };
    expect(payload.type).toBe(4);
    expect(payload.data.allowed_mentions).toEqual({ parse: [] });
    expect(payload.data.embeds).toHaveLength(1);
  });

  it('prints the payload and a ClaimReview for /factcheck with --json', async () => {
    const { stdout } = await cli('/factcheck claim:OpenAI wurde 2016 gegründet', '--json', '--lang', 'de');
    const out = JSON.parse(stdout) as {
      payload: { type: number };
      claimReview: { reviewRating: { alternateName: string }; evidence: { value: string }[] };
    };
    expect(out.payload.type).toBe(4);
    expect(out.claimReview.reviewRating.alternateName).toBe('Widerlegt');
    expect(out.claimReview.evidence.length).toBeGreaterThan(0);
    expect(out.claimReview.evidence.every((e) => e.value === '2015')).toBe(true);
  });

  it('exports the index in the documented format, every citation verbatim', async () => {
    const { stdout } = await cli('export');
    const data = JSON.parse(stdout) as {
      articles: { id: string; title: string; outlet: string | null; published: string | null; removed: unknown[] }[];
      quotes: { text: string; speaker: { name: string } | null; partial: boolean; citation: Citation }[];
      events: { date: { value: string; precision: string } | null; summary: string; citations: Citation[] }[];
      figures: { value: number; unit: string | null; original: string; subject: string; citation: Citation }[];
    };
    type Citation = { article: string; start: number; end: number; text: string };
    expect(data.articles.map((a) => a.id)).toHaveLength(5);
    const { readFileSync } = await import('node:fs');
    const bodies = new Map(
      data.articles.map((a) => {
        const file = readFileSync(join('data/articles', (a as unknown as { file: string }).file), 'utf8');
        return [a.id, file.slice(file.indexOf('\n---\n') + 5)];
      }),
    );
    const all = [
      ...data.quotes.map((q) => q.citation),
      ...data.events.flatMap((e) => e.citations),
      ...data.figures.map((f) => f.citation),
    ];
    expect(all.length).toBeGreaterThan(40);
    for (const c of all) expect(bodies.get(c.article)!.slice(c.start, c.end)).toBe(c.text);
    expect(data.events.find((e) => e.date?.value === '2015')).toMatchObject({
      date: { value: '2015', precision: 'year' },
    });
    expect(typeof data.figures[0]!.value).toBe('number');
  });

  it('reads another data folder with --data and validates one with check', async () => {
    const dir = tempDir();
    cpSync('data', dir, { recursive: true });
    writeFileSync(join(dir, 'articles', 'zz-broken.md'), '---\nid: broken\n---\ntext');
    const checked = await cli('check', '--data', dir);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('zz-broken.md: field "title": expected text, but it is missing');
    const sources = await cli('/sources', '--data', dir);
    expect(sources.stdout).toContain('Skipped files (1)');
    expect((await cli('check')).code).toBe(0);
  });

  it('answers one command a line with --batch, the index built once, one JSON line each', async () => {
    const input = '/quote person:altman\n\n# a comment\n/factcheck claim:97.4\n/nope\n';
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli.ts', '--batch'], {
      input,
      encoding: 'utf8',
    });
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.line)).toEqual(['/quote person:altman', '/factcheck claim:97.4', '/nope']);
    const [quote, factcheck, bad] = lines as [
      { payload: { type: number; data: { allowed_mentions: unknown } }; text: string },
      { record: { verdict: string }; text: string },
      { error: string },
    ];
    // The same payload and text a single command prints.
    expect(quote.payload).toEqual(JSON.parse((await cli('/quote person:altman', '--json')).stdout));
    expect(quote.payload.data.allowed_mentions).toEqual({ parse: [] });
    expect(quote.text).toBe((await cli('/quote person:altman')).stdout.trimEnd());
    expect(factcheck.record.verdict).toBe('supported');
    expect(factcheck.text).toMatch(/^Fact check\n/);
    expect(bad.error).toMatch(/unknown command "\/nope"/);
    expect(run.status).toBe(1);
  });

  it('says in one line what is wrong with a command', async () => {
    const { stderr, code } = await cli('/nope');
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('npm run cli -- add', () => {
  it('adds a saved web page as an article, says what it yields, and refuses it a second time', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const added = await cli('add', 'test/fixtures/pages/heise.html', '--data', data);
    expect(added.code).toBe(0);
    const file = '1password-fuer-mac-generiert-einmal-passwoerter.md';
    expect(added.stdout).toContain(`${file}: "1Password für Mac generiert Einmal-Passwörter" (Mac & i, 2015-04-08);`);
    expect(added.stdout).toMatch(/; \d+ events, \d+ quotations, [1-9]\d* figures\n$/);
    // The folder reads it as an operator's article: `check` finds nothing to skip.
    expect((await cli('check', '--data', data)).code).toBe(0);
    const again = await cli('add', 'test/fixtures/pages/heise.html', '--data', data);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('the story already holds this article');
  }, 60_000);

  it('refuses a file of another type, a page with no article, and a text file of one line', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const dir = tempDir();
    const files = {
      pdf: join(dir, 'bericht.pdf'),
      empty: join(dir, 'leer.html'),
      bare: join(dir, 'notiz.txt'),
    };
    writeFileSync(files.pdf, '%PDF-1.4');
    writeFileSync(files.empty, '<html lang="de"><head><title>Leer</title></head><body><p>Kurz.</p></body></html>');
    writeFileSync(files.bare, 'Ein Satz ohne Kopf.');
    const refused = await cli('add', files.pdf, files.empty, files.bare, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('bericht.pdf: expected a .html, .htm, .md or .txt file');
    expect(refused.stderr).toContain('leer.html: the page holds no article text');
    expect(refused.stderr).toContain('notiz.txt: the file holds no article text after its first line');
  }, 60_000);

  it('adds a text file without front matter: its first line the title, its words the language', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const file = join(tempDir(), 'meldung.txt');
    const paragraph =
      'Die Stadtwerke Beispielstadt haben am Dienstag einen neuen Tarif vorgestellt. Er soll ab dem Frühjahr für ' +
      'alle ' +
      'Haushalte gelten, die mehr als zwei Personen zählen. „Wir wollen die Familien entlasten“, sagte die ' +
      'Geschäftsführerin Clara Muster bei der Vorstellung im Rathaus.';
    writeFileSync(
      file,
      `# Stadtwerke stellen neuen Tarif vor\n\n${paragraph}\n\n${paragraph.replace('Dienstag', 'Mittwoch')}\n`,
    );
    const added = await cli('add', file, '--data', data);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(
      /"Stadtwerke stellen neuen Tarif vor" \(outlet unknown, undated\); \d+ events, [1-9]\d* quotations/,
    );
    const written = readFileSync(join(data, 'articles', 'stadtwerke-stellen-neuen-tarif-vor.md'), 'utf8');
    expect(written).toMatch(
      /^---\nid: stadtwerke-stellen-neuen-tarif-vor\ntitle: "Stadtwerke stellen neuen Tarif vor"\n/,
    );
    expect(written).toContain('language: de');
  }, 60_000);

  it('adds a page by its address, fetched from a web server the test allows, and refuses it without that', async () => {
    const page = readFileSync('test/fixtures/pages/bbc-1.html');
    const server = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/world-us-canada-33646704`;
      const data = tempDir();
      cpSync('data', data, { recursive: true });
      const refused = await cli('add', address, '--data', data);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('127.0.0.1 is a loopback address, which the bot does not fetch from');
      const added = await cliWith({ RIVALEN_TEST_FETCH_ALLOW: '127.0.0.1' }, 'add', address, '--data', data);
      expect(added.stderr).toBe('');
      expect(added.stdout).toContain(`"Obama admits US gun laws are his 'biggest frustration'" (BBC News, 2015-07-24)`);
      const file = readFileSync(
        join(data, 'articles', 'obama-admits-us-gun-laws-are-his-biggest-frustration.md'),
        'utf8',
      );
      // The page's canonical address, not the one it was fetched from.
      expect(file).toContain('url: "http://www.bbc.com/news/world-us-canada-33646704"');
    } finally {
      server.close();
    }
  }, 60_000);
});
