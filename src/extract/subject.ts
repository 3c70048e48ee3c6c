import type { Sentence } from '../corpus/types.js';
import type { OrgFinder, OrgMention } from './orgs.js';
import { canAct, type Mention, type PeopleFinder } from './people.js';
import {
  OFFERED,
  ACTOR_PRONOUN as PRONOUN,
  FIGURE_ORG_ANAPHOR as ORG_ANAPHOR,
  GOVERNS,
  ASIDE,
  FOR_BEFORE_FIGURE,
  FOR_BEFORE_NAME,
  RELATIVE_AFTER_NAME,
  SUBORDINATE_OPENER,
  AFFILIATION_BEFORE,
  AFFILIATION_AFTER,
  TIME_NOUN,
  CUTS_JOBS,
  LEVEL_TO_BEFORE,
  LEVEL_FROM_BEFORE,
  WHOLE_AFTER_PART,
  LEVEL_FROM_AFTER,
  PEOPLE_OR_JOBS,
  PREPOSITION_RIGHT_BEFORE,
  MASCULINE_PRONOUN,
  POSSESSIVE_PRONOUN,
  OBJECT_BEFORE,
  LEADER_BEFORE,
  attributionFrom,
} from '../language/de.js';
import { isRole } from '../language/de/roles.js';
import { TRANSACTIONS, transaction as record, type TransactionId } from '../language/de/transactions.js';
import { measureLabel } from '../language/de/shares.js';
import { FEMININE_COMPOUND_NAME } from '../language/de/nouns.js';

/**
 * What a figure measures: the transaction or quantity (a bid, a purchase, a valuation …), the
 * thing it is about (a company, product or person from data: `Seebank`, `Alpenpost`, `Karl Weber`)
 * and who acts (`Max Huber`). Figures with the same transaction and object measure the same
 * thing, which is how the fact-checker finds sources that agree or disagree.
 */
export interface FigureAbout {
  transaction: Transaction | null;
  /** What the figure is about: always a name from data, never a word picked from the text. */
  object: string | null;
  /** Who acts in the clause (`Huber hatte Alpenpost … übernommen`); null for a valuation or an age. */
  actor: string | null;
  /**
   * What a share without a transaction is a share of, as the text names it: `der Stimmen`, `Wahlbeteiligung`
   * (`language/de/shares.ts`). Shares of different nouns are never compared.
   */
  measure?: string;
  /**
   * The place a count is of, where the text names one (`3.000 Stellen in Kassel`, `language/de/places.ts`): a part,
   * never compared with the whole or with another place.
   */
  where?: string;
}

/** A transaction of the lexicon's records (`language/de/transactions.ts`). */
export type Transaction = TransactionId;

export function transactionOf(text: string): Transaction | null {
  const found = TRANSACTIONS.find((t) => t.words?.test(text))?.id ?? null;
  return found === 'purchase' && OFFERED.test(text) ? 'bid' : found;
}

/** Each record's words, to find every place they stand. */
const ALL_WORDS = TRANSACTIONS.flatMap((t) =>
  t.words ? [{ id: t.id, all: new RegExp(t.words.source, `${t.words.flags}g`) }] : [],
);

/**
 * The transaction named last before `at` in a sentence: a figure whose own clause names none belongs to the deal just
 * named (`Der Klub zahlt eine Ablöse von 80 Millionen und gibt ihm ein Gehalt von 9 Millionen`), not to one named
 * further on in the sentence.
 */
function transactionBefore(text: string, at: number): Transaction | null {
  const before = text.slice(0, at);
  let found: { id: Transaction; at: number } | null = null;
  for (const { id, all } of ALL_WORDS)
    for (const m of before.matchAll(all)) if (!found || m.index > found.at) found = { id, at: m.index };
  if (!found) return null;
  return found.id === 'purchase' && OFFERED.test(text) ? 'bid' : found.id;
}

