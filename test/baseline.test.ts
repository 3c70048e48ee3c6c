import { describe, expect, it } from 'vitest';
import { measureAll, raised, readBaseline, regressions, type Measures } from './audit/baseline.js';

describe('the checked-in baseline (what main reached)', () => {
  const { measures } = measureAll();
  const baseline = readBaseline();

  it('no audit figure and no gold score falls below it', () => {
    expect(regressions(measures, baseline)).toEqual([]);
  });

  it('holds every story and every gold set measured', () => {
    for (const part of ['audit', 'gold'] as const)
      for (const [name, figures] of Object.entries(measures[part]))
        expect(Object.keys(baseline[part][name] ?? {}), `${part} ${name}`).toEqual(
          expect.arrayContaining(Object.keys(figures)),
        );
  });
});

describe('comparing with the baseline', () => {
  const was: Measures = {
    audit: { story: { claims: 0.5, speakers: 1 } },
    gold: { set: { 'quotes recall': 0.8 } },
  };

  it('names a lowered figure and one no longer measured', () => {
    const now: Measures = { audit: { story: { claims: 0.4 } }, gold: { set: { 'quotes recall': 0.9 } } };
    expect(regressions(now, was)).toEqual([
      'audit story claims: 40.0%, below 50.0% on main',
      'audit story speakers: 100.0% on main, no longer measured',
    ]);
  });

  it('passes what holds or rises, and a new story', () => {
    const now: Measures = {
      audit: { story: { claims: 0.5, speakers: 1 }, other: { claims: 0.1 } },
      gold: { set: { 'quotes recall': 0.8 } },
    };
    expect(regressions(now, was)).toEqual([]);
  });

  it('only ever rises when raised', () => {
    const now: Measures = {
      audit: { story: { claims: 0.7, speakers: 0.9 }, other: { claims: 0.1 } },
      gold: { set: { 'quotes recall': 0.7 } },
    };
    expect(raised(now, was)).toEqual({
      audit: { other: { claims: 0.1 }, story: { claims: 0.7, speakers: 1 } },
      gold: { set: { 'quotes recall': 0.8 } },
    });
  });
});
