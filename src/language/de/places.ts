import { MONTH } from './calendar.js';
import { isListedNoun } from './nouns.js';

/**
 * Where a count is counted: `3.000 Stellen in Kassel`, `davon 1.200 in Deutschland`, `In Kassel arbeiten 900 Menschen`,
 * `am Standort Nordstadt 400 Stellen`. A count of one place is part of a count of a wider one: the 1.200 in one country
 * and the 5.000 worldwide of one job cut are two values of two things, not a disagreement.
 */

/**
 * A place as the text writes it: a capitalised word the dictionary does not list as a noun (`Kassel`, `den USA`; not
 * `in Teilzeit`).
 */
const PLACE = String.raw`((?:(?:den|der|dem)\s+)?(\p{Lu}[\p{L}-]+))`;
/** How a place joins a count: `in`, `im Werk`, `am Standort`, `in den Werken`. */
const AT_PLACE = String.raw`(?:[Ii]n|[Ii]m\s+(?:Werk|Stammwerk)|[Aa]m\s+Standort|[Ii]n\s+den\s+Werken)`;

/** After the count: `… in Kassel`, `…, davon in Kassel`, `… davon in Kassel`. */
const PLACE_AFTER = new RegExp(String.raw`^,?\s+(?:davon\s+)?${AT_PLACE}\s+${PLACE}`, 'u');
/** Before the count in its clause: `In Kassel arbeiten`, `beschäftigt in Kassel`, `am Standort Nordstadt sollen`. */
const PLACE_BEFORE = new RegExp(String.raw`(?:^|\s)${AT_PLACE}\s+${PLACE}\s+(?:\p{Ll}+\s+){0,3}$`, 'u');
/** Words that say a count is the whole: `weltweit`, `insgesamt`. */
const WHOLE = /^\s+(?:weltweit|insgesamt|bundesweit|konzernweit)\b/u;
const MONTH_NAME = new RegExp(`^${MONTH}$`);

/**
 * The place a count is of, read from the words around it (`before`: its clause up to the number; `after`: the text
 * from the end of the figure); null for a whole (`weltweit`) or where no place is named. `isName` tells a place from a
 * company or person the data knows (`in der Seebank` is no place).
 */
export function placeOf(before: string, after: string, isName: (word: string) => boolean): string | null {
  if (WHOLE.test(after)) return null;
  const found = PLACE_AFTER.exec(after) ?? PLACE_BEFORE.exec(before);
  const name = found?.[2];
  if (!name || isListedNoun(name) || MONTH_NAME.test(name) || isName(name)) return null;
  // With its article, as a reader says it: `in den USA`.
  return found[1]!;
}

/**
 * Words that open the name of a place in English, Spanish or Italian (`New Jersey`, `San Antonio`, `Fort Worth`,
 * `Sankt Petersburg`): no given name opens a person's name with them.
 */
export const PLACE_OPENINGS: ReadonlySet<string> = new Set(['New', 'San', 'Santa', 'Sankt', 'Saint', 'Fort', 'Port']);

/**
 * Words that close the name of a city, a club, a team or a body in English (`New York City`, `Seestadt United`,
 * `Nordstadt Rovers`, `Seeland Rights Watch`, `Sea Shepherd International`): such a name is no given name and surname,
 * whatever role stands before it (`beim Tabellenführer … City`), nor are the words right before one.
 */
export const PLACE_OR_CLUB_ENDINGS: ReadonlySet<string> = new Set([
  'International',
  'Institute',
  'Survey',
  'Watch',
  'Foundation',
  'Association',
  'Journal',
  'City',
  'United',
  'Town',
  'County',
  'Rovers',
  'Wanderers',
  'Athletic',
  'Hotspur',
  'Albion',
  'Rangers',
]);
