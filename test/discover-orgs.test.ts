import { describe, expect, it } from 'vitest';
import { gatherOrgs, orgSightingsIn } from '../src/extract/discover-orgs.js';
import { orgFinder } from '../src/extract/orgs.js';
import { peopleFinder } from '../src/extract/people.js';
import { buildIndex } from '../src/index/build.js';
import { timeline } from '../src/index/queries.js';
import { headline } from '../src/render/headline.js';
import { article } from './support/article.js';

/** Organisations the text names without an organisations.json: invented sentences, one row per way German says so. */
const huber = { id: 'huber', name: 'Max Huber', gender: 'm' as const, aliases: ['Huber'], descriptors: [], roles: [] };
const found = (sentences: string[], known = orgFinder([])) =>
  gatherOrgs([orgSightingsIn(sentences)], known, peopleFinder([huber])).map((o) => [o.name, o.aliases]);

describe('organisations the text names', () => {
  it.each<[string, string, [string, string[]][]]>([
    ['a legal form', 'Die Seebank AG meldete am Montag Insolvenz an.', [['Seebank AG', ['Seebank']]]],
    [
      'a legal form after what the company is',
      'Er gründete die Schweizer Werbeagentur Seegold AG.',
      [['Seegold AG', ['Seegold']]],
    ],
    [
      'a name that holds an adjective',
      'Die Deutsche Seebank AG warnte.',
      [['Deutsche Seebank AG', ['Deutsche Seebank']]],
    ],
    [
      'the letters it goes by',
      'Das Bundesamt für Seefahrt (BfS) warnte am Montag.',
      [['Bundesamt für Seefahrt', ['BfS']]],
    ],
    [
      'the letters after a genitive',
      'Die Website der Nordstädter Verkehrsbetriebe (NVB) fiel aus.',
      [['Nordstädter Verkehrsbetriebe', ['NVB']]],
    ],
    ['a club', 'Am Samstag gewann der FC Seestadt in Nordstadt.', [['FC Seestadt', []]]],
    ['a union by its prefix', 'Die IG Seefahrt rief zum Streik auf.', [['IG Seefahrt', []]]],
    ['a compound of its head', 'Das bestätigte Kalvion-Chef Max Huber.', [['Kalvion', []]]],
    ['a listed company', 'Die Aktie von Nordwerk (DE0001234567) stieg.', [['Nordwerk', []]]],
    ['a kind of organisation before it', 'Die Gewerkschaft Seewerk rief zum Streik auf.', [['Seewerk', []]]],
    ['a compound kind before it', 'Der Autokonzern Nordwagen baut Stellen ab.', [['Nordwagen', []]]],
    ['a name of several words', 'Die Organisation Sea Watchers Alliance warnte.', [['Sea Watchers Alliance', []]]],
    ['a name up to a common noun', 'Das Unternehmen Kalvion Millionen Kunden verlor.', [['Kalvion', []]]],
    ['a name made like a compound', 'Die Firma Bergbahnen Seeboden bot mit.', [['Bergbahnen Seeboden', []]]],
    ['a kind of bank before it', 'Die angeschlagene Großbank Nordkredit verlor Kunden.', [['Nordkredit', []]]],
    ['a chain of shops before it', 'Die Drogeriekette Seemarkt schließt Filialen.', [['Seemarkt', []]]],
    ['a place before its kind', 'Die Seeländer Großbank NKB stieg ein.', [['NKB', []]]],
    [
      'its letters, not a kind before it that shares their first',
      'Der Softwarehersteller Sorvan Kessling (SK) warnte.',
      [['Sorvan Kessling', ['SK']]],
    ],
    ['a court of a place', 'Das Landgericht Seestadt sprach ihn frei.', [['Landgericht Seestadt', []]]],
    [
      'a court of a place in the genitive',
      'Ein Sprecher des Amtsgerichts Nordhafen schwieg.',
      [['Amtsgericht Nordhafen', []]],
    ],
    ['a prosecutor of a place', 'Die Staatsanwaltschaft Seestadt ermittelt.', [['Staatsanwaltschaft Seestadt', []]]],
    ['a federal court by its name', 'Ein Urteil des Bundesseegerichts steht aus.', [['Bundesseegericht', []]]],
  ])('%s: %s', (_way, sentence, expected) => {
    expect(found([sentence])).toEqual(expected);
  });

  it('reads letters in brackets after a person as their party, not the person; not after a role', () => {
    expect(found(['Das sagte Max Huber (SVP) am Montag.'])).toEqual([['SVP', []]]);
    expect(found(['Das sagte der Bürgermeister (SVP) am Montag.'])).toEqual([]);
  });

  it('reads no court from its head alone, nor from a person its prosecutor names', () => {
    expect(found(['Das Gericht Seestadt tagte.', 'Das Landgericht Urteile …'])).toEqual([]);
    expect(found(['Damals warf die Staatsanwaltschaft Eva M. Betrug vor.'])).toEqual([]);
    expect(found(['Danach klagte die Staatsanwaltschaft Huber an.'])).toEqual([]);
  });

  it('reads a kind before a name only where a name follows: no prefix or legal form alone, no noun', () => {
    expect(found(['Die Gewerkschaft IG Seefahrt rief zum Streik auf.'])).toEqual([['IG Seefahrt', []]]);
    expect(found(['Die Firma Seegold GmbH wuchs.'])).toEqual([['Seegold GmbH', ['Seegold']]]);
    expect(found(['Das Unternehmen Millionen verlor, sagte der Konzern Montag.'])).toEqual([]);
  });

  it('names an organisation as written where nothing inflects it, else by its letters', () => {
    expect(found(['Den Nordstädter Verkehrsbetrieben (NVB) droht ein Streik.'])).toEqual([
      ['NVB', ['Nordstädter Verkehrsbetrieben']],
    ]);
    expect(
      found([
        'Den Nordstädter Verkehrsbetrieben (NVB) droht ein Streik.',
        'Die Nordstädter Verkehrsbetriebe (NVB) schweigen.',
      ]),
    ).toEqual([['Nordstädter Verkehrsbetriebe', ['Nordstädter Verkehrsbetrieben', 'NVB']]]);
  });

  it('finds none in a legal form alone, letters not the name’s, or one known', () => {
    const known = orgFinder([{ id: 'esb', name: 'Europäische Seebank', aliases: ['ESB'] }]);
    expect(
      found(
        [
          'Die AG meldete am Montag nichts.',
          'Die Seebank (XY) schwieg.',
          'Das bestätigte ein Sprecher der Europäischen Seebank (ESB).',
          'Die Regierungs-Chefin und der Bahn-Chef schwiegen.',
        ],
        known,
      ),
    ).toEqual([]);
  });

  it('reads one agreement of two organisations, whichever of them a report names acting', () => {
    const index = buildIndex(
      [
        article('Die Seebank AG hat sich am 3. Mai 2024 mit der IG Seefahrt geeinigt.', {
          id: 'erste',
          published: '2024-05-10',
        }),
        article('Die IG Seefahrt hat sich am 3. Mai 2024 mit der Seebank AG geeinigt.', {
          id: 'zweite',
          published: '2024-05-10',
        }),
      ],
      [],
    );
    expect(timeline(index, {}).map((e) => headline(e, 'en'))).toEqual([
      'Seebank AG and IG Seefahrt reach an agreement',
    ]);
  });

  it('lets a company named after its kind act where it follows the verb, with the article its kind takes', () => {
    const read = (sentence: string) =>
      timeline(buildIndex([article(sentence, { published: '2024-05-10' })], []), {}).map((e) => e.actors);
    expect(read('Am 3. Mai kündigte der schwedische Autohersteller Nordwagen die Schließung eines Werks an.')).toEqual([
      ['Nordwagen'],
    ]);
    expect(read('Am 3. Mai kündigte die Seeländer Großbank Nordkredit die Schließung von Filialen an.')).toEqual([
      ['Nordkredit'],
    ]);
    // The passive's `von` names who did it, as it does a person.
    expect(
      read('Seit dem 3. Mai ist klar: Die Großbank Seekredit wird von der Großbank Nordkredit übernommen.'),
    ).toEqual([['Nordkredit']]);
    // `der Agentur` is told to, not who tells: no one is named acting.
    expect(read('Am 3. Mai kündigte der Nachrichtenagentur Nordpress ein Sprecher den Bau eines Werks an.')).toEqual(
      [],
    );
  });

  it('reads the present of news as a purchase only of a company the clause names', () => {
    const kinds = (sentence: string) =>
      timeline(buildIndex([article(sentence, { published: '2024-05-10' })], []), {}).map((e) => [e.kind, e.object]);
    expect(kinds('Seit dem 3. Mai ist klar: Die Großbank Nordkredit übernimmt die Großbank Seekredit.')).toEqual([
      ['purchase', 'Seekredit'],
    ]);
    // An office or a group taken on is no purchase.
    expect(kinds('Am 3. Mai übernimmt die Großbank Nordkredit den Vorsitz des Verbands.')).toEqual([]);
    expect(kinds('Am 3. Mai übernimmt die Großbank Nordkredit den Parlamentsklub.')).toEqual([]);
  });

  it('lets a company found in the text act on the timeline, by its full and its short name', () => {
    const index = buildIndex(
      [
        article('Die Seebank AG hat am 3. Mai 2024 Insolvenz angemeldet.', { id: 'erste', published: '2024-05-10' }),
        article('Die Seebank hatte am 3. Mai Insolvenz angemeldet.', { id: 'zweite', published: '2024-05-10' }),
      ],
      [],
    );
    const entries = timeline(index, {});
    expect(entries.map((e) => headline(e, 'en'))).toEqual(['Seebank AG files for insolvency']);
    expect(new Set(entries[0]!.citations.map((c) => c.article))).toEqual(new Set(['erste', 'zweite']));
  });
});
