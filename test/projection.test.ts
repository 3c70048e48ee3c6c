import { describe, expect, it } from 'vitest';
import type { Person } from '../src/corpus/schema.js';
import { projector, wordsOf } from '../src/reconcile/projection.js';

const person = (name: string, more: Partial<Person> = {}): Person =>
  ({
    id: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    aliases: [],
    descriptors: [],
    gender: null,
    ...more,
  }) as Person;

describe("an article's words, as names stand in them", () => {
  it.each([
    ['Die Seebank-Chefin sagte 2024: „Nein.“', ['Die', 'Seebank', 'Chefin', 'sagte', '2024', 'Nein']],
    ['Jörg Hubers Café, Straße 12b', ['Jörg', 'Hubers', 'Café', 'Straße', '12b']],
    ['O’Neill und B. Kahn', ['O', 'Neill', 'und', 'B', 'Kahn']],
    ['Ein 𝒜lpha-Test', ['Ein', '𝒜lpha', 'Test']],
  ])('%s', (text, words) => {
    expect([...wordsOf(text)]).toEqual(words);
  });
});

describe("an article's part of what was learned across articles", () => {
  const huber = person('Max Huber', { aliases: ['Huber'] });
  const muster = person('Eva Muster', { descriptors: ['Seebank-Chefin'] });
  const lang = person('Tim Lang');
  const learned = {
    everyone: [huber, muster, lang],
    descriptions: { owners: new Map([['Minister', [huber, lang]]]) },
    orgDescriptions: { owners: new Map() },
    world: { organisations: [{ id: 'seebank', name: 'Seebank', aliases: [] }], dates: [] },
  } as never;
  const part = (text: string) => projector(learned).project(wordsOf(text));

  it('holds the people whose names or descriptions the text could show, in the corpus’s order', () => {
    expect(part('Laut Hubers Sprecher sagte die Seebank-Chefin nichts.').everyone).toEqual([huber, muster]);
    expect(part('Tim sagte nichts, Lang auch nicht.').everyone).toEqual([lang]);
    expect(part('Niemand sagte etwas.').everyone).toEqual([]);
  });

  it('holds a description only with the people the text could name', () => {
    expect([...part('Der Minister Huber sprach.').descriptions.owners]).toEqual([['Minister', [huber]]]);
    expect(part('Der Minister sprach.').descriptions.owners.size).toBe(0);
  });

  it('holds the companies the text could name, and no dates', () => {
    expect(part('Die Seebanks Chefin.').world).toEqual({
      organisations: [{ id: 'seebank', name: 'Seebank', aliases: [] }],
      dates: [],
    });
    expect(part('Die Bank.').world.organisations).toEqual([]);
  });
});
