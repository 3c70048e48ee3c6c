import { capitalised } from './patterns.js';

/**
 * German's closed word classes, each word once: pronouns, determiners, conjunctions, prepositions and the adverbs a
 * sentence opens with. The patterns and sets the rules read (`de.ts`: pronoun patterns, sentence openers, stop
 * words) are made from these lists.
 */

/** Third-person pronouns by the gender they point back to: subject, objects, possessive stem. */
export const PRONOUNS = {
  masculine: { subject: 'er', objects: ['ihn', 'ihm'], possessive: 'sein' },
  // `sie` is also the plural: which one a verb beside it decides.
  feminine: { subject: 'sie', objects: ['ihr'], possessive: 'ihr' },
} as const;
/** The neuter subject, and the first persons (a quotation's own words, or an outlet's `wir`). */
export const OTHER_PRONOUNS = ['es', 'ich', 'wir'] as const;
/** A possessive's endings: `sein`, `seine`, `seinem`, `seinen`, `seiner`, `seines`. */
export const POSSESSIVE_ENDINGS = ['', 'e', 'em', 'en', 'er', 'es'] as const;

export const DEFINITE_ARTICLES = ['der', 'die', 'das', 'dem', 'den', 'des'] as const;
export const INDEFINITE_ARTICLES = ['ein', 'eine', 'einem', 'einen', 'einer', 'eines'] as const;
/** `Diese könnten im März stattfinden`: a demonstrative points back to what the sentence before named. */
export const DEMONSTRATIVES = ['dies', 'diese', 'dieser', 'diesem', 'diesen', 'dieses'] as const;
/** Questions and relatives: `Was`, `Wer`, `Wie`. */
export const INTERROGATIVES = ['was', 'wer', 'wie'] as const;

export const COORDINATING_CONJUNCTIONS = ['und', 'oder', 'aber', 'doch', 'denn', 'sondern'] as const;
/** The first word of a pair (`sowohl … als auch`, `weder … noch`, `entweder … oder`): it opens a list, never a name. */
export const CORRELATIVE_CONJUNCTIONS = ['sowohl', 'weder', 'entweder'] as const;
/** They open a subordinate clause: what follows them is not the main clause's subject. */
export const SUBORDINATING_CONJUNCTIONS = [
  'während',
  'weil',
  'obwohl',
  'nachdem',
  'wenn',
  'als',
  'da',
  'bevor',
  'sobald',
  'dass',
] as const;

export const PREPOSITIONS = [
  'am',
  'an',
  'auf',
  'aus',
  'bei',
  'beim',
  'durch',
  'für',
  'gegen',
  'gegenüber',
  'im',
  'in',
  'ins',
  'mit',
  'nach',
  'neben',
  'ohne',
  'seit',
  'trotz',
  'um',
  'über',
  'unter',
  'vom',
  'von',
  'vor',
  'wegen',
  'zu',
  'zum',
  'zur',
] as const;

/** Adverbs a sentence opens with, and those that tie it to the one before (`Zudem`, `Allerdings`). */
export const SENTENCE_ADVERBS = [
  'also',
  'bereits',
  'dabei',
  'damit',
  'erst',
  'gleichzeitig',
  'inzwischen',
  'jetzt',
  'nun',
  'schon',
  'seitdem',
  'so',
  'zudem',
  'zusammen',
] as const;
/** Adverbs that continue the sentence before when they open the next: `Dann …`, `Zugleich …`. */
export const CONTINUING_ADVERBS = ['allerdings', 'auch', 'dann', 'zugleich'] as const;

/** The auxiliaries' forms a clause is built with, by verb: they say nothing about what it is about. */
export const AUXILIARIES = {
  sein: ['ist', 'sind', 'war', 'waren'],
  haben: ['hat', 'haben', 'hatte', 'hatten'],
  werden: ['wird', 'werden', 'wurde', 'wurden', 'worden', 'werde'],
} as const;
/** How one addresses a person before the surname (`Herrn Huber`, `Frau Muster`): a courtesy, never a given name. */
export const FORMS_OF_ADDRESS = ['Herr', 'Herrn', 'Frau', 'Dr.', 'Prof.'] as const;
/** Words that neither name nor do anything: negation, `noch`, the reflexive `sich`. */
export const PARTICLES = ['nicht', 'noch', 'sich'] as const;

/** Every possessive form of the stems given. */
export const possessives = (stems: readonly string[]) => stems.flatMap((s) => POSSESSIVE_ENDINGS.map((e) => s + e));

/**
 * The function words, capitalised as they open a sentence: `Der`, `Seine`, `Während`, `Zudem`. None of them names
 * anything, so none continues a name or is a topic.
 */
export const FUNCTION_WORDS_CAPITALISED: readonly string[] = [
  PRONOUNS.masculine.subject,
  PRONOUNS.feminine.subject,
  ...PRONOUNS.masculine.objects,
  ...PRONOUNS.feminine.objects,
  ...OTHER_PRONOUNS,
  ...possessives([PRONOUNS.masculine.possessive, PRONOUNS.feminine.possessive]),
  // The first and second persons' (`Mein Plan`, `Unsere Partei` open a quotation, never a name).
  ...possessives(['mein', 'dein', 'unser']),
  ...['euer', 'eure', 'eurem', 'euren', 'eurer', 'eures'],
  ...DEFINITE_ARTICLES,
  ...INDEFINITE_ARTICLES,
  ...DEMONSTRATIVES,
  ...INTERROGATIVES,
  ...COORDINATING_CONJUNCTIONS,
  ...CORRELATIVE_CONJUNCTIONS,
  ...SUBORDINATING_CONJUNCTIONS,
  ...PREPOSITIONS,
  ...SENTENCE_ADVERBS,
  ...CONTINUING_ADVERBS,
].map(capitalised);
