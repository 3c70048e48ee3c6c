import { describe, expect, it } from 'vitest';
import type { Figure } from '../src/extract/figures.js';
import type { Quote } from '../src/extract/quotes.js';
import { buildIndex, type CorpusIndex } from '../src/index/build.js';
import { headline } from '../src/render/headline.js';
import { asClaim, audit, quoteEntriesCheck } from './audit/checks.js';
import { quotesBy } from '../src/index/queries.js';
import type { Person } from '../src/corpus/schema.js';
import { article } from './support/article.js';
import { seedIndex } from './support/corpus.js';

// The audit's own logic, on invented text and on indexes changed by hand: each check must count what it says it
// counts, whatever the product reads today.

const invented = () =>
  buildIndex(
    [
      article(
        '„Wir bleiben hier“, sagte die Sprecherin. Im Werk arbeiten 35 000 Menschen. Die Halle ist 12 Meter hoch.',
        {
          id: 'erster',
          published: '2030-03-10',
        },
      ),
      article('Anna Huber kam am Montag. Sie sagte: „Wir bleiben hier.“', { id: 'zweiter', published: '2030-03-11' }),
    ],
    [{ id: 'anna-huber', name: 'Anna Huber', gender: 'f', aliases: ['Huber'], descriptors: [], roles: [] }],
    [],
    { organisations: [{ id: 'nordlicht', name: 'Nordlicht', aliases: [] }], dates: [] },
  );

const withQuotes = (index: CorpusIndex, change: (q: Quote, i: number) => Quote): CorpusIndex => ({
  ...index,
  quotes: index.quotes.map(change),
});

describe('a claim typed from a sentence', () => {
  it('is the sentence on one line, cut at a word to the option’s 200 characters', () => {
    const words = Array.from({ length: 60 }, (_, i) => `Wort${i}`).join(' ');
    const claim = asClaim(`Erste Zeile\n${words}`);
    expect(claim.length).toBeLessThanOrEqual(200);
    expect(`Erste Zeile ${words}`.startsWith(claim)).toBe(true);
    expect(`Erste Zeile ${words}`[claim.length]).toBe(' ');
    expect(asClaim('Kurz  und\tgut.')).toBe('Kurz und gut.');
  });

  it('is cut around the figure it is checked for, where the figure lies past the first 200 characters', () => {
    const words = Array.from({ length: 60 }, (_, i) => `Wort${i}`).join(' ');
    const claim = asClaim(`${words} mit 12 Millionen Stimmzetteln am Ende.`, '12 Millionen Stimmzetteln');
    expect(claim.length).toBeLessThanOrEqual(200);
    expect(claim).toContain('12 Millionen Stimmzetteln am Ende.');
    expect(claim.startsWith('Wort')).toBe(true);
  });
});

