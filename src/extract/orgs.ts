import type { Organisation } from '../corpus/schema.js';
import { escapeRegExp } from './people.js';

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

/** Names are cut at 100 characters by the schema; a pattern over thousands of them stays bounded. */
const MAX_LABELS = 2_000;

export function orgFinder(organisations: Organisation[]): OrgFinder {
  const labels = organisations
    .flatMap((org) => [org.name, ...org.aliases].map((label) => ({ label, org })))
    .sort((a, b) => b.label.length - a.label.length)
    .slice(0, MAX_LABELS);
  const byLabel = new Map(labels.map((l) => [l.label, l.org]));
  if (labels.length === 0) return { organisations, mentions: () => [] };
  // A name inside a compound (`Open-AI-Projekts`, `X-Kampagne`) is not a mention of it; a genitive `s` is.
  const pattern = new RegExp(
    `(?<![\\p{L}\\d-])(${labels.map((l) => escapeRegExp(l.label)).join('|')})s?(?![\\p{L}\\d]|-\\p{L})`,
    'gu',
  );
  return {
    organisations,
    mentions(text) {
      const found: OrgMention[] = [];
      for (const m of text.matchAll(pattern)) {
        const org = byLabel.get(m[1]!);
        if (org) found.push({ org, start: m.index, end: m.index + m[0].length });
      }
      return found;
    },
  };
}
