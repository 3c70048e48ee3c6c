import { AUXILIARIES, SUBORDINATING_CONJUNCTIONS } from './function-words.js';
import { alternatives } from './patterns.js';
import { formsOf } from './conjugation.js';
import { VERBS } from './verbs.js';

/**
 * How a clause relates to what it says: a purpose, a plan, a subordinate clause, the passive, an offer, and the
 * prepositions that say what a deal, a figure or a talk is about.
 */

/** A purpose clause, `um … zu` up to its verb: `um Neuwahlen zu ermöglichen`, `um Nordhafen anzukündigen`. */
export const PURPOSE_CLAUSE = /(?<![\p{L}])um\s+[^,.;:]*?(?:\bzu\s+\p{L}+|\p{L}+zu\p{L}+en\b)/gu;

/**
 * A purpose clause that keeps something from happening: `um eine Insolvenz abzuwenden`, `um einem
 * Misstrauensvotum zuvorzukommen`, `um Streiks zu verhindern`. What it names did not happen, or not then.
 */
export const PREVENTING_PURPOSE = new RegExp(
  String.raw`(?<![\p{L}])um\s+[^,.;:]*?(?:\bzu\s+(?:verhindern|vermeiden|verhüten|entgehen)\b|` +
    String.raw`\b(?:zuvorzukommen|abzuwenden|vorzubeugen|auszuweichen)\b)`,
  'gu',
);

/**
 * Words that tell a deed as done once more (`rief erneut zu Streiks auf`, `zum zweiten Mal`, `eine weitere
 * Streikwelle`): another time, not the time told before.
 */
export const AGAIN = new RegExp(
  String.raw`(?<!\p{L})(?:erneut|abermals|nochmals|neuerlich\p{L}*|` +
    String.raw`zum\s+(?:zweiten|dritten|vierten|wiederholten)\s+Mal|weitere[nmrs]?)(?!\p{L})`,
  'iu',
);

/** Words of a plan or an expectation rather than of something done: `soll … abstimmen`, `voraussichtlich`. */
export const PLANNED = /\b(?:soll|sollen|will|wollen|wird|werden|geplant|plant|planen|voraussichtlich|könnten?)\b/;

/** Conjunctions that open a clause with its own subject: `während die Grünen … fordern`, `weil`, `obwohl`. */
export const SUBORDINATE_OPENER = new RegExp(String.raw`^\s*(?:${alternatives(SUBORDINATING_CONJUNCTIONS)})\s+`, 'i');

/**
 * A clause that says why, or what came before (`, weil der Bürgermeister zurücktrat`, `, nachdem die Firma geklagt
 * hatte`): the date of the clause it hangs on is not its own.
 */
export const BACKGROUND_CLAUSE_OPENER = /^\s*(?:da|weil|nachdem|obwohl|zumal)\s+/i;

/**
 * A clause that gives what a report, a version or a plan says (`ein Bericht, wonach Huber verhaftet worden sei`,
 * `die Zusage, wonach die Halle verkauft werden sollte`): its deed is told, not reported as done.
 */
export const TOLD_CONTENT_OPENER = /^\s*wonach\s/i;
/**
 * A clause that asks whether (`prüft, ob Huber entlassen wird`): the deed its verb names is open. A deed it
 * names by a noun may have happened (`ob sie bei der Wahl am 3. Mai …`).
 */
export const WHETHER_OPENER = /^\s*ob\s/i;

/**
 * An accusation and a colon before: what follows is what someone is accused of or claims, not a deed reported as done
 * (`Der Verdacht der Ermittler: Huber habe 2019 die Seebank gekauft`, `wies die Vorwürfe zurück: …`).
 */
export const ACCUSATION_BEFORE =
  /(?:Verdacht|Vorw[uü]rf|Anklage|Anschuldigung|Beschuldigung)\p{L}*[^:.!?]{0,80}:\s[^:]*$/u;

/**
 * Passive voice beside a dismissal: its one person is the one dismissed (`dass Muster zunächst entlassen … wurde`).
 */
export const PASSIVE_AUXILIARY = new RegExp(String.raw`\b(?:${alternatives(AUXILIARIES.werden)})\b`);

/** After the word for a dismissal, who was dismissed: `die Entlassung von Roth`, `entließ Roth`. */
export const DISMISSED_AFTER = /^\S*\s+(?:(?:von|des|der)\s+)?(?:\p{L}+\s+){0,2}$/u;

