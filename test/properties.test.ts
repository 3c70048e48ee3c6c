import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch, type Incoming, type Outgoing } from '../src/dispatch.js';
import { LIMITS, limitViolations } from '../src/render/limits.js';
import type { Reply } from '../src/render/reply.js';
import { seedIndex } from './support/corpus.js';

/**
 * Whatever a public server types, every command and every autocomplete answers within Discord's
 * limits, mentions nobody and renders none of the input as markdown. fast-check prints the seed
 * and the shrunk input of any failure, so it can be replayed with `{ seed, path }`.
 */
const index = seedIndex();
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

const dangerous = fc.constantFrom(
  '**',
  '__',
  '~~',
  '`',
  '```',
  '||',
  '> ',
  '# ',
  '- ',
  '[x](https://evil.example)',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '\\',
  '\u202e',
  '\u200f',
  '\u2066',
  '\u2069',
  '\u061c',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u0085',
  '\u2028',
  'e\u0301',
  '\n',
  '\r\n',
  '\t',
  '💣',
  '\ud83d',
  '\udca3',
  'ß',
  'Ä',
  '97,4',
  '2015',
  "100'000",
);
/** Any text: arbitrary unicode, lone surrogates, control characters, markdown and mentions, up to 6,000 characters. */
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(dangerous, fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join('')),
  fc
    .tuple(dangerous, fc.integer({ min: 100, max: 6000 }))
    .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
);
/** Numbers and years as users type them, and values no number option should take. */
const anyNumber = fc.oneof(
  fc.integer(),
  fc.integer({ min: 1800, max: 2200 }),
  fc.double(),
  fc.constantFrom('NaN', 'Infinity', '-1', '1e309', '99999999999999', '2015.5', ' 2015 ', ''),
);
const locale = fc.constantFrom('de', 'en-US', 'en-GB', 'fr', '', 'xx');
const user = fc.oneof(fc.constant('100000000000000042'), fc.string({ maxLength: 30 }));

/**
 * C0/C1 controls but line breaks and tabs, bidi controls, lone surrogates: written out here, not imported, so the test
 * checks the rule.
 */
const UNSAFE = new RegExp(
  [
    String.raw`[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]`,
    String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`,
    String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  ].join('|'),
);

function texts(reply: Reply): string[] {
  return reply.embeds.flatMap((e) =>
    [
      e.title,
      e.description,
      e.footer?.text,
      e.author?.name,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ].filter((t): t is string => t !== undefined),
  );
}

/**
 * The checks every answer must pass, whatever the input. `baseline` is the answer to the same
 * input without its markdown characters: a stretch that shows there too is the reply's own
 * markup around article text (`**2015**`), not the user's.
 */
function expectSafe(out: Outgoing, input: string[], baseline: Outgoing): void {
  if (out.kind === 'choices') {
    expect(out.choices.length).toBeLessThanOrEqual(LIMITS.choices);
    for (const c of out.choices) {
      expect(c.name).not.toMatch(UNSAFE);
      expect(c.value).not.toMatch(UNSAFE);
      expect(c.name.length).toBeGreaterThanOrEqual(1);
      expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
      expect(c.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
    }
    return;
  }
  const { reply } = out;
  expect(limitViolations(reply.embeds)).toEqual([]);
  expect(reply.embeds.length).toBeGreaterThanOrEqual(1);
  expect(reply.allowedMentions).toEqual({ parse: [] });
  expect(reply.components.length).toBeLessThanOrEqual(LIMITS.components);
  for (const row of reply.components)
    for (const b of row.components)
      if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  const shown = texts(reply).join('\n');
  // Nothing that makes a reply read differently from what it says: controls, bidi controls, half surrogates.
  expect(shown).not.toMatch(UNSAFE);
  // Mentions are broken with a zero-width space wherever they came from.
  expect(shown).not.toMatch(/@(everyone|here)/i);
  expect(shown).not.toMatch(/<(@[!&]?|#)\d+>/);
  // A stretch of input that holds markdown never appears with its markdown unescaped.
  const ours = baseline.kind === 'choices' ? '' : texts(baseline.reply).join('\n');
  for (const value of input) {
    for (const stretch of value.match(/\S*[*_~`|[\]]\S*/g) ?? []) {
      if (stretch.length >= 6 && !rendersAsTyped(ours, stretch))
        expect(rendersAsTyped(shown, stretch), stretch).toBe(false);
    }
  }
}

