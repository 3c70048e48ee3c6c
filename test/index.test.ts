import { describe, expect, it } from 'vitest';
import type { Person } from '../src/corpus/schema.js';
import { fold } from '../src/language/de/fold.js';
import { quoteEntries, quotesBy, rankPeople, resolvePerson, timeline } from '../src/index/queries.js';
import { buildIndex } from '../src/index/build.js';
import { seedIndex } from './support/corpus.js';
import { article } from './support/article.js';
import { headline } from '../src/render/headline.js';

const index = seedIndex();

describe('search', () => {
  it('folds case, umlauts and ß', () => {
    expect(fold('Großartig ÄÖÜ')).toBe('grossartig aeoeue');
  });

  it.each(['Altmann', 'altman', 'SAM ALTMAN', 'sam', 'OpenAI-Chef'])('finds Sam Altman for %s', (query) => {
    expect(resolvePerson(index, query)?.name).toBe('Sam Altman');
  });

  it('ranks exact over prefix over fuzzy', () => {
    expect(rankPeople(index, 'son')[0]!.person.name).toBe('Masayoshi Son');
    expect(rankPeople(index, 'mu')[0]).toMatchObject({ rank: 1, person: { name: 'Elon Musk' } });
    expect(rankPeople(index, 'xyzzy')).toEqual([]);
  });

  it('finds `großartig` for `grossartig`', () => {
    const altman = resolvePerson(index, 'altman')!;
    expect(quotesBy(index, altman, 'grossartig').map((q) => q.text)).toEqual([
      expect.stringContaining('grossartig für das Land'),
    ]);
  });
});

describe('timeline', () => {
  it('orders events by date and leaves out what it cannot date', () => {
    const events = timeline(index, {});
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.date)).toBe(true);
    expect(events.map((e) => e.date!.value)).toEqual([...events.map((e) => e.date!.value)].sort());
  });

  it('filters by years, person and topic', () => {
    const in2024 = timeline(index, { from: 2024, to: 2024 });
    expect(in2024.length).toBeGreaterThan(0);
    expect(in2024.every((e) => e.date!.value.startsWith('2024'))).toBe(true);
    expect(timeline(index, { person: 'son' }).map((e) => e.date?.value)).toEqual(['2024-12']);
    expect(timeline(index, { topic: 'Twitter' }).some((e) => e.kind === 'purchase')).toBe(true);
  });
});

