import type { Sentence } from '../corpus/types.js';
import { describedPerson } from '../language/de/roles.js';
import { canAct, type PeopleFinder } from './people.js';

/** What a quotation holds that the reading needs: who it is given to, and where it stands. */
interface Speaker {
  name: string;
  id: string | null;
  unnamed?: true;
}
interface Quote {
  speaker: Speaker | null;
  citation: { sentence: number };
}

/** How many sentences back the person a description points to may stand. */
const REACH = 3;

/**
 * Speakers named only by what kind of person they are (`„…“, sagte der Politiker`, `so die 47-Jährige`) are the
 * person named just before (see `describedPerson`): in the nearest of the sentences before the quotation that names
 * someone of that gender, acting, the one person named, or among several the one a quotation there gives words to.
 * The description keeps its own words when no one fits (`die Spanierin` after only men): it names someone unknown.
 */
export function describedSpeakers<Q extends Quote>(quotes: Q[], sentences: Sentence[], people: PeopleFinder): Q[] {
  const at = new Map(sentences.map((s, i) => [s.index, i]));
  const resolved = new Map<Speaker, Speaker | null>();
  return quotes.map((q) => {
    const speaker = q.speaker;
    if (!speaker?.unnamed) return q;
    if (!resolved.has(speaker)) {
      const from = at.get(q.citation.sentence);
      resolved.set(speaker, from === undefined ? null : pointedTo(speaker.name, from, sentences, people, quotes));
    }
    const person = resolved.get(speaker);
    return person ? { ...q, speaker: person } : q;
  });
}

function pointedTo(
  phrase: string,
  from: number,
  sentences: Sentence[],
  people: PeopleFinder,
  quotes: Quote[],
): Speaker | null {
  const gender = describedPerson(phrase);
  if (!gender) return null;
  // `der Huber-Unterstützer` is not Huber: a person the description names is not the one it describes.
  const named = (name: string) => name.split(/\s+/).some((w) => phrase.includes(w));
  for (let i = from - 1; i >= Math.max(0, from - REACH); i--) {
    const s = sentences[i]!;
    const fitting = new Map(
      people
        .mentions(s.text)
        .filter((m) => canAct(m) && m.person.gender !== (gender === 'm' ? 'f' : 'm') && !named(m.person.name))
        .map((m) => [m.person.name, { name: m.person.name, id: m.person.id }]),
    );
    if (fitting.size === 0) continue;
    if (fitting.size === 1) return [...fitting.values()][0]!;
    // `Huber sei „willkommen“, führte Levy aus. … , sagte der 61-Jährige`: the one the sentence quotes.
    const quoted = quotes.filter((q) => q.citation.sentence === s.index && q.speaker && fitting.has(q.speaker.name));
    const speakers = new Set(quoted.map((q) => q.speaker!.name));
    return speakers.size === 1 ? fitting.get([...speakers][0]!)! : null;
  }
  return null;
}
