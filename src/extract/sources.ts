import { isCommonNoun } from '../language/de/nouns.js';
import { ACCORDING_TO, IT_SAYS, SOURCE_PHRASE, namesNoSource, sourceHead } from '../language/de/sources.js';

/** A source no person stands for, as the text words it (see `language/de/sources.ts`). */
export interface Source {
  name: string;
  id: null;
  unnamed: true;
}

const MAX_WORDS = 10;

function asSource(phrase: string | undefined): Source | null {
  if (!phrase) return null;
  const head = sourceHead(phrase);
  // A name in marks is a title whatever its words (`„Die Woche am See“`), never a time of day.
  if (head === '' || (namesNoSource(head) && !/^\s*[„«»"“]/u.test(phrase))) return null;
  // A sentence's full stop is not part of the name (`ver.di` keeps its dot).
  const name = phrase.trim().split(/\s+/).slice(0, MAX_WORDS).join(' ').replace(/\.+$/u, '');
  return { name, id: null, unnamed: true };
}

/** The source a clause opens with, after its speech verb: `ein Sprecher der Seebank`, `die Seebank am Montag`. */
export const sourceOpening = (clause: string): Source | null => asSource(SOURCE_PHRASE.exec(clause)?.[1]);

/** `…“, hieß es aus Paris` (the text after a quotation), `In der Mitteilung heißt es:` (a lead-in). */
export function itSays(text: string): Source | null {
  const m = IT_SAYS.exec(text);
  return m ? asSource(m[1] ?? m[2]) : null;
}

/** `Nach Angaben der Seebank ist …`: a sentence's source, anywhere in its words (see `ACCORDING_TO`). */
export const accordingTo = (text: string): Source | null => asSource(ACCORDING_TO.exec(text)?.[1]);

/**
 * The source a lead-in names before its speech verb (`Ein Sprecher der Seebank teilte mit:`), when the noun group runs
 * from the lead-in's start to the verb.
 */
export function sourceBefore(lead: string, verbAt: number): Source | null {
  // `Wie die Seebank mitteilte, …`: the source of a clause that says where the sentence has it from.
  const as = /^\s*[Ww]ie\s+/u.exec(lead)?.[0].length ?? 0;
  const m = SOURCE_PHRASE.exec(lead.slice(as));
  // An auxiliary may stand between (`Die Seebank hatte kritisiert`), and a quoted name left out (`Die Zeitung …`).
  const between = lead
    .slice(as + (m?.[0].length ?? 0), verbAt)
    .replace('…', '')
    .trim();
  if (!m || !/^(?:|hat|hatte|habe|hätte|haben|hatten|wird|wurde|ist|war)$/u.test(between)) return null;
  // Opening the sentence, every word is capitalised: without an article only a noun (`Kritiker`) or a name written
  // with capitals inside (`NBK`, `SeeTech`) is a source, not an adverb (`Darin versprach …`).
  const first = /^\s*(\S+)/u.exec(m[1]!)![1]!;
  const bare = !ARTICLE.test(first) && !isCommonNoun(first) && !/^\p{Lu}\S*\p{Lu}/u.test(first);
  return bare ? null : asSource(m[1]);
}
const ARTICLE = /^(?:[Dd](?:er|ie|as|em|en|es)|[Ee]in(?:e[mnrs]?)?)$/u;
