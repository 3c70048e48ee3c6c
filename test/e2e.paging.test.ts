import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { afterAnswer, answer, answerContext, type Responder } from '../src/discord/answer.js';
import type { Outgoing } from '../src/dispatch.js';
import type { Reply } from '../src/render/reply.js';
import { startBot, type Harness } from './support/bot-harness.js';
import type { Callback } from './support/discord-standin.js';
import { seedIndex } from './support/corpus.js';

// Paging that always works: a long claim's pages turn like any other (its values kept under a short key), a press
// after they are gone says so, one message has one expiry whichever page it shows, and a picture drawn for an older
// page never lands over a newer one.

const LONG_CLAIM =
  'Musk bot 97,4 Milliarden Dollar für OpenAI und kaufte Twitter 2022 für 44 Milliarden Dollar, ' +
  'Altman bot 9,74 Milliarden';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** On a first page only ▶ can be pressed. */
const nextButton = (answer: Callback) => answer.data!.components![0]!.components.find((b) => !b.disabled)!.custom_id;

describe('a long claim on the real bot', () => {
  it('keeps its page buttons, turns its pages, and says it expired once its values are gone', async () => {
    harness = await startBot();
    const { standIn } = harness;
    const first = (await standIn.command('factcheck', [{ name: 'claim', type: 3, value: LONG_CLAIM }]))
      .body as Callback;
    expect(LONG_CLAIM.length).toBeGreaterThan(100);
    expect(first.data!.embeds![0]!.footer!.text).toBe('Page 1/3');
    const next = nextButton(first);
    expect(next.length).toBeLessThanOrEqual(100);
    const second = (await standIn.button(next)).body as Callback;
    expect(second.type).toBe(7);
    expect(second.data!.embeds![0]!.footer!.text).toBe('Page 2/3');
    expect(second.data!.embeds![0]!.description).toContain('Claim: Musk bot 97,4 Milliarden Dollar');
    // A restart without a shared Redis forgets what this process kept: the press is told, privately.
    await harness.restart();
    const late = (await standIn.button(next)).body as Callback;
    expect(late.data!.flags).toBe(64);
    expect(late.data!.embeds?.[0]?.description).toMatch(/no longer available/);
  }, 40_000);
});

function recordingResponder(sent: string[]): Responder {
  return {
    respond: async (out: Outgoing) => void sent.push(`respond ${out.kind}`),
    defer: async () => void sent.push('defer'),
    editOriginal: async () => void sent.push('edit'),
    replaceWithEphemeral: async () => void sent.push('ephemeral'),
    followUpEphemeral: async () => void sent.push('follow-up'),
    attachPicture: async (reply: Reply) => void sent.push(`picture ${reply.embeds[0]?.footer?.text ?? ''}`),
  };
}

describe('one message, whatever page it shows', () => {
  const logger = pino({ level: 'silent' });

  it('has one expiry, kept under the id of the interaction that created it', async () => {
    const keys: string[] = [];
    const ctx = { ...answerContext({ index: seedIndex(), logger }), expirePager: (key: string) => void keys.push(key) };
    const sent: string[] = [];
    await answer(
      { kind: 'command', name: 'timeline', options: {}, userId: 'u' },
      { id: 'A' },
      recordingResponder(sent),
      ctx,
    );
    const reply = (await import('../src/dispatch.js')).dispatch(seedIndex(), {
      kind: 'command',
      name: 'timeline',
      options: {},
      userId: 'u',
    });
    const next = reply.out.kind === 'reply' ? reply.out.reply.components[0]!.components[1]! : undefined;
    const customId = next && 'custom_id' in next ? next.custom_id : '';
    await answer(
      { kind: 'button', customId, userId: 'u' },
      { id: 'B', messageKey: 'A' },
      recordingResponder(sent),
      ctx,
    );
    expect(keys).toEqual(['A', 'A']);
    await ctx.close();
  }, 30_000);

  it('never gets a picture drawn for an older page over a newer one', async () => {
    const ctx = answerContext({ index: seedIndex(), logger });
    const sent: string[] = [];
    const page = (n: number): Reply => ({
      embeds: [{ description: `page ${n}`, footer: { text: `Page ${n}/2` } }],
      components: [],
      allowedMentions: { parse: [] },
      picture: {
        kind: 'timeline',
        width: 400,
        height: 200,
        title: `page ${n}`,
        ticks: [],
        breaks: [],
        rows: [],
        more: null,
      },
    });
    // Page 1's picture is still being drawn when page 2 is delivered.
    const older = ctx.delivered('M');
    const newer = ctx.delivered('M');
    await afterAnswer(page(2), recordingResponder(sent), ctx, 'M', logger, newer);
    await afterAnswer(page(1), recordingResponder(sent), ctx, 'M', logger, older);
    expect(sent).toEqual(['picture Page 2/2']);
    await ctx.close();
  }, 30_000);
});