/**
 * A purchase said conditionally or announced is an offer, not a sale that happened: `wir würden
 * Alpenpost für 9,74 Milliarden kaufen`, `…, wenn du möchtest`, `kündigte … den Kauf … an`.
 */
export const OFFERED = /\bwürden?\b|\bwenn\b|\bkündigte\b|\bAbsicht\b|\bwill\b|\bwollen\b|\bwould\b|\bif\b/i;

/**
 * A name right after these is what the deal, the value or the money is for (`Angebot für Seebank`, `Wert von Seebank`).
 */
export const GOVERNS = new RegExp(
  String.raw`(?:\bfür|\bvon|(?<!\p{L})über|\bin|\bdes|\bder|(?<!\p{L})Übernahme|\bKauf|` +
    String.raw`\bKontrolle\s+über|\bfor|\bof)\s+(?:(?:den|die|das|dem|` +
    String.raw`der)\s+)?(?:[\p{L}-]+\s+)?$`,
  'u',
);

/**
 * A name right after these is where or beside what something happened, not what it is about (`das Unternehmen hinter
 * ChatGPT`), or whom something is compared with (`wie von der Seebank geplant`).
 */
export const ASIDE =
  /(?:\bhinter|\bbei|\bauf|\bwie(?:\s+vo[nm])?|\bneben|\bmit)\s+(?:(?:den|die|das|dem|der)\s+)?(?:[\p{L}-]+\s+)?$/u;

/**
 * A name a preposition governs a few words before it (`in der tunesischen Hauptstadt Seestadt`, `bei der Seebank`):
 * where something happened or whose it is, not the thing it happened to.
 */