describe('only events on the timeline', () => {
  const people = [
    { id: 'max-huber', name: 'Max Huber', gender: 'm' as const, aliases: ['Huber'], descriptors: [], roles: [] },
  ];
  const two = [
    ...people,
    {
      id: 'eva-beispiel',
      name: 'Eva Beispiel',
      gender: 'f' as const,
      aliases: ['Beispiel'],
      descriptors: [],
      roles: [],
    },
  ];
  /** Each entry's kind and English headline, three companies known, one article of 10 May 2024. */
  const headsWith = (list: Person[]) => (body: string) =>
    timeline(
      buildIndex([article(body, { published: '2024-05-10' })], list, [], {
        organisations: ['Seebank', 'Nordbank', 'Nordgewerkschaft'].map((name) => ({ id: name, name, aliases: [] })),
        dates: [],
      }),
      {},
    ).map((e) => [e.kind, headline(e, 'en')]);
  const entries = (body: string) =>
    timeline(buildIndex([article(body, { published: '2024-05-10' })], people), {}).map((e) => [e.kind, e.date]);
  /** Each entry's date and English headline, one article of 10 May 2024. */
  const datedHeads = (list: Person[]) => (body: string) =>
    timeline(buildIndex([article(body, { published: '2024-05-10' })], list), {}).map(
      (e) => `${e.date?.value} ${headline(e, 'en')}`,
    );

  it('tells one agreement once, whichever article comes first, and finds `Der Konzern` at a sentence start', () => {
    const world = {
      organisations: ['Seebank', 'Nordgewerkschaft'].map((name) => ({ id: name, name, aliases: [] })),
      dates: [],
    };
    const undated = article('Zwischen Seebank und Nordgewerkschaft wurde am Montagabend eine Einigung erzielt.', {
      id: 'a',
      published: null,
    });
    const oneSide = article('Die Nordgewerkschaft hatte dies so vereinbart.', { id: 'b', published: null });
    const settled = article(
      'Die Seebank meldete Verluste. Der Konzern und die Nordgewerkschaft haben ihren Tarifstreit beigelegt.',
      { id: 'c', published: '2024-05' },
    );
    const heads = (list: (typeof settled)[]) =>
      timeline(buildIndex(list, [], [], world), {}).map((e) => `${e.date?.value} ${headline(e, 'en')}`);
    const expected = ['2024-05 Nordgewerkschaft and Seebank reach an agreement'];
    expect(heads([undated, oneSide, settled])).toEqual(expected);
    expect(heads([settled, oneSide, undated])).toEqual(expected);
  });

  it('dates no sentence of no kind by its article where its own date words give no date', () => {
    expect(entries('Erst vor wenigen Wochen traf Max Huber den Vorstand der Seebank.')).toEqual([]);
    expect(entries('Am 3. Mai 2024 traf Max Huber den Vorstand der Seebank.')).toHaveLength(1);
  });

  it('takes no one for the doer of a deed named as what something follows from', () => {
    const heads = headsWith(people);
    expect(
      heads('Am 3. Mai 2024 traf die Seebank Vorkehrungen, um die Auswirkungen der Streiks gering zu halten.'),
    ).toEqual([['strike', 'Strike']]);
    expect(heads('Am 3. Mai 2024 streikte die Nordgewerkschaft bei der Seebank.')).toEqual([
      ['strike', 'Nordgewerkschaft strikes'],
    ]);
    // What one died of names no deed of theirs: they died.
    expect(heads('Am 3. Mai 2024 ist Max Huber an den Folgen eines Unfalls gestorben.')).toEqual([
      ['death', 'Huber dies'],
    ]);
  });

  it("reads the first report of what its title tells, by someone it names, as the article's news", () => {
    const body =
      'Die Seebank steht seit Wochen unter Druck. Die Zahlen des Quartals sind schlecht. Viele Kunden sind ' +
      'unzufrieden. Die Aufsicht prüft die Bücher. Schließlich trat Max Huber zurück.';
    const heads = (title: string) =>
      timeline(buildIndex([article(body, { title, published: '2024-05-10' })], two), {}).map(
        (e) => `${e.date?.value} ${e.date?.bound ?? ''} ${headline(e, 'en')}`,
      );
    expect(heads('Max Huber tritt zurück')).toEqual(['2024-05-10 by Huber resigns']);
    // A title that names someone else tells other news.
    expect(heads('Eva Beispiel tritt zurück')).toEqual([]);
  });

  it('tells a rejection with nothing it could answer as news of its own, and words rejected as a denial', () => {
    const heads = headsWith(people);
    expect(heads('Die Nordgewerkschaft hat am 3. Mai 2024 den Vorschlag der Seebank abgelehnt.')).toEqual([
      ['rejection', 'Nordgewerkschaft rejects “Vorschlag”'],
    ]);
    expect(heads('Am 3. Mai 2024 lehnt der Stadtrat mit großer Mehrheit eine Verlängerung der Frist ab.')).toEqual([
      ['rejection', 'City council rejects “Verlängerung”'],
    ]);
    // Words rejected are denied: a kind of its own. Before a verb that stands second, a bare noun is who rejects.
    expect(heads('Die Seebank wies am 3. Mai 2024 die Vorwürfe der Nordgewerkschaft zurück.')).toEqual([
      ['denial', 'Seebank denies “Vorwürfe”'],
    ]);
    expect(heads('Die Seebank will verkaufen, die Nordgewerkschaft lehnt das am 3. Mai 2024 ab.')).toEqual([]);
    // Where its article reports a bid, a rejection answers it or nothing.
    expect(
      heads(
        'Die Seebank lehnte am 3. Mai 2024 das Angebot ab. Die Nordbank bietet am 2. Mai 2024 zwei Milliarden Euro.',
      ).map(([kind]) => kind),
    ).not.toContain('rejection');
  });

  it('calls in full whoever shares a surname with another person of the story, wherever that one is named', () => {
    // No people list: both are found in the text. The second article names only one of them.
    const world = { organisations: [], dates: [] };
    const heads = timeline(
      buildIndex(
        [
          article('Eva Beispiel und ihr Bruder Max Beispiel führen die Brauerei gemeinsam.', { id: 'a1' }),
          article('Am 3. Mai 2024 ist Eva Beispiel zurückgetreten, sagte ein Sprecher.', { id: 'a2' }),
        ],
        [],
        [],
        world,
      ),
      {},
    ).map((e) => headline(e, 'en'));
    expect(heads).toEqual(['Eva Beispiel resigns']);
  });

  it('gives a shared surname alone to the one bearer its article names in full, to no one where it names both', () => {
    const world = { organisations: [], dates: [] };
    const story = (third: string) =>
      timeline(
        buildIndex(
          [
            article('„Wir bleiben“, sagte Eva Seeberger. „Ich auch“, sagte ihr Bruder Max Seeberger.', { id: 'a1' }),
            article(third, { id: 'a2' }),
          ],
          [],
          [],
          world,
        ),
        {},
      ).map((e) => `${e.date?.value} ${headline(e, 'en')}`);
    expect(story('Eva Seeberger führte die Brauerei. Am 3. Mai 2024 trat Seeberger zurück.')).toEqual([
      '2024-05-03 Eva Seeberger resigns',
    ]);
    expect(story('Eva Seeberger und Max Seeberger stritten. Am 3. Mai 2024 trat Seeberger zurück.')).toEqual([]);
  });

  it('carries a day the sentence before names twice, and tells a deed done again on another day apart', () => {
    const world = {
      organisations: ['Seebank', 'Nordgewerkschaft'].map((name) => ({ id: name, name, aliases: [] })),
      dates: [],
    };
    const first = article('Am 29. April 2024 streikte die Nordgewerkschaft bei der Seebank.', {
      id: 'a1',
      published: '2024-04-29',
    });
    const again = article(
      'Die Seebank und die Nordgewerkschaft treffen sich am Montag (6. Mai) zur vierten Runde. ' +
        'Die Nordgewerkschaft ruft für diesen Tag erneut zu Streiks bei der Seebank auf.',
      { id: 'a2', published: '2024-05-06' },
    );
    const heads = timeline(buildIndex([first, again], [], [], world), {}).map(
      (e) => `${e.date?.value} ${headline(e, 'en')}`,
    );
    expect(heads).toEqual(['2024-04-29 Nordgewerkschaft strikes', '2024-05-06 Nordgewerkschaft strikes']);
  });

  it('tells one strike once, whether a sentence names who strikes or not, where a date ties them', () => {
    const heads = headsWith(people);
    // 10 May 2024 is a Friday; the strike is on the Monday after it.
    expect(
      heads(
        'Die Nordgewerkschaft rief für Montag zu einem Streik auf. Am Montag soll bei der Seebank gestreikt werden.',
      ),
    ).toEqual([['strike', 'Nordgewerkschaft strikes']]);
    // A person's protest is not tied to a crowd's by their day: one protested outside, the other in a speech inside.
    expect(
      heads('Am Montag demonstrierten hundert Bürger gegen den Plan. Im Saal protestierte Max Huber in seiner Rede.'),
    ).toHaveLength(2);
    // A person is no striker: who calls a strike or speaks of it leads or judges it.
    expect(heads('Am Montag rief Max Huber zu einem Streik bei der Seebank auf.')).toEqual([['strike', 'Strike']]);
  });

  it('dates a deed once, by the date nearest its word, when a second date in its clause dates a thing it names', () => {
    expect(entries('Max Huber veröffentlichte am 8. Mai eine Analyse des gescheiterten Starts am 2. Mai.')).toEqual([
      ['publication', { value: '2024-05-08', precision: 'day' }],
    ]);
    expect(entries('Max Huber trat am Freitag vergangener Woche vom Vorsitz zurück, mit Wirkung zum 1. Juli.')).toEqual(
      [['resignation', { value: '2024-05-03', precision: 'day' }]],
    );
    // A day it takes effect from yields to the day it was done, though nearer the word.
    expect(entries('Max Huber hat am 8. Mai die Erhöhung der Gebühren zum 1. Juli 2024 beschlossen.')).toEqual([
      ['decision', { value: '2024-05-08', precision: 'day' }],
    ]);
    // Two words of one kind are two deeds, each with its date.
    expect(entries('Max Huber trat im März zurück, was im April zum Rücktritt von Eva Beispiel führte.')).toHaveLength(
      2,
    );
  });

  it('dates what the sentence before reported by the day a `Das … mitteilte` sentence told it', () => {
    expect(entries('Max Huber ist als Chef zurückgetreten. Das gab er am 3. Mai 2024 in Seestadt bekannt.')).toEqual([
      ['resignation', { value: '2024-05-03', precision: 'day', bound: 'by' }],
    ]);
    // A company that tells it is not who did it; `Das` as an article opens no such sentence.
    expect(
      entries('Max Huber ist festgenommen worden. Das teilte die Polizei am 3. Mai 2024 mit.').map(([k]) => k),
    ).toEqual(['arrest']);
    expect(
      entries('Max Huber ist zurückgetreten. Das Amt teilte am 3. Mai 2024 mit, die Stelle werde ausgeschrieben.'),
    ).toEqual([['resignation', { value: '2024-05-10', precision: 'day', bound: 'by' }]]);
  });

  it('dates a plan by when it was reported as made by that day, not as planned for it', () => {
    expect(entries('Am 3. Mai 2024 wurde berichtet, dass Max Huber sein Amt niederlegen will.')).toEqual([
      ['resignation', { value: '2024-05-03', precision: 'day', bound: 'by', planned: true }],
    ]);
    // A day in the plan's own clause is the day it is for.
    expect(entries('Max Huber will am 3. Juni 2024 sein Amt niederlegen.')).toEqual([
      ['resignation', { value: '2024-06-03', precision: 'day', planned: true }],
    ]);
  });

  it('marks an event dated after every report as planned, and leaves out a target or a state dated so', () => {
    expect(entries('Max Huber wird im März 2025 die Seebank verlassen, teilte die Bank mit.')).toEqual([
      ['departure', { value: '2025-03', precision: 'month', planned: true }],
    ]);
    // A target of no kind is no event; one of a kind is that kind planned, told by when it was reported.
    expect(entries('Max Huber will bis 2030 viele Bäume pflanzen.')).toEqual([]);
    expect(entries('Max Huber will bis 2030 viele Stellen streichen.')).toEqual([
      ['layoffs', { value: '2024-05-10', precision: 'day', bound: 'by', planned: true }],
    ]);
    // A date a plan is for dates the plan, whether or not its day has passed; of no kind, it is no event.
    expect(entries('In Seestadt ist die Wahl für den 3. Mai 2024 angesetzt.')).toEqual([
      ['election', { value: '2024-05-03', precision: 'day', planned: true }],
    ]);
    expect(entries('Max Huber ist für den 3. Mai 2024 als Redner vorgesehen.')).toEqual([]);
    expect(entries('Max Huber verließ im Januar 2024 die Seebank.')).toEqual([
      ['departure', { value: '2024-01', precision: 'month' }],
    ]);
  });

  it('dates no deed by `seit` a date in a noun phrase: since when a thing is as it is', () => {
    expect(entries('Der seit 2019 amtierende Minister Max Huber trat zurück.')).toEqual([
      ['resignation', { value: '2024-05-10', precision: 'day', bound: 'by' }],
    ]);
    expect(entries('Der erst seit März amtierende Minister Max Huber trat am Montag zurück.')).toEqual([
      ['resignation', { value: '2024-05-06', precision: 'day' }],
    ]);
    // A day after `seit` takes its article.
    expect(entries('Der seit dem 2. Mai beurlaubte Minister Max Huber trat zurück.')).toEqual([
      ['resignation', { value: '2024-05-10', precision: 'day', bound: 'by' }],
    ]);
    // `seit` opening the clause begins what the clause tells.
    expect(entries('Seit März streiken die Fahrer der Seebahn.')).toEqual([
      ['strike', { value: '2024-03', precision: 'month' }],
    ]);
  });

  it('marks a deed someone means or is meant to do as planned, and one told by hearsay as not', () => {
    // Meant in May, April is the next one.
    expect(entries('Max Huber will im April die Seebank verlassen.')).toEqual([
      ['departure', { value: '2025-04', precision: 'month', planned: true }],
    ]);
    expect(entries('Max Huber soll im April die Seebank verlassen.')).toEqual([
      ['departure', { value: '2025-04', precision: 'month', planned: true }],
    ]);
    // `soll … haben`: what he is said to have done, the `haben` shared by every participle before it.
    expect(entries('Max Huber soll im April die Seebank verlassen haben.')).toEqual([
      ['departure', { value: '2024-04', precision: 'month' }],
    ]);
    expect(
      entries('Max Huber soll im April die Seebank verlassen, die Akten mitgenommen und verbrannt haben.'),
    ).toEqual([['departure', { value: '2024-04', precision: 'month' }]]);
  });

  it('reads a deed named as what came before as background to the deed the clause reports', () => {
    const heads = headsWith(two);
    // Who resigned did not appoint: the one `von` names after a deed of the background is that deed's.
    expect(heads('1997 wurde Eva Beispiel nach dem Rücktritt von Max Huber zur Präsidentin berufen.')).toEqual([
      ['appointment', 'Beispiel is appointed'],
    ]);
    // Where the clause reports no other deed, the background's is the one it tells.
    expect(heads('Die Seebank hat nach der Festnahme von Max Huber im März ihre Filialen geschlossen.')).toEqual([
      ['arrest', 'Huber is arrested'],
    ]);
    // A company that opens the deed's clause did it, not one who acts in a later clause of their own.
    expect(heads('Die Seebank war im März in die Insolvenz gerutscht, Max Huber hatte das Ruder übernommen.')).toEqual([
      ['insolvency', 'Seebank files for insolvency'],
    ]);
    // A choice is what was decided; who tells it in a closing clause did not choose.
    expect(heads('Max Huber hat sich am 3. Mai 2024 für die Nordbank als Partner entschieden.')).toEqual([
      ['decision', 'Huber chooses “die Nordbank als Partner”'],
    ]);
    expect(heads('Am 3. Mai 2024 habe sich der Vorstand für die Nordbank entschieden, teilte Max Huber mit.')).toEqual(
      [],
    );
  });

  it('heads a deed with the governing body that did it, named by its noun', () => {
    const heads = headsWith(two);
    expect(heads('Am Freitag billigte der Landtag den Haushalt.')).toEqual([
      ['approval', 'State parliament approves “Haushalt”'],
    ]);
    // A person acting in a clause of the background did not do the body's deed.
    expect(
      heads('Nachdem Max Huber im März den Entwurf vorgelegt hatte, hat am 8. Mai das Kabinett ihn beschlossen.'),
    ).toContainEqual(['decision', null]);
    expect(
      heads('Nachdem Max Huber im März einen Plan vorgelegt hatte, hat am 8. Mai das Kabinett die Reform beschlossen.'),
    ).toContainEqual(['decision', 'Cabinet adopts “Reform”']);
    // The agent of a passive; a body a preposition governs did nothing.
    expect(heads('Die Reform wurde am 8. Mai vom Landtag beschlossen.')).toEqual([
      ['decision', 'State parliament adopts “Reform”'],
    ]);
    expect(heads('Am 8. Mai wurde im Landtag die Reform beschlossen.')).toEqual([]);
  });

  it('joins an entry of no kind to the named event its article reports on that very day', () => {
    const days = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], two), {}).map((e) => [
        e.kind,
        e.date?.value,
        e.citations.length,
      ]);
    // The result is a detail of the resignation the same article reports that Sunday.
    expect(
      days('Max Huber ist am Sonntag zurückgetreten. Am Sonntag trat Max Huber um 19 Uhr vor die Presse.'),
    ).toEqual([['resignation', '2024-05-05', 2]]);
    // On another day it is its own entry.
    expect(
      days('Max Huber ist am Sonntag zurückgetreten. Am Samstag trat Max Huber um 19 Uhr vor die Presse.').map(
        ([k]) => k,
      ),
    ).toEqual(['other', 'resignation']);
  });

  it('heads work begun by who began it and where, or alone', () => {
    const heads = headsWith(two);
    expect(heads('Max Huber startete seine zweite Tätigkeit bei der Seebank im Sommer 2013.')).toEqual([
      ['start', 'Huber starts at Seebank'],
    ]);
    expect(heads('Eva Beispiel trat ihr Amt als Bürgermeisterin am 2. Mai an.')).toEqual([
      ['start', 'Beispiel takes up post'],
    ]);
    // A product started is no one's work begun.
    expect(heads('Die Seebank startete am 2. Mai ihre neue Karte.').map(([k]) => k)).not.toContain('start');
  });

  it('heads a contest won by the team whose name opens its clause, where no person won it', () => {
    const heads = headsWith(two);
    expect(heads('Blau-Weiß Seestadt hat am 5. Mai den Titel gewonnen.')).toEqual([['win', 'Blau-Weiß Seestadt wins']]);
    expect(heads('Am 5. Mai siegten die Gäste mit 3:2.')).toEqual([]);
  });

  it('reads a law passed as a decision, what is decided as the deed its noun names, and a farewell as neither', () => {
    const heads = headsWith(two);
    expect(heads('Der Landtag hat am 8. Mai den Nachtragshaushalt verabschiedet.')).toEqual([
      ['decision', 'State parliament adopts “Nachtragshaushalt”'],
    ]);
    const kinds = (body: string) => heads(body).map(([k]) => k);
    expect(kinds('Max Huber wurde am 8. Mai von seinen Kollegen verabschiedet.')).not.toContain('decision');
    expect(kinds('Max Huber verabschiedete sich am 8. Mai von der Seebank.')).not.toContain('decision');
    // What the Seebank decided or approved is not done: no launch, no closure.
    expect(heads('Die Seebank hat am 8. Mai die Einführung einer neuen Karte beschlossen.')).toEqual([
      ['decision', 'Seebank adopts “Einführung”'],
    ]);
    expect(heads('Die Seebank hat am 8. Mai die Einführung der Karte zum 1. Juli abgesegnet.').map(([k]) => k)).toEqual(
      ['approval'],
    );
    // A `zu` clause is decided as before.
    expect(heads('Max Huber hat am 8. Mai beschlossen, die Gebühren zu erhöhen.')).toEqual([
      ['decision', 'Huber decides: “die Gebühren zu erhöhen”'],
    ]);
  });

  it('heads no entry with a deed the sentence does not report', () => {
    const heads = headsWith(people);
    // An offer in a wage dispute is no takeover bid; one for a company, or one of billions, is.
    expect(heads('Die Seebank hatte der Nordgewerkschaft am 3. Mai 2024 ein neues Angebot vorgelegt.')).toEqual([
      ['offer', 'Seebank makes Nordgewerkschaft an offer'],
    ]);
    expect(heads('Die Seebank hat am 3. Mai 2024 ein Angebot für die Nordbank vorgelegt.')).toEqual([
      ['bid', 'Seebank bids for Nordbank'],
    ]);
    expect(heads('Die Seebank hat am 3. Mai 2024 ein Milliardenangebot vorgelegt.')).toEqual([['bid', null]]);
    // A company is never dismissed; the noun `Übernahme` is no purchase made.
    expect(heads('Die Seebank plant im Mai 2024 Massenentlassungen.')).toEqual([]);
    expect(heads('Die Nordbank strebt seit Mai 2024 die Übernahme der Seebank an.')).not.toContainEqual([
      'purchase',
      expect.anything(),
    ]);
    // What a sentence says will not happen is no event; whose dispute it is, is not who strikes.
    expect(heads('Bis Mai 2024 sind damit keine Streiks möglich.')).toEqual([]);
    expect(heads('Der Lohnstreit der Seebank eskaliert: Im Mai 2024 stimmten viele für Streiks.')).toEqual([
      ['strike', 'Strike'],
    ]);
    // What is announced is not the company a genitive names, but the phrase the verb takes.
    expect(heads('Max Huber kündigte am 3. Mai 2024 den „Widerstand“ der Nordgewerkschaft an.')).toEqual([
      ['announcement', 'Huber announces “Widerstand”'],
    ]);
    // Whoever a preposition governs does not act; a company right after the verb does.
    expect(
      heads('Die Seebank hat am 3. Mai 2024 den Vorschlag von Max Huber aufgegriffen und neue Zahlen veröffentlicht.'),
    ).toEqual([['publication', 'Seebank publishes “neue Zahlen”']]);
    expect(heads('Laut Bericht machte die Seebank am 3. Mai 2024 ihre neuen Zahlen bekannt.')).toEqual([
      ['publication', 'Seebank publishes “neuen Zahlen”'],
    ]);
    // A noun's deed is the one its `von` names; an event that begins a period is not reported.
    expect(heads('Nach dem Abschied von Max Huber im Mai 2024 sucht die Seebank einen Chef.')).toEqual([
      ['departure', 'Huber leaves Seebank'],
    ]);
    expect(heads('Die Akten von der Gründung der Nordbank bis zum Mai 2024 liegen vor.')).toEqual([]);
  });

  it('joins a thing named by its head noun, dated by day in an undated article, to the news of that day', () => {
    const world = { organisations: [{ id: 'seebruecke', name: 'Seebrücke', aliases: [] }], dates: [] };
    const news = article('Die Seebrücke ist eingestürzt. Niemand wurde verletzt.', {
      id: 'a',
      published: '2024-09-11',
    });
    // `der Brücke` is the Seebrücke; the day without a year takes its year from the article that reported it.
    const later = article(
      'Die teilweise eingestürzte Seebrücke muss abgerissen werden. Ein Teil der Brücke war in der Nacht zum ' +
        '11. September eingestürzt.',
      { id: 'b' },
    );
    const events = timeline(buildIndex([news, later], [], [], world), {});
    expect(events.map((e) => [e.kind, e.date, headline(e, 'en'), e.citations.map((c) => c.article).sort()])).toEqual([
      ['collapse', { value: '2024-09-11', precision: 'day' }, 'Seebrücke collapses', ['a', 'b']],
    ]);
  });

  it('takes no quotation and no period for an event', () => {
    expect(entries('„Wir bleiben“, sagte Max Huber am 3. Mai 2024.')).toEqual([]);
    expect(entries('Max Huber war zwischen 2000 und 2017 Chef der Seebank.')).toEqual([]);
    // A date after `seit` or `ab` begins a state.
    expect(entries('Seit 2011 spielt Max Huber für die Seebank.')).toEqual([]);
    expect(entries('Max Huber seit dem Frühjahr 2019 Chef der Seebank.')).toEqual([]);
    expect(entries('Für Max Huber gilt die neue Regel ab dem 1. Mai 2024.')).toEqual([]);
  });

  it('dates no event by a deadline or the end of a state', () => {
    expect(entries('Max Huber hat bei der Seebank noch einen Vertrag bis zum Sommer 2026.')).toEqual([]);
    expect(entries('Max Huber bleibt bis Ende 2025 im Amt.')).toEqual([]);
    // A period's end is read with its start: a period is no event either way.
    expect(entries('Max Huber war von Januar 2020 bis April 2021 Chef der Seebank.')).toEqual([]);
    // An event of a named kind with a deadline is a plan, dated by the article that reports it, not by its deadline.
    expect(entries('Max Huber will die Seebank bis 2030 verlassen.')).toEqual([
      ['departure', { value: '2024-05-10', precision: 'day', bound: 'by', planned: true }],
    ]);
  });

  it('names a vote that `Diese` stands for by the sentence before, and what an announcement is of', () => {
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people), {}).map((e) => headline(e, 'en'));
    expect(heads('Max Huber rief zu Neuwahlen auf. Diese sollen am 30. Juni 2024 stattfinden.')).toContain(
      'Early election',
    );
    // Before a noun, `Diese` only points: the sentence says what it says.
    const cited = timeline(
      buildIndex([article('Max Huber rief zu Neuwahlen auf. Diese Partei ist seit März 2024 ohne Chef.')], people),
      {},
    ).flatMap((e) => e.citations.map((c) => c.text));
    expect(cited).not.toContain('Diese Partei ist seit März 2024 ohne Chef.');
    expect(heads('Max Huber hatte am 3. Mai 2024 Neuwahlen angekündigt.')).toEqual(['Huber announces early election']);
    // Of several elections a sentence names, each date is of the one named nearest it.
    expect(
      heads('Die Partei will bei der Europawahl am 9. Juni 2024 antreten, später bei der Kommunalwahl im September.'),
    ).toEqual(['European election', 'Local election']);
    expect(heads('Am 12. Mai 2024 fand in Seeland die Präsidentschaftswahl statt.')).toEqual(['Presidential election']);
    // Without a date, the one it names first.
    expect(heads('Die Partei will bei der Europawahl und danach bei den Landtagswahlen antreten.')).toEqual([
      'European election',
    ]);
    // A part of another word names no vote: the evening of an election is not one.
    expect(heads('Max Huber kündigte am Wahlabend des 3. Mai 2024 seinen Rückzug an.')).not.toContain(
      'Huber announces election',
    );
  });

  it('takes no one who tells of an approval for who gave it, and joins an approval to the announcement of it', () => {
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people), {}).map((e) => headline(e, 'en'));
    expect(heads('Max Huber billigte am 3. Mai 2024 den Haushalt.')).toEqual(['Huber approves “Haushalt”']);
    expect(heads('Max Huber teilte am 6. Mai 2024 mit, dass die Versammlung den Haushalt gebilligt habe.')).toEqual([]);
    // Approved by the one who announced it: one event, whichever report names what.
    const told = timeline(
      buildIndex(
        [
          article('Max Huber kündigte am 3. Mai 2024 das Projekt Seeblick an.', { published: '2024-05-04' }),
          article('Max Huber hat am 3. Mai 2024 den Bau abgesegnet.', { id: 'zwei', published: '2024-05-05' }),
        ],
        people,
      ),
      {},
    );
    expect(told.map((e) => e.citations.length)).toEqual([2]);
  });

  it('dates a weekday in an article of a month only where one day of that weekday fits', () => {
    const world = {
      organisations: ['Seebank', 'Nordbank'].map((name) => ({ id: name, name, aliases: [] })),
      dates: [],
    };
    const days = (...others: [string, string][]) =>
      timeline(
        buildIndex(
          [
            article('Die Seebank hat am Mittwoch die Nordbank gekauft.', { id: 'w', published: '2024-05' }),
            ...others.map(([published, body], i) => article(body, { id: `d${i}`, published })),
          ],
          [],
          [],
          world,
        ),
        {},
      ).map((e) => [e.date?.value, e.citations.map((c) => c.article).sort()]);
    // 8 May 2024 was a Wednesday, 9 May a Thursday.
    expect(days(['2024-05-15', 'Die Seebank hat am 8. Mai die Nordbank gekauft.'])).toEqual([
      ['2024-05-08', ['d0', 'w']],
    ]);
    expect(days(['2024-05-15', 'Die Seebank hat am 9. Mai die Nordbank gekauft.'])).toEqual([
      ['2024-05', ['w']],
      ['2024-05-09', ['d0']],
    ]);
    // Two Wednesdays fit: neither is chosen.
    expect(
      days(
        ['2024-05-15', 'Die Seebank hat am 8. Mai die Nordbank gekauft.'],
        ['2024-05-20', 'Die Seebank hat am 15. Mai die Nordbank gekauft.'],
      ),
    ).toEqual([
      ['2024-05', ['w']],
      ['2024-05-08', ['d0']],
      ['2024-05-15', ['d1']],
    ]);
  });

  it('joins no undated report to an event dated half a year after its article, nor news to one long before', () => {
    const world = {
      organisations: ['Bundesseegericht', 'Seebank'].map((name) => ({ id: name, name, aliases: [] })),
      dates: [],
    };
    const entries = (...articles: [string, string][]) =>
      timeline(
        buildIndex(
          articles.map(([published, body], i) => article(body, { id: `a${i}`, published })),
          [],
          [],
          world,
        ),
        {},
      ).map((e) => [e.kind, e.date?.value, e.citations.map((c) => c.article)]);
    // A year before the ruling, the same court dismissed an urgent motion: two rulings, not one.
    expect(
      entries(
        ['2024-03-04', 'Das Bundesseegericht wies am Montag die Klage der Partei ab.'],
        ['2023-02-01', 'Das Bundesseegericht weist die Beschwerde des Vereins zurück.'],
      ),
    ).toEqual([
      ['ruling', '2023-02-01', ['a1']],
      ['ruling', '2024-03-04', ['a0']],
    ]);
    // What is coming in the months ahead an earlier article may tell of without its date.
    expect(
      entries(
        ['2024-03-01', 'Die Gewerkschaft streikt am 20. März bei der Seebank.'],
        ['2024-02-01', 'Bei der Seebank droht ein Streik.'],
      ).map(([kind, , cited]) => [kind, cited]),
    ).toEqual([['strike', ['a0', 'a1']]]);
    // Told as news, an undated deed is of its article's months, not of the same deed reported a year before; told in
    // the past, it may be.
    expect(
      entries(
        ['2024-11-20', 'Die Seebank will 900 Stellen streichen.'],
        ['2025-09-25', 'Die Seebank will 2.000 weitere Stellen streichen.'],
      ),
    ).toEqual([
      ['layoffs', '2024-11-20', ['a0']],
      ['layoffs', '2025-09-25', ['a1']],
    ]);
    expect(
      entries(
        ['2024-11-20', 'Die Seebank will 900 Stellen streichen.'],
        ['2025-09-25', 'Zuvor hatte die Seebank Stellen gestrichen. Die Bank wartet ab.'],
      ).map(([kind, , cited]) => [kind, cited]),
    ).toEqual([['layoffs', ['a1', 'a0']]]);
  });

  it('reads a deed told without its doer as the one of the same amount, and joins no other doer to it', () => {
    const world = {
      organisations: ['Seebank', 'Nordbank'].map((name) => ({ id: name, name, aliases: [] })),
      dates: [],
    };
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], [], [], world), {}).map((e) =>
        headline(e, 'en'),
      );
    expect(heads('Die Seebank will 900 Stellen streichen. Bis 2030 sollen 900 Stellen wegfallen.')).toEqual([
      'Seebank cuts jobs',
    ]);
    expect(heads('Die Seebank will 900 Stellen streichen. Bis 2030 sollen 500 Stellen wegfallen.')).toHaveLength(2);
    expect(
      heads(
        'Bis 2030 sollen 900 Stellen wegfallen. ' +
          'Die Seebank will 900 Stellen streichen. Die Nordbank will 900 Stellen streichen.',
      ),
    ).toEqual(expect.arrayContaining(['Seebank cuts jobs', 'Nordbank cuts jobs']));
  });

  it('takes no team the bot knows for the winner: it may be the one beaten', () => {
    const world = { organisations: [{ id: 'fcs', name: 'FC Seestadt', aliases: [] }], dates: [] };
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people, [], world), {}).map((e) =>
        headline(e, 'en'),
      );
    expect(heads('Am 3. Mai 2024 hat Nordstadt den FC Seestadt mit 2:0 bezwungen.')).not.toContain('FC Seestadt wins');
    expect(heads('Am 3. Mai 2024 hat Max Huber das Finale gegen den FC Seestadt gewonnen.')).toEqual([
      'Huber beats FC Seestadt',
    ]);
  });

  it('takes a name in marks for a title, not for who did what a sentence of no kind tells', () => {
    expect(entries('Am 3. Mai 2024 zeigte der Sender die Doku „Max Huber“.')).toEqual([]);
    expect(entries('Am 3. Mai 2024 besuchte Max Huber den Sender.')).toEqual([
      ['other', { value: '2024-05-03', precision: 'day' }],
    ]);
  });

  it('reads news of a death in `ist tot` only of the person it says is dead', () => {
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people), {}).map((e) => headline(e, 'en'));
    expect(heads('Der Maler Max Huber ist tot.')).toEqual(['Huber dies']);
    expect(heads('Am Montag wurde klar: Der Plan von Max Huber ist tot.')).toEqual([]);
  });

  it('shows under an event a sentence that tells it done, not one that looked ahead to it', () => {
    const world = { organisations: [{ id: 'sb', name: 'Seebank', aliases: [] }], dates: [] };
    const [event] = timeline(
      buildIndex(
        [
          article('Die Gewerkschaft will am 20. März bei der Seebank streiken.', { id: 'a0', published: '2024-03-01' }),
          article('Bei der Seebank streikte die Gewerkschaft den ganzen Tag.', { id: 'a1', published: '2024-03-20' }),
        ],
        [],
        [],
        world,
      ),
      {},
    );
    expect([event?.date?.value, event?.summary]).toEqual([
      '2024-03-20',
      'Bei der Seebank streikte die Gewerkschaft den ganzen Tag.',
    ]);
  });

  it('takes a party in brackets after a person for who they are, not for whom they act on', () => {
    const world = { organisations: ['Seebank', 'SVP'].map((name) => ({ id: name, name, aliases: [] })), dates: [] };
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people, [], world), {}).map((e) =>
        headline(e, 'en'),
      );
    expect(heads('Am 3. Mai 2024 verklagte Max Huber (SVP) die Seebank.')).toEqual(['Huber sues Seebank']);
  });

  it('takes a ruling for the deed of a court, never of a person the sentence names', () => {
    const world = { organisations: [{ id: 'lg', name: 'Landgericht Seestadt', aliases: [] }], dates: [] };
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people, [], world), {}).map((e) =>
        headline(e, 'en'),
      );
    expect(heads('Am 3. Mai 2024 wies das Landgericht Seestadt die Klage von Max Huber ab.')).toEqual([
      'Landgericht Seestadt rules',
    ]);
    expect(heads('Am 3. Mai 2024 urteilte ein Gericht, dass Max Huber zahlen muss.')).not.toContain('Huber rules');
  });

  it('takes talks for an event only between two named sides or about a named thing', () => {
    expect(entries('Max Huber sagte am 3. Mai 2024 in einem Gespräch mit der Zeitung, er bleibe.')).toEqual([]);
    expect(
      timeline(
        buildIndex(
          [article('Max Huber traf sich am 3. Mai 2024 mit Karl Weber.', { published: '2024-05-10' })],
          [
            ...people,
            { id: 'karl-weber', name: 'Karl Weber', gender: 'm', aliases: ['Weber'], descriptors: [], roles: [] },
          ],
        ),
        {},
      ).map((e) => headline(e, 'en')),
    ).toEqual(['Huber and Weber meet']);
  });

  it('finds who was arrested in the clause of the arrest or after its noun, never who announced it', () => {
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people), {}).map((e) => headline(e, 'en'));
    expect(heads('Max Huber wurde am 3. Mai 2024 in Seestadt festgenommen.')).toEqual(['Huber is arrested']);
    expect(heads('Max Huber gab am 3. Mai 2024 die Festnahme bekannt.')).not.toContain('Huber is arrested');
    expect(heads('Max Huber sprach am 3. Mai 2024 über eine Frau, die dort festgenommen wurde.')).toEqual([]);
    // Whose relative it was is not whom it befell: the sentence names no one it befell.
    expect(heads('Am 3. Mai 2024 wurde der Sohn des früheren Richters Max Huber festgenommen.')).toEqual([]);
    // A name in apposition to the noun phrase that opens the sentence is its subject, an age beside it or not.
    expect(heads('Der frühere Richter, Max Huber, ist am 3. Mai 2024 festgenommen worden.')).toEqual([
      'Huber is arrested',
    ]);
    expect(heads('Der Gründer der Seebank, Max Huber (61), wurde am 3. Mai 2024 festgenommen.')).toEqual([
      'Huber is arrested',
    ]);
    // Not a name in a clause of its own, nor one that does not open onto the clause's auxiliary.
    expect(heads('Am 3. Mai 2024, als Max Huber sprach, wurde ein Mann festgenommen.')).toEqual([]);
    expect(heads('Der Anwalt, Max Huber, sagt, am 3. Mai 2024 wurde ein Mann festgenommen.')).toEqual([]);
    // A sentence that opens on the present is not dated by the one before it.
    expect(
      timeline(
        buildIndex(
          [article('Max Huber kam im April 2024 frei. Jetzt wurde er festgenommen.', { published: '2024-05-10' })],
          people,
        ),
        {},
      )
        .filter((e) => e.kind === 'arrest')
        .map((e) => [e.date?.value, e.date?.bound ?? null]),
    ).toEqual([['2024-05-10', 'by']]);
    // Custody in a compound is custody.
    expect(heads('Max Huber wurde am 3. Mai 2024 in Polizeigewahrsam genommen.')).toEqual(['Huber is arrested']);
  });

  it('appoints the one named before the office, never the one who appoints', () => {
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], two), {}).map((e) => headline(e, 'en'));
    expect(heads('Max Huber ernannte am 3. Mai 2024 die Juristin Eva Beispiel zur Ministerin.')).toEqual([
      'Huber appoints Beispiel',
    ]);
    expect(heads('Am 3. Mai 2024 wurde Eva Beispiel von Max Huber zur Ministerin ernannt.')).toEqual([
      'Huber appoints Beispiel',
    ]);
    expect(heads('Max Huber war Richter. Im Jahr 2023 berief ihn Eva Beispiel zum Minister.')).toEqual([
      'Beispiel appoints Huber',
    ]);
    expect(heads('Eva Beispiel wurde am 3. Mai 2024 zur Ministerin ernannt.')).toEqual(['Beispiel is appointed']);
    // Whoever appoints someone the sentence does not name is not appointed: the sentence is told as it stands.
    expect(heads('Max Huber ernannte am 3. Mai 2024 eine Juristin aus Bern zur Ministerin.')).toEqual([null]);
  });

  it('takes no one joined to a governed name, nor a company named after the date, as who did it', () => {
    const world = { organisations: [{ id: 'nordbank', name: 'Nordbank', aliases: [] }], dates: [] };
    const entries = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], two, [], world), {}).map((e) => e.actors);
    expect(entries('Am 3. Mai 2024 gingen Briefe an Kanzlerin Eva Beispiel (SP) und Max Huber.')).toEqual([]);
    expect(entries('Am 3. Mai 2024 ging ein Brief an Eva Beispiel, und Max Huber las ihn.')).toEqual([['Max Huber']]);
    expect(
      entries(
        'Am 3. Mai 2024 warb er in Briefen für eine Fusion mit der bereits zur Seebank gehörenden Münchner Nordbank.',
      ),
    ).toEqual([]);
    expect(entries('Am 3. Mai 2024 warb die Nordbank in Briefen für eine Fusion.')).toEqual([['Nordbank']]);
    // A name a preposition governs, an adjective between, does not act; the agent of a passive does.
    expect(entries('Am 3. Mai 2024 sorgte die Debatte um die frühere Richterin Eva Beispiel für Aufregung.')).toEqual(
      [],
    );
    expect(entries('Am 3. Mai 2024 wurde von der jungen Läuferin Eva Beispiel ein Rekord aufgestellt.')).toEqual([
      ['Eva Beispiel'],
    ]);
    // `der Rekord von Eva Beispiel` is hers, whoever broke it.
    expect(entries('Am 3. Mai 2024 wurde der Rekord von Eva Beispiel gebrochen.')).toEqual([]);
  });

  it('takes the name right after a date opening the sentence as who it befell: the date governs nothing else', () => {
    const world = { organisations: [{ id: 'nordbank', name: 'Nordbank', aliases: [] }], dates: [] };
    const entries = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], two, [], world), {}).map((e) => [
        e.kind,
        e.actors,
      ]);
    // `Am Montag wurde` is a preposition and two words before the name, but the two words are the date's.
    expect(entries('Am Montag wurde Max Huber festgenommen.')).toEqual([['arrest', ['Max Huber']]]);
    expect(entries('Am Dienstag trat Eva Beispiel zurück.')).toEqual([['resignation', ['Eva Beispiel']]]);
    expect(entries('Im April starb Max Huber.')).toEqual([['death', ['Max Huber']]]);
    expect(entries('Im Mai streikte Nordbank.')).toEqual([['strike', ['Nordbank']]]);
    // A preposition that governs the name itself still does (`im Fall Max Huber`).
    expect(entries('Am Montag wurde im Fall Max Huber ein Urteil gesprochen.').flatMap(([, a]) => a)).toEqual([]);
  });

  it('dismisses the coach or head a club or a company parts with, never an agent named after `von`', () => {
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people), {}).map((e) => headline(e, 'en'));
    expect(heads('Der Klub trennte sich am 3. Mai 2024 von Trainer Max Huber.')).toEqual(['Huber is dismissed']);
    expect(heads('Die Seebank hat sich am 3. Mai 2024 von ihrem Chef Max Huber getrennt.')).toEqual([
      'Huber is dismissed',
    ]);
    // One who asked to be dismissed resigned: the one asked dismissed no one.
    const asked = timeline(
      buildIndex(
        [
          article('Eva Beispiel erklärte am 3. Mai 2024, dass sie Max Huber um Entlassung gebeten habe.', {
            published: '2024-05-10',
          }),
        ],
        two,
      ),
      {},
    ).map((e) => e.kind);
    expect(asked).not.toContain('dismissal');
    // In the passive, `von` names who dismissed: the sentence names no one dismissed.
    expect(heads('Am 3. Mai 2024 wurde der Minister von Kanzler Max Huber entlassen.')).toEqual([]);
    expect(heads('Am 3. Mai 2024 wurde der 52-Jährige von Klubchef Max Huber beurlaubt.')).toEqual([]);
    const both = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], two), {}).map((e) => headline(e, 'en'));
    expect(both('Am 3. Mai 2024 wurde Eva Beispiel von Klubchef Max Huber beurlaubt.')).toEqual([
      'Huber dismisses Beispiel',
    ]);
  });

  it('dismisses an official recalled or sent into temporary retirement, as a dismissal is told', () => {
    const both = datedHeads(two);
    expect(both('Max Huber versetzte Eva Beispiel am 3. Mai 2024 in den einstweiligen Ruhestand.')).toEqual([
      '2024-05-03 Huber dismisses Beispiel',
    ]);
    expect(both('Max Huber hatte Eva Beispiel am 3. Mai 2024 abberufen.')).toEqual([
      '2024-05-03 Huber dismisses Beispiel',
    ]);
    // `Das teilte … mit`: who told it dismissed no one; whom the sentence before names was dismissed, by that day.
    const told = 'Eva Beispiel wird mit sofortiger Wirkung entlassen. Das teilte Max Huber am Freitag mit.';
    const entries = timeline(buildIndex([article(told, { published: '2024-05-14' })], two), {});
    expect(entries.map((e) => `${e.date?.value} ${headline(e, 'en')}`)).toEqual(['2024-05-10 Beispiel is dismissed']);
  });

  it('dates nothing by `seit` in words set off after a name: what the person has been since', () => {
    const dated = datedHeads(people);
    expect(dated('Max Huber, seit 2013 Minister in Seeland, übernimmt am 3. Mai 2024 das Amt.')).toEqual([
      '2024-05-03 Huber takes up post',
    ]);
    expect(dated('Max Huber, seit 2013 Minister in Seeland, wurde entlassen.')).not.toContainEqual(
      expect.stringMatching(/^2013/),
    );
    // Not a date beside another (`Am Freitag, dem 3. Mai, …`).
    expect(dated('Am Freitag, dem 3. Mai 2024, trat Max Huber zurück.')).toEqual(['2024-05-03 Huber resigns']);
  });

  it('dates by `vom` the thing named before it, not the deed its sentence dates otherwise', () => {
    const dated = datedHeads(people);
    expect(dated('Max Huber ist am Mittwoch nach dem Streit vom 2. Januar 2024 zurückgetreten.')).toEqual([
      '2024-05-08 Huber resigns',
    ]);
    expect(dated('Am Mittwoch wurde ein Denkmal für die Opfer des Anschlags vom 2. Januar 2019 eingeweiht.')).toEqual([
      '2024-05-08 Denkmal is completed',
    ]);
    // An election's date is that election's; a period goes on after `vom`.
    expect(dated('Bei der Wahl vom 5. Mai 2024 siegte Max Huber.')).toEqual(['2024-05-05 Election']);
    expect(dated('Die Lokführer streikten vom 4. bis 6. Mai 2024.')).toContainEqual(
      expect.stringMatching(/^2024-05-0[46] Strike/),
    );
  });

  it('reads whom a verdict befell in the object pronoun, pointing back to the man named before', () => {
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people), {}).map((e) => headline(e, 'en'));
    expect(heads('Max Huber stand vor Gericht. Die Kammer sprach ihn am 3. Mai 2024 des Betrugs schuldig.')).toEqual([
      'Huber is convicted',
    ]);
    expect(heads('Max Huber stand vor Gericht. Das Gericht verurteilte ihn im Mai 2024 zu drei Jahren Haft.')).toEqual([
      'Huber is convicted',
    ]);
  });

  it('reads no deed that quoted words name by a noun, but one they tell by its verb', () => {
    const kinds = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], two), {}).map((e) => e.kind);
    expect(kinds('„Wir sind bereit, noch in diesem Jahr zu einer Einigung zu kommen“, sagte Max Huber.')).toEqual([]);
    expect(kinds('Max Huber sagte am 4. Mai 2024: „Eva Beispiel ist gestern festgenommen worden.“')).toEqual([
      'arrest',
    ]);
  });

  it('dates nothing by the years in brackets after a name: a life or a reign', () => {
    const dates = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people), {}).map((e) => e.date?.value);
    expect(dates('Die Seebank AG ging aus einem Werk von Max Huber (1827 – 1901) hervor.')).not.toContain('1901');
    expect(dates('Max Huber trat 1999 zurück.')).toEqual(['1999']);
  });

  it('reads no event of no kind in a photo’s caption, which says who is pictured', () => {
    const kinds = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], two), {}).map((e) => e.kind);
    expect(kinds('Max Huber (l.) und Eva Beispiel am 3. Mai 2024 während einer Sitzung in Berlin.')).toEqual([]);
    expect(kinds('Max Huber (R) trat am 3. Mai 2024 zurück.')).toEqual(['resignation']);
  });

  it('reads one agency report printed by several outlets as one entry, and tells apart what differs', () => {
    const sentence = 'Max Huber begann seine zweite Amtszeit als Trainer beim FC Seestadt im Sommer 2013.';
    const index = buildIndex(
      [
        article(sentence, { id: 'erste', published: '2024-05-10' }),
        article(`Rückblick: ${sentence}`, { id: 'zweite', published: '2024-05-10' }),
        article('Max Huber kaufte im Sommer 2013 ein Haus am See in Nordstadt.', {
          id: 'dritte',
          published: '2024-05-10',
        }),
      ],
      people,
    );
    const entries = timeline(index, {}).map((e) => [...new Set(e.citations.map((c) => c.article))].join(' '));
    expect(entries.sort()).toEqual(['dritte', 'erste zweite']);
  });

  it('moves someone to where the move goes, named or not, and not on the day someone talks about it', () => {
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people), {}).map((e) => [
        headline(e, 'en'),
        e.date?.value,
      ]);
    expect(heads('Max Huber wechselte am 3. Mai 2024 von der Nordbank zum FC Seestadt.')).toEqual([
      ['Huber moves to FC Seestadt', '2024-05-03'],
    ]);
    // A signing goes to the club that signs, not to the one the player leaves.
    const clubs = {
      organisations: ['FC Seestadt', 'Nordbank'].map((name) => ({ id: name, name, aliases: [] })),
      dates: [],
    };
    const signed = timeline(
      buildIndex(
        [
          article('Der FC Seestadt verpflichtete am 3. Mai 2024 Max Huber von der Nordbank.', {
            published: '2024-05-10',
          }),
        ],
        people,
        [],
        clubs,
      ),
      {},
    );
    expect(signed.map((e) => headline(e, 'en'))).toEqual(['Huber moves to FC Seestadt']);
    expect(
      heads('Am 3. Mai 2024 nannte Max Huber Details zum Wechsel von Karl Weber zum FC Seestadt.'),
    ).not.toContainEqual([expect.stringContaining('moves'), '2024-05-03']);
  });

  it('lets a person found only in the text act, with no people list', () => {
    const world = { organisations: [{ id: 'seebank', name: 'Seebank', aliases: [] }], dates: [] };
    const body = 'Vorstandschef Max Huber verließ am 3. Mai 2024 die Seebank. Das teilte die Bank mit.';
    const events = timeline(buildIndex([article(body, { published: '2024-05-10' })], [], [], world), {});
    expect(events.map((e) => headline(e, 'en'))).toEqual(['Huber leaves Seebank']);
  });

  it('takes `er` for whom the sentences before are about, not a name a preposition governs beside it', () => {
    const nordmann = { ...people[0]!, id: 'karl-nordmann', name: 'Karl Nordmann', aliases: ['Nordmann'] };
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-08-10' })], [...people, nordmann]), {}).map((e) =>
        headline(e, 'en'),
      );
    const lead = 'Der Händler Max Huber lebt in Seestadt. ';
    expect(heads(`${lead}Nach dem Treffen mit Minister Karl Nordmann trat er am 3. Mai 2024 zurück.`)).toEqual([
      'Huber resigns',
    ]);
    // A sentence whose subject is `er` is about whom `er` means: the next `er` means him too.
    const watched = 'Im Mai 2024 wurde er während des Besuchs von Minister Karl Nordmann beobachtet. ';
    expect(heads(`${lead}${watched}Am 11. Juli 2024 ist er verschwunden.`)).toContain('Huber disappears');
  });

  it('takes a year and a day of what befalls its subject once for one event, where only that day fits', () => {
    // Background, not the articles' news: their leads are about something else.
    const lead = 'Seestadt hat einen neuen Hafen. Der Bau dauerte lange. Die Kosten stiegen. Nun ist er fertig. ';
    const world = { organisations: [{ id: 'seebank', name: 'Seebank', aliases: [] }], dates: [] };
    const heads = (a: string, b: string) =>
      timeline(
        buildIndex(
          [article(lead + a, { id: 'a1', published: '2024-05-10' }), article(lead + b, { id: 'a2' })],
          people,
          [],
          world,
        ),
        {},
      ).map(
        (e) =>
          `${e.date?.value} ${headline(e, 'en')} ${[...new Set(e.citations.map((c) => c.article))].sort().join('+')}`,
      );
    expect(heads('Max Huber starb 2019 in Seestadt.', 'Max Huber ist am 3. Mai 2019 gestorben.')).toEqual([
      '2019-05-03 Huber dies a1+a2',
    ]);
    expect(heads('Der Junge war 2019 verschwunden.', 'Ein Junge war am 3. Mai 2019 verschwunden.')).toEqual([
      '2019-05-03 Disappearance a1+a2',
    ]);
    // Two days that year: the year could be either.
    const twoDays = 'Ein Junge verschwand am 3. Mai 2019. Ein Mädchen verschwand am 9. Juni 2019.';
    expect(heads('Der Junge war 2019 verschwunden.', twoDays)).toHaveLength(3);
    // Someone leaves a company more than once: a year is not narrowed to a day.
    expect(heads('Max Huber verließ 2019 die Seebank.', 'Max Huber verließ am 3. Mai 2019 die Seebank.')).toEqual([
      '2019 Huber leaves Seebank a1',
      '2019-05-03 Huber leaves Seebank a2',
    ]);
  });

  it('puts a sentence under one entry where its article speaks for the other through a sentence of its own', () => {
    const world = { organisations: [{ id: 'seebank', name: 'Seebank', aliases: [] }], dates: [] };
    const body =
      'Max Huber gründete 2015 die Seebank. Die Seebank, die Max Huber 2015 gegründet hatte, verließ er am ' +
      '3. Mai 2024.';
    const events = timeline(buildIndex([article(body, { published: '2024-05-10' })], people, [], world), {});
    expect(events.map((e) => [e.kind, e.citations.map((c) => c.sentence)])).toEqual([
      ['founding', [1]],
      ['departure', [2]],
    ]);
  });

  it('takes a date inside a noun phrase, a relative clause about someone else, or speech for no deed', () => {
    // The date says when the study appeared, not what Huber did.
    expect(entries('Max Huber stützte sich auf eine 2019 erschienene Studie der Seebank.')).toEqual([]);
    // The relative clause dates what its pronoun did; no one the clause names acts.
    expect(entries('Max Huber sprach über Eva Lindqvist, die 2019 nach Oslo zog.')).toEqual([]);
    // What someone says happened is said, not reported as done.
    expect(entries('Max Huber weist Vorwürfe zurück, er sei 2019 bevorzugt worden.')).toEqual([]);
    expect(entries('Max Huber reiste am 3. Mai 2024 nach Oslo.')).toEqual([
      ['other', { value: '2024-05-03', precision: 'day' }],
    ]);
    // Saying is no deed: the date is when someone spoke. A deed beside it, joined by `und`, still is.
    expect(entries('Max Huber sagte am 3. Mai 2024 in Seestadt, die Lage sei ernst.')).toEqual([]);
    expect(entries('Max Huber sprach am 3. Mai 2024 vor dem Ausschuss.')).toEqual([]);
    expect(entries('Max Huber hat am 3. Mai 2024 die Händler dazu aufgefordert, Preise zu senken.')).toEqual([]);
    expect(entries('Am 3. Mai 2024 teilte Max Huber mit, man werde die Preise senken.')).toEqual([]);
    expect(entries('Max Huber bestätigte den Vorfall am 3. Mai 2024 gegenüber der Presse.')).toEqual([]);
    // Comparing and analysing are said too: the year compared with dates no deed.
    expect(entries('Die Lage verglich Max Huber mit der Zeit vor 2019.')).toEqual([]);
    expect(entries('Max Huber analysierte die Lage am 3. Mai 2024 in einem Beitrag.')).toEqual([]);
    expect(entries('Max Huber zog am 3. Mai 2024 vor das Rathaus und rief Parolen.')).toEqual([
      ['other', { value: '2024-05-03', precision: 'day' }],
    ]);
    // Surprising with something brought out is news, headed by what it was.
    const surprise = 'Am 3. Mai 2024 überraschte Max Huber mit einem neuen Plan für die Fähre.';
    const heads = timeline(buildIndex([article(surprise)], people), {}).map((e) => headline(e, 'de'));
    expect(heads).toEqual(['Huber überrascht mit einem neuen Plan']);
    // A participle before a noun names someone by what befell them, at a time the clause does not give; a time
    // inside the phrase dates it.
    expect(entries('Am 3. Mai 2024 kam es vor dem Haus des zurückgetretenen Chefs Max Huber zu Protesten.')).toEqual([
      ['other', { value: '2024-05-03', precision: 'day' }],
    ]);
    expect(entries('Der Sohn des am 3. Mai 2024 zurückgetretenen Chefs Max Huber spricht.')).toEqual([
      ['resignation', { value: '2024-05-03', precision: 'day' }],
    ]);
    // What someone wore or carried says how they looked; a particle makes the verb a deed (`trug … bei`).
    expect(entries('Wie immer trug Max Huber am 3. Mai 2024 einen grauen Hut.')).toEqual([]);
    expect(entries('Max Huber trug am 3. Mai 2024 zum Sieg der Seebank bei.')).toEqual([
      ['other', { value: '2024-05-03', precision: 'day' }],
    ]);
    // A year a noun is of dates that noun: the disaster, the prize; a relative clause's year dates its verb.
    expect(entries('Max Huber forschte nach der Katastrophe 2019 in Seestadt.')).toEqual([]);
    expect(entries('Max Huber sieht Parallelen zu dem Brand im Jahr 2019.')).toEqual([]);
    expect(entries('Die Gewinnerin des Seepreises im Jahr 2019 war Eva Lindqvist, sagte Max Huber.')).toEqual([]);
    expect(entries('Max Huber, der Eva Lindqvist 2019 aus dem Amt verdrängt hatte, reist ab.')).toEqual([
      ['other', { value: '2019', precision: 'year' }],
    ]);
  });
});

