import { describe, expect, it } from 'vitest';
import { teamOpening } from '../src/extract/teams.js';

describe('a team opening the clause of a contest won', () => {
  it.each([
    ['a name of two words', 'Blau-Weiß Seestadt hat den Titel gewonnen.', '', 'Blau-Weiß Seestadt'],
    ['a place before its verb', 'Nordhafen gewann mit 3:0.', 'Der Trainer von Nordhafen ist neu.', 'Nordhafen'],
  ])('is named: %s', (_, clause, rest, expected) => {
    expect(teamOpening(clause, `${clause} ${rest}`)).toBe(expected);
  });

  it.each([
    ['an adverb opening the sentence', 'Damals siegten die Gäste mit 3:2.'],
    ['a noun', 'Gastgeber siegte mit 5:0.'],
    ['an article and its noun', 'Die Mannschaft siegte mit 5:0.'],
    ['a word of one that its article never writes inside a sentence', 'Nordhafen gewann mit 3:0.'],
  ])('is not named: %s', (_, clause) => {
    expect(teamOpening(clause, clause)).toBeNull();
  });
});