export const PLACE_OR_PARTY_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:in|im|auf|bei|beim|an|am|aus|nach|von|vom|zu|zum|zur|für|mit)\s+` +
    // An article after the words between starts a phrase of its own: `in Kassel die Messe`.
    String.raw`(?:(?:der|die|das|dem|den|des|einer|einem|eines)\s+)?` +
    String.raw`(?:(?!(?:der|die|das|dem|den|des)\s)[\p{L}.-]+\s+){0,2}$`,
  'iu',
);

/** `Gespräche über Seebank`: what talks are about follows these. */
export const TALKS_ABOUT = /(?<!\p{L})(?:über|zu|zum|zur)\s+(?:\p{L}+\s+)?$/u;

/** `auf seiner Plattform X`: where something was said, not what it was about. */
/** Where something was said or done, not what it was about: `auf X`, `bei X`, `im Bundestag`, `beim Parteitag`. */
export const SAID_WHERE = /(?:\bauf|\bbei|\bbeim|\bim|Plattform)\s+$/;
/** `bei der Seebank`, `beim FC Seestadt`: where someone works, right before the company. */
export const AT_COMPANY_BEFORE = /(?:\bbei(?:\s+(?:der|dem))?|\bbeim)\s+$/;

/** `Alpenpost für 44 Milliarden`: a name owning the figure's `für` phrase, a few words before it. */
export const FOR_BEFORE_FIGURE = /^\s+(?:[\p{L}\d-]+\s+){0,3}(?:für|for)\s+$/u;

/** `Spenden … für Karl Weber`. */
export const FOR_BEFORE_NAME = /\bfür\s+$/;

/**
 * A clause's verb negated: `erhob bislang nicht Anklage`, `trat nie zurück`, `hat weder … erworben noch …`; `nicht
 * nur … sondern` negates nothing.
 */
export const NEGATION = /(?<!\p{L})(?:nicht(?!\s+nur)|nie|niemals|weder)(?!\p{L})/iu;

/**
 * Words that demand a deed rather than report it: `forderten den Rücktritt`, `verlangt eine Einigung`, `beantragte die
 * Eröffnung des Verfahrens`, or ask for it: `bat um ihre Entlassung`, `hat um Entlassung gebeten`, `die Bitte um …`.
 */
export const DEMANDED = new RegExp(
  String.raw`(?<!\p{L})(?:forder\p{L}*|gefordert\p{L}*|Forderung\p{L}*|verlang\p{L}*|beantragt?\p{L}*|` +
    String.raw`gebeten|erbeten|bat|baten|Bitte)(?!\p{L})`,
  'u',
);

/**
 * Words that say a deed its clause names by a noun was averted or is no longer to come: `Damit sind Streiks
 * abgewendet`, `Neuwahlen sind vom Tisch`, `die Schließung wurde verhindert`, `die Streiks könnten bald vorbei
 * sein`, `Streiks sind nicht mehr möglich`.
 */
export const AVERTED = new RegExp(
  String.raw`(?<!\p{L})(?:abgewendet|abgewandt|verhindert|vom\s+Tisch|vorbei|ausgeschlossen|` +
    String.raw`nicht\s+(?:mehr\s+)?möglich)(?!\p{L})`,
  'iu',
);

/**
 * A deed named as what something follows from (`die Auswirkungen der Störung`, `an den Folgen des Unwetters`, `das
 * Ausmaß des Streiks`): known already; whoever the clause's subject is did not do it.
 */
export const CONSEQUENCE_OF = new RegExp(
  String.raw`(?<!\p{L})(?:Auswirkungen|Folgen|Konsequenzen|Ausmaß|Schwere)\s+` +
    String.raw`(?:des|der|dieses|dieser|eines|einer)\s+(?:\p{Ll}+\s+){0,2}$`,
  'u',
);

/**
 * A clause that opens by naming what it gives the background of (`Hintergrund des Streiks sind …`, `Hintergrund der
 * Rücktritte war …`), up to the noun: that deed is explained, not reported.
 */
export const BACKGROUND_OF = /^\s*Hintergrund\s+(?:des|der|dieses|dieser|eines|einer)\s[^,;:]*$/iu;

/**
 * Words that ask someone to do what a `zu` clause after them names: `forderte ihn auf, zurückzutreten`, `wurde
 * aufgefordert, das Land zu verlassen`, `bat sie, … zu unterschreiben`, `Aufrufe, … zu demonstrieren`. The deed is
 * asked for, not done.
 */
export const ASKS_TO = new RegExp(
  String.raw`(?<!\p{L})(?:forder\p{L}*|aufgefordert|aufzufordern|aufforder\p{L}*|Aufforderung|Aufruf\p{L}*|` +
    String.raw`aufgerufen|aufzurufen|ruft|rief|riefen|gebeten|bat|baten|` +
    String.raw`bitte[tn]?|gedrängt|drängt\p{L}*|ersucht\p{L}*|appellier\p{L}*|verlang\p{L}*)(?!\p{L})`,
  'u',
);

/** A `zu` infinitive: `zu verlassen`, `niederzulegen`, `zurückzutreten`. */
export const ZU_INFINITIVE = /(?<!\p{L})zu\s+\p{Ll}+n(?!\p{L})|(?<!\p{L})\p{Ll}{2,}zu\p{Ll}+en(?!\p{L})/u;

/**
 * A name set off by commas between a noun phrase that opens the sentence and its verb is that phrase's apposition, the
 * subject (`Der frühere Minister, Max Huber, ist tot`): after the name, up to its comma, at most an age (`(61)`) …
 */
export const APPOSITION_AFTER_NAME = /^\s*(?:\(\d{1,3}\)\s*)?$/u;
/** … and the clause after the comma opens with the finite auxiliary of the subject (`ist`, `wurde`, `hatte`). */
export const AUXILIARY_OPENER = new RegExp(
  String.raw`^\s*(?:${alternatives([...AUXILIARIES.sein, ...AUXILIARIES.haben, ...AUXILIARIES.werden])})(?!\p{L})`,
  'u',
);

/**
 * A clause that says what someone wore or carried (`trug am Montag einen grauen Hut`): a finite verb of `state` with no
 * particle at the clause's end, which would make it another verb (`trug … zum Sieg bei`, `trug sich … zu`).
 */
export const STATE_VERB = new RegExp(
  String.raw`(?<!\p{L})(?:${formsOf(VERBS, 'state', 'finite').join('|')})(?!\p{L})`,
  'u',
);
export const PARTICLE_AT_END =
  /(?<!\p{L})(?:ab|an|auf|aus|bei|davon|ein|fort|mit|nach|vor|weg|zu|zusammen)\s*[.,;:!?]?\s*$/u;

/** Before the one a deed is against: `gegen Huber`, `gegen den 40 Jahre alten Huber`. */
export const AGAINST_BEFORE = /(?<!\p{L})gegen\s+(?:(?:den|die|das|dem|einen|eine|einem)\s+)?(?:\p{L}+\s+){0,3}$/u;
