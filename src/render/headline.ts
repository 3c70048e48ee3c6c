import type { EventHead, EventKind } from '../extract/events.js';
import { eventKind } from '../language/de/events.js';
import { surnameOf } from '../reconcile/surnames.js';
import { GOVERNING_BODIES } from '../language/de/organisations.js';
import { formatShortAmount } from './amount.js';
import type { Lang } from './i18n.js';

/**
 * `Huber`, `Muster`: the last word of a person's name; a company (`FC Nordstadt`) as it is named; a name that ends in
 * an ordinal (`Ludwig II.`) whole, and one whose last word another of its people shares (`Eva Huber` beside `Max
 * Huber`).
 */
function short(name: string, people: string[]): string {
  const last = surnameOf(name);
  const shared = people.some((p) => p !== name && surnameOf(p) === last);
  return people.includes(name) && !ORDINAL.test(last) && !shared ? last : name;
}
/** A ruler's or a pope's number: `II.`, `XVI.`. */
const ORDINAL = /^[IVXLC]+\.$/;

/** A governing body named by its German noun (`Landtag`) is called as English news calls it (`State parliament`). */
function called(name: string, lang: Lang): string {
  return lang === 'en' && Object.hasOwn(GOVERNING_BODIES, name)
    ? GOVERNING_BODIES[name as keyof typeof GOVERNING_BODIES].en
    : name;
}

function list(names: string[], people: string[], lang: Lang): string {
  const s = names.map((n) => called(short(n, people), lang));
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${s[s.length - 1]}`;
}

/** `Huber bietet 2 Mrd. $ für Seebank` / `Huber bids $2 bn for Seebank`, or null when the parts do not make one. */
export function headline(head: EventHead, lang: Lang): string | null {
  const record = eventKind(head.kind);
  if (!record) return null;
  const money = head.figure && head.figure.unit && /^[A-Z]{3}$/.test(head.figure.unit) ? head.figure : null;
  return record.headline[lang]({
    a: list(head.actors, head.people, lang),
    plural: head.actors.length > 1,
    // A person who dismisses (`Berger entlässt Roth`) is named short like any actor.
    o: head.object ? short(head.object, head.people) : null,
    f: money ? formatShortAmount(money.value, money.unit, lang) : null,
    t: head.answers.length > 0 ? list(head.answers.slice(0, 1), head.people, lang) : null,
    n: head.named?.[lang] ?? null,
    th: head.thing ?? null,
  });
}

/** What kind of event it is, for an entry whose parts make no headline: `Klage`, `Lawsuit`; none for `other`. */
export const kindLabel = (kind: EventKind, lang: Lang): string | null => eventKind(kind)?.label[lang] ?? null;
