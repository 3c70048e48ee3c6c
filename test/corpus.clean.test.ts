import { describe, expect, it } from 'vitest';
import { cleanBody, findGluedHeading, standaloneWords } from '../src/corpus/clean.js';
import { segmentArticle, splitSentences } from '../src/corpus/segment.js';
import { article } from './support/article.js';
import { seedIndex } from './support/corpus.js';
import { loadIndex } from '../src/app.js';
import { buildIndex } from '../src/index/build.js';

const kept = (body: string) => segmentArticle(article(body)).sentences.map((s) => s.text);
const reasons = (body: string) => cleanBody(body).removed.map((r) => [r.text, r.reason]);

describe('input hygiene', () => {
  it('reads a leading `date YYYY-MM` line as the date, never as text', () => {
    const body = ' date 2025-02 Elon Musk legt nach. Bild: keystone\n\nDer erste Satz steht hier.\n';
    const segmented = segmentArticle(article(body));
    expect(segmented.article.published).toBe('2025-02');
    expect(segmented.removed[0]).toMatchObject({ text: 'date 2025-02', reason: 'page metadata: publication date' });
    expect(segmented.sentences.map((s) => s.text)).toEqual(['Der erste Satz steht hier.']);
    // A front matter date stays what it is.
    expect(segmentArticle({ ...article(body), published: '2025-02-11' }).article.published).toBe('2025-02-11');
  });

  it('removes agency credits with their captions, and cuts one off a paragraph', () => {
    const body = [
      'Elon Musk bei einer Rede in Washington (IMAGO / ZUMA Wire)',
      'Foto: Reuters',
      'Der erste Satz des Artikels ist hier und er ist lang genug, um kein Bildtext zu sein, denn er hat ' +
        'viele, viele Wörter und sagt etwas über die Sache, um die es geht. (dpa)',
    ].join('\n');
    expect(reasons(body)).toEqual([
      ['Elon Musk bei einer Rede in Washington (IMAGO / ZUMA Wire)', 'image caption with photo credit'],
      ['Foto: Reuters', 'image caption with photo credit'],
      ['(dpa)', 'photo credit'],
    ]);
  });

  it('removes a caption that ends in a copyright sign and its holder, and cuts one off a paragraph', () => {
    const body = [
      'Max Huber wurde in Seestadt festgenommen © Seeagentur - Eva Muster',
      'Radweg am See © privat',
      'Der erste Satz des Artikels ist hier und er ist lang genug, um kein Bildtext zu sein, denn er hat ' +
        'viele, viele Wörter und sagt etwas über die Sache, um die es geht. © 2019 Seeverlag',
    ].join('\n');
    expect(reasons(body)).toEqual([
      ['Max Huber wurde in Seestadt festgenommen © Seeagentur - Eva Muster', 'image caption with photo credit'],
      ['Radweg am See © privat', 'image caption with photo credit'],
      ['© 2019 Seeverlag', 'photo credit'],
    ]);
  });

  it('keeps a last sentence cut off mid-word as text, but reads no figure or event from it', () => {
    const body =
      'Musk kaufte Twitter am 27. Oktober 2022 für 44 Milliarden Dollar.\n\nAm 3. März 2025 kaufte Musk ' +
      'angeblich Tesla für satte 44 Milli';
    const index = buildIndex([{ ...article(body), published: '2025-03-05' }], []);
    const last = index.segmented[0]!.sentences.at(-1)!;
    expect(last).toMatchObject({
      text: 'Am 3. März 2025 kaufte Musk angeblich Tesla für satte 44 Milli',
      truncated: true,
    });
    expect(index.figures.map((f) => f.original)).toEqual(['44 Milliarden Dollar']);
    expect(index.events.flatMap((e) => e.citations.map((c) => c.sentence))).not.toContain(last.index);
  });
});