/** A bid for a company and its purchase are one deal to a claim: users call the same bid either. */
export function transactionFamily(t: Transaction | null): string | null {
  return (t && record(t).claimedAs) ?? givingAs(t);
}

/**
 * Money given to someone is one thing whatever the article calls it (`Unterstützung der Ukraine`, `finanziert
 * werden`): figures of either word are compared. A bid and a purchase stay apart (an offer is not a price paid).
 */
export function givingAs(t: Transaction | null): string | null {
  return t && (record(t).sameAs ?? t);
}

/** A purchase its clause says was made: a participle (`gekauft`) or a past tense (`kaufte`, `übernahm`). */
const DONE_PURCHASE = /(?<!\p{L})(?:gekauft|übernommen|kaufte[n]?|übernahm(?:en)?|bezahlte[n]?)(?!\p{L})/iu;

/** Kinds of figure that have no actor: a company's value, a person's age, a project's jobs, a budget's gap. */
const withoutActor = (t: Transaction) => record(t).actor === 'none';
const WALK_BACK = 3;

/**
 * Whether the words before a name make it the one who leads a group (`die Partei von Spitzenkandidat `, `die Liste um
 * `, `die Mannschaft von Trainer `): `um` before it, or `von` and a role. Not `der Wechsel von ` (whose move it is).
 */
function ledBy(before: string): boolean {
  const m = LEADER_BEFORE.exec(before);
  if (!m) return false;
  const words = m[2]!.trim().split(/\s+/u).filter(Boolean);
  return m[1] === 'um' || (words.length > 0 && isRole(words[words.length - 1]!));
}

/**
 * Who acts in sentence `i`: its first acting person, or, when a pronoun comes first, the one it points back to, of the
 * pronoun's gender. A pronoun after a company the sentence names (`Die Seebank will 16 ihrer Filialen schließen`, `Das
 * Unternehmen … seiner`) is the company's; one a preposition governs (`fließen an sie zurück`) acts not at all.
 * `companyAt`: where the sentence first names a company, or points back to one.
 */
function actorOf(sentences: Sentence[], i: number, people: PeopleFinder, companyAt: number): string | null {
  const text = sentences[i]!.text;
  // `Die Partei von Spitzenkandidat Max Huber erzielte 30 Prozent`, `die Liste um Eva Muster`: one who leads a group
  // the clause names is not who it is about; nor is who tells it (`…, sagte die Richterin`).
  // At the sentence's opening only `Laut Huber …` tells; a verb there opens a question or the clause itself.
  const told = attributionFrom(text);
  const telling =
    told && (told.at > 0 || /^\s*laut\s/iu.test(told.match[0]))
      ? { from: told.at, to: told.at + told.match[0].length }
      : null;
  const mentions = people
    .mentions(text)
    .filter(
      (m) =>
        !(telling && m.start >= telling.from && m.start < telling.to) &&
        !ledBy(text.slice(Math.max(0, m.start - 60), m.start)),
    );
  const first = mentions.find(canAct);
  const pronoun = PRONOUN.exec(text);
  if (first && (!pronoun || first.start < pronoun.index)) return first.person.name;
  // `an sie`, `für ihn`: a person a preposition governs; `mit seinen Spenden`: a possessive, whose the noun is.
  const governed =
    pronoun !== null &&
    !POSSESSIVE_PRONOUN.test(pronoun[0]) &&
    PREPOSITION_RIGHT_BEFORE.test(text.slice(0, pronoun.index));
  if (pronoun && companyAt > pronoun.index && !governed) {
    const unlike = MASCULINE_PRONOUN.test(pronoun[0]) ? 'f' : 'm';
    const fits = (m: Mention) => m.person.gender !== unlike;
    for (let j = i - 1; j >= Math.max(0, i - WALK_BACK); j--) {
      const before = people.mentions(sentences[j]!.text).filter(fits);
      // `Hubers Antwort kam rasch. … bot er …`: a possessive names the actor too.
      const found = before.find(canAct) ?? before[0];
      if (found) return found.person.name;
    }
  }
  return first?.person.name ?? mentions[0]?.person.name ?? null;
}

