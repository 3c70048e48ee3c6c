import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadArticles, loadPeople, loadWorld } from '../src/corpus/load.js';
import type { Article } from '../src/corpus/types.js';
import { factCheck } from '../src/factcheck/check.js';
import { buildIndex, type CorpusIndex } from '../src/index/build.js';

/**
 * Verdicts that hold when the corpus grows. Each property builds the index anew for a generated
 * corpus: the five articles plus articles written here that agree with what they say, or that are
 * about something else entirely, in any order. At least 200 corpora per property.
 */
const RUNS = Math.max(200, Number(process.env.PROPERTY_RUNS_CORPORA ?? 200));
const { articles: seeds } = loadArticles('data/articles', 'data');
const { people } = loadPeople('data/people.json', 'data');
const { world } = loadWorld('data');
const build = (articles: Article[]) => buildIndex(articles, people, [], world);
const seedIndex = build(seeds);

/** The claims the done-when names, and what the five articles answer to each. */
const CLAIMS = [
  '97.4',
  'Musk bot 97,4 Milliarden Dollar für OpenAI',
  'Musk kaufte Twitter für 44 Milliarden Dollar',
  '250 Millionen',
  'OpenAI wurde 2016 gegründet',
  '9,74',
];

/** A verdict and, per finding, what it is about and the values the sources give: what a reader sees change. */
function answer(index: CorpusIndex, claim: string) {
  const check = factCheck(index, claim);
  return {
    verdict: check.verdict,
    findings: check.findings.map((f) => ({
      label: f.label,
      verdict: f.verdict,
      values: f.values,
      also: f.also ?? false,
    })),
  };
}

let counter = 0;
const article = (sentences: string[], published: string | null): Article => {
  const id = `generiert-${++counter}`;
  return {
    id,
    title: `Generiert ${counter}`,
    outlet: null,
    published,
    language: 'de',
    url: null,
    seed: null,
    file: `${id}.md`,
    body: `${sentences.join(' ')}\n`,
  };
};
const published = fc.option(fc.constantFrom('2025-02-12', '2025-03-01', '2025-02'), { nil: null });
const filler = fc.constantFrom(
  'Die Lage bleibt angespannt.',
  'Beobachter rechnen mit weiteren Schritten.',
  'Das sorgt in der Branche für Gesprächsstoff.',
  'Nein danke, sagen viele dazu.',
  'Was folgt, ist offen.',
);

/** Restatements of the bid the five articles agree on, in the notations and hedges news uses. */
const bidValue = fc.constantFrom(
  '97,4 Milliarden Dollar',
  '97,4 Mrd. Dollar',
  '97 Milliarden Dollar',
  'über 97 Milliarden Dollar',
  'fast 100 Milliarden Dollar',
  'rund 97,4 Milliarden Dollar',
);
const bidSentence = fc
  .tuple(fc.constantFrom('Musk', 'Elon Musk'), bidValue)
  .chain(([who, value]) =>
    fc.constantFrom(
      `${who} bot ${value} für OpenAI.`,
      `${who} legte ein Angebot über ${value} für OpenAI vor.`,
      `Das Angebot von ${who} für OpenAI belief sich auf ${value}.`,
      `${who} will OpenAI für ${value} übernehmen.`,
    ),
  );
const agreeing = fc
  .tuple(fc.array(fc.oneof(bidSentence, filler), { minLength: 1, maxLength: 5 }), bidSentence, published)
  .map(([rest, bid, date]) => article([bid, ...rest], date));

/** Articles about other things: made-up towns, clubs and firms, none of them in data, any number. */
const amount = fc.oneof(
  fc.constantFrom('97,4', '44', '250', '9,74', '40', '100', '2016'),
  fc.integer({ min: 1, max: 999 }).map(String),
);
const unrelatedSentence = fc
  .tuple(
    amount,
    fc.constantFrom('Millionen', 'Milliarden'),
    fc.constantFrom('Franken', 'Euro', 'Dollar'),
    fc.constantFrom('Thun', 'Adelboden', 'Brienz', 'Kandersteg'),
  )
  .chain(([n, scale, cur, town]) =>
    fc.constantFrom(
      `Die Gemeinde ${town} baut für ${n} ${scale} ${cur} ein Hallenbad.`,
      `Der FC ${town} kaufte das Stadion für ${n} ${scale} ${cur}.`,
      `Die Firma Bergbahnen ${town} bot ${n} ${scale} ${cur} für den Skilift.`,
      `Der Wert der Brauerei ${town} wird auf ${n} ${scale} ${cur} geschätzt.`,
      `Im Jahr 2016 wurde in ${town} ein Verein gegründet.`,
    ),
  );
