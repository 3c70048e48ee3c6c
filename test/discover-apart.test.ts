import { describe, expect, it } from 'vitest';
import { discoverPeople, gatherPeople, sightingsIn } from '../src/extract/discover.js';
import { orgFinder } from '../src/extract/orgs.js';
import { peopleFinder } from '../src/extract/people.js';

const known = peopleFinder([]);
const orgs = orgFinder([]);
const names = (people: { name: string }[]) => people.map((p) => p.name);

/**
 * Articles read apart and gathered find whom the sentences read together find: what depends on the rest of the corpus
 * (a word written capitalised inside some sentence) is decided when the articles are gathered. Invented sentences.
 */
describe('people found in articles read apart', () => {
  it.each([
    [
      'a genitive where the word stands alone in another article',
      ['Das bestätigte Hubers Büro am Montag.'],
      ['Die Firma von Huber wächst.'],
      'Hubers Büro',
    ],
    [
      'a surname after a role, a genitive of a word in another article',
      ['Der Minister Hubers sagte, er komme.'],
      ['Die Firma von Huber wächst.'],
      'Hubers',
    ],
    [
      'a word opening a clause, written inside a sentence only in another article',
      ['Brandt erklärte, der Vertrag gelte.'],
      ['Der Vertrag kam von Brandt.'],
      'Brandt',
    ],
  ])('%s', (_how, first, second, name) => {
    const together = names(discoverPeople([...first, ...second], known, orgs));
    const apart = names(gatherPeople([sightingsIn(first, known, orgs), sightingsIn(second, known, orgs)], known));
    const firstAlone = names(discoverPeople(first, known, orgs));
    expect(apart).toEqual(together);
    // The other article decides: read without it, the first finds otherwise.
    expect(firstAlone.includes(name)).not.toBe(together.includes(name));
  });
});
