import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../src/corpus/segment.js';
import { extractQuotes } from '../src/extract/quotes.js';
import { peopleFinder } from '../src/extract/people.js';
import type { Person } from '../src/corpus/schema.js';
import { article } from './support/article.js';
import { buildIndex } from '../src/index/build.js';

const PEOPLE: Person[] = [
  {
    id: 'scholz',
    name: 'Olaf Scholz',
    gender: 'm',
    aliases: ['Scholz'],
    descriptors: ['Kanzler'],
    roles: [],
  },
  { id: 'lindner', name: 'Christian Lindner', gender: 'm', aliases: ['Lindner'], descriptors: [], roles: [] },
];

const read = (body: string) => {
  const { sentences } = segmentArticle(article(body));
  const { quotes, terms } = extractQuotes(body, sentences, peopleFinder(PEOPLE));
  return {
    quotes: quotes.map((q) => [q.text, q.speaker?.name ?? null, q.partial ? 'partial' : 'whole']),
    terms: terms.map((t) => t.text),
  };
};

/** Quotation rules met first in the second story (the Ampel corpus), each shown on a sentence of its own. */
describe('quotations: reporting verbs, sources, terms and continued speech', () => {
  it('takes the speaker from a colouring verb after the quotation', () => {
    expect(read('«Das mute ich dem Land nicht zu», polterte Scholz und legte nach.').quotes).toEqual([
      ['Das mute ich dem Land nicht zu', 'Olaf Scholz', 'whole'],
    ]);
  });

  it('reads a quotation opened with a plain mark and closed with a German one, as pages typed by hand have it', () => {
    expect(read('"Wir bleiben dabei“, so Lindner am Abend.').quotes).toEqual([
      ['Wir bleiben dabei', 'Christian Lindner', 'whole'],
    ]);
  });

  it('joins an interrupted quotation across a quoted source, the speaker announced the sentence before', () => {
    const body =
      'Dann wendet sich Scholz an Lindner und sagt den Satz. „Ich möchte das nicht“, so der Wortlaut laut ' +
      '„Spiegel“, „und ich bleibe dabei“.';
    expect(read(body)).toEqual({
      quotes: [['Ich möchte das nicht … und ich bleibe dabei', 'Olaf Scholz', 'whole']],
      terms: ['Spiegel'],
    });
  });

  it('reads words quoted where nobody is reported speaking as a term, and reported speech as partial', () => {
    expect(read('Er will die Hilfe über eine «außerplanmäßige Ausgabe» finanzieren.')).toEqual({
      quotes: [],
      terms: ['außerplanmäßige Ausgabe'],
    });
    // Reported speech is the accuser's: the one it speaks of is its subject, not its speaker.
    expect(read('Der Kanzler erhob Vorwürfe. Lindner sei „verantwortungslos“.').quotes).toEqual([
      ['verantwortungslos', 'Olaf Scholz', 'partial'],
    ]);
  });

  it('reads quoted headlines as titles, whoever they name', () => {
    expect(read('"Habeck will sparen", "Lindner wirbt um Wähler" – ein Auszug der Schlagzeilen.')).toEqual({
      quotes: [],
      terms: ['Habeck will sparen', 'Lindner wirbt um Wähler'],
    });
  });

  it('reads a title that opens its sentence or follows a colon, and a name after an article, as terms', () => {
    expect(read('„Sturmflut“ kommt im Mai ins Kino. Der Sender kündigte den Titel an: „Die Letzte Reise“.')).toEqual({
      quotes: [],
      terms: ['Sturmflut', 'Die Letzte Reise'],
    });
    expect(read('Das sagte Lindner dem „Nordfunk“. Scholz sprach von „Unsinn“.')).toEqual({
      quotes: [['Unsinn', 'Olaf Scholz', 'partial']],
      terms: ['Nordfunk'],
    });
    expect(read('„Nein“, sagte Scholz. „Wir bleiben“ – so Lindner.').quotes).toEqual([
      ['Nein', 'Olaf Scholz', 'whole'],
      ['Wir bleiben', 'Christian Lindner', 'whole'],
    ]);
  });

  it('gives an unattributed quotation to the speaker of the sentence that goes on with it', () => {
    const body =
      'Scholz hatte den Vorschlag gemacht. «Ich würde das beschließen.» Aber dann müssten «alle mitmachen», ' +
      'sagte der Kanzler.';
    expect(read(body).quotes).toEqual([
      ['Ich würde das beschließen.', 'Olaf Scholz', 'whole'],
      ['alle mitmachen', 'Olaf Scholz', 'partial'],
    ]);
  });

  it('gives words quoted after a colon to the one who introduces them, not to the one they are about', () => {
    expect(read('Und Scholz legt nach: Lindner sei „verantwortungslos“.').quotes).toEqual([
      ['verantwortungslos', 'Olaf Scholz', 'partial'],
    ]);
  });

  it('carries the speaker through reported speech that names nobody', () => {
    const body = 'Der Kanzler erhob schwere Vorwürfe. Zu oft habe dieser „kleinkariert“ taktiert.';
    expect(read(body).quotes).toEqual([['kleinkariert', 'Olaf Scholz', 'partial']]);
  });

  it('follows `sagte er` after a fragment back to its man, past a pronoun inside the quoted words', () => {
    const body =
      'Scholz will das nur mit Krediten. Es gehe nur so, «weil sonst ihr Geld fehlt», sagte er im Interview.';
    expect(read(body).quotes).toEqual([['weil sonst ihr Geld fehlt', 'Olaf Scholz', 'partial']]);
  });
});

