import { DEMONSTRATIVES, PREPOSITIONS, PRONOUNS, possessives } from './function-words.js';
import { alternatives, capitalised } from './patterns.js';

/**
 * Words that point to a person or company named elsewhere: pronouns, `die beiden`, `das Unternehmen`, and the
 * words around a name that say whether its person acts (an exception, an addressee, an affiliation).
 */

const SUBJECTS = [PRONOUNS.masculine.subject, PRONOUNS.feminine.subject];

const POSSESSIVES = possessives([PRONOUNS.masculine.possessive, PRONOUNS.feminine.possessive]);

/** Every form that points back to a man (`er`, `ihn`, `ihm`, `seinem`), and to a woman or a plural. */
const MASCULINE = [
  PRONOUNS.masculine.subject,
  ...PRONOUNS.masculine.objects,
  ...possessives([PRONOUNS.masculine.possessive]),
];

const FEMININE = [
  PRONOUNS.feminine.subject,
  ...PRONOUNS.feminine.objects,
  ...possessives([PRONOUNS.feminine.possessive]),
];

/** `er`, `Sie`: a subject that points back to a person. */
export const SUBJECT_PRONOUN = new RegExp(String.raw`\b(${alternatives(SUBJECTS, 'any case')})\b`);

/** `ihn`: the accusative that points back to a man, the one a deed was done to (`sprach ihn schuldig`). */
export const MASCULINE_OBJECT = new RegExp(String.raw`(?<!\p{L})${PRONOUNS.masculine.objects[0]}(?!\p{L})`, 'u');

export const POSSESSIVE_PRONOUN = new RegExp(String.raw`\b(?:${alternatives(POSSESSIVES)})\b`, 'i');

/** A finite plural verb right before or after `sie` (`trafen sie`, `sie gründeten`); articles are not verbs. */
export const PLURAL_VERB = new RegExp(
  String.raw`(?:\b(?!(?:einen|keinen|den|denen|ihnen|einem)\b)\p{Ll}+(?:en|` +
    String.raw`ten)\s*\|)|(?:\|\s*(?!(?:einen|keinen|den|denen|ihnen|` +
    String.raw`einem)\b)\p{Ll}+(?:en|ten)\b)`,
  'u',
);

export const BOTH = /\b(?:[Dd]ie\s+beiden|[Bb]eide)\b/;

/** `das Unternehmen`, `die Plattform`: nouns that point back to a company named before. */
const COMPANY_NOUNS =
  String.raw`\b(?:[Dd]as|[Dd]em|[Dd]es|[Dd]ie|[Dd]er)\s+(?:soziale\s+)?(?:Unternehmens?|` +
  String.raw`Firma|Organisation|Plattform|Netzwerks?|Projekts?|Konzerns?)\b`;
export const COMPANY_NOUN_ANAPHOR = new RegExp(COMPANY_NOUNS, 'gi');
/** The same, and `es`, for what a deed was done to. */
export const EVENT_ORG_ANAPHOR = new RegExp(String.raw`${COMPANY_NOUNS}|\bes\b`, '');

/** Between a name and its bracketed affiliation: `Paul Berger (`, `Berger (66, `. */
export const AFFILIATION_BEFORE = /^\s*\((?:[^()]{0,30},\s*)?$/;

/** After the affiliation: `)`, or `, …)` with more in the same brackets. */
export const AFFILIATION_AFTER = /^\s*(?:,[^()]{0,30})?\)/;

/** A sentence that opens with a pronoun or demonstrative needs the one before to be understood. */
export const LEANS_ON_BEFORE = new RegExp(
  String.raw`^\s*(?:${alternatives([...DEMONSTRATIVES, ...SUBJECTS, 'es'].map(capitalised))})\s`,
);

/**
 * A sentence that begins with a demonstrative standing for something continues the one before: `Diese könnten dann
 * im März stattfinden.` Before a noun it only points (`Diese Spieler …`), and the sentence says what it says.
 */
export const DEMONSTRATIVE_OPENER = new RegExp(
  String.raw`^\s*(?:${alternatives(DEMONSTRATIVES.map(capitalised))})\s+(?!\p{Lu})`,
  'u',
);

/** `Das`, `Dies` as a pronoun pointing back to what the sentence before said: `Das teilte er am Montag mit`. */
export const THAT_OPENER = /^\s*(?:Das|Dies)\s+(?!\p{Lu})/u;

