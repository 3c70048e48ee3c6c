/** What a quotation holds that the reading needs: its words and who they are given to. */
interface Said {
  text: string;
  speaker: { name: string } | null;
}

/**
 * Fewer words than this are said by too many (`Auf keinen Fall`), or are a name or a saying quoted inside someone's
 * words (`„Hilfe für Seestadt“`, `„in dubio pro reo“`), to tell whose they are.
 */
const MIN_WORDS = 5;

/** Words compared as said: small letters, no punctuation, single spaces. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\d\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A quotation no one is named for whose words another quotation of its article holds is the same words said again: a
 * subheading quoting the text below it (`„Vom Vorstand im Stich gelassen“` over `„Ich fühle mich vom Vorstand im Stich
 * gelassen“, sagte Huber`), a writer recalling what was quoted before (`so sei dies wie gesagt „nicht gegen die Stadt
 * gerichtet“`). It is given to whoever said them, when only one did.
 */
export function echoedSpeakers<Q extends Said>(quotes: Q[]): Q[] {
  const said = quotes.filter((q) => q.speaker).map((q) => ({ q, words: ` ${wordsOf(q.text)} ` }));
  return quotes.map((q) => {
    const words = wordsOf(q.text);
    if (q.speaker || words.split(' ').length < MIN_WORDS) return q;
    const padded = ` ${words} `;
    const twins = said.filter((s) => s.words.includes(padded));
    const speakers = new Set(twins.map((t) => t.q.speaker!.name));
    return speakers.size === 1 ? { ...q, speaker: twins[0]!.q.speaker } : q;
  });
}
