import type { Organisation, Person } from '../corpus/schema.js';
import type { Descriptions } from '../extract/descriptions.js';
import { DESCRIPTION_ENDINGS } from '../extract/descriptions.js';
import type { OrgDescriptions } from '../extract/org-descriptions.js';
import { ORG_ENDINGS, MAX_LABELS } from '../extract/orgs.js';
import { GENITIVE_ENDINGS } from '../extract/people.js';
import { letterOrDigit } from '../extract/labels.js';
import type { WorldData } from '../corpus/load.js';
import { digestOf } from '../lib/digest.js';

/**
 * The corpus-wide knowledge an article is read with (see `learnAcross`): plain data, so that it can be sent to the
 * threads that read articles (structured cloning keeps the people a description names the same objects as those of
 * `everyone`, as `describedIn` needs).
 */
export interface Learned {
  /** The people list and who the articles name beside it (see `gatherPeople`). */
  everyone: Person[];
  descriptions: Descriptions;
  orgDescriptions: OrgDescriptions;
  world: WorldData;
}

/**
 * What an article is read with, of all that was learned across the corpus: the people, descriptions and companies
 * whose names could stand in its text. A name is only ever found where its label stands as a whole word (see
 * `labels.ts`), so an article read with this part reads as with the whole; and an article whose part is unchanged
 * after the corpus changed need not be read again (see `kept.ts`).
 *
 * A label can stand in a text only where the text has a word (a run of letters and digits, the edges the scanner
 * keeps) equal to the label's first run, or, when the label is that one run, to the run with a letter ending the
 * scanner allows after it (`Hubers` for `Huber`). Checking that is cheaper than the scan and never misses a label that
 * matches; a label it keeps that does not match changes nothing.
 */
export interface Projector {
  /** What `learned` holds that an article whose words are `words` (see `wordsOf`) could name. */
  project(words: ReadonlySet<string>): Learned;
}

/**
 * The words of a text as the label scanner sees their edges (`letterOrDigit`): runs of letters and ASCII digits. Read
 * character by character: a pattern of `\p{L}` took a quarter of a millisecond for a page.
 */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const inRun = letterOrDigit(cp);
    if (inRun && start < 0) start = i;
    else if (!inRun && start >= 0) {
      words.add(text.slice(start, i));
      start = -1;
    }
    if (cp > 0xffff) i++;
  }
  if (start >= 0) words.add(text.slice(start));
  return words;
}
const FIRST_RUN = /[\p{L}0-9]+/u;

/** Labels by the words that may show them; `always` for a label without a letter or digit, which no word shows. */
class LabelWords<T> {
  private readonly byWord = new Map<string, T[]>();
  readonly always: T[] = [];

  add(label: string, endings: readonly string[], owner: T): void {
    const first = FIRST_RUN.exec(label);
    if (!first) {
      this.always.push(owner);
      return;
    }
    const run = first[0];
    this.file(run, owner);
    // A label that ends with its first run may have an ending read after it; its letters join the run's word.
    if (first.index + run.length !== label.length) return;
    for (const ending of endings) {
      const letters = FIRST_RUN.exec(ending);
      if (letters && letters.index === 0) this.file(run + letters[0], owner);
    }
  }

  /** Every owner a word of `words` may show, once each. */
  shown(words: ReadonlySet<string>): Set<T> {
    const out = new Set<T>(this.always);
    for (const word of words) for (const owner of this.byWord.get(word) ?? []) out.add(owner);
    return out;
  }

  private file(word: string, owner: T): void {
    const list = this.byWord.get(word);
    if (!list) this.byWord.set(word, [owner]);
    else if (list[list.length - 1] !== owner) list.push(owner);
  }
}

export function projector(learned: Learned): Projector {
  const people = new LabelWords<Person>();
  for (const p of learned.everyone) {
    for (const label of [p.name, ...p.aliases, ...p.descriptors]) people.add(label, GENITIVE_ENDINGS, p);
  }
  const forms = new LabelWords<string>();
  for (const form of learned.descriptions.owners.keys()) forms.add(form, DESCRIPTION_ENDINGS, form);
  const { organisations } = learned.world;
  const orgs = new LabelWords<Organisation>();
  // The company finder keeps only its longest labels when there are very many: which it keeps depends on all of them.
  const cut = organisations.reduce((n, o) => n + 1 + o.aliases.length, 0) > MAX_LABELS;
  if (cut) orgs.always.push(...organisations);
  else for (const o of organisations) for (const label of [o.name, ...o.aliases]) orgs.add(label, ORG_ENDINGS, o);
  return {
    project(words) {
      const named = people.shown(words);
      const found = orgs.shown(words);
      return {
        // In the corpus's order: which of two people with one label a finder takes depends on it.
        everyone: learned.everyone.filter((p) => named.has(p)),
        descriptions: describing(learned.descriptions, forms.shown(words), named),
        orgDescriptions: describingCompanies(learned.orgDescriptions, found),
        // Dates are read across articles, on the timeline; an article's own reading does not use them.
        world: { organisations: organisations.filter((o) => found.has(o)), dates: [] },
      };
    },
  };
}

/** The description forms the words may show, each with its owners the words may name. */
function describing(descriptions: Descriptions, forms: Set<string>, named: Set<Person>): Descriptions {
  const owners = new Map<string, Person[]>();
  for (const [form, list] of descriptions.owners) {
    if (!forms.has(form)) continue;
    const here = list.filter((p) => named.has(p));
    if (here.length > 0) owners.set(form, here);
  }
  return { owners };
}

/**
 * Each company description with those of its companies the words may name: a description names only a company the
 * article names (see `describingOrgs`), and is found by a pattern of its own, not by its words.
 */
function describingCompanies(descriptions: OrgDescriptions, found: Set<Organisation>): OrgDescriptions {
  const owners = new Map<string, Organisation[]>();
  for (const [key, list] of descriptions.owners) {
    const here = list.filter((o) => found.has(o));
    if (here.length > 0) owners.set(key, here);
  }
  return { owners };
}

/**
 * The digest of an article's part (see `projector`), what keys its kept reading: each person and company digested once
 * per corpus however many articles name them, not once per article.
 */
export function partDigest(own: Learned): string {
  return digestOf([
    own.everyone.map(itemDigest),
    [...own.descriptions.owners].map(([form, list]) => [form, list.map(itemDigest)]),
    [...own.orgDescriptions.owners].map(([key, list]) => [key, list.map(itemDigest)]),
    own.world.organisations.map(itemDigest),
  ]);
}
const items = new WeakMap<object, string>();
function itemDigest(item: object): string {
  let digest = items.get(item);
  if (digest === undefined) items.set(item, (digest = digestOf(item)));
  return digest;
}
