import { describe, expect, it } from 'vitest';
import { bodiesIn } from '../src/extract/bodies.js';

/** Each body found: its name, and whether it stands as a passive's agent. */
const found = (text: string) => bodiesIn(text).map((b) => [b.name, b.agent ? 'agent' : 'subject']);

describe('a governing body named by its noun', () => {
  it.each([
    ['with the article of its subject', 'Am Freitag billigte der Landtag den Plan.', [['Landtag', 'subject']]],
    ['with adjectives between', 'Das neu gewählte Parlament tagte.', [['Parlament', 'subject']]],
    ['a place made adjective', 'Das Seeländer Kabinett beschloss es.', [['Kabinett', 'subject']]],
    ['opening a text, bare', 'Bundesrat billigt Reform', [['Bundesrat', 'subject']]],
    ['as an agent after `vom`', 'Der Plan wurde vom Landtag gebilligt.', [['Landtag', 'agent']]],
    ['as an agent after `von der`', 'Er wurde von der Landesregierung berufen.', [['Landesregierung', 'agent']]],
    ['as an agent after `durch`', 'Er wurde durch den Stadtrat gewählt.', [['Stadtrat', 'agent']]],
  ])('is found %s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['in the dative', 'Er sprach vor dem Landtag.'],
    ['in the genitive', 'Ein Antrag des Landtags und der Landesregierung lag vor.'],
    ['opening a compound', 'Die Landtagswahl fand statt.'],
    ['after an article of another case', 'Sie dankte der Bundesregierung.'],
  ])('is not found %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('is found where a preposition governs it: whoever reads it checks that (`an das Parlament`)', () => {
    expect(bodiesIn('Der Brief ging an das Parlament.')).toEqual([
      { name: 'Parlament', start: 18, end: 31, agent: false },
    ]);
  });
});