describe('cleaning', () => {
  it('removes interface text, credits, captions, spam and footers, saying why', () => {
    const body = [
      'Dark Mode Light Mode',
      'Ein Bild von etwas. Foto: dpa',
      'fotograf (CC0), Pixabay',
      'Der erste Satz des Artikels ist hier.',
      'KLICKEN SIE HIER UND VERDIENEN SIE GELD KLICKEN SIE HIER',
      'Der zweite Satz steht hier.',
      'Previous Post',
      'Ein ganz anderer Artikel',
    ].join('\n');
    expect(reasons(body)).toEqual([
      ['Dark Mode Light Mode', 'website interface text'],
      ['Ein Bild von etwas. Foto: dpa', 'image caption with photo credit'],
      ['fotograf (CC0), Pixabay', 'image credit'],
      ['KLICKEN SIE HIER UND VERDIENEN SIE GELD KLICKEN SIE HIER', 'all-capitals link spam'],
      ['Previous Post', 'page footer: related posts, partner block or comment form'],
      ['Ein ganz anderer Artikel', 'page footer: related posts, partner block or comment form'],
    ]);
    expect(kept(body)).toEqual(['Der erste Satz des Artikels ist hier.', 'Der zweite Satz steht hier.']);
  });

  it('removes a numbered breadcrumb, a repeated alt text and a trailing byline', () => {
    const body =
      '1. Startseite\n  2. Politik\n  3. Kommentare\nBild von A und B\nBild von A und B\nDer Text ' +
      'beginnt.Max Muster 11.02.2025 - 15:40 Uhr\nsignatur';
    expect(reasons(body).map(([, r]) => r)).toEqual([
      'navigation breadcrumb',
      'navigation breadcrumb',
      'navigation breadcrumb',
      'repeated caption (image alternative text)',
      'repeated caption (image alternative text)',
      'byline with date',
      'signature line after the article',
    ]);
    expect(kept(body)).toEqual(['Der Text beginnt.']);
  });

  it('removes a teaser the text repeats, itself or after its dateline, and keeps the text', () => {
    const lead = 'Die Seebank hat am Montag ihre Zahlen vorgelegt und mehr verdient als erwartet.';
    const body = [lead, lead, '', `Nordhafen - ${lead} Der Gewinn stieg um ein Drittel.`].join('\n');
    expect(reasons(body)).toEqual([
      [lead, 'teaser repeated in the text'],
      [lead, 'teaser repeated in the text'],
    ]);
    expect(kept(body)).toEqual([`Nordhafen - ${lead}`, 'Der Gewinn stieg um ein Drittel.']);
    // Nor a short line, which two paragraphs may well open with.
    expect(reasons('Das ist so.\nDas ist so. Und mehr.')).toEqual([]);
  });

  it('removes the signature under an embedded post, and keeps the post', () => {
    const body = [
      'Der Bürgermeister antwortete auf der Plattform.',
      'Wir bauen die Brücke neu, und zwar schnell.',
      '— Eva Muster (@evamuster) 3. Mai 2024',
      'Die Opposition reagierte verhalten.',
    ].join('\n');
    expect(reasons(body)).toEqual([['— Eva Muster (@evamuster) 3. Mai 2024', 'signature of an embedded post']]);
    expect(kept(body)).toHaveLength(3);
  });

  it('keeps prose that follows a footer marker', () => {
    const prose =
      'Dieser lange Absatz ist eindeutig Artikeltext, weil er viele Wörter enthält und mit einem Punkt ' +
      'endet, wie es Fließtext eben tut.';
    expect(kept(`Anzeige\nWerbepartner\n${prose}`)).toEqual([prose]);
  });
});

