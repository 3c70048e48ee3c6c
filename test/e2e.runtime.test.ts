import { afterEach, describe, expect, it } from 'vitest';
import { Cooldowns } from '../src/discord/cooldown.js';
import { APPLICATION_ID, type Callback } from './support/discord-standin.js';
import { startBot, type Harness } from './support/bot-harness.js';
import { seedIndex } from './support/corpus.js';
import type { CorpusIndex } from '../src/index/build.js';

const person = (value: string) => [{ name: 'person', type: 3, value }];
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('cooldowns', () => {
  it('slows down a user who sends more than 5 commands in 10 s, and nobody else', async () => {
    harness = await startBot();
    const { standIn } = harness;
    for (let i = 0; i < 5; i++)
      expect(
        ((await standIn.command('sources', [], { userId: '111111111111111111' })).body as Callback).data!.flags,
      ).toBeUndefined();
    const sixth = (await standIn.command('sources', [], { userId: '111111111111111111', locale: 'de' }))
      .body as Callback;
    expect(sixth.data!.flags).toBe(64);
    expect(sixth.data!.embeds![0]!.description).toMatch(/^Langsamer, bitte: .* Versuche es in \d+ s wieder\.$/);
    const other = (await standIn.command('sources', [], { userId: '222222222222222222' })).body as Callback;
    expect(other.data!.flags).toBeUndefined();
    expect(harness.logs.some((l) => l.outcome === 'cooldown')).toBe(true);
  });

  it('counts within a sliding window', () => {
    let now = 0;
    const cooldowns = new Cooldowns(5, 10_000, () => now);
    for (let i = 0; i < 5; i++) expect(cooldowns.take('a')).toBe(0);
    now = 4_000;
    expect(cooldowns.take('a')).toBe(6_000);
    expect(cooldowns.take('b')).toBe(0);
    now = 10_000;
    expect(cooldowns.take('a')).toBe(0);
  });
});

describe('deferral and page buttons', () => {
  it('defers first when the corpus is large, then edits the answer in', async () => {
    harness = await startBot({ deferAboveSentences: 0 });
    const { standIn } = harness;
    const edited = standIn.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path.startsWith(`/api/v10/webhooks/${APPLICATION_ID}/`) &&
        r.path.endsWith('/messages/@original'),
    );
    const { body } = await standIn.command('quote', person('altman'));
    expect((body as Callback).type).toBe(5);
    const patch = (await edited).body as { embeds: { title: string }[]; allowed_mentions: unknown };
    expect(patch.embeds[0]!.title).toBe('Quotes by Sam Altman');
    expect(patch.allowed_mentions).toEqual({ parse: [] });
  });

  it('deferred too: a stranger’s or a dead button gets a private note; the owner’s message stays', async () => {
    harness = await startBot({ deferAboveSentences: 0 });
    const { standIn } = harness;
    const answered = standIn.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
    const pictured = standIn.waitForRequest((r) => r.method === 'PATCH' && (r.files?.length ?? 0) > 0);
    await standIn.command('timeline');
    await pictured;
    const patch = (await answered).body as { components: { components: { custom_id: string }[] }[] };
    const next = patch.components[0]!.components[1]!.custom_id;
    const before = standIn.requests.length;
    const stranger = (await standIn.button(next, { userId: '333333333333333333' })).body as Callback;
    const dead = (await standIn.button('pg|nocommand|1|100000000000000010|')).body as Callback;
    for (const refused of [stranger, dead]) expect(refused).toMatchObject({ type: 4, data: { flags: 64 } });
    // Nothing but the two callbacks: no deferral, no edit of the owner's message.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = standIn.requests
      .slice(before)
      .map((r) => `${r.method} ${r.path.replace(/\/\d+\/[^/]+\/callback$/, '/…/callback')}`);
    expect(after.filter((r) => !r.startsWith('GET'))).toEqual([
      'POST /api/v10/interactions/…/callback',
      'POST /api/v10/interactions/…/callback',
    ]);
    // The owner still pages, deferred, by an edit.
    const paged = standIn.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
    expect(((await standIn.button(next)).body as Callback).type).toBe(6);
    expect(((await paged).body as { embeds: { footer: { text: string } }[] }).embeds[0]!.footer.text).toMatch(
      /^Page 2\//,
    );
  });

  it('removes page buttons when their time is up', async () => {
    harness = await startBot({ pagerLifetimeMs: 200 });
    const { standIn } = harness;
    const removed = standIn.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path.endsWith('/messages/@original') &&
        (r.body as { components?: unknown[] }).components?.length === 0,
    );
    const { body } = await standIn.command('timeline');
    expect((body as Callback).data!.components).toHaveLength(1);
    // The edit that removes the buttons sends the picture again: an edit drops the files it does not send.
    expect((await removed).files?.map((f) => f.filename)).toEqual(['rivalen.png']);
  });

  it('turns pages after a restart, for the user who asked only', async () => {
    harness = await startBot();
    const first = (await harness.standIn.command('timeline')).body as Callback;
    const next = first.data!.components![0]!.components[1]!.custom_id;
    await harness.restart();
    const paged = (await harness.standIn.button(next)).body as Callback;
    expect(paged.type).toBe(7);
    expect(paged.data!.embeds![0]!.footer!.text).toMatch(/^Page 2\/\d$/);
    const stranger = (await harness.standIn.button(next, { userId: '333333333333333333' })).body as Callback;
    expect(stranger).toMatchObject({ type: 4, data: { flags: 64 } });
  });
});