describe('the audit of a story', () => {
  it('counts the articles from which nothing at all is read', () => {
    const index = invented();
    expect(audit(index).yields).toMatchObject({ pass: 2, total: 2 });
    const stats = new Map(
      [...index.stats].map(([id, s]) => [id, id === 'zweiter' ? { events: 0, quotes: 0, figures: 0 } : s]),
    );
    expect(audit({ ...index, stats }).yields).toMatchObject({
      pass: 1,
      total: 2,
      failures: ['zweiter: nothing read (no event, quotation or figure)'],
    });
  });

  it('types every sentence that carries a figure as a claim, once', () => {
    const index = seedIndex();
    const sentences = new Set(index.figures.map((f) => `${f.citation.article}#${f.citation.sentence}`));
    const { claims } = audit(index);
    expect(claims.total).toBe(sentences.size);
    for (const line of claims.failures) expect(line).toMatch(/: (no_evidence|contradicted|supported|disagree) — /);
  });

  it('asks a speaker of whole quotations introduced as speech, and only of them', () => {
    const index = invented();
    const whole = index.quotes.filter((q) => !q.partial);
    expect(whole.length).toBe(2);
    const none = withQuotes(index, (q) => ({ ...q, speaker: null }));
    expect(audit(none).speakers).toMatchObject({ pass: 0, total: 2 });
    const named = withQuotes(index, (q) => ({ ...q, speaker: { name: 'Anna Huber', id: 'anna-huber' } }));
    expect(audit(named).speakers).toMatchObject({ pass: 2, total: 2 });
  });

  it('takes a person’s name or an organisation as a speaker, never a stray word', () => {
    const index = invented();
    const speakers = [
      { name: 'Street', id: null },
      { name: 'Jan K.', id: null },
      { name: 'Nordlicht', id: null },
    ];
    const changed = withQuotes(index, (q, i) => ({ ...q, speaker: speakers[i % speakers.length]! }));
    expect(audit(changed).speakerKinds).toMatchObject({ pass: 1, total: 2 });
    const third = withQuotes(index, (q) => ({ ...q, speaker: speakers[2]! }));
    expect(audit(third).speakerKinds).toMatchObject({ pass: 2, total: 2 });
  });

  it('counts one quotation from two articles as one /quote entry, and an entry that says it again as too many', () => {
    const index = withQuotes(invented(), (q) => ({ ...q, speaker: { name: 'Anna Huber', id: 'anna-huber' } }));
    expect(audit(index).quoteEntries).toMatchObject({ pass: 1, total: 1 });
    // One report holds the other's words and more: `/quote` lists them as one; a listing that did not is caught.
    const longer = withQuotes(index, (q, i) =>
      i === 0
        ? { ...q, text: 'Wir bleiben hier in der Stadt' }
        : { ...q, text: 'Ja, wir bleiben hier in der Stadt, wie immer' },
    );
    expect(audit(longer).quoteEntries).toMatchObject({ pass: 1, total: 1 });
    const apart = (i: CorpusIndex, person: Person) => quotesBy(i, person).map((q) => ({ quote: q, reports: [q] }));
    expect(quoteEntriesCheck(longer, apart)).toMatchObject({ pass: 1, total: 2 });
  });

  it('reads grouped numbers itself and fails a figure the product read otherwise', () => {
    const index = invented();
    const misread = (f: Figure): Figure => (f.original.includes('000') ? { ...f, value: 0 } : f);
    const rightly = (f: Figure): Figure => (f.original.includes('000') ? { ...f, value: 35000 } : f);
    const written = (i: CorpusIndex) => audit(i).notation.failures.filter((l) => l.includes('(written)'));
    expect(written({ ...index, figures: index.figures.map(misread) })).toEqual([
      'erster: "35 000" (written) for "35 000" in Im Werk arbeiten 35 000 Menschen.',
    ]);
    expect(written({ ...index, figures: index.figures.map(rightly) })).toEqual([]);
  });

  it('finds timeline entries that share a sentence, a headline and date, or lie after their reports', () => {
    const index = seedIndex();
    const dated = (e: (typeof index.events)[number]) =>
      e.citations.every((c) => index.articleById.get(c.article)!.published !== null);
    const entry = index.events.find((e) => headline(e, 'en') !== null && e.date && !e.date.bound && dated(e))!;
    const twice = audit({ ...index, events: [entry, { ...entry }] });
    expect(twice.sharedSentences).toMatchObject({ pass: 0, total: 2 });
    expect(twice.duplicates).toMatchObject({ pass: 0, total: 2 });
    // A sentence that dates each of two entries with words of its own tells two events; one dating only one does not.
    const rounds = { ...entry.evidence, text: 'Gewählt wird am 3. Mai und am 17. Mai.' };
    const round = (dateText: string) => ({ ...entry, dateText, evidence: rounds, citations: [rounds] });
    const apart = audit({ ...index, events: [round('3. Mai'), round('17. Mai')] });
    expect(apart.sharedSentences).toMatchObject({ pass: 2, total: 2 });
    const oneDated = audit({ ...index, events: [round('3. Mai'), round('am Montag')] });
    expect(oneDated.sharedSentences).toMatchObject({ pass: 0, total: 2 });
    const later = audit({ ...index, events: [{ ...entry, date: { ...entry.date!, value: '2099' } }] });
    expect(later.future).toMatchObject({ pass: 0, total: 1 });
    expect(audit({ ...index, events: [entry] }).future).toMatchObject({ pass: 1, total: 1 });
  });

  it('takes a counted noun or an age as a figure’s subject, never money or a share about nothing', () => {
    const index = invented();
    const [figure] = index.figures;
    const about = { transaction: null, object: null, actor: null };
    const as = (unit: string | null, change: Partial<Figure> = {}) => ({ ...figure!, unit, about, ...change });
    const figures = [as('Menschen'), as('years'), as('%'), as('EUR'), as('Tagen'), as(null)];
    expect(audit({ ...index, figures }).figureSubjects).toMatchObject({ pass: 2, total: 6 });
    const bought = { ...about, transaction: 'purchase' as const };
    expect(audit({ ...index, figures: [as('EUR', { about: bought })] }).figureSubjects).toMatchObject({ pass: 1 });
  });

  it('finds a citation that is not verbatim', () => {
    const index = invented();
    const [first, ...rest] = index.quotes;
    const broken = { ...index, quotes: [{ ...first!, citation: { ...first!.citation, text: 'anders' } }, ...rest] };
    expect(audit(index).citations.pass).toBe(audit(index).citations.total);
    expect(audit(broken).citations.total - audit(broken).citations.pass).toBe(1);
  });
});
