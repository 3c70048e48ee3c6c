import type { Organisation } from '../corpus/schema.js';
import { isRole } from '../language/de/roles.js';
import { ORG_DESCRIPTION, ORG_DESCRIPTION_BEFORE, descriptionKey } from '../language/de.js';
import type { OrgFinder, OrgMention } from './orgs.js';

/**
 * Definite descriptions of companies (`die norwegische Großbank`, `der Fährgewerkschaft`): reporters name a
 * company once with what it is (`die norwegische Großbank Seebank`) and then by that alone. The corpus says what
 * each company is; in an article a description names the one company the corpus ties to it, if that company is
 * named there too. A description two companies share names neither, and one whose adjectives differ (`die deutsche
 * Großbank`) names none: no knowledge beyond the text decides.
 */
export interface OrgDescriptions {
  /** Each description, by `descriptionKey`, with every company the corpus ties to it. */
  owners: Map<string, Organisation[]>;
}

/** `ORG_DESCRIPTION` for every place in a text: built once, as each sentence asks. */
const DESCRIPTIONS = new RegExp(ORG_DESCRIPTION.source, 'gu');

/** Every `der|die … Noun Company` in the corpus, the noun alone and with its adjectives. */
export function learnOrgDescriptions(sentences: string[], orgs: OrgFinder): OrgDescriptions {
  return orgDescriptionsOf(orgDescriptionPairs(sentences, orgs));
}

/** Descriptions from the pairs of key and company sentences give (see `orgDescriptionPairs`), in the order given. */
export function orgDescriptionsOf(pairs: Iterable<readonly [string, Organisation]>): OrgDescriptions {
  const owners = new Map<string, Organisation[]>();
  for (const [key, org] of pairs) {
    const list = owners.get(key);
    if (!list) owners.set(key, [org]);
    else if (!list.includes(org)) list.push(org);
  }
  return { owners };
}

/** Each description key sentences give a company, with the company, in the order met (see `descriptionPairs`). */
export function orgDescriptionPairs(sentences: string[], orgs: OrgFinder): [string, Organisation][] {
  const pairs: [string, Organisation][] = [];
  for (const text of sentences) {
    for (const m of orgs.mentions(text)) {
      const d = ORG_DESCRIPTION_BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.start));
      if (!d || !describes(d[2]!, m.org)) continue;
      pairs.push([descriptionKey(d[1]!, d[2]!), m.org], [descriptionKey('', d[2]!), m.org]);
    }
  }
  return pairs;
}

/** A noun that says what a company is: not a role (`der Chef Seebank`), not a word of its own name. */
function describes(noun: string, org: Organisation): boolean {
  return noun.length >= 4 && !isRole(noun) && ![org.name, ...org.aliases].some((label) => label.includes(noun));
}

/**
 * An article's company finder: the names, and the descriptions of companies the article names. A description right
 * before a name (`die Großbank Nordbank`) is that name's, not a description of its own.
 */
export function describingOrgs(orgs: OrgFinder, descriptions: OrgDescriptions, body: string): OrgFinder {
  if (descriptions.owners.size === 0) return orgs;
  const named = new Set(orgs.mentions(body).map((m) => m.org));
  if (named.size === 0) return orgs;
  return {
    organisations: orgs.organisations,
    mentions(text) {
      const found = orgs.mentions(text);
      const described: OrgMention[] = [];
      for (const d of text.matchAll(DESCRIPTIONS)) {
        const end = d.index + d[0].length;
        // `die Großbank Nordbank`: the name after it is what the words describe, and they are part of its mention.
        if (found.some((m) => m.start <= end + 1 && m.end > d.index)) continue;
        const owners = (descriptions.owners.get(descriptionKey(d[2]!, d[3]!)) ?? []).filter((o) => named.has(o));
        // The mention is the noun, as a name would be: its article and adjectives stand before it, where the rules
        // read a genitive (`Widerstand der Gewerkschaft`) or a preposition.
        if (owners.length === 1) described.push({ org: owners[0]!, start: end - d[3]!.length, end });
      }
      return [...found, ...described].sort((a, b) => a.start - b.start);
    },
  };
}
