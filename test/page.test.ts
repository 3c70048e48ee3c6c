import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFile, idOf } from '../src/corpus/article-file.js';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles, parseArticleFile } from '../src/corpus/load.js';
import { tempDir } from './support/tmp.js';
import { decodePage, readPage, readPlainText, type PageArticle } from '../src/corpus/page.js';
import { buildIndex } from '../src/index/build.js';

const page = (name: string) => decodePage(readFileSync(`test/fixtures/pages/${name}.html`));
const read = (html: string): PageArticle => {
  const r = readPage(html);
  if ('refused' in r) throw new Error(r.refused);
  return r.article;
};

/** What each real page says of itself (test/fixtures/pages/README.md names where each comes from). */
const PAGES: [string, Omit<PageArticle, 'body'>][] = [
  [
    'heise',
    {
      title: '1Password für Mac generiert Einmal-Passwörter',
      outlet: 'Mac & i',
      published: '2015-04-08',
      language: 'de',
      url: 'http://www.heise.de/mac-and-i/meldung/1Password-fuer-Mac-generiert-Einmal-Passwoerter-2596987.html',
    },
  ],
  [
    'sueddeutsche-flixtrain',
    {
      title: 'Flixbus attackiert Deutsche Bahn',
      outlet: 'Süddeutsche.de',
      published: '2019-05-15',
      language: 'de',
      url: 'https://www.sueddeutsche.de/wirtschaft/bahn-flixbus-flixtrain-deutschlandtakt-fernverkehr-1.4445845',
    },
  ],
  [
    'bbc-1',
    {
      title: "Obama admits US gun laws are his 'biggest frustration'",
      outlet: 'BBC News',
      published: '2015-07-24',
      language: 'en',
      url: 'http://www.bbc.com/news/world-us-canada-33646704',
    },
  ],
  [
    'liberation-1',
    {
      title: 'Un troisième Français mort dans le séisme au Népal',
      outlet: 'Libération.fr',
      published: '2015-04-30',
      language: 'fr',
      url: 'http://www.liberation.fr/monde/2015/04/30/un-troisieme-francais-mort-dans-le-seisme-au-nepal_1278483',
    },
  ],
  [
    'folha',
    {
      title: 'Tite diz que errou ao levar taça da Libertadores a Lula em 2012',
      outlet: 'Folha de S.Paulo',
      published: '2018-12-21',
      language: 'pt-BR',
      url: 'https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml',
    },
  ],
  [
    'lemonde-1',
    {
      title: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
      outlet: 'Le Monde.fr',
      published: '2015-05-04',
      language: 'fr',
      url: 'http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html',
    },
  ],
];

