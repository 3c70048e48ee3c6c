import { MONTH } from './calendar.js';

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
 * verb shares the count's noun. What stands between the two: the rest of the first clause, then `und` or a comma.
 */
export const SHARED_COUNT_JOIN = /(?:\s+und|,)\s*$/;
