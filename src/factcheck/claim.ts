import { kindOf, type EventKind } from '../extract/events.js';
import { NUMERAL, isYear, readNumbers, type Bound } from '../extract/numbers.js';
import type { OrgFinder } from '../extract/orgs.js';
import type { PeopleFinder } from '../extract/people.js';
import { readClaimFigures } from '../extract/figures.js';
import { transactionFamily, transactionOf, type FigureAbout } from '../extract/subject.js';
import { fold } from '../language/de/fold.js';
import { CLAIM_STOP_WORDS as STOP, DEADLINE_BEFORE, NAMED_BY_YEAR } from '../language/de.js';

export interface ClaimNumber {
  raw: string;
  /** The number as typed, before any scale: `97,4 Mrd` → 97.4. */
  written: number;
  /** The scale the user typed (1e9 for `Mrd`, `bn`, `billion`), or null for a bare number. */
  scale: number | null;
  decimals: number;
  unit: string | null;
  /** The hedge typed before it (`fast 100`), read as in the articles. */
  bound: Bound | null;
  /** For an end of a typed range (`36 bis 36,5 Prozent`): the range's ends in base units. */
  range?: [number, number];
  /**
   * What it measures, read as the same words in an article are read (transaction, object, actor); null for a number
   * that is no figure there (a bare `97.4`) or when no people and companies are known.
   */
  about: FigureAbout | null;
}

/** What a sentence claim is about, read with the same rules as the articles' figures. */
export interface ClaimAbout {
  /** `deal` for bids and purchases, else the figure's transaction (`donation`, `valuation`, …). */
  family: string | null;
  /** For year claims: the kind of event (`Seebank wurde 2016 gegründet` is about a founding). */
  eventKind: EventKind;
  actor: string | null;
  /** Companies, products and projects from data the claim names (`Seebank`, `Alpenpost`). */
  objects: string[];
}

/**
 * A number in the claim that is no amount to compare: `-97,4` (a sign: the articles give amounts, not changes),
 * `97.4.4` (no number at all), `97,40000000001` (more decimal places than any article gives). It is said back to the
 * member as read, never compared with another number.
 */
export interface UnreadNumber {
  raw: string;
  why: 'sign' | 'malformed' | 'precision';
  /** For `precision`: the places typed and the most any article gives. */
  decimals?: { typed: number; finest: number };
}

export interface Claim {
  text: string;
  numbers: ClaimNumber[];
  /** Numbers that were not read as amounts, and why. */
  unread: UnreadNumber[];
  /** Four-digit years typed without a scale or currency: `2015`. A year is never an amount. */
  years: number[];
  /** Folded content words (four letters or more), for matching when the subject says too little. */
  words: string[];
  about: ClaimAbout;
}

/** Digits with the marks numbers are written with, and a sign before them: where a typed number begins and ends. */
const NUMBER_TOKEN = /(?<![\p{L}\d])[-+−]?\d[\d.,'’]*(?:[eE][+-]?\d+)?/gu;
const WHOLE_NUMERAL = new RegExp(`^(?:${NUMERAL})(?:[eE][+]?\\d{1,2})?$`);
/** `11.02.2025`: a date, read as such elsewhere, not a malformed number. */
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/;

/**
 * The numbers typed with a sign or in no notation at all, by their spans: a sign counts only where it stands alone
 * (`-97,4`, `( +5`), not between two numbers (`2015-2018`).
 */
function oddNumbers(text: string): { start: number; end: number; raw: string; why: 'sign' | 'malformed' }[] {
  const odd: { start: number; end: number; raw: string; why: 'sign' | 'malformed' }[] = [];
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    const raw = m[0].replace(/[.,]+$/, '');
    const signed = /^[-+−]/.test(raw);
    const digits = signed ? raw.slice(1) : raw;
    const span = { start: m.index, end: m.index + raw.length, raw };
    if (signed && (m.index === 0 || /[\s(]/.test(text[m.index - 1]!))) odd.push({ ...span, why: 'sign' });
    else if (!WHOLE_NUMERAL.test(digits) && !DOTTED_DATE.test(digits)) odd.push({ ...span, why: 'malformed' });
  }
  return odd;
}

/**
 * A claim that names a count of jobs but neither has nor cuts them (`900 Stellen`, a sentence copied without its
 * verb at the end) does not say which it is: what it measures is left to the articles its number matches.
 */
function countWithoutVerb(text: string, about: FigureAbout): FigureAbout {
  return about.transaction === 'jobs' && !HAS_JOBS.test(text) ? { ...about, transaction: null } : about;
}

/** `hat 900 Mitarbeiter`, `beschäftigt`, `arbeiten dort`: a count of jobs had. */
const HAS_JOBS =
  /(?<!\p{L})(?:hat|haben|hatte|hatten|zählt|beschäftigt|arbeiten|arbeitet|Belegschaft|employs?|has|have)(?!\p{L})/iu;

export function parseClaim(text: string, people?: PeopleFinder, orgs?: OrgFinder): Claim {
  const numbers: ClaimNumber[] = [];
  const years: number[] = [];
  const odd = oddNumbers(text);
  const unread: UnreadNumber[] = odd.map(({ raw, why }) => ({ raw, why }));
  // Read by the grammar that reads the articles, so a claim copied from a sentence is read as the sentence is: its
  // figures, with their units (a counted noun too) and what each measures, as `extractFigures` reads them.
  const figures = people && orgs ? readClaimFigures(text, { people, orgs, quotes: [] }) : [];
  for (const n of readNumbers(text, 'typed')) {
    if (odd.some((o) => n.at >= o.start && n.at < o.end)) continue;
    const figure = figures.find((r) => r.at === n.start)?.figure;
    const unit = figure ? figure.unit : n.share ? '%' : n.currency;
    // A bare number joined to a word by a hyphen is part of a name (`die 4-Tage-Woche`, `die 2030-Strategie`), as the
    // articles' grammar reads it: no value and no date.
    if (n.scale === null && !unit && /^-\p{L}/u.test(text.slice(n.end))) continue;
    if (n.scale === null && !unit && isYear(n.written, n.numeral)) {
      // A year that names a thing (`der Haushalt 2025`, as the articles' date reading skips it) dates nothing, and is
      // no amount either; nor does a deadline (`bis Ende 2030`), by which a plan is to be done, not when it was made.
      const before = text.slice(Math.max(0, n.start - 24), n.start);
      if (!NAMED_BY_YEAR.test(before) && !DEADLINE_BEFORE.test(before)) years.push(n.written);
      continue;
    }
    numbers.push({
      raw: text.slice(n.start, n.end).trim(),
      written: n.written,
      scale: n.scale,
      decimals: n.decimals,
      unit,
      bound: n.bound,
      ...(n.range ? { range: n.range } : {}),
      about: figure ? countWithoutVerb(text, figure.about) : null,
    });
  }
  const words = [...new Set(fold(text).match(/\p{L}{4,}/gu) ?? [])].filter((w) => !STOP.has(w));
  const mentions = people?.mentions(text) ?? [];
  const objects = [...new Set((orgs?.mentions(text) ?? []).map((o) => o.org.name))];
  // `Huber unterstützte Weber mit 250 Millionen`: a second person is what the claim is about.
  for (const m of mentions.slice(1)) if (m.person.name !== mentions[0]!.person.name) objects.push(m.person.name);
  return {
    text,
    numbers,
    unread,
    years,
    words,
    about: {
      family: transactionFamily(transactionOf(text)),
      eventKind: kindOf(text),
      actor: mentions[0]?.person.name ?? null,
      objects,
    },
  };
}
