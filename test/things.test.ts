import { describe, expect, it } from 'vitest';
import { infinitiveOf, thingBefallen, thingOf } from '../src/extract/things.js';

/** The noun phrase the verb (its first word, found by `verb`) takes; nothing taken. */
const thing = (text: string, verb: string, taken: string[] = []) => {
  const start = text.indexOf(verb);
  const spans = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  return thingOf(text, { start, end: start + verb.length }, spans);
};

describe('what a deed is of: the noun phrase its verb takes', () => {
  it.each([
    // After a verb that stands second.
    ['Die Ministerin kündigte am Montag einen neuen Sparplan an.', 'kündigte', 'neuen Sparplan'],
    ['Max Huber kündigte „harten Widerstand“ der Belegschaft an.', 'kündigte', 'harten Widerstand'],
    // Before a verb at the end of its clause, never the clause's subject or a phrase a preposition governs.
    ['Die Behörde hat die Akten aus dem Archiv veröffentlicht.', 'veröffentlicht', 'Akten'],
    ['Die Firma hat den Bericht für die Aktionäre veröffentlicht.', 'veröffentlicht', 'Bericht'],
    ['Sie verlor, nachdem sie geheime Papiere herausgegeben hatte, ihr Amt.', 'herausgegeben', 'geheime Papiere'],
    // A bare noun only right beside the verb: an adjective made of it, or its object.
    ['Das veröffentlichte Gutachten sorgte für Streit.', 'veröffentlichte', 'Gutachten'],
  ])('%s', (text, verb, expected) => {
    expect(thing(text, verb)).toBe(expected);
  });

  it('reads a count of things, but no role before a name, no fragment of speech, no part of a word', () => {
    expect(thing('Das Archiv hat 42 Fotos veröffentlicht.', 'veröffentlicht')).toBe('42 Fotos');
    expect(
      thing('Die 58-jährige Ministerin Eva Muster hat ihren Rückzug angekündigt.', 'angekündigt', ['Eva Muster']),
    ).toBe('Rückzug');
    expect(thing('Max Huber kündigte „trotz aller Bedenken“ an.', 'kündigte', ['Max Huber'])).toBeNull();
    expect(thing('Die Gruppe hat heute veröffentlicht haben Aktionen.', 'veröffentlicht')).toBeNull();
  });

  it('takes no date, amount, dative, person or company for a thing', () => {
    expect(thing('Die Seebank hat am Montag veröffentlicht.', 'veröffentlicht', ['Seebank'])).toBeNull();
    expect(thing('Die Seebank hat den Abbau um 17 Prozent angekündigt.', 'angekündigt', ['Seebank'])).toBe('Abbau');
    expect(thing('Er hat dem neuen Chef alles bekanntgegeben.', 'bekanntgegeben')).toBeNull();
    expect(thing('Max Huber kündigte die Seebank an.', 'kündigte', ['Max Huber', 'Seebank'])).toBeNull();
    // A date right after a noun is not a name the noun is a role of.
    expect(thing('Max Huber hatte den Plan am Dienstag verkündet.', 'verkündet', ['Max Huber', 'am Dienstag'])).toBe(
      'Plan',
    );
  });
});

describe('what befell a thing: the subject of its verb, or the genitive of its noun', () => {
  const befallen = (text: string, verb: string) => {
    const start = text.indexOf(verb);
    return thingBefallen(text, { start, end: start + verb.length }, []);
  };

  it.each([
    ['Die alte Seehalle stürzte in der Nacht ein.', 'stürzte', 'Seehalle'],
    ['In der Nacht stürzte die Seehalle ein.', 'stürzte', 'Seehalle'],
    ['Nach dem Einsturz der Seehalle wurde gesperrt.', 'Einsturz', 'Seehalle'],
    ['Am Montag wurde ein Denkmal eingeweiht.', 'eingeweiht', 'Denkmal'],
  ])('%s', (text, verb, expected) => expect(befallen(text, verb)).toBe(expected));

  it('takes no phrase a preposition governs, no genitive after a noun and no time for the thing', () => {
    expect(befallen('In der Nacht stürzte es ein.', 'stürzte')).toBeNull();
    expect(befallen('Am Montag wurde im Park der Kindergarten „Sonne“ der Seebank eröffnet.', 'eröffnet')).toBe(
      'Kindergarten',
    );
    expect(befallen('Am Montag wurde „Sonne“ der Seebank eröffnet.', 'eröffnet')).toBeNull();
    expect(befallen('Offiziell wurde sie vom Bürgermeister und dem Gast der Stadt eröffnet.', 'eröffnet')).toBeNull();
    expect(befallen('Der Einsturz am Montag kam überraschend.', 'Einsturz')).toBeNull();
  });
});

describe('what a decision is to do: the clause with `zu` after its verb', () => {
  const decided = (text: string, verb: string) => {
    const start = text.indexOf(verb);
    return infinitiveOf(text, { start, end: start + verb.length });
  };

  it.each([
    ['Der Rat beschloss am Montag, die Halle zu schließen.', 'beschloss', 'die Halle zu schließen'],
    ['Sie entschied, den Vertrag aufzulösen, und ging.', 'entschied', 'den Vertrag aufzulösen'],
    ['Die Firma hat beschlossen, an die Börse zu gehen und zu wachsen.', 'beschlossen', 'an die Börse zu gehen'],
  ])('%s', (text, verb, expected) => expect(decided(text, verb)).toBe(expected));

  it('takes no `zu` a preposition governs, and nothing without a comma or beyond the next clause', () => {
    expect(decided('Der Rat beschloss, zu den Wahlen nicht anzutreten.', 'beschloss')).toBe(
      'zu den Wahlen nicht anzutreten',
    );
    expect(decided('Der Rat beschloss, zu den Wahlen.', 'beschloss')).toBeNull();
    expect(decided('Der Rat beschloss das Gesetz.', 'beschloss')).toBeNull();
    expect(decided('Der Rat beschloss, was die Stadt wollte, um zu sparen.', 'beschloss')).toBeNull();
  });
});
