import { PREPOSITIONS } from '../language/de/function-words.js';
import { GOVERNING_BODIES, NOMINATIVE_ARTICLE } from '../language/de/organisations.js';

/**
 * A governing body the text names by its noun (see `GOVERNING_BODIES`), where it may do a deed: as a clause's subject
 * (`der Bundestag`, `das neu gewählte Parlament`, `Bundesrat billigt …` opening a text), or as the agent a passive may
 * name (`vom Landtag`, `von der Landesregierung`, `durch das Parlament`). `start` is where its words begin, article and
 * adjectives included.
 */
export interface BodyMention {
  name: keyof typeof GOVERNING_BODIES;
  start: number;
  /** Where its noun ends. */
  end: number;
  agent: boolean;
}

type Gender = 'f' | 'm' | 'n';
/** The noun, not a compound it opens (`Bundestagswahl`) nor its genitive (`des Bundestags`). */
const BODY = new RegExp(String.raw`(?<![\p{L}\d-])(?:${Object.keys(GOVERNING_BODIES).join('|')})(?![\p{L}\d-])`, 'gu');
/** An adjective between the article and the noun: `deutsche`, `neu`, `gewählte`, `Thüringer`. */
const ADJECTIVE = /^(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+er)$/u;
const MAX_ADJECTIVES = 2;
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den']);
/** Small words that are no adjective: what governs a noun phrase (`im`, `vom`, `durch`). */
const NOT_ADJECTIVES: ReadonlySet<string> = new Set(PREPOSITIONS);
/** The article each preposition before an agent takes, by the noun's gender; `vom` holds its own. */
const AGENT_ARTICLE: Record<string, Record<Gender, string | null>> = {
  von: { m: 'dem', f: 'der', n: 'dem' },
  durch: { m: 'den', f: 'die', n: 'das' },
  vom: { m: null, f: null, n: null },
};

export function bodiesIn(text: string): BodyMention[] {
  const found: BodyMention[] = [];
  for (const m of text.matchAll(BODY)) {
    const name = m[0] as keyof typeof GOVERNING_BODIES;
    const gender: Gender = GOVERNING_BODIES[name].gender;
    const words = [...text.slice(0, m.index).matchAll(/\S+/gu)];
    let k = words.length - 1;
    // Adjectives, up to two, walking back from the noun to its article.
    for (let n = 0; n < MAX_ADJECTIVES && k >= 0 && !ARTICLES.has(words[k]![0].toLowerCase()); n++) {
      if (!ADJECTIVE.test(words[k]![0]) || NOT_ADJECTIVES.has(words[k]![0].toLowerCase())) break;
      k--;
    }
    const article = k >= 0 && ARTICLES.has(words[k]![0].toLowerCase()) ? words[k]! : null;
    const before = (article ? words[k - 1] : words[k])?.[0].toLowerCase();
    const start = article?.index ?? m.index;
    const end = m.index + name.length;
    const agentArticle = before === undefined ? undefined : AGENT_ARTICLE[before]?.[gender];
    if (agentArticle !== undefined && (article?.[0].toLowerCase() ?? null) === agentArticle) {
      found.push({ name, start: words[article ? k - 1 : k]!.index, end, agent: true });
    } else if (article ? article[0].toLowerCase() === NOMINATIVE_ARTICLE[gender] : m.index === 0) {
      found.push({ name, start, end, agent: false });
    }
  }
  return found;
}
