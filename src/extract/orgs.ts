import type { Organisation } from '../corpus/schema.js';
import { labelScanner } from './labels.js';

/** A place in a text where a known company, product or project is named. */
export interface OrgMention {
  org: Organisation;
  start: number;
  end: number;
}

export interface OrgFinder {
  organisations: Organisation[];
  mentions(text: string): OrgMention[];
}

/** Names are cut at 100 characters by the schema; a search over thousands of them stays bounded. */
export const MAX_LABELS = 2_000;

/** A company's genitive ending: `der Seebanks`. */
export const ORG_ENDINGS = ['s'];
/**
 * No letter or digit after a name, nor a hyphen that joins it to a word (`Seebank-Chef`): a hyphen before a number
 * still ends it.
 */
const noCompoundAfter = (text: string, end: number) => !/^(?:[\p{L}\d]|-\p{L})/u.test(text.slice(end, end + 3));

export function orgFinder(organisations: Organisation[]): OrgFinder {
  const labels = organisations
    .flatMap((org) => [org.name, ...org.aliases].map((label) => ({ label, org })))
    .sort((a, b) => b.label.length - a.label.length)
    .slice(0, MAX_LABELS);
  const byLabel = new Map(labels.map((l) => [l.label, l.org]));
  if (labels.length === 0) return { organisations, mentions: () => [] };
  // A name inside a compound (`Open-AI-Projekts`, `X-Kampagne`) is not a mention of it; a genitive `s` is.
  const scanner = labelScanner(
    labels.map((l) => l.label),
    ORG_ENDINGS,
    noCompoundAfter,
  );
  return {
    organisations,
    mentions(text) {
      const found: OrgMention[] = [];
      for (const m of scanner.find(text)) {
        const org = byLabel.get(m.label);
        if (org) found.push({ org, start: m.index, end: m.end });
      }
      return found;
    },
  };
}