describe('dates told by the clause they stand in, or by another event', () => {
  const people = [
    { id: 'max-huber', name: 'Max Huber', gender: 'm' as const, aliases: ['Huber'], descriptors: [], roles: [] },
  ];
  const world = {
    organisations: ['Seebank', 'Nordbank'].map((name) => ({ id: name, name, aliases: [] })),
    dates: [],
  };
  const entries = (body: string, published = '2024-05-10') =>
    timeline(buildIndex([article(body, { published })], people, [], world), {}).map((e) => [e.kind, e.date?.value]);

  it('gives a deed to the company `das Unternehmen` means, and a yearless day the year its article gives', () => {
    const filing = 'Die Seebank geriet in Not. Am 3. Mai 2024 reichte das Unternehmen einen Insolvenzantrag ein.';
    const heads = timeline(buildIndex([article(filing)], people, [], world), {}).map((e) => headline(e, 'en'));
    expect(heads).toEqual(['Seebank files for insolvency']);
    // In an undated article, `am 3. Mai` of the insolvency it dates `im Mai 2024` further on is 3 May 2024.
    const undated =
      'Am 3. Mai reichte die Seebank einen Insolvenzantrag ein. Sie hatte im Mai 2024 Insolvenz angemeldet.';
    const dated = timeline(buildIndex([article(undated)], people, [], world), {}).map((e) => [e.kind, e.date?.value]);
    expect(dated).toEqual([['insolvency', '2024-05-03']]);
  });

  it('names whom a warrant is against, after `gegen`', () => {
    const warrant = 'Am 3. Mai 2024 wurde ein Haftbefehl gegen Max Huber erwirkt.';
    const heads = timeline(buildIndex([article(warrant)], people), {}).map((e) => headline(e, 'en'));
    expect(heads).toEqual(['Arrest warrant for Huber issued']);
  });

  it('reads a company named after a person as the company, not the person', () => {
    const orgs = {
      organisations: ['Seebank', 'Huber Automation'].map((name) => ({ id: name, name, aliases: [] })),
      dates: [],
    };
    const bought = 'Am 3. Mai 2024 hat die Firma Huber Automation die Seebank übernommen.';
    const heads = timeline(buildIndex([article(bought)], people, [], orgs), {}).map((e) => headline(e, 'en'));
    expect(heads).toEqual(['Huber Automation buys Seebank']);
  });

  it('reads `von … bis` as a period only within one phrase: a verb between makes `bis 2030` a deadline', () => {
    expect(entries('Die Sparte von Seebank will bis 2030 rund 300 Stellen abbauen.')).toEqual([
      ['layoffs', '2024-05-10'],
    ]);
    expect(entries('Die Seebank streikte von Mai bis Juli 2024.')).toEqual([['strike', '2024-07']]);
  });

  it('keeps a date written out whole against a later look back, and a weekday of the month before as that day', () => {
    const crash = [
      article(
        'Am Sonntag stürzte ein Segelflugzeug bei Seestadt in einen Wald. ' +
          'Bei dem Absturz sind am Sonntag (30. Juni 2019) zwei Menschen ums Leben gekommen.',
        { id: 'a1', published: '2019-07' },
      ),
      article('Das Segelflugzeug stürzte damals in einen Wald, heißt es in einem Bericht.', {
        id: 'a2',
        published: '2019-08-26',
      }),
    ];
    const events = timeline(buildIndex(crash, people, [], world), {});
    expect(events.map((e) => [headline(e, 'en'), e.date?.value, e.conflicts.length])).toEqual([
      ['Crash', '2019-06-30', 0],
    ]);
  });

  it('dates an event by the finer of two dates that agree, under the sentence telling it, not planning it', () => {
    const vote = [
      article('Der Rat kündigte Neuwahlen an. Die Wahl soll am 7. Juli stattfinden.', {
        id: 'a1',
        published: '2024-06-12',
      }),
      article('Aus der Wahl Anfang Juli ging die Seepartei als stärkste Kraft hervor.', {
        id: 'a2',
        published: '2024-08-20',
      }),
    ];
    const [election] = timeline(buildIndex(vote, people, [], world), {});
    expect([election!.date?.value, election!.summary]).toEqual([
      '2024-07-07',
      'Aus der Wahl Anfang Juli ging die Seepartei als stärkste Kraft hervor.',
    ]);
  });

  it('dates the clause a date stands in, not a clause that only says why', () => {
    expect(entries('In Seestadt wird am 3. Mai 2024 gewählt, weil der Bürgermeister zurücktrat.')).toEqual([
      ['election', '2024-05-03'],
    ]);
    // A clause of its own with the deed in it, not a reason, is what the date dates.
    expect(entries('Die Wende kam am 3. Mai 2024, als die Seebank beschloss, das Werk zu schließen.')).toEqual([
      ['decision', '2024-05-03'],
    ]);
  });

  it('reads a sentence made mostly of words in marks as quoting them, and a thing opened in the passive', () => {
    expect(
      entries('„Seebank wankt, Huber geht“, „Nordbank jubelt über den Sieg“ – Schlagzeilen am 3. Mai 2024.'),
    ).toEqual([]);
    const body = 'Am Samstag, dem 4. Mai 2024, wurde in Seestadt die neue Markthalle eröffnet.';
    const events = timeline(buildIndex([article(body, { published: '2024-05-10' })], people, [], world), {});
    expect(events.map((e) => headline(e, 'de'))).toEqual(['Markthalle wird eröffnet']);
    // Numbered, or named in marks, it is still what was opened.
    for (const [named, heading] of [
      ['das 3. Hafenfest', 'Hafenfest wird eröffnet'],
      ['die „7. Seewoche“', 'Seewoche wird eröffnet'],
    ]) {
      const opened = `Am Samstag, dem 4. Mai 2024, wurde in Seestadt ${named} eröffnet.`;
      const heads = timeline(buildIndex([article(opened, { published: '2024-05-10' })], people, [], world), {});
      expect(
        heads.map((e) => headline(e, 'de')),
        named,
      ).toEqual([heading]);
    }
  });

  it('heads an announcement by what is to be done, when the clause with `zu` says it', () => {
    const body = 'Die Bürgermeisterin Eva Beispiel hat am 3. Mai 2024 angekündigt, die Gebühren für Kitas zu senken.';
    const events = timeline(buildIndex([article(body, { published: '2024-05-10' })], people, [], world), {});
    expect(events.map((e) => [headline(e, 'de'), headline(e, 'en')])).toEqual([
      [
        'Beispiel kündigt an, die Gebühren für Kitas zu senken',
        'Beispiel announces: “die Gebühren für Kitas zu senken”',
      ],
    ]);
  });

  it('heads one voted into an office by who was chosen, and a vote the clause dates by the vote', () => {
    const chosen = 'Die Juristin Eva Beispiel wurde am 3. Mai 2024 zur Präsidentin des Seevereins gewählt.';
    const events = timeline(buildIndex([article(chosen, { published: '2024-05-10' })], people, [], world), {});
    expect(events.map((e) => [e.kind, headline(e, 'de'), headline(e, 'en')])).toEqual([
      ['elected', 'Beispiel wird gewählt', 'Beispiel is elected'],
    ]);
    // Into a body, as into an office.
    const council = 'Die Juristin Eva Beispiel wurde am 3. Mai 2024 in den Stadtrat von Seestadt gewählt.';
    const into = timeline(buildIndex([article(council, { published: '2024-05-10' })], people, [], world), {});
    expect(into.map((e) => headline(e, 'en'))).toEqual(['Beispiel is elected']);
    const candidate = 'Der Parteitag hat Max Huber zum Kandidaten für die Landtagswahl am 26. Mai 2024 gewählt.';
    expect(entries(candidate)).toEqual([['election', '2024-05-26']]);
  });

  it('heads a founding by what was founded, in the text’s words, when no company names it', () => {
    const heads = (body: string) =>
      timeline(buildIndex([article(body, { published: '2024-05-10' })], people, [], world), {}).map((e) => [
        headline(e, 'de'),
        headline(e, 'en'),
      ]);
    // `besagten` points back to it; it does not describe it.
    expect(heads('Im März 2024 gründete Max Huber in Seestadt den besagten Verein für Segler.')).toEqual([
      ['Huber gründet Verein', 'Huber founds “Verein”'],
    ]);
    expect(heads('Im März 2024 gründete Max Huber einen entsprechenden Verein.')).toEqual([
      ['Huber gründet Verein', 'Huber founds “Verein”'],
    ]);
    // In the passive what was founded is the subject; here who led it is who founded it.
    expect(heads('Die Partei war unter Federführung des Politikers Max Huber im März 2024 gegründet worden.')).toEqual([
      ['Huber gründet Partei', 'Huber founds “Partei”'],
    ]);
  });

  it('finds who was born in a participle that opens the sentence', () => {
    const body = 'Max Huber ist tot. Geboren wurde er am 31. Juli 1931 in Seestadt.';
    const events = timeline(buildIndex([article(body, { published: '2024-05-10' })], people, [], world), {});
    // The news of the death is dated by its article.
    expect(events.map((e) => [headline(e, 'en'), e.date?.value])).toEqual([
      ['Huber is born', '1931-07-31'],
      ['Huber dies', '2024-05-10'],
    ]);
  });

  it('heads a stake bought by the stake, named before its verb', () => {
    const body = 'Die Seebank hat am 3. Mai 2024 eine Beteiligung an der Nordbank erworben.';
    const events = timeline(buildIndex([article(body, { published: '2024-05-10' })], people, [], world), {});
    expect(events.map((e) => headline(e, 'en'))).toEqual(['Seebank buys a stake in Nordbank']);
  });

  it('dates an event about two weeks after another that a person names, at the month it surely falls in', () => {
    const body =
      'Max Huber wurde am 2. Mai 2024 in Seestadt freigesprochen. Knapp zwei Wochen nach dem Freispruch von ' +
      'Max Huber hat die Seebank Berufung eingelegt.';
    expect(entries(body, '2024-06-20')).toEqual([
      ['acquittal', '2024-05-02'],
      ['appeal', '2024-05'],
    ]);
    // Across the end of a month the month is not sure: the appeal is dated only by its article.
    const late = body.replace('2. Mai', '17. Mai');
    expect(entries(late, '2024-06-20')).toEqual([
      ['acquittal', '2024-05-17'],
      ['appeal', '2024-06-20'],
    ]);
  });
});

