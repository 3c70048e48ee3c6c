import { describe, expect, it } from 'vitest';
import { axisFor } from '../src/render/axis.js';

/** The timeline picture's axis: invented spans of time, one case per way a story's events lie. */
const month = (y: number, m: number): [number, number] => [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
const year = (y: number): [number, number] => [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];

describe('the timeline axis', () => {
  it('spans the years of events close together, one tick a year, no break', () => {
    const axis = axisFor([year(2020), year(2022)], 'en');
    expect(axis.ticks.map((t) => t.label)).toEqual(['2020', '2021', '2022']);
    expect(axis.breaks).toEqual([]);
    expect(axis.at(Date.UTC(2020, 0, 1))).toBe(0);
    expect(axis.at(Date.UTC(2023, 0, 1))).toBe(1);
  });

  it('cuts out empty years, giving the months of a busy season most of the axis', () => {
    const spans = [year(2013), month(2024, 11), month(2024, 12), month(2025, 1), month(2025, 2)];
    const axis = axisFor(spans, 'de');
    expect(axis.breaks).toHaveLength(1);
    // The lone year is named by its year, the season by its months.
    expect(axis.ticks.map((t) => t.label)).toEqual(['2013', 'Nov 2024', 'Dez', 'Jan 2025', 'Feb']);
    expect(axis.at(Date.UTC(2024, 10, 1))).toBeGreaterThan(0.3);
    // Every tick in order, inside the axis.
    const at = axis.ticks.map((t) => t.at);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(at.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws a few weeks of events by days, a day to spare on each side, the month named where it starts', () => {
    const day = (m: number, d: number): [number, number] => [Date.UTC(2020, m - 1, d), Date.UTC(2020, m - 1, d + 1)];
    const axis = axisFor([day(6, 19), day(6, 22), day(6, 25), day(7, 2)], 'en');
    expect(axis.ticks.map((t) => t.label)).toEqual(['19 Jun', '21', '23', '25', '27', '29', '1 Jul']);
    expect(axis.at(Date.UTC(2020, 5, 19))).toBeGreaterThan(0);
    expect(axis.at(Date.UTC(2020, 6, 3))).toBeLessThan(1);
    expect(axisFor([day(6, 19), day(6, 25)], 'de').ticks.map((t) => t.label)[0]).toBe('19. Jun');
  });

  it('names months in English for an English reply', () => {
    expect(axisFor([month(2024, 11), month(2025, 1)], 'en').ticks.map((t) => t.label)).toEqual([
      'Nov 2024',
      'Dec',
      'Jan 2025',
    ]);
  });
});
