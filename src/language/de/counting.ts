import { MONTH } from './calendar.js';
import { formsOf } from './conjugation.js';
import { VERBS } from './verbs.js';

/**
 * What stands around a number in a sentence: what it counts, what it labels, and what makes it no figure.
 */

/** A date or a time is not a figure: `11.02.2025`, `15:40`, `21. Jahrhundert`. */
export const NOT_A_FIGURE_AFTER = new RegExp(String.raw`^(?:\.\d|:\d|\.\s*(?:Jahrhundert|Jh|${MONTH}))`, '');

/**
 * A capitalised noun right after a bare number, perhaps behind one adjective, is what it counts (`1'000 neue Stellen`).
 */
export const COUNTED_NOUN =
  /^\s(?:(?!(?:des|der|dem|den|die|das|eine[snmr]?)\s)\p{Ll}+e[nrsm]?\s)?(\p{Lu}[\p{Ll}äöüß]+(?:-\p{L}+)?)/u;

/** Nouns a number labels rather than counts: `Artikel 112 des Grundgesetzes`, `Paragraf 5`, `Platz 2`. */
export const LABEL_BEFORE_NUMBER = new RegExp(
  String.raw`(?<!\p{L})(?:Artikel|Art\.|Paragrafe?n?|Paragraphe?n?|§|Absatz|Abs\.|Nummer|Nr\.|Kapitel|Seite|` +
    String.raw`Platz|Punkt|Folge|Staffel|Band)\s*$`,
  'u',
);

/**
 * `Vier Männer stimmten mit Nein und zwei enthielten sich`: a bare number joined to a count and followed by its
 * verb shares the count's noun. What stands between the two: the rest of the first clause, then `und` or a comma, and
 * perhaps `davon` and a hedge (`, davon rund 300`, `, etwa 300 davon`).
 */
export const SHARED_COUNT_JOIN = /(?:\s+und|,)\s*(?:davon\s+|darunter\s+)?(?:\p{Ll}+\s+)?$/u;

/** What joins a part to the whole it is counted of: `von derzeit`, `der insgesamt`, `seiner noch bestehenden`. */
const PART_JOIN = String.raw`(?:von|der|seiner|ihrer)\s+(?:\p{Ll}+\s+){0,3}`;

/**
 * A part counted of a whole whose noun follows the whole: `1.400 von 12.800 Stellen`, `70 der 92 Filialen`, `23 von
 * insgesamt 51 Sitzen`, `16 seiner noch bestehenden 92 Häuser`. The bare number before it counts that noun. Up to the
 * whole's number: its noun is read after.
 */
export const PART_OF_WHOLE = new RegExp(String.raw`^\s+${PART_JOIN}(?:\d{1,3}(?:[.'’\u00a0 ]\d{3})+|\d+)(?=\s)`, 'u');

/** The words before a whole that a part is counted of (see `PART_OF_WHOLE`): `1.400 von derzeit `, `16 seiner `. */
export const WHOLE_AFTER_PART = new RegExp(String.raw`\d\s+${PART_JOIN}$`, 'u');

/** Nouns a count of time is the length of: a sentence (`Haft`, `Freiheitsstrafe`), a contract's term (`Laufzeit`). */
const TERM_NOUN = String.raw`(?:Haft|Gefängnis|Laufzeit|Amtszeit|Sperre|\p{Lu}\p{Ll}*(?:strafe|haft|laufzeit))`;
const LASTING_VERB = formsOf(VERBS, 'lasting', 'all').join('|');

/**
 * A count of time is a figure where it measures how long something is, not when it happened (`vor zwei Jahren`):
 * after a term's noun (`eine Freiheitsstrafe von acht Jahren`, `eine Laufzeit von 18 Monaten`); or before one, or
 * before a verb of lasting (`12 Jahre Haft`, `zwölf weitere Jahre in Haft`, `soll 20 Monate gelten`, `würde drei
 * Jahre dauern`).
 */
export const TERM_BEFORE_COUNT = new RegExp(String.raw`${TERM_NOUN}\s+(?:von|über)\s+(?:\p{Ll}+\s+){0,2}$`, 'u');
export const TERM_AFTER_COUNT = new RegExp(
  String.raw`^[“”"«»]?\s+(?:(?:in\s+)?${TERM_NOUN}|(?:${LASTING_VERB}))(?!\p{L})`,
  'u',
);

/**
 * A count of jobs that are cut, not had: `will 3.000 Stellen abbauen`, `baut 3.000 Stellen ab`, `sollen 500
 * Arbeitsplätze wegfallen`, `die Belegschaft soll um 900 Mitarbeiter schrumpfen`, `Abbau von 2.000 Stellen`,
 * `entlässt 400 Beschäftigte`.
 */
export const CUTS_JOBS = new RegExp(
  String.raw`(?<!\p{L})(?:abbau|abzubauen|abgebaut|Stellenabbau|Jobabbau|streich|gestrichen|Streichung|wegfall|` +
    // `baut 1.400 Stellen ab`: the period of a number ends no clause.
    String.raw`bau(?:t|te|ten|en)\s(?:[^.;]|(?<=\d)\.(?=\d)){1,80}?\sab(?!\p{L})|` +
    String.raw`wegzufallen|fallen\s+\p{L}+\s+weg|fällt\s+weg|entlass|Entlassung|schrumpf|verschwind|vernicht|` +
    String.raw`Kündigung|cut|layoff)`,
  'iu',
);

/**
 * What a count of jobs or people counts: jobs, staff, people. A count of something else in a sentence about jobs (`an
 * sieben Toren`) is a count of its own noun.
 */
export const PEOPLE_OR_JOBS = new RegExp(
  String.raw`(?:Stelle|Arbeitspl|Job|Mitarbeit|Beschäftigt|Mensch|Teilnehm|Angestellt|Arbeiter|Person|Leute|` +
    String.raw`Kolleg|Streikend|Demonstrant|Beamt|Belegschaft|Kräfte|employee|worker|people)`,
  'i',
);
/**
 * `von 9.000 auf 7.000`: the levels a count of jobs moves between are counts of jobs had, not cut. The level it
 * moves to follows `auf`; the one it moves from follows `von` and comes before an `auf` (`der Abbau von 900 Stellen`
 * is a cut).
 */
export const LEVEL_TO_BEFORE = /(?<!\p{L})auf\s+(?:\p{Ll}+\s+){0,2}$/u;
export const LEVEL_FROM_BEFORE = /(?<!\p{L})von\s+(?:\p{Ll}+\s+){0,2}$/u;
export const LEVEL_FROM_AFTER = /^\s+(?:\p{L}+\s+){0,2}auf\s/u;
