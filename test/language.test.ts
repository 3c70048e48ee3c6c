import { describe, expect, it } from 'vitest';
import { conjugate, separatedOf } from '../src/language/de/conjugation.js';
import { MONTH, MONTHS, monthNumber } from '../src/language/de/calendar.js';
import { VERBS } from '../src/language/de/verbs.js';
import {
  CLAIM_STOP_WORDS,
  GENDERED_PRONOUN,
  LEANS_ON_BEFORE,
  MASCULINE_PRONOUN,
  SENTENCE_OPENERS,
  SPEECH_VERB,
  TRAILING_ATTRIBUTION,
} from '../src/language/de.js';
import { GIVEN_NAMES_THAT_ARE_NOUNS, isCommonNoun } from '../src/language/de/nouns.js';
import { personName } from '../src/extract/names.js';
import { isFeminineRole, isRole } from '../src/language/de/roles.js';

describe('roles, by the heads of their nouns', () => {
  it('reads a compound or hyphenated role by its head, with German endings', () => {
    for (const word of ['Präsident', 'Bundesinnenministerin', 'BKA-Chef', 'Gewerkschaftssprecherinnen', 'Vorsitzender'])
      expect(isRole(word), word).toBe(true);
    for (const word of ['Konzern', 'Stadt', 'Seebank', 'Huber', 'trainer']) expect(isRole(word), word).toBe(false);
    expect(isFeminineRole('Trainerin')).toBe(true);
    expect(isFeminineRole('Trainer')).toBe(false);
  });
});

// The lexicon by word class: each word once, its forms generated. Examples are invented.

describe('conjugation', () => {
  it.each<[string, string[], string]>([
    ['sagen', ['sagt', 'sagen', 'sagte', 'sagten', 'sage'], 'gesagt'],
    ['antworten', ['antwortet', 'antworten', 'antwortete', 'antworteten', 'antworte'], 'geantwortet'],
    ['zeichnen', ['zeichnet', 'zeichnen', 'zeichnete', 'zeichneten', 'zeichne'], 'gezeichnet'],
    ['mahnen', ['mahnt', 'mahnen', 'mahnte', 'mahnten', 'mahne'], 'gemahnt'],
    ['warnen', ['warnt', 'warnen', 'warnte', 'warnten', 'warne'], 'gewarnt'],
    ['kritisieren', ['kritisiert', 'kritisieren', 'kritisierte', 'kritisierten', 'kritisiere'], 'kritisiert'],
    ['verkünden', ['verkündet', 'verkünden', 'verkündete', 'verkündeten', 'verkünde'], 'verkündet'],
    ['erwidern', ['erwidert', 'erwidern', 'erwiderte', 'erwiderten', 'erwidere'], 'erwidert'],
    ['ein|räumen', ['räumt', 'räumen', 'räumte', 'räumten', 'räume'], 'eingeräumt'],
  ])('%s', (lemma, finite, participle) => {
    expect(conjugate({ lemma, signals: ['speech'] })).toMatchObject({ finite, participle });
  });

  it('writes a separable verb with its particle at the clause’s end', () => {
    const separated = new RegExp(`^${separatedOf(VERBS, 'speech')}$`);
    for (const clause of ['warf ihr vor', 'räumte er ein', 'fügten beide hinzu'])
      expect(separated.test(clause)).toBe(true);
    expect(separated.test('warf ihr zu')).toBe(false);
  });

  it('takes a strong verb’s principal parts from its row', () => {
    expect(conjugate({ lemma: 'vor|werfen', signals: ['speech'], parts: ['wirft', 'warf', 'vorgeworfen'] })).toEqual({
      finite: ['wirft', 'werfen', 'warf', 'warfen', 'werfe'],
      participle: 'vorgeworfen',
      particle: 'vor',
    });
  });

  it('lists each verb once', () => {
    const lemmas = VERBS.map((v) => v.lemma);
    expect(new Set(lemmas).size).toBe(lemmas.length);
  });
});

describe('speech verbs from the table', () => {
  it('finds any form of a speech verb, and not a word that merely begins like one', () => {
    for (const s of ['Die Sprecherin erwiderte knapp.', 'Er habe nichts gesagt.', 'Sie sage, es gehe weiter.'])
      expect(SPEECH_VERB.test(s), s).toBe(true);
    // A separable verb at a clause's end is written as one word with its particle.
    for (const s of ['Wie die Firma mitteilte, …', 'Das musste er einräumen.', 'Sie bat, ihm mitzuteilen, …'])
      expect(SPEECH_VERB.test(s), s).toBe(true);
    for (const s of ['Die Sagenwelt des Nordens.', 'Der Streit um die Plattform Twitter.'])
      expect(SPEECH_VERB.test(s), s).toBe(false);
  });

  it('names who spoke after any finite speech verb', () => {
    expect(TRAILING_ATTRIBUTION.exec(', spottete die Ministerin.')?.[1]).toBe('die Ministerin');
    expect(TRAILING_ATTRIBUTION.exec(', entgegnet der Anwalt')?.[1]).toBe('der Anwalt');
  });
});

