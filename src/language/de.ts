/**
 * The lexicon's one door for the rules: every German (and English) word and pattern they read, filed by what it
 * describes in `src/language/de/`, each word once. Word classes: verbs by lemma (`verbs.ts`, forms from
 * `conjugation.ts`), function words (`function-words.ts`), common nouns (`nouns.ts`), numbers (`numbers.ts`),
 * months and weekdays (`calendar.ts`); kinds of event and transaction as records (`events.ts`, `transactions.ts`).
 * Patterns built from them: dates, speech, reference (pronouns and anaphora), clauses, counting, stop words,
 * and the debris of news websites (`web.ts`). This module and those files are the lowest layer: they import nothing
 * from the rules.
 */
export * from './de/web.js';
export * from './de/stop-words.js';
export * from './de/dates.js';
export * from './de/reference.js';
export * from './de/noun-phrases.js';
export * from './de/clauses.js';
export * from './de/speech.js';
export * from './de/counting.js';
