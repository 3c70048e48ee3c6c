import { MONTHS } from './calendar.js';

/**
 * Nouns for what a person is or does, as news German puts them before or after a name (`Trainer Max Huber`, `Eva
 * Muster, die Sprecherin der Seebank`): the heads of such nouns, each once, in their masculine form. Compounds are
 * made freely (`Bundesinnenminister`, `Gewerkschaftschefin`, `SPD-Innenexperte`), so a word is a role when it ends in a
 * head, perhaps with the feminine `-in`, a plural or a genitive ending. A role names a person; a company or a place
 * it never does (`Konzern`, `Stadt` are no heads), so a capitalised word after a role is a surname. Each is an
 * `office` one holds for others (`Präsident`, `Sprecher`, `Anwalt`) or a `kind` of person one is (`Politiker`,
 * `Spieler`): see `describedPerson`.
 */
const HEAD_SORTS = {
  // office and politics
  präsident: 'office',
  minister: 'office',
  kanzler: 'office',
  bürgermeister: 'office',
  abgeordnete: 'kind',
  botschafter: 'office',
  kommissar: 'office',
  sekretär: 'office',
  gouverneur: 'office',
  senator: 'office',
  politiker: 'kind',
  vorsitzende: 'office',
  kandidat: 'office',
  landrat: 'office',
  diplomat: 'kind',
  // leading and speaking
  chef: 'office',
  sprecher: 'office',
  leiter: 'office',
  direktor: 'office',
  führer: 'office',
  manager: 'office',
  // `Klubboss`, `Konzernboss`.
  boss: 'office',
  gründer: 'office',
  unternehmer: 'kind',
  investor: 'kind',
  eigentümer: 'office',
  milliardär: 'kind',
  vorstand: 'office',
  repräsentant: 'office',
  mitglied: 'office',
  // knowing and judging
  experte: 'kind',
  professor: 'kind',
  forscher: 'kind',
  wissenschaftler: 'kind',
  ökonom: 'kind',
  analyst: 'kind',
  historiker: 'kind',
  theologe: 'office',
  geologe: 'office',
  virologe: 'office',
  jurist: 'kind',
  // `Verfassungsrechtler`, `Bürgerrechtler`.
  rechtler: 'office',
  anwalt: 'office',
  richter: 'office',
  ermittler: 'office',
  arzt: 'office',
  // the press and the arts
  journalist: 'kind',
  reporter: 'office',
  redakteur: 'office',
  moderator: 'office',
  autor: 'kind',
  kritiker: 'office',
  künstler: 'kind',
  sänger: 'kind',
  schauspieler: 'kind',
  regisseur: 'kind',
  // sport
  trainer: 'office',
  spieler: 'kind',
  stürmer: 'kind',
  torhüter: 'kind',
  kapitän: 'office',
  // faith, force and others who speak for many
  papst: 'office',
  bischof: 'office',
  kardinal: 'office',
  rabbiner: 'office',
  general: 'office',
  offizier: 'office',
  aktivist: 'kind',
  gewerkschafter: 'kind',
} as const satisfies Record<string, 'office' | 'kind'>;
const HEADS = Object.keys(HEAD_SORTS);

/** A head at a word's end, and what German adds to it: `-in`, `-innen`, `-en`, `-er`, `-e`, `-n`, `-r`, `-s`, `-es`. */
const ROLE = new RegExp(`(?:${HEADS.join('|')})(?:in|innen|en|er|e|n|r|s|es)?$`, 'u');

/** Whether a capitalised word names a person's role: `Präsidentin`, `BKA-Chef`, `Bundesinnenminister`. */
export function isRole(word: string): boolean {
  // `Premier` is left out: before a capitalised word it is mostly a league (`Premier League`), not a head of state.
  if (!/^\p{Lu}/u.test(word)) return false;
  const last = word.slice(word.lastIndexOf('-') + 1).toLowerCase();
  return ROLE.test(last);
}

/** A role of a woman: `Sprecherin`, `Ministerinnen`. */
export const isFeminineRole = (word: string): boolean => isRole(word) && /in(?:nen)?$/u.test(word);

/**
 * Heads that also name a body of people, so that `der Vorstand` or `das Mitglied` alone never stands for one person
 * (`Vorstand Max Huber` gives him a role; `der Vorstand teilte mit` is the board).
 */
const BODIES = new Set(['vorstand', 'mitglied']);

/** What a role says of one person, in the form a description names them by (see `roleForms`). */
export interface RoleForm {
  /** The role without its case ending: `Bundesinnenministers` -> `Bundesinnenminister`, `Sprecherin` stays. */
  base: string;
  /** The head alone, in the same gender: `Ministerin` for `Bundesinnenministerin`; null for a body (`Vorstand`). */
  head: string | null;
  feminine: boolean;
}

const ROLE_PARTS = new RegExp(`^(.*?)(${HEADS.join('|')})(in|innen|en|er|e|n|r|s|es)?$`, 'u');

/**
 * The forms of a role a text can later name its holder by: `SPD-Innenministers` gives `SPD-Innenminister` and
 * `Minister`. Null for a plural (`Ministerinnen`) or a word that is no role.
 */
export function roleForms(word: string): RoleForm | null {
  if (!isRole(word)) return null;
  const m = ROLE_PARTS.exec(word.toLowerCase());
  if (!m || m[3] === 'innen') return null;
  const feminine = m[3] === 'in';
  const stem = word.slice(0, m[1]!.length + m[2]!.length);
  const head = m[2]!;
  const headWord = BODIES.has(head) ? null : `${head[0]!.toUpperCase()}${head.slice(1)}${feminine ? 'in' : ''}`;
  return { base: feminine ? `${stem}in` : stem, head: headWord, feminine };
}