describe('one quotation, all its reports', () => {
  const PERSON = {
    id: 'huber',
    name: 'Max Huber',
    gender: 'm' as const,
    aliases: ['Huber'],
    descriptors: [],
    roles: [],
  };
  const entries = (bodies: [string, string][]) => {
    const built = buildIndex(
      bodies.map(([published, body], i) => article(body, { id: `a${i}`, outlet: `Outlet ${i}`, published })),
      [PERSON],
    );
    return quoteEntries(built, PERSON).map((e) => [
      e.quote.text,
      e.quote.partial,
      e.reports.map((r) => r.citation.article),
    ]);
  };

  it('lists the same words once, whatever marks, comma, ellipsis or inflection, earliest first', () => {
    expect(
      entries([
        ['2031-05-04', '„Nein, danke – wir bleiben mit allen unseren Leuten hier in der Stadt“, sagte Max Huber.'],
        ['2031-05-02', '«Nein danke … wir bleiben mit allen unseren Leuten hier in der Stadt», sagte Huber.'],
        ['2031-05-03', 'Huber sagte: »Nein danke, wir bleiben mit all unseren Leuten hier in der Stadt.«'],
        ['2031-05-05', '„Das Angebot ist zu klein“, sagte Huber.'],
      ]),
    ).toEqual([
      ['Nein danke … wir bleiben mit allen unseren Leuten hier in der Stadt', false, ['a1', 'a2', 'a0']],
      ['Das Angebot ist zu klein', false, ['a3']],
    ]);
  });

  it('lists a part one outlet quotes alone under the whole another prints, shown whole', () => {
    expect(
      entries([
        ['2031-05-02', 'Huber schrieb vom „langen Streit um meinen Plan“.'],
        ['2031-05-02', '„Mein Plan ist jetzt klar“, sagte Huber.'],
        ['2031-05-03', '„Mein Plan ist jetzt klar. Der lange Streit um meinen Plan ist vorbei“, sagte Huber.'],
        // Four words are too few to be told for a part by their words alone.
        ['2031-05-04', '„Der lange Streit ist“, sagte Huber.'],
      ]),
    ).toEqual([
      ['langen Streit um meinen Plan', true, ['a0']],
      ['Mein Plan ist jetzt klar. Der lange Streit um meinen Plan ist vorbei', false, ['a1', 'a2']],
      ['Der lange Streit ist', false, ['a3']],
    ]);
  });

  it('shows words quoted whole anywhere as a whole quotation, never as a fragment', () => {
    expect(
      entries([
        ['2031-05-02', 'Huber sagte, die Bank sei „zu klein für uns“.'],
        ['2031-05-03', '„Zu klein für uns“, sagte Huber.'],
      ]),
    ).toEqual([['Zu klein für uns', false, ['a0', 'a1']]]);
  });
});