describe('words held by someone the clause names before them', () => {
  it('are theirs, not the subject’s, pronoun or name', () => {
    const court = 'Scholz habe sich nach Auffassung des Gerichts der „schweren Untreue im Amt“ schuldig gemacht.';
    expect(read(court).quotes).toEqual([['schweren Untreue im Amt', 'nach Auffassung des Gerichts', 'partial']]);
    const body = 'Scholz liegt im Krankenhaus. Er sei nach Ansicht der Ärzte „außer Gefahr“.';
    expect(read(body).quotes).toEqual([['außer Gefahr', 'nach Ansicht der Ärzte', 'partial']]);
  });
});

describe('a surname that is also a noun', () => {
  it('names the one person whose name it ends, where a speaker stands, and keeps her among the people', () => {
    // `Müller` is a miller too: no one's alias, and alone it reads as a source; after a speech verb it is her.
    const body =
      'Die Stadträtin Eva Müller verlässt den Rat der Gemeinde. „Es war mir eine Ehre“, sagte Müller am Abend. ' +
      '„Ich komme vielleicht wieder“, so Müller.';
    const index = buildIndex([article(body)], []);
    expect(index.quotes.map((q) => q.speaker?.name)).toEqual(['Eva Müller', 'Eva Müller']);
    expect(index.people.map((p) => p.name)).toEqual(['Eva Müller']);
  });

  it('names her after words quoted inside the writer’s sentence too, and after a verb before her', () => {
    const body =
      'Die Stadträtin Eva Müller verlässt den Rat der Gemeinde. Es bleibe »viel Arbeit« für den Rat, so Müller. ' +
      '„Ich komme vielleicht wieder“, lachte Müller.';
    const index = buildIndex([article(body)], []);
    expect(index.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['viel Arbeit', 'Eva Müller'],
      ['Ich komme vielleicht wieder', 'Eva Müller'],
    ]);
  });
});

describe('a speaker the people file does not know', () => {
  it('is named by a given name and surname after a role; a run of nouns is a source as written, no person', () => {
    expect(read('Gewerkschaftschefin Eva Muster sagte: „Wir bleiben hart.“').quotes).toEqual([
      ['Wir bleiben hart.', 'Eva Muster', 'whole'],
    ]);
    expect(read('„Das Angebot steht“, sagte Sprecher Max Huber.').quotes).toEqual([
      ['Das Angebot steht', 'Max Huber', 'whole'],
    ]);
    expect(read('Die Großbank Seebank erklärte: „Wir prüfen das.“').quotes).toEqual([
      ['Wir prüfen das.', 'Die Großbank Seebank', 'whole'],
    ]);
  });
});