/** Heads declined as adjectives: `die Vorsitzende`, `der Vorsitzende` say nothing of gender without their article. */
const ADJECTIVAL = new Set(['vorsitzende', 'abgeordnete']);

/**
 * The gender a role written beside a name gives its holder: news German writes a woman's role feminine
 * (`Ministerin Eva Muster`), so a masculine one is a man's (`Minister Max Huber`); an adjectival head says so only in
 * its strong form (`Vorsitzender Max Huber`). Null for a word that is no role.
 */
export function genderOfRole(word: string): 'm' | 'f' | null {
  const forms = roleForms(word);
  if (!forms) return null;
  if (forms.feminine) return 'f';
  const m = ROLE_PARTS.exec(word.toLowerCase())!;
  return ADJECTIVAL.has(m[2]!) && m[3] !== 'r' ? null : 'm';
}

/** A capitalised word right before a name: its role or description (`Geologe Max Huber`, `SPD-Chefin Eva Muster`). */
export const ROLE_BEFORE_NAME = /(?:^|[\s(„“"«»])((?:\p{Lu}[\p{L}]*-)?\p{Lu}\p{Ll}+)\s+$/u;
/**
 * A role in an apposition after a name (`Max Huber, Trainer der Seestädter,`, `Eva Muster (SPD), die Sprecherin`) or
 * before it, between an article and a comma (`der Chef der Seebank, Max Huber,`).
 */
export const APPOSITION_AFTER_NAME = new RegExp(
  String.raw`^\s*(?:\([^)]{1,20}\)\s*)?,\s+(?:(?:der|die|das|ein|eine|eines|einer)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}` +
    String.raw`(\p{Lu}[\p{L}-]*)`,
  'u',
);
export const APPOSITION_BEFORE_NAME = new RegExp(
  String.raw`(?:^|[\s,(])(?:[Dd](?:er|ie|es|em|en)|[Dd]ies(?:er|e|es|em|en))\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}` +
    String.raw`(\p{Lu}[\p{L}-]*)[^,;:.!?]{0,80},\s*$`,
  'u',
);

/**
 * A noun that, by its ending, names a person: a nationality, a party, a trade (`Spanierin`, `Demokrat`, `Athletin`,
 * `Unternehmer`, `Sozialist`, `Franzose`). Right before a full name it describes that person (`die Demokratin Eva
 * Muster`), as a role does. Months end so too (`im Oktober Max Huber …`) and are none.
 */
const PERSON_NOUN_ENDING = new RegExp(
  String.raw`\p{Ll}(?:er|erin|ier|ierin|aner|anerin|at|atin|et|etin|ist|istin|ose|osin|ese|esin|ant|antin|ent|entin|` +
    String.raw`eur|eurin|oge|ogin)$`,
  'u',
);
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);

export const isPersonNoun = (word: string): boolean =>
  /^\p{Lu}/u.test(word) && !MONTH_WORDS.has(word) && PERSON_NOUN_ENDING.test(word);

/**
 * Heads of nouns that say what kind of person someone is, not an office they hold for others: `der SPD-Politiker`,
 * `die Schauspielerin`, `der Stürmer`, `der Unterstützer`. Such a noun as a speaker points back to someone just named
 * (`Max Huber … „…“, sagte der Politiker`); an office (`der Präsident`, `die Sprecherin`, `der Anwalt`) may be held by
 * someone not named at all. The roles' kinds (see `HEAD_SORTS`) and two that are no role.
 */
const KIND_HEADS = [
  ...Object.entries(HEAD_SORTS)
    .filter(([, sort]) => sort === 'kind')
    .map(([head]) => head),
  // Kinds of person that name no role before a name.
  'unterstützer',
  'anhänger',
];
const KIND = new RegExp(`(?:${KIND_HEADS.join('|')})(?:in)?$`, 'u');
/** Where someone is from: `Spanier`, `Italienerin`, `Amerikaner`, `Franzose`, `Chinesin`. */
const ORIGIN = /\p{Ll}(?:ier|aner|ener|ose|ese)(?:in)?$/u;
/** `61-Jährige`, `61-Jähriger`: a person by their age. */
const AGE = /^\d{1,3}-Jährige[r]?$/u;
/** `der SPD-Politiker`, `die 47-Jährige`, `der bekannte Unterstützer`: an article, up to two small words, one noun. */
const DESCRIPTION = /^([Dd]er|[Dd]ie)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}(\p{Lu}[\p{L}-]*|\d{1,3}-Jährige[r]?)$/u;

/**
 * The gender of one person a phrase describes by a noun of their kind, origin or age (see `KIND_HEADS`), or null:
 * `der Politiker` is a man, `die 47-Jährige` a woman; `die Spanier` are many, `die Sprecherin` holds an office.
 */
export function describedPerson(phrase: string): 'm' | 'f' | null {
  const m = DESCRIPTION.exec(phrase.trim());
  if (!m) return null;
  const noun = m[2]!;
  const last = noun.slice(noun.lastIndexOf('-') + 1).toLowerCase();
  if (!AGE.test(noun) && !KIND.test(last) && !ORIGIN.test(last)) return null;
  const feminine = /in$/u.test(noun);
  if (m[1]!.toLowerCase() === 'der') return feminine ? null : 'm';
  // `die` before one woman: a feminine noun, or an age (`die 47-Jährige`; many are `die 47-Jährigen`).
  return feminine || /Jährige$/u.test(noun) ? 'f' : null;
}