interface Named {
  name: string;
  start: number;
  end: number;
}

/**
 * The name a figure's clause is about. In order: a name the clause governs (`für Seebank`,
 * `Wert von Seebank`), a name that owns the figure's `für` phrase (`Alpenpost für 44 Milliarden`),
 * the first name of the sentence that is not an aside (`hinter ChatGPT`) and not the actor.
 */
function governedName(text: string, at: number, names: Named[], actor: string | null, loose: boolean): string | null {
  // `…, sagte der Kanzler im Bundestag`: who said it after the figure, and where, is not what it is of.
  const teller = attributionFrom(text, at)?.at ?? text.length;
  const usable = names.filter((n) => n.name !== actor && n.start < teller);
  const window = (n: Named) => text.slice(Math.max(0, n.start - 40), n.start);
  const governed = usable.filter((n) => GOVERNS.test(window(n)) && !ASIDE.test(window(n)));
  // Nearest to the figure first: `… die Seebank … für 97,4 Milliarden übernehmen will`.
  const byDistance = (a: Named, b: Named) => Math.abs(a.start - at) - Math.abs(b.start - at);
  if (governed.length > 0) return [...governed].sort(byDistance)[0]!.name;
  // The nearest such name: in `Alpenbank will Seebank für 3,2 Milliarden übernehmen` the deal is for Seebank.
  const owner = [...usable].reverse().find((n) => n.end <= at && FOR_BEFORE_FIGURE.test(text.slice(n.end, at)));
  if (owner) return owner.name;
  return loose ? (usable.find((n) => !ASIDE.test(window(n)))?.name ?? null) : null;
}

/**
 * The name the figure's own clause governs or that owns its `für` phrase, before any of the rest of the sentence: in
 * `Huber hatte Alpenpost für 4 Milliarden gekauft, dann bot er 9 Milliarden für die Seebank` the 4 are Alpenpost's.
 */
function clauseObject(text: string, clause: string, at: number, orgs: OrgMention[], actor: string | null) {
  const from = text.lastIndexOf(clause, at);
  if (from < 0 || clause.length === text.length) return null;
  const inside = orgNames(orgs)
    .filter((n) => n.start >= from && n.end <= from + clause.length)
    .map((n) => ({ ...n, start: n.start - from, end: n.end - from }));
  return governedName(clause, at - from, inside, actor, false);
}

/**
 * The object a sentence that names none continues, from the sentences before it (nearest first):
 * in each, a name it governs, else what its `des Projekts` points to, else its first name that is
 * not an aside (`Alpenbank ist neben Nordwerk Geldgeber des Projekts` is about the project).
 */
function contextObject(context: SentenceFacts[], actor: string | null): string | null {
  for (const c of context) {
    const found =
      governedName(c.text, c.text.length, orgNames(c.orgs), actor, false) ??
      c.anaphor ??
      governedName(c.text, c.text.length, orgNames(c.orgs), actor, true);
    if (found) return found;
  }
  return null;
}

const orgNames = (mentions: OrgMention[]): Named[] =>
  mentions.map((m) => ({ name: m.org.name, start: m.start, end: m.end }));
const personNames = (mentions: Mention[]): Named[] =>
  mentions.map((m) => ({ name: m.person.name, start: m.start, end: m.end }));

/** What every figure of a sentence reads of the sentence as a whole, computed once per sentence. */
export interface SentenceFacts {
  text: string;
  transaction: Transaction | null;
  actor: string | null;
  orgs: OrgMention[];
  people: Mention[];
  /** The company a `das Unternehmen`, `die Plattform` in it points back to, if it has one. */
  anaphor: string | null;
}

