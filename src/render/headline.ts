import type { EventHead } from '../extract/events.js';
import { formatShortAmount } from './amount.js';
import type { Lang } from './i18n.js';

/** `Musk`, `Altman`: the last word of a person's name; a company (`FC Nordstadt`) as it is named. */
function short(name: string, people: string[]): string {
  return people.includes(name) ? (name.split(/\s+/).pop() ?? name) : name;
}

function list(names: string[], people: string[], lang: Lang): string {
  const s = names.map((n) => short(n, people));
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${s[s.length - 1]}`;
}

interface Parts {
  /** Who acted, listed: `Musk und Altman`. */
  a: string;
  /** One actor, or several: German and English verbs agree with it. */
  plural: boolean;
  o: string | null;
  f: string | null;
  /** Whom a reply or a rejection answers. */
  t: string | null;
  /** What a vote or an election is called. */
  n: string | null;
  lang: Lang;
}

type Template = (p: Parts) => string | null;

/** `{a}` and `{o}` present, the sentence built; otherwise nothing, and the reply shows the whole sentence. */
const needs = (p: Parts, ...keys: ('a' | 'o' | 'f' | 't')[]) => keys.every((k) => Boolean(p[k]));

/**
 * One headline per kind and language: who did what to whom, for how much. A kind whose parts are
 * missing has no headline; the reply then shows the report's whole sentence instead of a guess.
 */
const HEADLINES: Record<Lang, Record<string, Template>> = {
  de: {
    founding: (p) =>
      needs(p, 'a', 'o')
        ? `${p.a} ${p.plural ? 'gründen' : 'gründet'} ${p.o}`
        : needs(p, 'o')
          ? `${p.o} wird gegründet`
          : null,
    departure: (p) => (needs(p, 'a', 'o') ? `${p.a} ${p.plural ? 'verlassen' : 'verlässt'} ${p.o}` : null),
    dismissal: (p) =>
      needs(p, 'a', 'o')
        ? `${p.o} entlässt ${p.a}`
        : needs(p, 'a')
          ? `${p.a} ${p.plural ? 'werden' : 'wird'} entlassen`
          : null,
    lawsuit: (p) =>
      needs(p, 'a', 'o')
        ? `${p.a} ${p.plural ? 'verklagen' : 'verklagt'} ${p.o}`
        : needs(p, 'a')
          ? `${p.a} ${p.plural ? 'reichen' : 'reicht'} Klage ein`
          : null,
    bid: (p) =>
      needs(p, 'a', 'o', 'f')
        ? `${p.a} ${p.plural ? 'bieten' : 'bietet'} ${p.f} für ${p.o}`
        : needs(p, 'a', 'o')
          ? `${p.a} ${p.plural ? 'wollen' : 'will'} ${p.o} übernehmen`
          : null,
    purchase: (p) =>
      needs(p, 'a', 'o') ? `${p.a} ${p.plural ? 'kaufen' : 'kauft'} ${p.o}${p.f ? ` für ${p.f}` : ''}` : null,
    investment: (p) =>
      needs(p, 'a', 'f') ? `${p.a} ${p.plural ? 'kündigen' : 'kündigt'} Investitionen von ${p.f} an` : null,
    launch: (p) =>
      needs(p, 'a', 'o')
        ? `${p.a} ${p.plural ? 'bringen' : 'bringt'} ${p.o} auf den Markt`
        : needs(p, 'o')
          ? `${p.o} kommt auf den Markt`
          : null,
    announcement: (p) => (needs(p, 'a', 'o') ? `${p.a} ${p.plural ? 'kündigen' : 'kündigt'} ${p.o} an` : null),
    talks: (p) =>
      needs(p, 'a', 'o') && p.plural
        ? `${p.a} sprechen über ${p.o}`
        : needs(p, 'a') && p.plural
          ? `${p.a} treffen sich`
          : null,
    post: (p) => (needs(p, 'a', 'o') ? `${p.a} ${p.plural ? 'posten' : 'postet'} über ${p.o}` : null),
    election: (p) => p.n,
    reply: (p) =>
      needs(p, 'a', 'o', 'f')
        ? `${p.a} ${p.plural ? 'kontern' : 'kontert'}: ${p.f} für ${p.o}`
        : needs(p, 'a', 't')
          ? `${p.a} ${p.plural ? 'antworten' : 'antwortet'} ${p.t}`
          : null,
    rejection: (p) => (needs(p, 'a', 't') ? `${p.a} ${p.plural ? 'lehnen' : 'lehnt'} ${p.t}s Angebot ab` : null),
  },
  en: {
    founding: (p) =>
      needs(p, 'a', 'o')
        ? `${p.a} ${p.plural ? 'found' : 'founds'} ${p.o}`
        : needs(p, 'o')
          ? `${p.o} is founded`
          : null,
    departure: (p) => (needs(p, 'a', 'o') ? `${p.a} ${p.plural ? 'leave' : 'leaves'} ${p.o}` : null),
    dismissal: (p) =>
      needs(p, 'a', 'o')
        ? `${p.o} dismisses ${p.a}`
        : needs(p, 'a')
          ? `${p.a} ${p.plural ? 'are' : 'is'} dismissed`
          : null,
    lawsuit: (p) =>
      needs(p, 'a', 'o')
        ? `${p.a} ${p.plural ? 'sue' : 'sues'} ${p.o}`
        : needs(p, 'a')
          ? `${p.a} ${p.plural ? 'file' : 'files'} a lawsuit`
          : null,
    bid: (p) =>
      needs(p, 'a', 'o', 'f')
        ? `${p.a} ${p.plural ? 'bid' : 'bids'} ${p.f} for ${p.o}`
        : needs(p, 'a', 'o')
          ? `${p.a} ${p.plural ? 'bid' : 'bids'} for ${p.o}`
          : null,
    purchase: (p) =>
      needs(p, 'a', 'o') ? `${p.a} ${p.plural ? 'buy' : 'buys'} ${p.o}${p.f ? ` for ${p.f}` : ''}` : null,
    investment: (p) => (needs(p, 'a', 'f') ? `${p.a} ${p.plural ? 'pledge' : 'pledges'} ${p.f} of investment` : null),
    launch: (p) =>
      needs(p, 'a', 'o')
        ? `${p.a} ${p.plural ? 'launch' : 'launches'} ${p.o}`
        : needs(p, 'o')
          ? `${p.o} is launched`
          : null,
    announcement: (p) => (needs(p, 'a', 'o') ? `${p.a} ${p.plural ? 'announce' : 'announces'} ${p.o}` : null),
    talks: (p) =>
      needs(p, 'a', 'o') && p.plural ? `${p.a} talk about ${p.o}` : needs(p, 'a') && p.plural ? `${p.a} meet` : null,
    post: (p) => (needs(p, 'a', 'o') ? `${p.a} ${p.plural ? 'post' : 'posts'} about ${p.o}` : null),
    election: (p) => p.n,
    reply: (p) =>
      needs(p, 'a', 'o', 'f')
        ? `${p.a} ${p.plural ? 'counter' : 'counters'}: ${p.f} for ${p.o}`
        : needs(p, 'a', 't')
          ? `${p.a} ${p.plural ? 'reply' : 'replies'} to ${p.t}`
          : null,
    rejection: (p) => (needs(p, 'a', 't') ? `${p.a} ${p.plural ? 'reject' : 'rejects'} ${p.t}'s bid` : null),
  },
};

/** `Musk bietet 97,4 Mrd. $ für OpenAI` / `Musk bids $97.4 bn for OpenAI`, or null when the parts do not make one. */
export function headline(head: EventHead, lang: Lang): string | null {
  const template = HEADLINES[lang][head.kind];
  if (!template) return null;
  const money = head.figure && head.figure.unit && /^[A-Z]{3}$/.test(head.figure.unit) ? head.figure : null;
  return template({
    a: list(head.actors, head.people, lang),
    plural: head.actors.length > 1,
    // A person who dismisses (`Scholz entlässt Lindner`) is named short like any actor.
    o: head.object ? short(head.object, head.people) : null,
    f: money ? formatShortAmount(money.value, money.unit, lang) : null,
    t: head.answers.length > 0 ? list(head.answers.slice(0, 1), head.people, lang) : null,
    n: head.named?.[lang] ?? null,
    lang,
  });
}