describe('a web page read as a reader sees it', () => {
  it.each(PAGES)('%s: its title, outlet, day, language and address from its metadata', (name, expected) => {
    const { body, ...meta } = read(page(name));
    expect(meta).toEqual(expected);
    // The article's text, a paragraph a line: no markup, no script, no navigation.
    expect(body.length).toBeGreaterThan(1_500);
    expect(body).not.toMatch(/<\/?[a-z][^>]*>|function\s*\(|\{\s*"@context"/i);
    expect(body.split('\n\n').length).toBeGreaterThan(3);
  });

  it('reads a German page into sentences and figures, and writes it as an operator would', () => {
    const article = read(page('heise'));
    const text = articleFile(idOf(article.title, new Set()), article);
    const parsed = parseArticleFile('heise.md', Buffer.from(text));
    if ('problem' in parsed) throw new Error(parsed.problem.reason);
    const { body, ...meta } = article;
    expect(parsed.article).toMatchObject({ id: '1password-fuer-mac-generiert-einmal-passwoerter', ...meta });
    expect(parsed.article.body.trimEnd()).toBe(body);
    const index = buildIndex([parsed.article], []);
    expect(index.articles.map((a) => a.id)).toEqual([parsed.article.id]);
    expect(index.sentenceCount).toBeGreaterThan(10);
    // `Version 5.3` and the others: each cites its sentence, word for word.
    expect(index.figures.length).toBeGreaterThan(0);
    for (const f of index.figures) expect(parsed.article.body).toContain(f.citation.text);
  });

  it('reads a German report into quotations with their speakers, each cited word for word', () => {
    const article = read(page('sueddeutsche-flixtrain'));
    const parsed = parseArticleFile('sz.md', Buffer.from(articleFile('sz', article)));
    if ('problem' in parsed) throw new Error(parsed.problem.reason);
    const index = buildIndex([parsed.article], []);
    const speakers = new Set(index.quotes.map((q) => q.speaker?.name));
    expect(speakers).toContain('Fabian Stenger');
    expect(index.quotes.length).toBeGreaterThan(3);
    for (const q of index.quotes) expect(parsed.article.body).toContain(q.citation.text);
    expect(index.figures.length).toBeGreaterThan(0);
  });

  const shell = (lang: string, body: string) =>
    `<html${lang}><head><title>Ein Titel</title></head><body>${body}</body></html>`;
  const links = `<ul>${'<li><a href="/x">Ein Link</a></li>'.repeat(80)}</ul>`;
  const lorem = `<article>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(25)}</article>`;
  it.each([
    ['no text', shell(' lang="de"', ''), /no article text/],
    ['a page of links', shell(' lang="de"', links), /only links/],
    ['no language said nor shown', shell('', lorem), /language/],
  ])('refuses a page with %s', (_what, html, reason) => {
    const r = readPage(html);
    expect('refused' in r && r.refused).toMatch(reason);
  });

  it('reads the language of a page that declares none from its words', () => {
    const german =
      '<p>Die Seebank hat am Freitag die Nordbank gekauft, teilte sie mit. Der Preis ist nicht bekannt.</p>';
    expect(read(shell('', `<article>${german.repeat(10)}</article>`)).language).toBe('de');
  });

  it('takes the headline, publisher and day from JSON-LD before Open Graph, and a date only as a real day', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Seite' },
        {
          '@type': 'NewsArticle',
          headline: 'Seebank kauft Nordbank',
          datePublished: '2024-05-03T18:30:00+02:00',
          publisher: { '@type': 'Organization', name: 'Seeblatt' },
        },
      ],
    });
    const html = (date: string) =>
      `<html lang="de-de"><head><title>Seebank | Seeblatt</title><meta property="og:title" content="Anders">` +
      `<script type="application/ld+json">${ld.replace('2024-05-03T18:30:00+02:00', date)}</script>` +
      `<link rel="canonical" href="https://seeblatt.example/seebank"></head><body><article>` +
      '<p>Die Seebank hat am Freitag die Nordbank gekauft, teilte sie mit. Der Preis blieb geheim.</p>'.repeat(8) +
      '</article></body></html>';
    expect(read(html('2024-05-03T18:30:00+02:00'))).toMatchObject({
      title: 'Seebank kauft Nordbank',
      outlet: 'Seeblatt',
      published: '2024-05-03',
      language: 'de-DE',
      url: 'https://seeblatt.example/seebank',
    });
    expect(read(html('2024-02-30')).published).toBeNull();
  });
});

describe('a page’s bytes as text', () => {
  const umlauts = 'Größere Brücken über Flüsse';
  const win1252 = Uint8Array.from([...umlauts].map((c) => c.charCodeAt(0)));
  it('reads the encoding the page declares in a meta element, the Content-Type first', () => {
    const head = Buffer.from('<html><head><meta charset="windows-1252"></head><body>');
    expect(decodePage(Buffer.concat([head, win1252]))).toContain(umlauts);
    const equiv = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">');
    expect(decodePage(Buffer.concat([equiv, win1252]))).toContain(umlauts);
    expect(decodePage(Buffer.from(umlauts), 'text/html; charset=utf-8')).toBe(umlauts);
  });

  it('reads UTF-8 without a declaration, a byte-order mark first, and Windows-1252 when the bytes are no UTF-8', () => {
    expect(decodePage(Buffer.from(umlauts))).toBe(umlauts);
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(umlauts)]))).toBe(umlauts);
    expect(decodePage(win1252)).toBe(umlauts);
  });
});

describe('the id an added article gets', () => {
  it('writes umlauts out, drops other marks, and numbers a second of the same title', () => {
    expect(idOf('Größere Brücken über Flüsse', new Set())).toBe('groessere-bruecken-ueber-fluesse');
    expect(idOf('Le séisme au Népal', new Set())).toBe('le-seisme-au-nepal');
    expect(idOf('Ein Titel', new Set(['ein-titel', 'ein-titel-2']))).toBe('ein-titel-3');
    expect(idOf('„…“', new Set())).toBe('artikel');
    expect(idOf('x'.repeat(100), new Set())).toHaveLength(58);
  });
});

