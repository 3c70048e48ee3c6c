import { describe, expect, it } from 'vitest';
import { fold } from '../src/index/fold.js';
import { quotesBy, rankPeople, resolvePerson, timeline } from '../src/index/queries.js';
import { seedIndex } from './support/corpus.js';

const index = seedIndex();

describe('search', () => {
  it('folds case, umlauts and ß', () => {
    expect(fold('Großartig ÄÖÜ')).toBe('grossartig aeoeue');
  });

  it.each(['Altmann', 'altman', 'SAM ALTMAN', 'sam', 'OpenAI-Chef'])('finds Sam Altman for %s', (query) => {
    expect(resolvePerson(index, query)?.name).toBe('Sam Altman');
  });

  it('ranks exact over prefix over fuzzy', () => {
    expect(rankPeople(index, 'son')[0]!.person.name).toBe('Masayoshi Son');
    expect(rankPeople(index, 'mu')[0]).toMatchObject({ rank: 1, person: { name: 'Elon Musk' } });
    expect(rankPeople(index, 'xyzzy')).toEqual([]);
  });

  it('finds `großartig` for `grossartig`', () => {
    const altman = resolvePerson(index, 'altman')!;
    expect(quotesBy(index, altman, 'grossartig').map((q) => q.text)).toEqual([
      expect.stringContaining('grossartig für das Land'),
    ]);
  });
});

describe('timeline', () => {
  it('orders events by date and leaves out what it cannot date', () => {
    const events = timeline(index, {});
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.date)).toBe(true);
    expect(events.map((e) => e.date!.value)).toEqual([...events.map((e) => e.date!.value)].sort());
  });

  it('filters by years, person and topic', () => {
    const in2024 = timeline(index, { from: 2024, to: 2024 });
    expect(in2024.length).toBeGreaterThan(0);
    expect(in2024.every((e) => e.date!.value.startsWith('2024'))).toBe(true);
    expect(timeline(index, { person: 'son' }).map((e) => e.date?.value)).toEqual(['2024-12']);
    expect(timeline(index, { topic: 'Twitter' }).some((e) => e.kind === 'purchase')).toBe(true);
  });
});
