import { describe, expect, it } from 'vitest';
import { discoverPeople } from '../src/extract/discover.js';
import { orgFinder } from '../src/extract/orgs.js';
import { peopleFinder } from '../src/extract/people.js';
import { describedPerson, isPersonNoun } from '../src/language/de/roles.js';
import { buildIndex } from '../src/index/build.js';
import { article } from './support/article.js';

/** People the articles name, found without a people list: invented sentences, one row per way a text shows a person. */
const found = (sentences: string[]) =>
  discoverPeople(
    sentences,
    peopleFinder([
      { id: 'karl-weber', name: 'Karl Weber', gender: 'm', aliases: ['Weber'], descriptors: [], roles: [] },
    ]),
    orgFinder([{ id: 'seebank', name: 'Seebank', aliases: ['Seebank AG'] }]),
  ).map((p) => [p.name, p.gender, p.aliases]);

describe('people the text names', () => {
  it.each([
    [
      'a role before the name',
      'Der Geologe Max Huber vom Landesamt warnte vor dem Hochwasser.',
      [['Max Huber', 'm', ['Huber']]],
    ],
    ['a woman’s role', 'Das bestätigte Sprecherin Eva Lindqvist am Abend.', [['Eva Lindqvist', 'f', ['Lindqvist']]]],
    [
      'a speech verb after the quotation',
      '„Wir bleiben“, sagte Paul Berger am Montag.',
      [['Paul Berger', 'x', ['Berger']]],
    ],
    ['a party in brackets', 'Auch Anna Kowalczyk (SPD) stimmte zu.', [['Anna Kowalczyk', 'x', ['Kowalczyk']]]],
    // The press keeps a suspect's surname back; the initial is the name and its alias, an initial inside stays one.
    ['a surname kept back', 'Der Angeklagte Jan K. schwieg am Montag.', [['Jan K.', 'm', ['K.']]]],
    ['an initial inside a name', '„Nein“, sagte Max R. Huber am Montag.', [['Max R. Huber', 'x', ['Huber']]]],
    // A particle the owner writes capitalised, before a small word; what follows is a name even where it is a noun.
    [
      'a capitalised particle',
      'Das bestätigte Ministerin Eva Van der Sorge am Montag.',
      [['Eva Van der Sorge', 'f', []]],
    ],
    // A noun whose ending names a person: a party, a nationality, a trade.
    ['a party member', 'Der Rat wählte die Demokratin Eva Lindqvist.', [['Eva Lindqvist', 'f', ['Lindqvist']]]],
    ['a nationality', 'Im Finale siegte der Norweger Paul Berger.', [['Paul Berger', 'm', ['Berger']]]],
    // A role made freely is in no list of nouns, and is no given name.
    ['a compound role', '„Das ist klar“, sagt der Verfassungsrechtler Max Huber.', [['Max Huber', 'm', ['Huber']]]],
    ['a boss', 'Nun entschied Seestadt-Boss Paul Berger anders.', [['Paul Berger', 'm', ['Berger']]]],
    // A given name that is also a noun (`Roman`, a novel) is a given name before a surname.
    [
      'a given name that is a noun too',
      'Der Investor Roman Lindqvist schwieg.',
      [['Roman Lindqvist', 'm', ['Lindqvist']]],
    ],
  ])('%s: %s', (_how, sentence, people) => expect(found([sentence])).toEqual(people));

  it('reads a person in a noun by its ending, but not in a month', () => {
    expect(['Demokratin', 'Spanier', 'Sozialist', 'Franzose', 'Athletin'].filter(isPersonNoun)).toHaveLength(5);
    expect(['Oktober', 'Finale', 'Sieg', 'der'].filter(isPersonNoun)).toEqual([]);
  });

  it.each([
    ['der Spanier', 'm'],
    ['die Italienerin', 'f'],
    ['der SPD-Politiker', 'm'],
    ['der bekannte Huber-Unterstützer', 'm'],
    ['die 47-Jährige', 'f'],
    ['der 61-Jährige', 'm'],
    ['die Spanier', null],
    ['die Sprecherin', null],
    ['der Präsident', null],
    ['der Verband', null],
    ['der Politiker der Seepartei', null],
  ])('describes one person of a kind, an origin or an age: %s', (phrase, gender) =>
    expect(describedPerson(phrase)).toBe(gender),
  );

  it('finds a person by the initial alias, but not the initial of an abbreviation', () => {
    const finder = peopleFinder([
      { id: 'jan-k', name: 'Jan K.', gender: 'm', aliases: ['K.'], descriptors: [], roles: [] },
    ]);
    const at = (text: string) => finder.mentions(text).map((m) => text.slice(m.start, m.end));
    expect(at('K. soll im Mai geschwiegen haben.')).toEqual(['K.']);
    expect(at('Dennoch bleibt K. in Haft.')).toEqual(['K.']);
    expect(at('Das gilt z. K. für alle.')).toEqual([]);
  });

  it('takes a surname alone after a speech verb for a person, unless someone found in full carries it', () => {
    expect(found(['„Nein“, sagte Lindqvist am Montag.'])).toEqual([['Lindqvist', 'x', []]]);
    expect(found(['„Nein“, sagte Lindqvist.', 'Sprecherin Eva Lindqvist schwieg.'])).toEqual([
      ['Eva Lindqvist', 'f', ['Lindqvist']],
    ]);
    expect(found(['„Nein“, sagte Weber.', '„Ja“, sagte Montag niemand.'])).toEqual([]);
  });

  it.each([
    [
      'a hyphenated given name',
      'Das erklärte Eva-Maria Lindqvist am Abend.',
      [['Eva-Maria Lindqvist', 'x', ['Lindqvist']]],
    ],
    ['an initial between the names', 'Das erklärte Max R. Huber am Abend.', [['Max R. Huber', 'x', ['Huber']]]],
    ['a particle before the surname', 'Das Amt leitet Eva van Dalen (Seepartei).', [['Eva van Dalen', 'x', ['Dalen']]]],
    [
      'an apposition after the name',
      'Max Huber, der Trainer der Seestädter, war nach dem Spiel lange in der Kabine.',
      [['Max Huber', 'm', ['Huber']]],
    ],
    [
      'an apposition before the name',
      'Die Sprecherin der Nordgewerkschaft, Eva Lindqvist, blieb bei der Kundgebung.',
      [['Eva Lindqvist', 'f', ['Lindqvist']]],
    ],
    [
      'where the person works',
      'Anna Kowalczyk vom Landesamt hält das für möglich.',
      [['Anna Kowalczyk', 'x', ['Kowalczyk']]],
    ],
  ])('%s: %s', (_how, sentence, people) => expect(found([sentence])).toEqual(people));

  it('finds people by a separable speech verb, a noun for speech, an apposition after any article', () => {
    expect(found(['Eva Lindqvist und Tom Seeger prangerten an, dass Lehrer fehlen.'])).toEqual([
      ['Eva Lindqvist', 'x', ['Lindqvist']],
      ['Tom Seeger', 'x', ['Seeger']],
    ]);
    // The noun stands beside the name, not in it: `Worten von Max` is no one.
    expect(found(['Nach den Worten von Max Huber ist die Lage ernst.'])).toEqual([['Max Huber', 'x', ['Huber']]]);
    expect(found(['Der Chef des Vereins, Jan Kowalski, kam.', 'Dieser Arzt, Paul Berger, half.'])).toEqual([
      ['Jan Kowalski', 'm', ['Kowalski']],
      ['Paul Berger', 'm', ['Berger']],
    ]);
  });

  it('takes a surname alone after a role, but not a genitive of a place nor a league', () => {
    expect(found(['Das wies Innenministerin Lindqvist zurück.'])).toEqual([['Lindqvist', 'x', []]]);
    expect(found(['Der BKA-Chef Kowalczyk war dabei.'])).toEqual([['Kowalczyk', 'x', []]]);
    // At the sentence's end, and not before an abbreviation's dot (`Leiter Prof. Dr. …`).
    expect(found(['„Wir warten ab“, sagte Werksleiter Kowalczyk.'])).toEqual([['Kowalczyk', 'x', []]]);
    expect(found(['Das Team um Leiter Prof. Dr. Kowalczyk feierte.'])).toEqual([]);
    expect(found(['Der Präsident Seelands reiste ab.', 'In Seeland regnet es.'])).toEqual([]);
    expect(found(['Er spielt in der Premier League.'])).toEqual([]);
  });

  it('takes a surname alone after `so`, after a reflexive speech verb, and opening a clause before its verb', () => {
    expect(found(['„Das reicht nicht“, so Lindqvist.'])).toEqual([['Lindqvist', 'x', []]]);
    expect(found(['„Es war schwer“, beklagte sich Kowalczyk später.'])).toEqual([['Kowalczyk', 'x', []]]);
    // Opening a sentence, a word is a name only where it is also written capitalised inside one.
    expect(found(['Lindqvist meint: „Es reicht.“', 'Das Amt widersprach Lindqvist.'])).toEqual([
      ['Lindqvist', 'x', []],
    ]);
    expect(found(['Weiter sagte sie: „Es reicht.“', 'Sie ging weiter.'])).toEqual([]);
    expect(found(['Während Lindqvist erklärte, es gehe voran, schwieg er.', 'Dann kam Lindqvist.'])).toEqual([
      ['Lindqvist', 'x', []],
    ]);
  });

  it('finds no one in a title in quotation marks, a noun after a particle, or a role after a genitive', () => {
    expect(found(['Das berichtete die Zeitung „Nordblick Heute“ am Montag.'])).toEqual([]);
    expect(found(['Seeland sei dem Sturm Tessa zu Dank verpflichtet, sagte sie.'])).toEqual([]);
    expect(found(['Das Amt lobte Bergers Einsatz, sagte sie.', 'Der Plan kam von Berger.'])).toEqual([]);
    // A given name alone after a role is the alias of the one person it opens.
    expect(found(['Das sagte Präsident Max W. Huber.', 'Dann sprach Präsident Max.'])).toEqual([
      ['Max W. Huber', 'm', ['Huber', 'Max']],
    ]);
    expect(found(['Das sagte der Oberbürgermeister Seelands, Paul Berger, am Abend.'])).toEqual([
      ['Paul Berger', 'm', ['Berger']],
    ]);
  });

  it('finds no one in a name after an article or a kind of organisation, nor after an adjective in -isch', () => {
    // A person's name takes an article only after a role or an age; a company's or a paper's is written with one.
    expect(found(['„Wir prüfen das“, sagte die Nordfels Holding am Montag.'])).toEqual([]);
    // Nor does a possessive open one, of any person (`Unsere Partner`, `Mein Ziel`).
    expect(found(['„Mein Ziel ist klar“, sagte sie.', '„Unsere Partner bleiben“, sagte er.'])).toEqual([]);
    expect(found(['„Wir prüfen das“, sagte die Großbank Nordia Kessling am Montag.'])).toEqual([]);
    expect(found(['Seeländische Notenbank (SLN) senkt den Zins, sagte sie.'])).toEqual([]);
    // Another article calls it by a word for a woman (`die Rivalin`): the kind of organisation decides.
    expect(found(['Die Großbank Nordia Kessling stieg ein.', 'Er lobte die Rivalin Nordia Kessling.'])).toEqual([]);
    expect(found(['Er lobte die Rivalin Nordia Kessling.'])).toEqual([['Nordia Kessling', 'f', ['Kessling']]]);
    // Nor in the start of such a name written after another company's (`bei Seebank Huber Avantis`).
    const after = '„Wir zahlen gut“, sagte ein Sprecher von Nordia Kessling Avantis.';
    expect(found(['Das Unternehmen Kessling Avantis wurde verkauft.', after])).toEqual([]);
    expect(found([after]).map(([name]) => name)).toContain('Nordia Kessling Avantis');
  });

  it('finds no one in two capitalised nouns, a place or a name opening with one, a known person or a company', () => {
    expect(
      found([
        'Am Alten Markt erklärte der Bürgermeister den Plan.',
        'Die Deutsche Bahn teilte am Montag mit, dass Züge ausfallen.',
        '„Nein“, sagte Karl Weber.',
        'Die Seebank AG erklärte, sie prüfe das Angebot.',
        'Max Huber wohnt in Kassel.',
        'Das berichtete The Athletic am Montag.',
        'Nach der Niederlage beim Tabellenführer Kingsbury City schwieg der Trainer.',
        'Das betonte Webers Sprecher am Abend.',
        'Der in Bayonne (New Kingsbury) geborene Manager sagte das.',
        'Das berichtete die „New Kingsbury Post“ am Montag.',
        'Sprecher San Lorenzo erklärte das.',
        // A body's name in English, and a name before its last word (`Seeland Rights Watch`).
        '„Wir prüfen das“, sagte Seeland International am Montag.',
        'Das sagte ein Sprecher von Seeland Rights Watch.',
        // An adjective of a country, inflected (`Deutscher`, as `Seeländischer`), opens no name.
        'Das sagte er laut Deutscher Presse-Agentur.',
      ]),
    ).toEqual([]);
    // The first word of a pair (`Sowohl … als auch`, `Weder … noch`) opens a list, never a name.
    const pair = found([
      'Sowohl Kranich als auch Huber sprechen mittlerweile von einem Fehler.',
      'Weder Kranich noch Huber haben das gesagt.',
    ]);
    expect(pair.map(([name]) => name)).not.toContainEqual(expect.stringMatching(/^(?:Sowohl|Weder) /));
  });

  it('reads a name in the genitive as the same person, and a noun’s genitive in -es as no given name', () => {
    expect(
      found([
        '„Wir trauern“, sagte Sprecherin Eva Lindqvist.',
        'Der Tod Eva Lindqvists wurde am Montag gemeldet, berichtete die Zeitung.',
        'Die Gefangenen seien krank, teilte die Verwaltung des nördlichen Gebietes Seeland mit.',
        'Das Ziel des Bundeslandes Nordmark sei klar, sagte der Sprecher.',
      ]),
    ).toEqual([['Eva Lindqvist', 'f', ['Lindqvist']]]);
    // Given names that end so are no noun's genitive.
    expect(found(['„Nein“, sagte Hannes Lindqvist.', '„Ja“, sagte Agnes Berger.'])).toEqual([
      ['Hannes Lindqvist', 'x', ['Lindqvist']],
      ['Agnes Berger', 'x', ['Berger']],
    ]);
  });

  it('keeps a capitalised particle with the surname it opens, and the name goes by both', () => {
    expect(
      found([
        'Der Unternehmer Paolo De Lorenzi kaufte den Klub.',
        '„Wir bleiben“, sagte Anna Della Rovere am Abend.',
        '„Nein“, sagte Eva De Muster.',
      ]),
    ).toEqual([
      ['Paolo De Lorenzi', 'm', ['De Lorenzi']],
      ['Anna Della Rovere', 'x', ['Della Rovere']],
      ['Eva De Muster', 'x', ['De Muster']],
    ]);
  });

  it('reads a name of three words as one, in one sentence or across the corpus', () => {
    expect(found(['„Ja“, sagte Franz Josef Lindqvist am Montag.'])).toEqual([
      ['Franz Josef Lindqvist', 'x', ['Lindqvist']],
    ]);
    expect(found(['„Ja“, sagte Amira Seeli Koru am Abend.', 'Die Chefin Seeli Koru schwieg.'])).toEqual([
      ['Amira Seeli Koru', 'f', ['Koru']],
    ]);
    // Not a noun after a name, nor a long word before it: roles and titles are.
    expect(found(['„Ja“, sagte Max Huber Verzögerung.'])).toContainEqual(['Max Huber', 'x', ['Huber']]);
    expect(found(['„Nein“, sagte Datenschutzbeauftragter Peter Lindqvist.'])).toContainEqual([
      'Peter Lindqvist',
      'x',
      ['Lindqvist'],
    ]);
  });

  it('takes a courtesy before a surname for no given name', () => {
    expect(found(['„Das hat Herrn Lindqvist geschadet“, sagte der Anwalt Max Huber.'])).toEqual([
      ['Max Huber', 'm', ['Huber']],
    ]);
  });

  it('reads one name spelt with its accents and without, or with umlauts and their pairs, as one person', () => {
    expect(
      found([
        '„Wir prüfen das“, sagte Sprecher José Lindqvist.',
        '„Nein“, sagte Jose Lindqvist am Abend.',
        'Der Anwalt Jörg Müller widersprach. „Nie“, sagte Joerg Mueller.',
      ]),
    ).toEqual([
      ['José Lindqvist', 'm', ['Lindqvist', 'Jose Lindqvist']],
      ['Jörg Müller', 'm', ['Joerg Mueller']],
    ]);
  });

  it('gives no one a surname another person found shares, nor one that is a noun', () => {
    expect(
      found([
        'Der Sprecher Max Koch sagte nichts.',
        'Der Sprecher Jan Lindqvist und Sprecherin Eva Lindqvist schwiegen.',
      ]),
    ).toEqual([
      ['Max Koch', 'm', []],
      ['Jan Lindqvist', 'm', []],
      ['Eva Lindqvist', 'f', []],
    ]);
  });
});