export interface SubjectContext {
  people: PeopleFinder;
  orgs: OrgFinder;
}

/** `prior`: the companies named in the sentences just before, in text order, for an anaphor to point back to. */
export function sentenceFacts(sentences: Sentence[], i: number, ctx: SubjectContext, prior: string[]): SentenceFacts {
  const text = sentences[i]!.text;
  const people = ctx.people.mentions(text);
  // `Paul Berger (SPD)`, `Berger (66, SPD)`: a party or company in brackets after a name is whose side they are on,
  // never what a figure is about.
  const affiliation = (o: OrgMention) =>
    people.some((p) => AFFILIATION_BEFORE.test(text.slice(p.end, o.start))) &&
    AFFILIATION_AFTER.test(text.slice(o.end));
  const orgs = ctx.orgs.mentions(text).filter((o) => !affiliation(o));
  const anaphorAt = ORG_ANAPHOR.exec(text);
  // A company a preposition governs (`nach der Ankündigung von Seebank`) is no subject a pronoun could stand for.
  const subjects = orgs.filter((o) => !OBJECT_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start)));
  const companyAt = Math.min(subjects[0]?.start ?? Infinity, anaphorAt?.index ?? Infinity);
  // The last company named before the anaphor as an object in this sentence (not its subject: `Alpenbank ist
  // Geldgeber des Projekts` is not about Alpenbank), else the last one named in the sentences just before.
  const governedBefore = anaphorAt
    ? orgs.filter((o) => o.end <= anaphorAt.index && GOVERNS.test(text.slice(Math.max(0, o.start - 40), o.start)))
    : [];
  const pointed = anaphorAt ? (governedBefore.pop()?.org.name ?? prior[prior.length - 1] ?? null) : null;
  return {
    text,
    transaction: transactionOf(text),
    actor: actorOf(sentences, i, ctx.people, companyAt),
    orgs,
    people,
    anaphor: pointed,
  };
}

/**
 * The figure's transaction, object and actor. `clause` is the text around it; `at` its offset in
 * the sentence; `context` the facts of the sentences before it in its paragraph, nearest first:
 * a sentence that names no transaction or object continues them (`Zusammen sollen die beiden
 * Firmen 100 Milliarden aufbringen. In den folgenden Jahren könnte die Summe … anwachsen.`). `measure`: the noun a
 * share is a share of (`shares.ts`), whose company is then what it measures; the caller records it on the result.
 */
export function aboutFigure(
  sentence: { text: string; facts: SentenceFacts },
  clause: string,
  at: number,
  unit: string | null,
  context: SentenceFacts[],
  speaker: string | null,
  measure: string | null,
): FigureAbout {
  const { text, facts } = sentence;
  // Only an amount of money continues the transaction of the sentences before; a share or a count says its own.
  const inherits = unit === null || /^[A-Z]{3}$/.test(unit);
  let transaction: Transaction | null =
    unit === 'years'
      ? 'age'
      : unit !== null && TIME_NOUN.test(unit)
        ? 'term'
        : (transactionOf(clause) ??
          transactionBefore(text, at) ??
          facts.transaction ??
          (inherits ? (context.find((c) => c.transaction)?.transaction ?? null) : null));
  transaction = jobsOrCuts(transaction, text, clause, at, unit);
  // `bot an, Alpenpost für 9,74 Milliarden zu kaufen`: the clause buys, the sentence offers. A purchase said as done in
  // its own clause (`hatte Alpenpost für 44 Milliarden gekauft, bot dann …`) stays a purchase.
  if (
    transaction === 'purchase' &&
    (OFFERED.test(clause) || ((facts.transaction === 'bid' || OFFERED.test(text)) && !DONE_PURCHASE.test(clause)))
  )
    transaction = 'bid';
  const acting = transaction === null || !withoutActor(transaction);
  let actor = acting ? (speaker ?? clauseSubject(clause, facts) ?? facts.actor) : null;
  let object: string | null;
  if (transaction === 'age') {
    const own = whoseAge(text, at, facts);
    object = own === undefined ? (speaker ?? facts.actor) : own;
  } else if (transaction === 'term') object = termObject(sentence, clause, at, context);
  else {
    // With no person acting, a company that is the sentence's subject does: `Alpenbank will Seebank … übernehmen`.
    // A share of a noun without a deal is that company's own (`die Alpenpartei kam auf 30 Prozent der Stimmen`): it is
    // what the share is of.
    const company = acting && actor === null ? subjectCompany(text, at, facts.orgs) : null;
    if (company && measure && transaction === null) return { transaction, object: company, actor: null };
    if (company) actor = company;
    // Support goes to a person the grammar names as its beneficiary, before any company in the sentence.
    const beneficiary =
      transaction !== null && record(transaction).personObject
        ? beneficiaries(text, facts.people, at).find((n) => n.name !== actor)
        : undefined;
    object =
      beneficiary?.name ??
      clauseObject(text, clause, at, facts.orgs, actor) ??
      governedName(text, at, orgNames(facts.orgs), actor, true) ??
      facts.anaphor ??
      (namesOwnThing(clause) ? null : contextObject(context, actor));
  }
  return { transaction, object, actor };
}