describe('glued headings', () => {
  it('splits a heading glued to the next sentence, by letters or by punctuation', () => {
    const text = 'Der Bruch zwischen Musk und AltmanAls Musk und Altman gründeten, war alles gut.';
    const at = text.indexOf('Als');
    expect(findGluedHeading(text, standaloneWords(text))).toEqual({ headingEnd: at, restStart: at });
    const lower = 'Das Projekt, das sie zusammenbringtStargate war groß.';
    expect(findGluedHeading(lower, standaloneWords(`${lower} Stargate ist ein Projekt.`))).toEqual({
      headingEnd: lower.indexOf('Stargate'),
      restStart: lower.indexOf('Stargate'),
    });
    expect(findGluedHeading('Wer wird gewinnen?Dieser Kampf ist offen.', new Set())).toEqual({
      headingEnd: 18,
      restStart: 18,
    });
  });

  it('keeps camel-case brand names whole', () => {
    expect(
      findGluedHeading('Altman fand Verbündete: SoftBank und Oracle.', standaloneWords('SoftBank und Oracle')),
    ).toBeNull();
    expect(findGluedHeading('Er arbeitet für OpenAI und ChatGPT.', new Set())).toBeNull();
  });

  it('marks the glued heading as a heading in the seed articles', () => {
    const sentences = seedIndex().segmented[0]!.sentences;
    const heading = sentences.find(
      (s) => s.text === 'Von Verbündeten zu Feinden: der irreparable Bruch zwischen Musk und Altman',
    )!;
    expect(heading.kind).toBe('heading');
    expect(sentences[sentences.indexOf(heading) + 1]!.text).toMatch(/^Als Musk und Altman 2015 OpenAI gründeten/);
  });
});

describe('sentences', () => {
  const split = (text: string) => splitSentences(text, 0, text.length).map((p) => text.slice(p.start, p.end));

  it('keeps German abbreviations and ordinals inside the sentence', () => {
    expect(split('Er bot 97,4 Mrd. Dollar. Das war z. B. viel. Im 21. Jahrhundert ist das so.')).toEqual([
      'Er bot 97,4 Mrd. Dollar.',
      'Das war z. B. viel.',
      'Im 21. Jahrhundert ist das so.',
    ]);
  });

  it('ends a sentence at a number and its dot before a pronoun: an ordinal stands before a noun', () => {
    expect(split('Betroffen waren die Hallen 3 und 4. Sie bleiben zu. Am 3. Mai war es so.')).toEqual([
      'Betroffen waren die Hallen 3 und 4.',
      'Sie bleiben zu.',
      'Am 3. Mai war es so.',
    ]);
  });

  it('ends a sentence before a year that opens the next, but not after an abbreviation', () => {
    expect(
      split('Er verließ den Verein. 2007 wurde er Trainer. Am 3. Aug. 2017 trat er ab. Es kamen ca. 2000 Fans.'),
    ).toEqual([
      'Er verließ den Verein.',
      '2007 wurde er Trainer.',
      'Am 3. Aug. 2017 trat er ab.',
      'Es kamen ca. 2000 Fans.',
    ]);
  });

  it('splits sentence ends that lost their space, but not X.AI', () => {
    expect(split('Das war gut.Dann kam X.AI ins Spiel.')).toEqual(['Das war gut.', 'Dann kam X.AI ins Spiel.']);
  });

  it('gives every seed sentence offsets into its article body', () => {
    for (const { article, sentences } of seedIndex().segmented) {
      sentences.forEach((s, i) => {
        expect(article.body.slice(s.start, s.end)).toBe(s.text);
        expect(s.index).toBe(i + 1);
      });
    }
  });
});

describe('no silent loss', () => {
  it('accounts for every visible character: in a sentence, or removed with a reason', () => {
    for (const { article, sentences, removed } of [...seedIndex().segmented, ...loadIndex('test/fixtures').segmented]) {
      const covered = new Uint8Array(article.body.length);
      for (const span of [...sentences, ...removed]) covered.fill(1, span.start, span.end);
      const lost: number[] = [];
      for (let i = 0; i < article.body.length; i++) if (!covered[i] && !/\s/.test(article.body[i]!)) lost.push(i);
      expect(
        lost.map((i) => article.body.slice(i - 10, i + 10)),
        article.id,
      ).toEqual([]);
    }
  });
});