describe('a web page dropped into articles/', () => {
  it('is read as an article, its id from its file name; one with no article is skipped with the reason', () => {
    const dir = tempDir();
    copyFileSync('test/fixtures/pages/heise.html', join(dir, 'Heise Meldung.html'));
    writeFileSync(
      join(dir, 'menu.htm'),
      '<html lang="de"><head><title>Menü</title></head><body><p>Kurz.</p></body></html>',
    );
    const { articles, skipped } = loadArticles(dir);
    expect(articles.map(({ body, ...meta }) => ({ ...meta, words: body.length > 1_500 }))).toEqual([
      {
        id: 'heise-meldung',
        file: 'Heise Meldung.html',
        title: '1Password für Mac generiert Einmal-Passwörter',
        outlet: 'Mac & i',
        published: '2015-04-08',
        language: 'de',
        url: 'http://www.heise.de/mac-and-i/meldung/1Password-fuer-Mac-generiert-Einmal-Passwoerter-2596987.html',
        seed: null,
        words: true,
      },
    ]);
    expect(skipped).toEqual([
      {
        file: 'menu.htm',
        reason: "the page holds no article text (a teaser, a paywall or a list?); expected a news article's page",
      },
    ]);
  });
});

describe('what the page marks itself', () => {
  it('reads the text the page marks as its article where Readability finds none', () => {
    const { title, body, published } = read(page('rnz-witzel'));
    expect(title).toBe('Frank Witzel erhält Deutschen Buchpreis 2015');
    expect(body).toMatch(/^Frankfurt\/Main \(dpa\) - Für einen Roman über die alte Bundesrepublik hat Frank Witzel/);
    // Its only date is `dateCreated`, when the page was made again: no publication date is better than that one.
    expect(published).toBeNull();
  });

  it('takes the publication date a page marks in its markup (schema.org microdata)', () => {
    const paragraph =
      '<p>Der Stadtrat von Seestadt hat am Dienstag beschlossen, die alte Markthalle zu sanieren und im Herbst ' +
      'wieder zu öffnen. Die Arbeiten sollen rund zwei Millionen Euro kosten, wie die Verwaltung mitteilte.</p>';
    const html =
      '<html lang="de"><head><title>Markthalle wird saniert</title></head><body><article>' +
      '<meta itemprop="datePublished" content="2024-05-07T10:00:00+02:00">' +
      `<h1>Markthalle wird saniert</h1>${paragraph}${paragraph}${paragraph}</article></body></html>`;
    expect(read(html).published).toBe('2024-05-07');
  });
});

describe('what is not a page, and text without front matter', () => {
  it('refuses an empty page and one of bare words, without throwing', () => {
    for (const html of ['', '   ', 'nur ein paar Wörter ohne Auszeichnung'])
      expect(readPage(html), JSON.stringify(html)).toMatchObject({ why: 'text' });
  });

  it('reads a text file: its first line the title, markdown marks dropped; refuses one line or unknown words', () => {
    const body =
      'Der Gemeinderat von Musterdorf hat am Montag beschlossen, die alte Schule zu einem Bürgerhaus umzubauen. ' +
      'Die Arbeiten sollen im Herbst beginnen und rund zwei Millionen Euro kosten, wie der Bürgermeister sagte. ' +
      'Die Vereine des Ortes hatten sich seit Jahren einen Raum für ihre Treffen gewünscht und sind nun zufrieden. ' +
      'Der Umbau soll nach den Plänen der Gemeinde im übernächsten Sommer fertig sein. Bis dahin treffen sich die ' +
      'Vereine weiter im Gasthaus.';
    expect(readPlainText(`\uFEFF\n## Schule wird Bürgerhaus\r\n\r\n${body}\r\n`)).toEqual({
      article: { title: 'Schule wird Bürgerhaus', outlet: null, published: null, language: 'de', url: null, body },
    });
    expect(readPlainText('Nur eine Zeile.')).toMatchObject({ why: 'text' });
    expect(readPlainText('')).toMatchObject({ why: 'text' });
    expect(readPlainText(`Titel\n\n${'xyzzy plugh '.repeat(60)}`)).toMatchObject({ why: 'text' });
  });
});