/**
 * `kaufte das Stadion für 3 Millionen`, `bot 3 Millionen für den Skilift`, `baut für 3 Millionen Euro ein Hallenbad`,
 * `der Wert der Brauerei`: a clause that
 * names by a noun what the deal or the value is of is about that thing, not about the company of the sentence before
 * (`das Unternehmen`, which points back to one, aside).
 */
function namesOwnThing(clause: string): boolean {
  const own = OWN_THING.exec(clause);
  return own !== null && !ORG_ANAPHOR.test(own[0]);
}
const OWN_THING = new RegExp(
  String.raw`(?<!\p{L})(?:(?:für|kaufte|kauften|kauft|erwarb|erwarben|erwirbt)\s+(?:den|die|das|dem|einen|eine|ein)|` +
    String.raw`Wert\s+(?:der|des)|` +
    // `baut für 3 Millionen Euro ein Hallenbad`: the thing right after the amount.
    String.raw`(?:Euro|Dollar|Franken|Pfund)\s+(?:den|die|das|einen|eine|ein))\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+`,
  'u',
);

/** An age said as an adjective before a noun: `des 47-jährigen Max Huber`, `eine 30-jährige Ärztin`. */
const AGE_ADJECTIVE = /^[\d.]+\s?-\s?jährige[nrms]?\s+/u;

/**
 * Whose an age is when it is said as an adjective: the person named right after it, perhaps after their role (`des
 * 47-jährigen Trainers Max Huber`); no one's that the text names when a noun of anyone or anything else follows (`eine
 * 72-jährige Zeugin`, `eine 7-jährige Haftstrafe`, `die 110-jährige Geschichte`): `null`, not the sentence's actor.
 * Undefined when the age is not said so (`Huber, 47 Jahre alt`, `der 47-Jährige`): the caller decides.
 */
function whoseAge(text: string, at: number, facts: SentenceFacts): string | null | undefined {
  const adjective = AGE_ADJECTIVE.exec(text.slice(at));
  if (!adjective) return undefined;
  const next = at + adjective[0].length;
  const named = facts.people.find((m) => {
    if (m.start < next || m.descriptor) return false;
    const between = text.slice(next, m.start);
    return between === '' || (/^[\p{L}-]+\s+$/u.test(between) && isRole(between.trim()));
  });
  return named?.person.name ?? null;
}

/**
 * A count of jobs that are cut (`will 3.000 Stellen abbauen`, `600 Stellen, die wegfallen sollen`) measures the
 * cut, unless it is a level they move from or to (`von 9.000 auf 7.000`); a count of another noun (`an sieben Toren`)
 * is no count of jobs at all.
 */