const withoutMarkdown = (v: unknown) => (typeof v === 'string' ? v.replace(/[*_~`|[\]\\]/g, '') : v);

/** The same interaction with the markdown characters taken out of every text the user typed. */
function plain(incoming: Incoming): Incoming {
  if (incoming.kind === 'command')
    return {
      ...incoming,
      options: Object.fromEntries(
        Object.entries(incoming.options).map(([k, v]) => [k, withoutMarkdown(v) as string | number]),
      ),
    };
  if (incoming.kind === 'autocomplete')
    return { ...incoming, focused: { ...incoming.focused, value: withoutMarkdown(incoming.focused.value) as string } };
  return incoming;
}

const MARKDOWN = /[*_~`|[\]]/;

/** Does `stretch` occur in `shown` with one of its markdown characters not escaped by a backslash? */
function rendersAsTyped(shown: string, stretch: string): boolean {
  for (let at = shown.indexOf(stretch); at >= 0; at = shown.indexOf(stretch, at + 1)) {
    for (let k = 0; k < stretch.length; k++) {
      if (MARKDOWN.test(stretch[k]!) && (k === 0 ? shown[at - 1] : stretch[k - 1]) !== '\\') return true;
    }
  }
  return false;
}

function check(make: fc.Arbitrary<{ incoming: Incoming; input: string[] }>): void {
  fc.assert(
    fc.property(make, ({ incoming, input }) => {
      const { out } = dispatch(index, incoming);
      expectSafe(out, input, dispatch(index, plain(incoming)).out);
    }),
    { numRuns: RUNS },
  );
}

const command = (name: string, options: fc.Arbitrary<Record<string, string | number>>) =>
  fc.record({ options, locale, user }).map(({ options: o, locale: l, user: u }) => ({
    incoming: { kind: 'command' as const, name, options: o, locale: l, userId: u },
    input: Object.values(o).map(String),
  }));

describe('any input gives a safe answer', () => {
  it('/timeline', () =>
    check(
      command(
        'timeline',
        fc.record({ topic: anyText, person: anyText, from: anyNumber, to: anyNumber }, { requiredKeys: [] }),
      ),
    ));
  it('/quote', () =>
    check(command('quote', fc.record({ person: anyText, about: anyText }, { requiredKeys: ['person'] }))));
  it('/factcheck', () => check(command('factcheck', fc.record({ claim: anyText }))));
  it('/sources', () => check(command('sources', fc.record({ extra: anyText }, { requiredKeys: [] }))));

  it('every autocomplete', () =>
    check(
      fc
        .record({
          target: fc.constantFrom(
            ['quote', 'person'],
            ['timeline', 'person'],
            ['timeline', 'topic'],
            ['factcheck', 'claim'],
            ['nope', 'x'],
          ),
          value: anyText,
          locale,
          user,
        })
        .map(({ target, value, locale: l, user: u }) => ({
          incoming: {
            kind: 'autocomplete' as const,
            name: target[0]!,
            focused: { name: target[1]!, value },
            locale: l,
            userId: u,
          },
          input: [value],
        })),
    ));

  it('every button press, forged or real', () =>
    check(
      fc
        .record({
          customId: fc.oneof(
            anyText,
            fc
              .tuple(
                fc.constantFrom('timeline', 'quote', 'factcheck', 'sources', 'x'),
                fc.integer({ min: -5, max: 99999 }),
                anyText,
              )
              .map(([c, p, v]) => `pg|${c}|${p}|100000000000000042|${v}`),
          ),
          locale,
        })
        .map(({ customId, locale: l }) => ({
          incoming: { kind: 'button' as const, customId, locale: l, userId: '100000000000000042' },
          input: [],
        })),
    ));
});
