import { describe, expect, it } from 'vitest';
import { buildIndex } from '../src/index/build.js';
import { article } from './support/article.js';

/** Unnamed sources stay unnamed: invented paragraphs, one per way German quotes a spokesperson, a body or a paper. */
const speakers = (body: string) =>
  buildIndex([article(body)], []).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.unnamed ?? false]);

describe('a source no person stands for', () => {
  it.each<[string, string, [string, string | null, boolean][]]>([
    [
      'a spokesperson after the quotation',
      '„Wir prüfen das“, sagte ein Sprecher der Seebank am Montag.',
      [['Wir prüfen das', 'ein Sprecher der Seebank', true]],
    ],
    [
      'an organ after the quotation, not the person named before',
      'Max Huber sprach von Verrat. „Das ist falsch“, erklärte der Betriebsrat.',
      [['Das ist falsch', 'der Betriebsrat', true]],
    ],
    [
      'a spokesperson before the speech verb of a lead-in',
      'Eine Sprecherin der Nordgewerkschaft teilte mit: „Der Streik geht weiter.“',
      [['Der Streik geht weiter.', 'Eine Sprecherin der Nordgewerkschaft', true]],
    ],
    [
      'a body after a separable speech verb in the lead-in, its particle closing it (`gab … bekannt`)',
      'Der Maler ist gestorben, das gab die Familie am Montag bekannt: „Wir trauern um ihn.“',
      [['Wir trauern um ihn.', 'die Familie', true]],
    ],
    [
      '`heißt es` and a document after the quotation',
      '„Die Lage ist ernst“, heißt es in einer Mitteilung der Seebank.',
      [['Die Lage ist ernst', 'in einer Mitteilung der Seebank', true]],
    ],
    [
      '`heißt es` and a document after a quotation a colon introduces without naming anyone',
      'Die Trennung kam im Guten: „Max bleibt ein Freund des Vereins“, heißt es in der Mitteilung.',
      [['Max bleibt ein Freund des Vereins', 'in der Mitteilung', true]],
    ],
    [
      '`heißt es` after a document opening the lead-in',
      'In dem Bericht der Kommission heißt es: „Die Brücke war marode.“',
      [['Die Brücke war marode.', 'In dem Bericht der Kommission', true]],
    ],
    [
      '`ist … die Rede` after a document, which a relative clause describes',
      'In einem Protokoll der Seebank, das am Montag erschien, ist von neuen Regeln die Rede: „Wir sparen.“',
      [['Wir sparen.', 'In einem Protokoll der Seebank', true]],
    ],
    [
      'an age no one named before fits: a man’s, after only a woman',
      'Ministerin Eva Lindqvist sprach. Der Plan sei „gescheitert“, sagte der 61-Jährige.',
      [['gescheitert', 'der 61-Jährige', true]],
    ],
    [
      'a paper named in marks after the verb, whatever its words',
      '„Er war ein Pionier“, schrieb „Der Abend“ in seinem Nachruf.',
      [['Er war ein Pionier', '„Der Abend“', true]],
    ],
    [
      'a day after the verb is no source',
      'Max Huber war zornig. „Das reicht“, sagte am Montag Max Huber.',
      [['Das reicht', 'Max Huber', false]],
    ],
  ])('%s', (_how, body, expected) => expect(speakers(body)).toEqual(expected));

  it('gives a fragment the source around its speech verb: before it, else after it, never an adverb', () => {
    expect(speakers('Kritiker nennen den Plan ein „Milliardengrab“.')).toEqual([['Milliardengrab', 'Kritiker', true]]);
    expect(speakers('Darin versprach die Seebank „bis zu zehn Prozent“ mehr Lohn.')).toEqual([
      ['bis zu zehn Prozent', 'die Seebank', true],
    ]);
  });

  it('gives a fragment a place words are heard from, and a source whose clause has a pronoun no one fits', () => {
    expect(speakers('Aus Seeland hieß es, der Plan sei „eine schwere Verletzung“ des Vertrags.')).toEqual([
      ['eine schwere Verletzung', 'Aus Seeland', true],
    ]);
    expect(
      speakers('Das Magazin Nordblick im fernen Seeland nannte die Bank wegen ihrer Größe ein „Monster“.'),
    ).toEqual([['Monster', 'Das Magazin Nordblick im fernen Seeland', true]]);
  });

  it('gives a fragment the source the sentence cites anywhere: `nach Angaben`, `heißt es`, `wie … mitteilte`', () => {
    expect(speakers('Nach Angaben der Seebank ist die Lage „sehr ernst und schwierig“.')).toEqual([
      ['sehr ernst und schwierig', 'Nach Angaben der Seebank', true],
    ]);
    expect(speakers('Gesucht wird, wer „sich um den Hafen gekümmert hat“, heißt es auf der Webseite.')).toEqual([
      ['sich um den Hafen gekümmert hat', 'auf der Webseite', true],
    ]);
    expect(speakers('Wie die Seebank mitteilte, sollen Stellen „durch Einsparungen im Einkauf“ wegfallen.')).toEqual([
      ['durch Einsparungen im Einkauf', 'die Seebank', true],
    ]);
    // An auxiliary between the source and its verb; a quoted name inside the source is left out.
    expect(
      speakers('Die Zeitung „Nordblick“ hatte kritisiert, dass sie „für ihre Nähe zu Banken“ bekannt sei.'),
    ).toEqual([['für ihre Nähe zu Banken', 'Die Zeitung', true]]);
  });

  it('takes nothing after the verb for a source when a pronoun is the subject: it is the object', () => {
    expect(speakers('Er bezeichnete die Erweiterung als „klug und richtig“.')).toEqual([
      ['klug und richtig', null, false],
    ]);
  });

  it('does not carry the last speaker on to words a paper says', () => {
    expect(speakers('„Wir bleiben“, sagte Max Huber. „Erst prüfen“ heißt es dazu in der Mitteilung.')).toEqual([
      ['Wir bleiben', 'Max Huber', false],
      ['Erst prüfen', 'in der Mitteilung', true],
    ]);
  });
});