function jobsOrCuts(
  transaction: Transaction | null,
  text: string,
  clause: string,
  at: number,
  unit: string | null,
): Transaction | null {
  const counted = unit !== null && unit !== '%' && unit !== 'years' && !/^[A-Z]{3}$/.test(unit);
  if (transaction !== 'jobs' && transaction !== 'participants') return transaction;
  if (counted && !PEOPLE_OR_JOBS.test(unit)) return null;
  if (transaction !== 'jobs') return transaction;
  const from = text.indexOf(clause);
  // A relative clause right after the count says what happens to it: `600 Stellen, die wegfallen sollen`.
  const relative =
    from < 0 ? '' : (/^,\s+(?:die|der|das|welche)\s[^,.;]*/u.exec(text.slice(from + clause.length))?.[0] ?? '');
  const cut = CUTS_JOBS.test(clause) || CUTS_JOBS.test(relative);
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at).replace(/^\S+(?:\s+\p{Lu}\p{L}*)?/u, '');
  const level = LEVEL_TO_BEFORE.test(before) || (LEVEL_FROM_BEFORE.test(before) && LEVEL_FROM_AFTER.test(after));
  // `1.400 von 12.800 Stellen abbauen`: the part is cut, the whole is what there is.
  const whole = WHOLE_AFTER_PART.test(text.slice(Math.max(0, at - 60), at));
  return cut && !level && !whole ? 'cuts' : 'jobs';
}

/**
 * Whose a term is: a sentence or a wait is a person's, or that of a thing the clause governs (`die Übernahme der
 * Seebank würde drei Jahre dauern`); the one who asks for it (`die Anklage forderte 12 Jahre Haft`) is neither.
 */
function termObject(
  sentence: { text: string; facts: SentenceFacts },
  clause: string,
  at: number,
  context: SentenceFacts[],
): string | null {
  const { text, facts } = sentence;
  return (
    clauseObject(text, clause, at, facts.orgs, null) ??
    governedName(text, at, orgNames(facts.orgs), null, false) ??
    facts.actor ??
    context.find((c) => c.actor)?.actor ??
    null
  );
}

/**
 * A subordinate clause with a subject of its own acts for its figure, not the sentence's first person: in `Berger sieht
 * keinen Bedarf, während die Grünen drei Milliarden fordern` the Greens ask. A clause opened by a conjunction has its
 * own subject, and a later main clause that opens with a person; else a main clause's figure is the sentence's
 * actor's.
 */
function clauseSubject(clause: string, facts: SentenceFacts): string | null {
  const opener = SUBORDINATE_OPENER.exec(clause);
  if (!opener) return ownSubject(clause, facts);
  const rest = clause.slice(opener[0].length);
  const at = facts.text.indexOf(rest);
  if (at < 0) return null;
  const person = facts.people.find((m) => canAct(m) && m.start >= at && m.start < at + 40);
  if (person) return person.person.name;
  const org = facts.orgs.find((o) => o.start >= at && o.start < at + 40);
  return org ? org.org.name : null;
}

/**
 * A later main clause that opens with a person has its own subject: in `Huber bot zwei Milliarden, Muster bot drei`
 * Muster offers the three.
 */
function ownSubject(clause: string, facts: SentenceFacts): string | null {
  const at = facts.text.indexOf(clause);
  if (at <= 0) return null;
  return facts.people.find((m) => m.start === at && canAct(m))?.person.name ?? null;
}

/** The first company named before the figure that nothing governs and that is no aside: the clause's subject. */
function subjectCompany(text: string, at: number, orgs: OrgMention[]): string | null {
  const window = (o: OrgMention) => text.slice(Math.max(0, o.start - 40), o.start);
  const first = orgs.find((o) => o.end <= at && !GOVERNS.test(window(o)) && !ASIDE.test(window(o)));
  return first ? first.org.name : null;
}

