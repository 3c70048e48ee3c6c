/**
 * Nouns for what a person is or does, as news German puts them before or after a name (`Trainer Max Huber`, `Eva
 * Muster, die Sprecherin der Seebank`): the heads of such nouns, each once, in their masculine form. Compounds are
 * made freely (`Bundesinnenminister`, `Gewerkschaftschefin`, `SPD-Innenexperte`), so a word is a role when it ends in a
 * head, perhaps with the feminine `-in`, a plural or a genitive ending. A role names a person; a company or a place
 * it never does (`Konzern`, `Stadt` are no heads), so a capitalised word after a role is a surname.
 */
const HEADS = [
  // office and politics
  'präsident',
  'minister',
  'kanzler',
  'bürgermeister',
  'abgeordnete',
  'botschafter',
  'kommissar',
  'sekretär',
  'gouverneur',
  'senator',
  'politiker',
  'vorsitzende',
  'kandidat',
  'landrat',
  'diplomat',
  // leading and speaking
  'chef',
  'sprecher',
  'leiter',
  'direktor',
  'führer',
  'manager',
  'gründer',
  'unternehmer',
  'investor',
  'eigentümer',
  'milliardär',
  'vorstand',
  'repräsentant',
  'mitglied',
  // knowing and judging
  'experte',
  'professor',
  'forscher',
  'wissenschaftler',
  'ökonom',
  'analyst',
  'historiker',
  'theologe',
  'geologe',
  'virologe',
  'jurist',
  'anwalt',
  'richter',
  'ermittler',
  'arzt',
  // the press and the arts
  'journalist',
  'reporter',
  'redakteur',
  'moderator',
  'autor',
  'kritiker',
  'künstler',
  'sänger',
  'schauspieler',
  'regisseur',
  // sport
  'trainer',
  'spieler',
  'stürmer',
  'torhüter',
  'kapitän',
  // faith, force and others who speak for many
  'papst',
  'bischof',
  'kardinal',
  'rabbiner',
  'general',
  'offizier',
  'aktivist',
  'gewerkschafter',
] as const;

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