/** `mit Ausnahme von Tim Lang`, `außer Lang`: a person named as the exception does not act. */
export const EXCEPTED_BEFORE =
  /(?:mit\s+Ausnahme\s+(?:von|des|der)|außer|bis\s+auf|ausgenommen)\s+(?:\p{L}+\s+){0,2}$/u;

/**
 * `über Max Huber`, `von Moderatorin Eva Muster`: a name after a preposition (and up to two words) is an object, never
 * the one who speaks in its clause.
 */
const GOVERNING: readonly string[] = PREPOSITIONS;
export const OBJECT_BEFORE = new RegExp(
  String.raw`(?:^|[\s,(])(?:${GOVERNING.join('|')})` + String.raw`\s+(?:\p{L}+\s+){0,2}$`,
  'iu',
);

/**
 * `um ` or `von ` and up to two capitalised words before a name (`die Partei von Spitzenkandidat `, `die Liste um `):
 * the preposition, and the words between (see `ledBy` in `extract/subject.ts`).
 */
export const LEADER_BEFORE = /(?<!\p{L})(um|von)\s+((?:\p{Lu}[\p{L}-]*\s+){0,2})$/u;

/**
 * A name a preposition governs, with at most an article, an adjective and a title between (`der Vorschlag von
 * Ministerin Eva Muster`), so the name does not act in its clause. `zwischen` and `mit` name the sides of what is
 * done together.
 */
export const NAME_GOVERNED_BEFORE = new RegExp(
  String.raw`(?:^|[\s,(])(?:${GOVERNING.filter((p) => p !== 'zwischen' && p !== 'mit')
    .map((p) => `[${p[0]}${p[0]!.toUpperCase()}]${p.slice(1)}`)
    .join('|')})\s+` +
    // Case matters: a title is capitalised, a verb between (`von Seebank verließ Huber`) is not; an adjective may stand
    // after an article (`vor ihrer deutschen Kollegin Eva Muster`).
    String.raw`(?:(?:der|die|das|dem|den|des|einer|einem|eines|seiner|seinem|seinen|ihrer|ihrem|ihren)\s+` +
    String.raw`(?:\p{Ll}+(?:e|en|er|es|em)\s+)?)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}$`,
  'u',
);

/** A preposition right before a word: `für die …`, `in einer …`; the noun phrase after it is no verb's object. */
export const PREPOSITION_RIGHT_BEFORE = new RegExp(
  String.raw`(?:^|[\s,(])(?:${[...GOVERNING, 'laut', 'zufolge'].join('|')})\s+$`,
  'iu',
);

export const ADDRESSEE_BEFORE = /(?<!\p{L})(?:gegenüber|an)\s+(?:dem|den|der|die)?\s*(?:\p{L}+\s+){0,2}$/u;

/** `er`, `sie`, `seine`: a pronoun that can stand for who acts. */
export const ACTOR_PRONOUN = new RegExp(String.raw`\b(?:${alternatives([...SUBJECTS, ...POSSESSIVES])})\b`, 'i');

/** `das soziale Netzwerk`, `die Plattform`, `des Projekts`: words that point back to a company named before. */
export const FIGURE_ORG_ANAPHOR = new RegExp(
  String.raw`\b(?:das|dem|des|die|der|diese[mnrs]?)\s+(?:soziale[mn]?\s+)?(?:Unternehmens?|` +
    String.raw`Firma|Organisation|Plattform|Netzwerks?|Projekts?|Konzerns?|` +
    String.raw`Dienstes?)\b`,
  '',
);

/** A pronoun that says whom it means: `er`, `sein` (a man), `sie`, `ihr` (a woman). */
export const GENDERED_PRONOUN = new RegExp(String.raw`\b(${alternatives([...MASCULINE, ...FEMININE])})\b`, 'i');

export const MASCULINE_PRONOUN = new RegExp(`^(?:${alternatives(MASCULINE)})$`, 'i');

/** `Huber und Muster`, `Muster neben Weber`: what joins people acting together. */
export const PARTNERS = /^\s+(?:und|neben)\s+$/;

/** `Weber, dem er … verholfen hat`: a relative clause hanging on the name before it. */
export const RELATIVE_AFTER_NAME = /^\s*,\s*(?:dem|der|denen)\b/;