/**
 * People a donation can be for: named after `für` (`Spenden … für Karl Weber`), or the one a
 * relative clause holding the figure hangs on (`seine Beziehung zu Weber, dem er … mit 250
 * Millionen … verholfen hat`).
 */
function beneficiaries(text: string, people: Mention[], at: number): Named[] {
  const out = personNames(people).filter((n) => FOR_BEFORE_NAME.test(text.slice(Math.max(0, n.start - 10), n.start)));
  const relative = people.filter((m) => m.end <= at && RELATIVE_AFTER_NAME.test(text.slice(m.end, m.end + 12))).pop();
  if (relative) out.push({ name: relative.person.name, start: relative.start, end: relative.end });
  return out;
}

/** `Huber` from `Max Huber`: a reader names people in a label by their surname; `FC Nordstadt` stays whole. */
const surname = (name: string) => (/^\p{Lu}{2,}\s/u.test(name) ? name : name.split(/\s+/).pop()!);
/** The possessive: `Hubers`, `Huber's`; German adds no `s` after s, x, z (`Marx'`). */
const possessive = (name: string, lang: 'de' | 'en') =>
  lang === 'en' ? `${name}'s` : /[sßxz]$/i.test(name) ? `${name}'` : `${name}s`;

/** `Hubers Kredit`, `Huber's loan`; `Kredit der Bundesregierung` (see `FEMININE_COMPOUND_NAME`). */
const owned = (what: string, owner: string, lang: 'de' | 'en') =>
  lang === 'de' && FEMININE_COMPOUND_NAME.test(owner) ? `${what} der ${owner}` : `${possessive(owner, lang)} ${what}`;

/**
 * What a figure measures, as a reader would name it: `Huber's bid for Seebank`, `Hubers Kauf von
 * Alpenpost`, `Seebank's valuation`. Null when it has no transaction: then nothing reliable names it.
 */
export function describeAbout(about: FigureAbout, lang: 'de' | 'en'): string | null {
  const { transaction, object, actor } = about;
  if (!transaction) return null;
  const { label, link } = record(transaction);
  const what = label[lang];
  // `Seebank's valuation`, `Huber's age`: said of the object when there is no one acting.
  const where = about.where ? ` in ${about.where}` : '';
  // A company's name stays whole (`Deutsche Bahn's jobs`); a person is named by surname (`Huber's age`).
  if (!actor && object && lang === 'en' && withoutActor(transaction))
    return `${possessive(record(transaction).personObject ? surnameIfPerson(object) : object, lang)} ${what}${where}`;
  const head = actor ? owned(what, surname(actor), lang) : what;
  return `${object ? `${head} ${link[lang]} ${object}` : head}${where}`;
}

/**
 * What a figure with no transaction counts, as a reader names it: a share (`Anteil der Stimmen`, `share of Stimmen`),
 * a counted noun (`Abgeordnete`) or an amount, with the place it is of and whose it is (`Anteil (Seebank)`). `words`:
 * the reply language's `share` and `amount`.
 */
export function describeCount(
  about: FigureAbout,
  unit: string | null,
  words: { share: string; amount: string },
  lang: 'de' | 'en',
): string {
  const counted = about.measure
    ? measureLabel(about.measure, words.share, lang)
    : unit === '%'
      ? words.share
      : unit === null || /^[A-Z]{3}$/.test(unit)
        ? words.amount
        : unit;
  const whose = [about.actor, about.object].filter(Boolean).join(' / ');
  const where = about.where ? ` in ${about.where}` : '';
  return whose ? `${counted}${where} (${whose})` : `${counted}${where}`;
}

/** A person object is named by surname, a company by its name (`Max Huber` → `Huber`, `Seebank` stays). */
const surnameIfPerson = (name: string) => (/\s/.test(name) ? surname(name) : name);
