import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch, type Incoming } from '../../src/dispatch.js';
import type { CorpusIndex } from '../../src/index/build.js';

/** The seeds and every story of the shelf. */
export const STORIES = [
  'data',
  ...readdirSync('test/corpora', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join('test/corpora', d.name)),
];

/** Every command a member can run, in both languages, over what the index holds: its replies, as data. */
export function answers(index: CorpusIndex): unknown[] {
  const people = [...new Set(index.quotes.flatMap((q) => (q.speaker ? [q.speaker.name.split(' ').pop()!] : [])))];
  const years = [...new Set(index.events.flatMap((e) => (e.date ? [Number(e.date.value.slice(0, 4))] : [])))];
  const asked: Incoming[] = [];
  for (const locale of ['de', 'en-US']) {
    const command = (name: string, options: Record<string, string | number>, page = 0): Incoming => ({
      kind: 'command',
      name,
      options,
      locale,
      userId: '100000000000000001',
      page,
    });
    for (const page of [0, 1, 2]) asked.push(command('timeline', {}, page));
    for (const year of years) asked.push(command('timeline', { from: year, to: year }));
    for (const person of people) asked.push(command('quote', { person }), command('timeline', { person }));
    for (const topic of index.topics.slice(0, 10)) asked.push(command('timeline', { topic }));
    for (const f of index.figures.slice(0, 20)) asked.push(command('factcheck', { claim: f.numeral }));
    asked.push(command('sources', {}));
    for (const person of people.slice(0, 3))
      asked.push({
        kind: 'autocomplete',
        name: 'quote',
        focused: { name: 'person', value: person.slice(0, 3) },
        locale,
        userId: '1',
      });
  }
  return asked.map((incoming) => dispatch(index, incoming));
}