/** `sie` and `er`, `sein`: which gender a subject pronoun means. */
export const PLURAL_OR_FEMININE = new RegExp(`^${PRONOUNS.feminine.subject}$`, 'i');

export const MASCULINE_SUBJECT = new RegExp(
  `^(?:${alternatives([PRONOUNS.masculine.subject, ...possessives([PRONOUNS.masculine.possessive])])})$`,
  'i',
);

/** `des 61-jährigen Max Huber`, `die 40-jährige Trainerin Eva Muster`: an age right before a name (or its role). */
export const AGE_BEFORE_NAME = /(?<![\p{L}\d])(\d{1,3})-jährige[nrs]?\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;
/** `Max Huber (61)`, `Max Huber (Seepartei, 61)`: an age in brackets right after a name. */
export const AGE_AFTER_NAME = /^\s*\((?:[^()]{1,20},\s*)?(\d{1,3})\)/u;

/** `(Seepartei)`, `(Seepartei, 52)`: a party in brackets right after a name. */
export const PARTY_AFTER_NAME = /^\s*\((\p{Lu}[\p{L}/]{1,12})(?:,\s*\d{1,3})?\)/u;

/**
 * A definite article, and up to two small words, right before a description: `der Minister`, `die ehemalige
 * Sprecherin`, `so der 60-jährige Trainer`. Its article is the first group (`die` before a masculine form is a plural).
 */
export const DEFINITE_BEFORE = /(?:^|[\s,(„“"«»])([Dd](?:er|ie|em|en|es))\s+(?:[\p{Ll}\d][\p{L}\d.-]*\s+){0,2}$/u;

/**
 * What may stand between a role and the name it is the title of: nothing (`der Minister Max Huber`), or a genitive or
 * place and a comma (`der Chef der Seebank, Max Huber`).
 */
export const TITLE_OF_NAME = /^(?:\s+(?:der|des|von|vom|in|im|bei|beim|für|aus)\s[^,.;:!?]{0,60})?\s*,?\s*$/u;

/**
 * A definite article, up to two small words and a noun right before a company's name: what the text says the company
 * is (`die norwegische Großbank Seebank`, `der Fährgewerkschaft Nordfähre`). The small words are the first group,
 * the noun the second.
 */
export const ORG_DESCRIPTION_BEFORE =
  /(?<!\p{L})(?:[Dd](?:er|ie|as|em|en|es))\s+((?:\p{Ll}+\s+){0,2})(\p{Lu}[\p{Ll}-]{3,})\s+$/u;

/** The same words anywhere, a company named by what it is: the small words are the second group, the noun the third. */
export const ORG_DESCRIPTION =
  /(?<!\p{L})([Dd](?:er|ie|as|em|en|es))\s+((?:\p{Ll}+\s+){0,2})(\p{Lu}[\p{Ll}-]{3,})(?![\p{L}-])/u;

/**
 * A description's words as one key, their endings aside: `der norwegischen Großbank` and `die norwegische Großbank`
 * alike, `des Konzerns` as `der Konzern`.
 */
export function descriptionKey(words: string, noun: string): string {
  const stems = words
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w.replace(/(?:e|en|er|es|em)$/u, ''));
  return [...stems, noun.toLowerCase().replace(/e?s$/u, '')].join(' ');
}

/**
 * `von` or `durch` before a name in a clause known to be passive: who did it (`wurde Eva Muster von Huber zur
 * Ministerin ernannt`). Where the voice is not known, see `AGENT_AFTER_VERB`.
 */
export const AGENT_BEFORE = /(?<!\p{L})(?:von|durch)\s+(?:(?:dem|der|den)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * `von` or `durch` and the words before a name, after the word before them: in the passive, the agent when that word
 * is a verb, in lower case (`wurde von der jungen Läuferin Eva Muster aufgestellt`), and a noun's when it is a noun
 * (`der Rekord von Eva Muster`).
 */
export const AGENT_AFTER_VERB = new RegExp(
  String.raw`(?:^|\s)(\p{L}+)\s+(?:von|durch)\s+(?:(?:der|die|dem|den|des)\s+)?(?:\p{Ll}+(?:e|en|er|es|em)\s+)?` +
    String.raw`(?:\p{Lu}[\p{L}.-]*\s+){0,2}$`,
  'u',
);
