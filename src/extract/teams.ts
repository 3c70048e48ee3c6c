import { isListedNoun } from '../language/de/nouns.js';
import { isRole } from '../language/de/roles.js';
import { SENTENCE_OPENERS } from '../language/de/stop-words.js';

/**
 * A team is named by a name this bot may not know (`Seestadt`, `Blau-Weiß Nordhafen`), not as a company is (no legal
 * form, often no club's prefix). Opening the clause of a contest won, right before its verb, it is who won: `Nordhafen
 * gewann mit 3:0`, `Blau-Weiß Seestadt hat den Titel gewonnen`. Not a noun (`Die Mannschaft`, `Gastgeber`), a word
 * that opens sentences (`Damals siegten …`), nor a role.
 */
const TEAM_OPENING = new RegExp(
  String.raw`^\s*((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+){0,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+` +
    String.raw`(?:hat|hatte|haben|hatten|gewann|gewannen|siegte|siegten|besiegte|besiegten|bezwang|bezwangen|` +
    String.raw`schlug|schlugen|sicherte|sicherten|ist|war|wurde)(?!\p{L})`,
  'u',
);

/**
 * The team that opens `clause` (see `TEAM_OPENING`). A name of one word opens sentences as an adverb may (`Damals
 * siegten …`): it counts where its article (`body`) writes it inside a sentence too, as a name is written.
 */
export function teamOpening(clause: string, body: string): string | null {
  const name = TEAM_OPENING.exec(clause)?.[1];
  if (!name) return null;
  const words = name.split(/\s+/);
  if (words.some((w) => SENTENCE_OPENERS.has(w) || isRole(w)) || isListedNoun(words[words.length - 1]!)) return null;
  return words.length > 1 || new RegExp(String.raw`[\p{Ll},]\s+${name}(?!\p{L})`, 'u').test(body) ? name : null;
}