/** Words in marks that no one says: names and titles the writer marks. */
describe('a name in quotation marks, not a quotation', () => {
  const quoted = (body: string) => {
    const index = buildIndex([article(body)], []);
    return { quotes: index.quotes.map((q) => q.text), terms: index.terms.map((t) => t.text) };
  };

  it.each([
    ['a nickname before `genannt`', 'Der Bär, auch „Brummi“ genannt, sagte niemandem etwas.', 'Brummi'],
    ['a name before `so heißt`', '„Nordlicht“, so heißt das Projekt der Seebank.', 'Nordlicht'],
    ['one capitalised word after a noun', 'Das sagte Max Huber dem Magazin „Seeblick“ am Montag.', 'Seeblick'],
    [
      'a name with small words inside',
      'Das sagte ein Sprecher der Gruppe „Retter ohne Grenzen“ am Montag.',
      'Retter ohne Grenzen',
    ],
    ['a web address', 'Sie habe laut „nordblick.de“ kritisiert, dass nichts geschehe.', 'nordblick.de'],
    ['a brand after a speech verb', 'Max Huber nannte den Dienst „Seefon“ als Beispiel.', 'Seefon'],
    [
      'what a body calls itself',
      'Die Gruppe, die sich selbst „Bund der Seefahrer“ nennt, sagte nichts.',
      'Bund der Seefahrer',
    ],
    [
      'what something calls itself, its subject between',
      'Dann nennt sie sich „nordschau 12“ und öffnet.',
      'nordschau 12',
    ],
    ['a name before `wie … genannt wird`', '„Onkel Max“, wie der Senator genannt wurde, sagte wenig.', 'Onkel Max'],
    ['a code name after a colon', 'Der Dienst (Codename: „Seeadler“) startet bald.', 'Seeadler'],
    ['a short form in brackets', 'Die Seebank Holding (kurz: „SBH“) wuchs, sagte Max Huber.', 'SBH'],
    ['a name after `, genannt`', 'Das Profil, genannt „Nord-Basis“, sei alt, sagte Max Huber.', 'Nord-Basis'],
    ['part of a compound', 'Es soll keine „Zwei zu Zwei“-Runde geben, sagte Max Huber.', 'Zwei zu Zwei'],
  ])('%s', (_how, body, term) => expect(quoted(body)).toEqual({ quotes: [], terms: [term] }));

  it('keeps words quoted where a source is cited (`nach Angaben`, `laut`) a quotation', () => {
    expect(quoted('Die Schau zeige nach Angaben des Leiters „die Moderne und ihre Fragen“.').quotes).toEqual([
      'die Moderne und ihre Fragen',
    ]);
    expect(quoted('Damit kann man laut Direktor Max Huber „jetzt vielen helfen“.').quotes).toEqual([
      'jetzt vielen helfen',
    ]);
  });

  it('keeps a word quoted after a verb of judging a quotation, a noun too, inflected or made with a suffix', () => {
    expect(quoted('Max Huber würdigte die Richterin als „mutig“.').quotes).toEqual(['mutig']);
    expect(quoted('Max Huber nannte ihn einen „Versager“.').quotes).toEqual(['Versager']);
    expect(quoted('Max Huber sprach von der Gefahr eines „Handelskrieges“.').quotes).toEqual(['Handelskrieges']);
    expect(quoted('Max Huber bezeichnete den Brief als „Unverfrorenheit“.').quotes).toEqual(['Unverfrorenheit']);
  });

  it('keeps capitalised words said of something a quotation: after `als` or `ein` with a speech verb, a slogan', () => {
    expect(quoted('Max Huber bezeichnete den Auftrag als „Deal des Jahrzehnts“.').quotes).toEqual([
      'Deal des Jahrzehnts',
    ]);
    expect(quoted('Eva Lindqvist sprach von einer „Gefahr für die ganze Küste“.').quotes).toEqual([
      'Gefahr für die ganze Küste',
    ]);
    expect(quoted('Die Ministerin charakterisierte den Plan als „Beispiel für Mut“.').quotes).toEqual([
      'Beispiel für Mut',
    ]);
    expect(quoted('Die Menge skandierte Parolen wie „Nieder mit der Steuer“.').quotes).toEqual([
      'Nieder mit der Steuer',
    ]);
    // A name takes the definite article.
    expect(quoted('Max Huber sprach vor der „Gesellschaft für Seefahrt“ in Kiel.')).toEqual({
      quotes: [],
      terms: ['Gesellschaft für Seefahrt'],
    });
  });
});
