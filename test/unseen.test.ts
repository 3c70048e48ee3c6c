import { describe, expect, it } from 'vitest';
import { loadIndex } from '../src/app.js';
import { dispatch } from '../src/dispatch.js';
import { limitViolations } from '../src/render/limits.js';
import type { Reply } from '../src/render/reply.js';

/**
 * The answers a reader of the second story (test/corpora/ampel) checks first, in the words the bot shows: the eval
 * scores extraction, these read what `/timeline`, `/quote` and `/factcheck` make of it.
 */
const index = loadIndex('test/corpora/ampel');
const run = (name: string, options: Record<string, string>, locale = 'de', page = 0) => {
  const { out, error } = dispatch(index, { kind: 'command', name, options, locale, userId: '7', page });
  expect(error).toBeUndefined();
  const reply = (out as { reply: Reply }).reply;
  expect(limitViolations(reply.embeds)).toEqual([]);
  return reply.embeds
    .map((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => f.value)].join('\n'))
    .join('\n');
};

describe('the unseen story as a reader sees it', () => {
  it('puts the dismissal on 6 November 2024 as Scholz dismissing Lindner, cited by four articles', () => {
    const page = run('timeline', {});
    expect(page).toContain('**6. November 2024** — **Scholz entlässt Lindner**');
    const dismissal = index.events.find((e) => e.kind === 'dismissal')!;
    expect(new Set(dismissal.citations.map((c) => c.article)).size).toBeGreaterThanOrEqual(4);
  });

  it('dates the confidence vote to Monday 16 December 2024 and shows what happened, not what was planned', () => {
    const vote = index.events.find((e) => e.date?.value === '2024-12-16')!;
    expect(vote.summary).not.toMatch(/\bsoll\b/);
    expect(run('timeline', {}, 'de', 1)).toContain('**16. Dezember 2024** — **Abstimmung über die Vertrauensfrage**');
    expect(run('timeline', {}, 'en-US', 1)).toContain('**23 February 2025** — **Early election**');
    expect(vote.citations.map((c) => c.article)).toContain('evangelische-vertrauensfrage-verloren');
  });

  it("lists under Lindner only Lindner's words, not Scholz's words about him", () => {
    const page = run('quote', { person: 'lindner' });
    expect(page).toContain('kalkulierten Bruch');
    expect(page).not.toContain('verantwortungslos');
    expect(run('quote', { person: 'scholz' }, 'de', 1)).toContain('verantwortungslos');
  });

  it('reads three billion for Ukraine in two articles as one subject', () => {
    const page = run('factcheck', { claim: 'drei Milliarden Euro' });
    const group = index.figureGroups.find((g) => g.figures.some((f) => f.about.object === 'Ukraine'))!;
    expect(new Set(group.figures.map((f) => f.citation.article))).toEqual(
      new Set(['upday-ukraine-milliarden', 'zdf-aera-scholz']),
    );
    expect(page).toContain('Ukraine');
  });
});