describe('speakers without a people list', () => {
  it('names a speaker the text names in full, and by surname alone once the corpus has named them', () => {
    const index = buildIndex(
      [
        article('„Wir bleiben hier“, sagte Max Huber am Montag.\n', { id: 'erste' }),
        article('Die Lage sei ernst. „Wir geben nicht auf“, sagte Huber.\n', { id: 'zweite' }),
      ],
      [],
    );
    expect(index.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['Wir bleiben hier', 'Max Huber'],
      ['Wir geben nicht auf', 'Max Huber'],
    ]);
    expect(index.people.map((p) => p.name)).toEqual(['Max Huber']);
  });
});

/** Who speaks, read from the text alone: one invented paragraph per way German says it. */
describe('who speaks, by the shape of the sentence', () => {
  const speakers = (body: string) =>
    buildIndex([article(body)], []).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

  it.each<[string, string, [string, string | null][]]>([
    [
      'an attribution after the clause that holds a fragment',
      'Der Vorstand Max Huber sprach am Montag. Die Bank müsse „jetzt handeln“, so Huber.',
      [['jetzt handeln', 'Max Huber']],
    ],
    [
      'an auxiliary and a participle after the quotation',
      'Sprecherin Eva Lindqvist war dabei. Sie wisse, dass der Plan „nicht fertig“ sei, hatte Lindqvist damals gesagt.',
      [['nicht fertig', 'Eva Lindqvist']],
    ],
    [
      'a clause of `wie` that its speech verb closes, after a fragment or a whole quotation',
      'Sprecherin Eva Lindqvist war dabei. Das Geld ging an die Stadt, „weil wir zuständig sind“, wie Lindqvist ' +
        'der Zeitung erläuterte. „Wir prüfen alles“, wie Paul Berger am Abend mitteilte.',
      [
        ['weil wir zuständig sind', 'Eva Lindqvist'],
        ['Wir prüfen alles', 'Paul Berger'],
      ],
    ],
    [
      'a pronoun after a whole quotation: the one of its gender acting before, not one a preposition governs',
      'Nach dem Streit mit Trainer Paul Berger kam Sprecher Max Huber zu spät. „Ich will bleiben“, sagte er.',
      [['Ich will bleiben', 'Max Huber']],
    ],
    [
      'a separable speech verb with its particle at the end',
      'Trainer Paul Berger war zufrieden. „Wir haben gekämpft“, strich Berger nach dem Spiel heraus.',
      [['Wir haben gekämpft', 'Paul Berger']],
    ],
    [
      'a lead-in with a colon that names no one, and the attribution after',
      'Das Spiel war bitter: „So zu verlieren tut weh“, sagte Paul Berger, Trainer der Seestädter, am Abend.',
      [['So zu verlieren tut weh', 'Paul Berger']],
    ],
    [
      'the speaker after the verb, the person before it an object',
      'Über Max Huber sagte Eva Lindqvist im Interview: „Er ist ein guter Chef.“',
      [['Er ist ein guter Chef.', 'Eva Lindqvist']],
    ],
    [
      'the last person before the verb in an apposition',
      'Max Huber (Seepartei) schwieg, die Sprecherin, Eva Lindqvist (Alpenpartei), erklärte: „Wir warten ab.“',
      [['Wir warten ab.', 'Eva Lindqvist']],
    ],
    [
      'the speaker of the clause before a reported one, not the one the reported clause names',
      'Trainer Paul Berger kritisierte am Abend, Max Huber habe „nichts verstanden“.',
      [['nichts verstanden', 'Paul Berger']],
    ],
    [
      'reported speech attributed after it, not to the person it speaks of',
      'Trainer Paul Berger kam. Max Huber sei „jederzeit willkommen“, führte Berger laut dem „Nordblick“ aus.',
      [['jederzeit willkommen', 'Paul Berger']],
    ],
    [
      'a separable verb with a name in marks before its particle',
      '„Das kostet nicht mehr“, stellte Präsidentin Eva Lindqvist gegenüber dem „Nordblick“ klar.',
      [['Das kostet nicht mehr', 'Eva Lindqvist']],
    ],
    [
      'an attribution after the quotation whatever its verb, a source too, not the speaker before',
      'Trainer Paul Berger kam. „Wir haben gekämpft“, lachte Berger. „Es war knapp“, schmunzelte ein Zuschauer.',
      [
        ['Wir haben gekämpft', 'Paul Berger'],
        ['Es war knapp', 'ein Zuschauer'],
      ],
    ],
    [
      'a given name and an initial, the dot no sentence end; someone spoken to is no addressee inside `man`',
      'Ähnlich äußerte sich Präsident Max W. Huber: „Wir handeln.“ „Wir warten“, zitierte man Max W. Huber.',
      [
        ['Wir handeln.', 'Max W. Huber'],
        ['Wir warten', 'Max W. Huber'],
      ],
    ],
    [
      'the person a paper named in marks quotes',
      'Chefentwickler Max Huber sprach. „Das wird groß“, zitiert die „Nordpost“ Huber in einem Bericht.',
      [['Das wird groß', 'Max Huber']],
    ],
    [
      'the subject of a speech verb before a fragment, past an apposition, not its object',
      'Die Vorsitzende der Seepartei, Eva Lindqvist, würdigte Max Huber als „großen Kämpfer“.',
      [['großen Kämpfer', 'Eva Lindqvist']],
    ],
    [
      'an attribution past a dot inside a word, and a passive that names no one going on with the speech before',
      'Anwalt Max Huber sprach. Es sei „kein Wunder“, sagte M.s Anwalt Max Huber. ' +
        'Richterin Eva Lindqvist betonte, dass Beweise fehlten. Zeugen wurden als „unzuverlässig“ beschrieben.',
      [
        ['kein Wunder', 'Max Huber'],
        ['unzuverlässig', 'Eva Lindqvist'],
      ],
    ],
    [
      'a description of what kind of person someone is, pointing back to the one just named of that gender',
      'Ministerin Eva Lindqvist sprach zuerst. „Das war falsch“, sagt die SPD-Politikerin am Abend. ' +
        'Der Sprecher Max Huber schwieg, dann sprach Eva Lindqvist. „Wir gehen“, so der 52-Jährige. ' +
        'Paul Berger lobte Max Huber. „Gut so“, sagte der Unternehmer.',
      [
        ['Das war falsch', 'Eva Lindqvist'],
        ['Wir gehen', 'Max Huber'],
        // Two men in the sentence before, and neither quoted there: the description stays as written.
        ['Gut so', 'der Unternehmer'],
      ],
    ],
    [
      'an office after someone named, and a description of the one it names: whoever holds it, as written',
      'Max Huber trat zurück. „Wir bedauern das“, sagte der Präsident. ' +
        'Eva Lindqvist siegte. „Ein großer Tag“, sagte der bekannte Lindqvist-Anhänger.',
      [
        ['Wir bedauern das', 'der Präsident'],
        ['Ein großer Tag', 'der bekannte Lindqvist-Anhänger'],
      ],
    ],
    [
      'the same words said again, under a subheading or recalled later: theirs who said them; a short saying not',
      '„Vom Vorstand verraten und allein gelassen“\n\n„Ich fühle mich vom Vorstand verraten und allein gelassen“, ' +
        'sagte Max Huber am Montag. Das sei „nicht gegen die Stadt gerichtet“, sagte Huber. ' +
        'Er habe „in dubio pro reo“ gehandelt.\n\nDie Lage ist ernst. ' +
        'So sei dies wie gesagt „nicht gegen die Stadt gerichtet“ gewesen. Es gilt „in dubio pro reo“.',
      [
        ['Vom Vorstand verraten und allein gelassen', 'Max Huber'],
        ['Ich fühle mich vom Vorstand verraten und allein gelassen', 'Max Huber'],
        ['nicht gegen die Stadt gerichtet', 'Max Huber'],
        ['in dubio pro reo', 'Max Huber'],
        ['nicht gegen die Stadt gerichtet', 'Max Huber'],
        ['in dubio pro reo', null],
      ],
    ],
    [
      'an attribution too long to read whole, cut at a word’s end, not inside a name',
      '„Wir wissen es“, sagte der im Ausland lebende Direktor von Bergers Stiftung für die Seefahrten, Max Huber, ' +
        'am Abend.',
      [['Wir wissen es', null]],
    ],
    [
      'the person right before the verb, the one after it an object',
      'Die Ministerin Eva Lindqvist nannte Max Huber einen „echten Helden“.',
      [['echten Helden', 'Eva Lindqvist']],
    ],
    [
      'a full name after `so` at the clause’s end',
      'Die Strafe sei nötig, „weil sonst nichts hilft“, so Anna Kowalczyk.',
      [['weil sonst nichts hilft', 'Anna Kowalczyk']],
    ],
    [
      '`er` for a man the text gives a masculine role',
      'Innenminister Max Huber kam spät. Er sagte: „Wir handeln.“',
      [['Wir handeln.', 'Max Huber']],
    ],
  ])('%s', (_how, body, expected) => expect(speakers(body)).toEqual(expected));

  it('reads several words quoted in small letters as someone’s, even with no speech verb; a name or title not', () => {
    expect(speakers('Die Seebank rechnet mit „kaum spürbaren Folgen für die Kunden“.')).toEqual([
      ['kaum spürbaren Folgen für die Kunden', null],
    ]);
    // Who is regarded as something does not say it.
    expect(speakers('Max Huber gilt vielen Kritikern als „recht gewiefter Taktiker“.')).toEqual([
      ['recht gewiefter Taktiker', null],
    ]);
    for (const body of [
      'Der Wert wurde von „mittel“ auf „hoch“ gesetzt.',
      'Das Bündnis heißt „Für eine bessere Stadt“.',
    ])
      expect(speakers(body), body).toEqual([]);
  });

  it('lets an attribution after a fragment outrank a colon; with no verb, the one before the colon speaks', () => {
    expect(
      speakers(
        'Paul Berger bat um Milde, doch sie blieb hart: Es sei nötig, „wenn jemand betrunken fährt“, so Eva Lindqvist.',
      ),
    ).toEqual([['wenn jemand betrunken fährt', 'Eva Lindqvist']]);
    expect(
      speakers('Es gratulierten Max Huber und die Ministerin Eva Lindqvist: „Der Preis kommt zur rechten Zeit.“'),
    ).toEqual([['Der Preis kommt zur rechten Zeit.', 'Eva Lindqvist']]);
  });

  it('carries reported speech on: Konjunktiv I of any verb, and after a whole quotation', () => {
    expect(speakers('Max Huber sagte, man müsse handeln. Es drohe „eine große Krise im ganzen Land“.')).toEqual([
      ['eine große Krise im ganzen Land', 'Max Huber'],
    ]);
    expect(
      speakers('„Wir gehen nicht“, sagte Eva Lindqvist. Der Plan sei ein „folgerichtiger Schritt für alle“.'),
    ).toEqual([
      ['Wir gehen nicht', 'Eva Lindqvist'],
      ['folgerichtiger Schritt für alle', 'Eva Lindqvist'],
    ]);
    // Konjunktiv II stands in for Konjunktiv I: the object it names is not the speaker.
    expect(
      speakers('„Wir gehen nicht“, so Max Huber. Außerdem hätte der Sender Paul Berger „die Bühne dafür geboten“.'),
    ).toEqual([
      ['Wir gehen nicht', 'Max Huber'],
      ['die Bühne dafür geboten', 'Max Huber'],
    ]);
  });

  it('gives a quotation to the sentence after it that points back with `Das` and names who said it', () => {
    expect(speakers('Die Lage war ernst.\n\n„Wir gehen nicht.“ Das musste Max Huber am Montag einräumen.')).toEqual([
      ['Wir gehen nicht.', 'Max Huber'],
    ]);
  });

  it('carries speech on to an unattributed quotation: over reported speech, and into the next paragraph', () => {
    expect(
      speakers(
        'Die Ministerin Eva Lindqvist sagte, die Lage sei ernst. Man müsse sparen. „Wir haben keine Wahl.“\n\n' +
          'Dann ging sie.',
      ),
    ).toEqual([['Wir haben keine Wahl.', 'Eva Lindqvist']]);
    expect(speakers('„Wir bleiben“, sagte Max Huber am Montag.\n\n„Und wir kämpfen weiter.“')).toEqual([
      ['Wir bleiben', 'Max Huber'],
      ['Und wir kämpfen weiter.', 'Max Huber'],
    ]);
    // A sentence in the writer's own words ends the speech: the quotation after it has no speaker.
    expect(speakers('„Wir bleiben“, sagte Max Huber am Montag. Der Streik dauert an.\n\n„Es reicht.“')).toEqual([
      ['Wir bleiben', 'Max Huber'],
      ['Es reicht.', null],
    ]);
  });

  it('goes on with who an attribution names, not with whom the reported words are about', () => {
    // A quotation standing alone after reported speech, and a pronoun after it, are the attributed speaker's.
    expect(
      speakers('Vize Max Huber soll die Aufgaben übernehmen, bestätigt Karl Berger. „Das Signal ist mir wichtig.“'),
    ).toEqual([['Das Signal ist mir wichtig.', 'Karl Berger']]);
    expect(
      speakers('Max Huber sei ein „großer Gewinn“, erklärte Karl Berger. „Huber ist erfahren“, sagte er weiter.'),
    ).toEqual([
      ['großer Gewinn', 'Karl Berger'],
      ['Huber ist erfahren', 'Karl Berger'],
    ]);
  });

  it('gives a quotation standing alone to the one person acting in the sentence before it', () => {
    expect(speakers('Bankchef Max Huber kam. Zugleich wehrt sich Huber gegen den Plan. „Das ist falsch.“')).toEqual([
      ['Das ist falsch.', 'Max Huber'],
    ]);
    expect(speakers('Bankchef Max Huber kam. Huber traf Ministerin Eva Lindqvist. „Das ist falsch.“')).toEqual([
      ['Das ist falsch.', null],
    ]);
    expect(speakers('Bankchef Max Huber kam. Der Plan geht auf Huber zurück. „Das ist falsch.“')).toEqual([
      ['Das ist falsch.', null],
    ]);
  });

  it('gives a fragment of reported speech to the speech before it, not to the one it speaks of', () => {
    expect(
      speakers('Richterin Eva Lindqvist argumentierte, die Zeugen seien beeinflusst. Max Huber sei „kein Monster“.'),
    ).toEqual([['kein Monster', 'Eva Lindqvist']]);
  });

  it('reads words quoted at a sentence’s opening that the sentence goes on from as a fragment', () => {
    const quotes = buildIndex(
      [
        article(
          '„Nicht tragbar“ sei der Plan der Seebank, erklärte die Sprecherin der Nordgewerkschaft, Eva Lindqvist. ' +
            '„Wir gehen“ sagte Max Huber. „Erst prüfen“ heißt es in einer Mitteilung der Seebank.',
        ),
      ],
      [],
    ).quotes.map((q) => [q.text, q.partial, q.speaker?.name ?? null]);
    expect(quotes).toEqual([
      ['Nicht tragbar', true, 'Eva Lindqvist'],
      ['Wir gehen', false, 'Max Huber'],
      ['Erst prüfen', false, 'in einer Mitteilung der Seebank'],
    ]);
  });

  it('gives a quotation of several sentences the clause after its closing mark as context', () => {
    const [quote] = buildIndex(
      [article('„Das Netz fällt aus. Wir arbeiten daran“, so Sprecherin Eva Lindqvist.')],
      [],
    ).quotes;
    expect([quote!.speaker?.name, quote!.intro?.text]).toEqual(['Eva Lindqvist', 'so Sprecherin Eva Lindqvist.']);
  });

  it('ends a sentence at an ordinal’s dot when a quotation follows', () => {
    expect(speakers('Der Stand ist in Halle 4. „Wir freuen uns“, sagte Max Huber.')).toEqual([
      ['Wir freuen uns', 'Max Huber'],
    ]);
  });

  it('ends no sentence at an initial before a surname in -mann the dictionary does not list', () => {
    expect(speakers('„Wir freuen uns“, sagte Max W. Brockmann am Montag.')).toEqual([
      ['Wir freuen uns', 'Max W. Brockmann'],
    ]);
  });
});
