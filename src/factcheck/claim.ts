import { kindOf, type EventKind } from '../extract/events.js';
import {
  NUMERAL,
  NUMBER_WORD,
  currencyOf,
  decimalsOf,
  numberWordValue,
  parseNumeral,
  scaleOf,
  type Notation,
} from '../extract/numbers.js';
import type { OrgFinder } from '../extract/orgs.js';
import type { PeopleFinder } from '../extract/people.js';
import { transactionFamily, transactionOf } from '../extract/subject.js';
import { fold } from '../index/fold.js';
import { CLAIM_STOP_WORDS as STOP, CURRENCY_WORD, SCALE_WORD } from '../language/de.js';

export interface ClaimNumber {
  raw: string;
  /** The number as typed, before any scale: `97,4 Mrd` → 97.4. */
  written: number;
  /** The scale the user typed (1e9 for `Mrd`, `bn`, `billion`), or null for a bare number. */
  scale: number | null;
  decimals: number;
  unit: string | null;
}

/** What a sentence claim is about, read with the same rules as the articles' figures. */
export interface ClaimAbout {
  /** `deal` for bids and purchases, else the figure's transaction (`donation`, `valuation`, …). */
  family: string | null;
  /** For year claims: the kind of event (`OpenAI wurde 2016 gegründet` is about a founding). */
  eventKind: EventKind;
  actor: string | null;
  /** Companies, products and projects from data the claim names (`OpenAI`, `Twitter`). */
  objects: string[];
}

export interface Claim {
  text: string;
  numbers: ClaimNumber[];
  /** Four-digit years typed without a scale or currency: `2015`. A year is never an amount. */
  years: number[];
  /** Folded content words (four letters or more), for matching when the subject says too little. */
  words: string[];
  about: ClaimAbout;
}

const CLAIM_NUMBER = new RegExp(
  [
    `(?<pre>${CURRENCY_WORD})?\\s?`,
    // `drei Milliarden`: a number word only before a scale word.
    `(?<num>${NUMERAL}|(?<![\\p{L}])(?:${NUMBER_WORD})(?=\\s${SCALE_WORD}(?![\\p{L}])))`,
    `(?:\\s?-?(?<scale>${SCALE_WORD}|b|m|k)(?![\\p{L}]))?`,
    `(?:\\s?(?<cur>${CURRENCY_WORD})(?![\\p{L}]))?`,
  ].join(''),
  'giu',
);

/**
 * A user's `97,4` is German and `97.4` English; `9.740` with three digits after the dot is
 * a German thousands separator. The claim's own notation decides, not the user's locale.
 */
function notationOf(raw: string): Notation {
  if (/,\d{1,2}$/.test(raw) || /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(raw)) return 'de';
  return 'en';
}

export function parseClaim(text: string, people?: PeopleFinder, orgs?: OrgFinder): Claim {
  const numbers: ClaimNumber[] = [];
  const years: number[] = [];
  for (const m of text.matchAll(CLAIM_NUMBER)) {
    const g = m.groups!;
    const raw = g.num!;
    const notation = notationOf(raw.replace(/['’]/g, ''));
    const written = numberWordValue(raw) ?? parseNumeral(raw, notation);
    if (written === null) continue;
    const scaleWord = g.scale;
    // `Billion` capitalised is German (10^12); `billion`, `bn` are English (10^9).
    const scale = scaleWord
      ? scaleOf(scaleWord, /^\p{Lu}/u.test(scaleWord) && scaleWord.length > 2 ? 'de' : 'en')
      : null;
    const cur = g.cur ?? g.pre;
    const unit = cur ? currencyOf(cur.trim()) : null;
    if (!scale && !unit && /^\d{4}$/.test(raw) && written >= 1900 && written <= 2100) {
      years.push(written);
      continue;
    }
    numbers.push({ raw: m[0].trim(), written, scale, decimals: decimalsOf(raw, notation), unit });
  }
  const words = [...new Set(fold(text).match(/\p{L}{4,}/gu) ?? [])].filter((w) => !STOP.has(w));
  const mentions = people?.mentions(text) ?? [];
  const objects = [...new Set((orgs?.mentions(text) ?? []).map((o) => o.org.name))];
  // `Musk unterstützte Trump mit 250 Millionen`: a second person is what the claim is about.
  for (const m of mentions.slice(1)) if (m.person.name !== mentions[0]!.person.name) objects.push(m.person.name);
  return {
    text,
    numbers,
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
