import { describe, expect, it } from 'vitest';
import { compareEvents } from '../src/index/order.js';
import type { TimelineEvent } from '../src/reconcile/timeline.js';
import type { EventDate } from '../src/extract/dates.js';

/** An entry with only what ordering reads: its date, how it was dated, and where it is cited. */
const entry = (name: string, date: EventDate | null): TimelineEvent & { name: string } =>
  ({
    name,
    date,
    basis: { how: 'stated' },
    citations: [{ article: name, start: 0 }],
  }) as unknown as TimelineEvent & { name: string };

const month = (value: string, part?: EventDate['part']): EventDate => ({
  value,
  precision: 'month',
  ...(part ? { part } : {}),
});
const year = (value: string, part?: EventDate['part']): EventDate => ({
  value,
  precision: 'year',
  ...(part ? { part } : {}),
});
const day = (value: string): EventDate => ({ value, precision: 'day' });

const ordered = (entries: ReturnType<typeof entry>[]) => [...entries].sort(compareEvents).map((e) => e.name);

describe('timeline order', () => {
  it('sets a part of a month after the days before it begins: `Ende Mai` after the 12th, before the 25th', () => {
    const entries = [
      entry('late', month('2024-05', 'late')),
      entry('25th', day('2024-05-25')),
      entry('mid', month('2024-05', 'mid')),
      entry('12th', day('2024-05-12')),
      entry('early', month('2024-05', 'early')),
      entry('3rd', day('2024-05-03')),
      entry('may', month('2024-05')),
      entry('june', day('2024-06-01')),
    ];
    expect(ordered(entries)).toEqual(['early', 'may', '3rd', 'mid', '12th', 'late', '25th', 'june']);
  });

  it('sets a part of a year after the months before it begins: `Ende 2019` after June, before October', () => {
    const entries = [
      entry('late', year('2019', 'late')),
      entry('october', month('2019-10')),
      entry('june', month('2019-06')),
      entry('mid', year('2019', 'mid')),
      entry('march', month('2019-03')),
      entry('year', year('2019')),
      entry('undated', null),
    ];
    expect(ordered(entries)).toEqual(['year', 'march', 'mid', 'june', 'late', 'october', 'undated']);
  });

  it('sets a season where it begins: spring after February and before March, autumn before September', () => {
    const entries = [
      entry('autumn', year('2022', 'autumn')),
      entry('september', month('2022-09')),
      entry('august', month('2022-08')),
      entry('march', month('2022-03')),
      entry('spring', year('2022', 'spring')),
      entry('february', month('2022-02')),
      entry('summer', year('2022', 'summer')),
    ];
    expect(ordered(entries)).toEqual(['february', 'spring', 'march', 'summer', 'august', 'autumn', 'september']);
  });
});