/** Each unrelated thing said once, so it has one value: a bare number may mean it too, but never contested. */
const unrelated = fc
  .tuple(
    fc.uniqueArray(unrelatedSentence, {
      minLength: 1,
      maxLength: 4,
      selector: (s) => s.replace(/[\d,]+ (?:Millionen|Milliarden) \w+/, ''),
    }),
    published,
  )
  .map(([sentences, date]) => article(sentences, date));

const seedAnswers = new Map(CLAIMS.map((c) => [c, answer(seedIndex, c)]));

/** Whether no thing the articles speak of is given a value twice (see `unrelated`). */
function saidOnce(articles: Article[]): boolean {
  const things = articles.flatMap((a) =>
    a.body
      .trim()
      .split(/(?<=\.)\s+/)
      .map((s) => s.replace(/[\d,]+ (?:Millionen|Milliarden) \w+/, '')),
  );
  return new Set(things).size === things.length;
}

describe('verdicts that hold when the corpus grows', () => {
  it('(a) articles that agree with a group never change a Supported verdict about it', () => {
    fc.assert(
      fc.property(fc.array(agreeing, { minLength: 1, maxLength: 3 }), (extra) => {
        const index = build([...seeds, ...extra]);
        for (const claim of [
          '97.4',
          'Musk bot 97,4 Milliarden Dollar für OpenAI',
          '97,4 Milliarden',
          'Musk bot 97,4 Milliarden für OpenAI',
        ]) {
          expect(factCheck(index, claim).verdict, claim).toBe('supported');
        }
        // And the agreeing reports are in the bid's group, not a group of their own.
        const bid = factCheck(index, 'Musk bot 97,4 Milliarden Dollar für OpenAI').findings.filter((f) => !f.also);
        expect(bid.map((f) => f.label)).toEqual(['Musks Angebot für OpenAI']);
        expect(new Set(bid[0]!.evidence.map((e) => e.citation.article)).size).toBe(3 + extra.length);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('(b) an unrelated article never changes any verdict', () => {
    fc.assert(
      fc.property(fc.array(unrelated, { minLength: 1, maxLength: 2 }), (extra) => {
        // Each unrelated thing said once across the articles too: two outlets giving the same club's purchase two
        // prices contest it, and a bare number that means it is then rightly answered otherwise.
        fc.pre(saidOnce(extra));
        const index = build([...seeds, ...extra]);
        for (const claim of CLAIMS) {
          const before = seedAnswers.get(claim)!;
          const after = answer(index, claim);
          expect(after.verdict, claim).toBe(before.verdict);
          // What the claim is about is answered exactly as before; the other article can only add its own meanings of a
          // number.
          expect(
            after.findings.filter((f) => !f.also && before.findings.some((b) => b.label === f.label)),
            claim,
          ).toEqual(before.findings.filter((f) => !f.also));
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('(c) reordering the articles changes nothing', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.array(fc.oneof(agreeing, unrelated), { maxLength: 2 }), fc.nat()).chain(([extra, seed]) => {
          const all = [...seeds, ...extra];
          return fc
            .shuffledSubarray(all, { minLength: all.length, maxLength: all.length })
            .map((shuffled) => ({ all, shuffled, seed }));
        }),
        ({ all, shuffled }) => {
          const a = build(all);
          const b = build(shuffled);
          for (const claim of CLAIMS) expect(answer(b, claim), claim).toEqual(answer(a, claim));
          expect(b.figureGroups.map((g) => g.label).sort()).toEqual(a.figureGroups.map((g) => g.label).sort());
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('(d) no subject or group name is empty, an interjection or a fragment of a sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(agreeing, unrelated), { minLength: 1, maxLength: 3 }), (extra) => {
        const index = build([...seeds, ...extra]);
        const names = [...index.figures.map((f) => f.subject), ...index.figureGroups.map((g) => g.label)];
        expect(names.length).toBeGreaterThan(0);
        for (const name of names) expectReadableName(name);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});

/** Words that open or fill speech, never the name of a thing measured. */
const INTERJECTIONS = /^(?:nein|ja|danke|doch|oh|ach|na|nun|also|aber|und|der|die|das|dass|wenn|was|wie)$/i;

function expectReadableName(name: string): void {
  expect(name.trim(), 'empty').not.toBe('');
  expect(name.length, name).toBeLessThanOrEqual(80);
  // A fragment carries the sentence's punctuation or quotation marks with it.
  expect(name, name).not.toMatch(/[.!?„“”«»"]|\s[,;:]|[,;:]\s/);
  for (const word of name.split(/[\s()–-]+/).filter(Boolean))
    expect(word, `${name}: ${word}`).not.toMatch(INTERJECTIONS);
}

describe('the names themselves', () => {
  it('on the five articles, every figure names its transaction and, where the text says it, its object', () => {
    const unnamed = seedIndex.figures.filter((f) => !f.about.transaction);
    expect(unnamed).toEqual([]);
    for (const f of seedIndex.figures) expectReadableName(f.subject);
    // The two whose object no sentence names say so by leaving it out, not by guessing.
    expect(seedIndex.figures.filter((f) => !f.about.object).map((f) => f.subject)).toEqual(['Sons Investition']);
  });
});

/** Clauses a sentence about the bid may carry beside it: a counter-offer, an earlier deal, the bid said again. */
const besideBid = fc.constantFrom(
  'Altman konterte mit 9,74 Milliarden Dollar für Twitter',
  'nachdem Musk Twitter 2022 für 44 Milliarden Dollar gekauft hatte',
  'Musk hatte Twitter einst für 44 Milliarden Dollar übernommen',
  'der Wert von OpenAI liegt bei 300 Milliarden Dollar',
  'ein Kredit über 13 Milliarden Dollar half beim Kauf von Twitter',
);
const bidClause = fc
  .tuple(fc.constantFrom('Musk', 'Elon Musk'), bidValue)
  .chain(([who, value]) =>
    fc.constantFrom(`${who} bot ${value} für OpenAI`, `${who} legte ein Angebot über ${value} für OpenAI vor`),
  );
/** One sentence holding the bid and other deals, in any order, joined as news joins clauses. */
const crowdedSentence = fc
  .tuple(
    bidClause,
    fc.array(besideBid, { minLength: 1, maxLength: 2 }),
    fc.constantFrom(', ', '; ', ' – '),
    fc.boolean(),
  )
  .map(([bid, others, join, bidFirst]) => {
    const clauses = bidFirst ? [bid, ...others] : [...others, bid];
    const text = clauses.join(join);
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  });

describe('a claim about the bid, whatever else a sentence reports beside it', () => {
  it('(e) stays Supported when sentences add the bid beside a counter-offer or another deal', () => {
    fc.assert(
      fc.property(fc.array(crowdedSentence, { minLength: 1, maxLength: 3 }), published, (sentences, date) => {
        const index = build([...seeds, article(sentences, date)]);
        expect(factCheck(index, 'Musk bot 97,4 Milliarden Dollar für OpenAI').verdict).toBe('supported');
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('(f) a sentence added to an article is, typed as a claim, supported by that sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(unrelated, agreeing), { minLength: 1, maxLength: 2 }), (extra) => {
        const index = build([...seeds, ...extra]);
        const added = new Set(extra.map((a) => a.id));
        const sentences = new Set(
          index.figures.filter((f) => added.has(f.citation.article)).map((f) => f.citation.text),
        );
        for (const sentence of sentences) {
          const check = factCheck(index, sentence);
          const own = check.findings
            .filter((f) => !f.also)
            .flatMap((f) => f.evidence)
            .some((e) => e.agrees && e.citation.text === sentence);
          expect([sentence, check.verdict === 'supported' || check.verdict === 'disagree', own]).toEqual([
            sentence,
            true,
            true,
          ]);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