describe('the calendar', () => {
  it('has each month once and reads any spelling of it', () => {
    expect(MONTHS).toHaveLength(12);
    expect(monthNumber('märz')).toBe(3);
    expect(monthNumber('Maerz')).toBe(3);
    expect(monthNumber('Dezember')).toBe(12);
    expect(monthNumber('Montag')).toBe(0);
    expect(new RegExp(MONTH).exec('am 3. Maerz')?.[1]).toBe('Maerz');
  });
});

describe('common nouns, from the morphological dictionary', () => {
  it.each<[string, boolean]>([
    ['Angebot', true],
    ['Nein', true],
    ['Angebote', true],
    ['Bänke', true],
    // Compounds the dictionary does not list end in a noun it does.
    ['Seehafenchefin', true],
    ['Landesgeologe', true],
    ['Partei-Politiker', true],
    ['XYZ-Sprecherin', true],
    ['Huber', false],
    ['Beispielova', false],
    ['angebot', false],
  ])('%s → %s', (word, noun) => expect(isCommonNoun(word)).toBe(noun));

  it('does not take common given names for nouns, except the ones listed as both', () => {
    const given =
      'Anna Andreas Bernd Christian Eva Friedrich Gerhard Hanna Hans Jürgen Karl Klaus Lena Markus Max Olaf ' +
      'Paul Peter Sabine Stefan Thomas Ursula Uta Volker Walter Werner Wilhelm Wolfgang Ernst Horst Rose Hermann';
    const readAsNouns = given.split(' ').filter((n) => isCommonNoun(n) && !GIVEN_NAMES_THAT_ARE_NOUNS.has(n));
    expect(readAsNouns).toEqual([]);
  });

  it('lists as given names only words the dictionary reads as nouns', () => {
    expect([...GIVEN_NAMES_THAT_ARE_NOUNS].filter((n) => !isCommonNoun(n))).toEqual([]);
  });
});

describe('a person named by a run of capitalised words', () => {
  it.each<[string, string | null]>([
    ['Eva Muster', 'Eva Muster'],
    ['Analystin Eva Muster', 'Eva Muster'],
    ['Gewerkschaftschef Max Huber', 'Max Huber'],
    ['Richterin Anna Koch', 'Anna Koch'],
    ['Ernst Huber', 'Ernst Huber'],
    ['Die Großbank Seebank', null],
    ['Der Konzernchef', null],
    ['Huber', null],
  ])('%s → %s', (run, name) => expect(personName(run)).toBe(name));
});

describe('function words, each once, the patterns made from them', () => {
  it('tells a man from a woman or a plural by the pronoun', () => {
    expect(['er', 'ihn', 'ihm', 'sein', 'seinem'].every((w) => MASCULINE_PRONOUN.test(w))).toBe(true);
    expect(['sie', 'ihr', 'ihrem', 'ihres', 'erst'].some((w) => MASCULINE_PRONOUN.test(w))).toBe(false);
    expect(GENDERED_PRONOUN.exec('Danach lobte die Chefin ihren Vorgänger.')?.[1]).toBe('ihren');
  });

  it('opens sentences with any of them, and leaves them out of a claim’s topic words', () => {
    for (const w of ['Der', 'Seinem', 'Während', 'Zudem', 'Über']) expect(SENTENCE_OPENERS.has(w)).toBe(true);
    for (const w of ['wurde', 'nicht', 'milliarden', 'während']) expect(CLAIM_STOP_WORDS.has(w)).toBe(true);
    expect(SENTENCE_OPENERS.has('Seebank')).toBe(false);
  });

  it('reads a sentence that leans on the one before by its opening word', () => {
    expect(LEANS_ON_BEFORE.test('Diese Pläne stießen auf Kritik.')).toBe(true);
    expect(LEANS_ON_BEFORE.test('Die Pläne stießen auf Kritik.')).toBe(false);
  });
});

describe('word boundaries the patterns can see', () => {
  // `\b` knows only ASCII letters, with or without the `u` flag: before `über` or `Übernahme` after a space it never
  // holds, so a pattern written so silently never matches. A letter-class lookbehind says what is meant.
  const blindBoundary = /\\b(?:\(\?:(?:[^()|]*\|)*)?[ÄÖÜäöüß]/;
  const patterns = (module: Record<string, unknown>) =>
    Object.entries(module).flatMap(([name, value]) => (value instanceof RegExp ? [[name, value.source] as const] : []));

  it('puts no \\b before a word that opens with an umlaut', async () => {
    const language = (await import('../src/language/de.js')) as Record<string, unknown>;
    const { EVENT_KINDS } = await import('../src/language/de/events.js');
    const sources = [...patterns(language), ...EVENT_KINDS.map((k) => [k.id, k.words.source] as const)];
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter(([, source]) => blindBoundary.test(source)).map(([name]) => name)).toEqual([]);
    expect(blindBoundary.test(String.raw`\b(?:Kauf|Übernahme)`)).toBe(true);
  });
});