describe('faults, each survived', () => {
  it('reconnects after the gateway drops and answers the next interaction', async () => {
    harness = await startBot();
    const back = harness.standIn.waitForIdentify(20_000);
    harness.standIn.dropGateway(4000);
    await back;
    const { body } = await harness.standIn.command('quote', person('musk'));
    expect((body as Callback).data!.embeds![0]!.title).toBe('Quotes by Elon Musk');
    expect(harness.standIn.resumes).toBe(1);
    expect(harness.logs.some((l) => l.msg === 'gateway resumed')).toBe(true);
  });

  it('delivers through a 500 and a 429 with retry-after, then answers the next', async () => {
    harness = await startBot();
    const { standIn } = harness;
    const answers = [
      { status: 500, body: { message: 'Internal Server Error', code: 0 } },
      {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
        headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' },
      },
    ];
    standIn.override = (r) => (r.path.endsWith('/callback') ? answers.shift() : undefined);
    const { body } = await standIn.command('quote', person('altman'));
    expect((body as Callback).type).toBe(4);
    expect(answers).toEqual([]);
    expect(standIn.requests.filter((r) => r.path.endsWith('/callback'))).toHaveLength(3);
    expect(((await standIn.command('sources')).body as Callback).type).toBe(4);
  });

  it('logs an expired interaction token (10062) and answers the next', async () => {
    harness = await startBot();
    const { standIn } = harness;
    standIn.override = (r) =>
      r.path.endsWith('/callback') && standIn.override
        ? { status: 404, body: { message: 'Unknown interaction', code: 10062 } }
        : undefined;
    const { id } = standIn.sendCommand('quote', person('altman'));
    await expect
      .poll(() => harness!.logs.find((l) => l.msg === 'could not deliver the answer'), { timeout: 5_000 })
      .toMatchObject({ interaction: id, err: { message: expect.stringContaining('Unknown interaction') } });
    standIn.override = undefined;
    expect(((await standIn.command('sources')).body as Callback).type).toBe(4);
  });

  it('answers an option over its limit with an ephemeral note', async () => {
    harness = await startBot();
    // Discord enforces the declared maximum; a client that does not is told, not crashed.
    const { body } = await harness.standIn.command('quote', person('x'.repeat(6000)));
    expect(body as Callback).toMatchObject({
      type: 4,
      data: {
        flags: 64,
        embeds: [{ description: expect.stringContaining('"person" is too long: at most 25 characters') }],
      },
    });
  });

  it('answers a handler failure with an ephemeral apology, logged with the interaction id, and goes on', async () => {
    const broken = { ...seedIndex(), events: null } as unknown as CorpusIndex;
    harness = await startBot({ index: broken });
    const { body, interaction } = await harness.standIn.command('timeline', [], { locale: 'de' });
    expect(body as Callback).toMatchObject({
      type: 4,
      data: { flags: 64, embeds: [{ description: expect.stringMatching(/^Entschuldigung/) }] },
    });
    await expect
      .poll(() => harness!.logs.find((l) => l.msg === 'handler failed; answered with an apology'))
      .toMatchObject({ interaction: interaction.id, command: 'timeline' });
    expect(((await harness.standIn.command('quote', person('altman'))).body as Callback).type).toBe(4);
  });
});
