/** Reply language: German for German clients, English for everyone else. Article text is never translated. */
import type { UnreadNumber } from '../factcheck/claim.js';
import type { DatePart } from '../extract/dates.js';
import { MONTHS as GERMAN_MONTHS } from '../language/de/calendar.js';

/** `im Dezember 2024`, `am 11. Dezember 2024`, `2024`: the preposition a German date of each precision takes. */
const PREPOSITION_DE = { year: '', month: 'im ', day: 'am ' } as const;
export type Lang = 'de' | 'en';
type UnreadWhy = UnreadNumber['why'];

export function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** German month names from the lexicon; the English ones are the reply's words, kept here. */
const MONTHS: Record<Lang, string[]> = {
  de: [...GERMAN_MONTHS],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export const messages = {
  de: {
    timelineTitle: 'Zeitleiste',
    timelineEmpty: 'Keine Ereignisse gefunden, die zu dieser Anfrage passen.',
    undated: 'ohne Datum',
    reportedBy: (date: string) => `gemeldet bis ${date}`,
    plannedFor: (date: string) => `geplant für ${date}`,
    plannedReportedBy: (date: string) => `geplant, gemeldet bis ${date}`,
    basis: {
      published: (words: string, published: string, date: string) =>
        `„${words}“ in einem Artikel vom ${published} → ${date}`,
      story: (words: string, after: string, date: string) => `„${words}“ nach „${after}“ → ${date}`,
      reported: (article: string, published: string, precision: 'year' | 'month' | 'day') =>
        `Der Text nennt kein Datum; ${article} meldet es ${PREPOSITION_DE[precision]}${published}`,
      reference: (words: string, article: string, reference: string, referenceArticle: string, date: string) =>
        `„${words}“ in ${article}, gezählt vom ${reference}, an dem ${referenceArticle} es meldet → ${date}`,
      weekday: (words: string, article: string, referenceArticle: string, reference: string, date: string) =>
        `„${words}“ in ${article}: ${referenceArticle} datiert es auf ${reference}, diesen Wochentag → ${date}`,
      yearFrom: (words: string, article: string, referenceArticle: string, reference: string, date: string) =>
        `„${words}“ in ${article} nennt kein Jahr; ${referenceArticle} datiert es auf ${reference} → ${date}`,
      yearOfArticle: (words: string, article: string, reference: string, date: string) =>
        `„${words}“ in ${article} nennt kein Jahr; das nächste zu seinen anderen Daten (${reference}) → ${date}`,
      anchored: (words: string, occasion: string, occasionDate: string, date: string) =>
        `„${words}“: ${occasion} am ${occasionDate} → ${date}`,
      after: (event: string, date: string) => `Reaktion auf: ${event} (${date})`,
      conflict: (article: string, date: string, words: string) =>
        `${article} datiert es anders: ${date}${words ? ` („${words}“)` : ''}`,
    },
    quotesTitle: (name: string) => `Zitate von ${name}`,
    sourceQuotesTitle: (words: string) => `Zitate ohne genannte Person: ${words}`,
    unnamedSource: 'keine Person genannt',
    quotesNone: (name: string) => `Keine direkten Zitate von ${name} in den Artikeln.`,
    unknownPerson: (q: string) => `Keine Zitate: „${q}“ ist keine bekannte Person.`,
    closestPeople: 'Am nächsten kommen',
    partial: 'Teilzitat',
    introducedBy: 'Kontext',
    factcheckTitle: 'Faktencheck',
    claim: 'Behauptung',
    verdict: {
      supported: 'Belegt',
      disagree: 'Quellen widersprechen sich',
      contradicted: 'Widerlegt',
      no_evidence: 'Nicht belegt',
    },
    why: {
      supported: (articles: number, value: string, label: string) =>
        `${articles === 1 ? 'Ein Artikel nennt' : `${articles} Artikel nennen`} ` +
        `${value ? `${value} ` : 'diesen Wert '}(${label}).`,
      disagree: (label: string, values: string[]) =>
        `Die Quellen nennen für ${label} unterschiedliche Werte: ${values.join(' und ')}.`,
      contradicted: (label: string, values: string[], claimed: string) =>
        values.length > 1
          ? `Die Quellen nennen ${values.join(' und ')}${claimed ? `, keine von ihnen ${claimed}` : ''} (${label}).`
          : `Die Quellen nennen übereinstimmend ${values.join(', ')}${claimed ? `, nicht ${claimed}` : ''} (${label}).`,
      no_evidence: 'Nichts in den Artikeln spricht zu dieser Behauptung.',
      verbatim: (articles: number) =>
        `${articles === 1 ? 'Ein Artikel sagt' : `${articles} Artikel sagen`} genau das, Wort für Wort; ` +
        'verglichen wurde kein Wert.',
      severalSubjects: (claim: string, labels: string[]) =>
        `„${claim}“ steht in den Artikeln für ${labels.length} verschiedene Dinge: ${labels.join('; ')}.`,
      partly: (holds: string[], fails: string[]) =>
        `Nur zum Teil: Es stimmt für ${holds.join('; ')}, nicht für ${fails.join('; ')}.`,
      eachNumber: (values: string[]) => `Die Artikel bestätigen jede Zahl: ${values.join(', ')}.`,
    },
    slip: (original: string, literal: string, meant: string, how: 'sources' | 'article' | 'literal') =>
      how === 'sources'
        ? `ℹ️ „${original}“ hieße wörtlich ${literal}; gemeint sind ${meant}, wie andere Quellen ` +
          `bestätigen: ein Schreibfehler, kein Widerspruch.`
        : how === 'article'
          ? `ℹ️ „${original}“ hieße wörtlich ${literal}; gemeint sind ${meant}: derselbe Artikel ` +
            `setzt auch anderswo den Punkt so, wo andere Quellen ein Komma lesen.`
          : `ℹ️ „${original}“ hieße wörtlich ${literal}, was unplausibel ist; keine andere Quelle ` +
            `bestätigt eine andere Lesart.`,
    unread: (raw: string, why: UnreadWhy, decimals?: { typed: number }) =>
      why === 'sign'
        ? `ℹ️ „${raw}“ hat ein Vorzeichen: Die Artikel nennen Beträge, keine Veränderungen; ` +
          `verglichen wurde es mit nichts.`
        : why === 'malformed'
          ? `ℹ️ „${raw}“ ist in keiner Schreibweise eine Zahl (97,4 · 97.4 · 97.400); verglichen wurde es mit nichts.`
          : `ℹ️ „${raw}“ hat ${decimals?.typed} Nachkommastellen, mehr als jede Zahl in den Artikeln; ` +
            `verglichen wurde es mit nichts.`,
    continued: '(Fortsetzung)',
    agrees: 'stimmt überein',
    differs: 'weicht ab',
    part: 'Teil der Summe',
    loose: 'ungefähr',
    closestFigures: 'Nächstliegende Zahlen in den Artikeln',
    alsoInArticles: 'Dieselbe Zahl, anderes Thema',
    sourcesTitle: 'Quellen',
    inArticles: 'So steht es in den Artikeln',
    saysSo: 'steht so im Artikel',
    sourceCounts: (e: number, q: number, f: number) =>
      `${e} ${e === 1 ? 'Ereignis' : 'Ereignisse'} · ${q} ${q === 1 ? 'Zitat' : 'Zitate'} · ` +
      `${f} ${f === 1 ? 'Zahl' : 'Zahlen'}`,
    skipped: 'Übersprungene Dateien',
    // Discord shows <t:…:f> in each reader's own time zone and language.
    indexBuilt: (unixSeconds: number) => `🕑 Stand der Artikel: <t:${unixSeconds}:f>`,
    unknownOutlet: 'Medium unbekannt',
    undatedArticle: 'Datum unbekannt',
    page: (n: number, of: number) => `Seite ${n}/${of}`,
    moreArticles: (n: number) => `↳ … und ${n} weitere${n === 1 ? 'r Artikel' : ' Artikel'}`,
    moreSources: (n: number) => `… und ${n} ${n === 1 ? 'weiterer Beleg' : 'weitere Belege'}`,
    moreBars: (n: number) => `+ ${n} ${n === 1 ? 'weitere Quelle' : 'weitere Quellen'}`,
    moreEvents: (n: number) => `+ ${n} ${n === 1 ? 'weiteres Ereignis' : 'weitere Ereignisse'}`,
    slipMark: 'Versehen',
    partMark: 'Teil',
    share: 'Anteil',
    amount: 'Betrag',
    paragraph: 'Abs.',
    sentence: 'Satz',
    previous: 'Zurück',
    next: 'Weiter',
    error: 'Entschuldigung, bei dieser Anfrage ist ein Fehler aufgetreten. Bitte versuche es gleich noch einmal.',
    notYourPager: 'Nur wer den Befehl ausgeführt hat, kann hier blättern. Führe den Befehl selbst aus.',
    expired: 'Diese Ergebnisse sind nicht mehr verfügbar. Bitte führe den Befehl erneut aus.',
    unknownCommand: 'Diesen Befehl kenne ich nicht.',
    slowDown: (seconds: number) =>
      `Langsamer, bitte: Du hast viele Befehle in kurzer Zeit gesendet. Versuche es in ${seconds} s wieder.`,
    invalidOption: (name: string, why: string) => `Ungültige Angabe für „${name}“: ${why}`,
    missingOption: (name: string) => `„${name}“ fehlt: Bitte gib einen Wert an.`,
    emptyOption: (name: string) => `„${name}“ ist leer: Bitte gib einen Wert an.`,
    tooLongOption: (name: string, limit: number) =>
      `„${name}“ ist zu lang: höchstens ${limit.toLocaleString('de-DE')} Zeichen.`,
    onlyInServer: 'Dieser Befehl wirkt nur in einem Server: Er ändert, welche Artikel der Server verfolgt.',
    onlyManagers: 'Artikel hinzufügen oder entfernen dürfen nur Mitglieder mit der Berechtigung „Server verwalten“.',
    addWhat: 'Gib eine Webadresse (`url`) oder eine Datei (`file`) an, eines von beiden.',
    added: 'Artikel hinzugefügt',
    addedHere: 'Er steht ab jetzt in den Antworten dieses Servers, in keinem anderen Server.',
    addedSkipped: 'Gespeichert, aber der Bot kann ihn nicht lesen; er bleibt aus den Antworten heraus.',
    yields: 'Darin gefunden',
    removed: 'Artikel entfernt',
    removedHere: 'Er steht in keiner Antwort dieses Servers mehr.',
    notAdded: 'Nicht hinzugefügt',
    notRemoved: 'Nicht entfernt',
    refusal: {
      address: 'Von dieser Adresse liest der Bot nicht: Sie ist keine öffentliche Webadresse.',
      unreachable: 'Die Seite war nicht abrufbar.',
      type: 'Das ist weder eine Webseite noch Text (möglich sind .html, .htm, .md und .txt).',
      size: 'Die Datei ist größer, als eine Seite sein darf (2 MB).',
      text: 'Darin steht kein Artikeltext, den der Bot lesen kann.',
      duplicate: 'Diesen Artikel hat der Bot schon.',
      write: 'Der Artikel konnte nicht gespeichert werden. Bitte versuche es später noch einmal.',
      limit: 'Dieser Server hat in der letzten Stunde so viele Artikel hinzugefügt, wie er darf.',
      missing: 'Einen solchen Artikel hat dieser Server nicht hinzugefügt.',
    },
    tryAgainIn: (minutes: number) => `Wieder möglich in ${minutes} Min.`,
    ownArticle: 'von diesem Server hinzugefügt',
  },
  en: {
    timelineTitle: 'Timeline',
    timelineEmpty: 'No events match this request.',
    undated: 'undated',
    reportedBy: (date: string) => `reported by ${date}`,
    plannedFor: (date: string) => `planned for ${date}`,
    plannedReportedBy: (date: string) => `planned, reported by ${date}`,
    basis: {
      published: (words: string, published: string, date: string) =>
        `"${words}" in an article of ${published} → ${date}`,
      story: (words: string, after: string, date: string) => `"${words}" after "${after}" → ${date}`,
      reported: (article: string, published: string, precision: 'year' | 'month' | 'day') =>
        `The text gives no date; ${article} reports it ${precision === 'day' ? 'on' : 'in'} ${published}`,
      reference: (words: string, article: string, reference: string, referenceArticle: string, date: string) =>
        `"${words}" in ${article}, counted from ${reference}, when ${referenceArticle} reports it → ${date}`,
      weekday: (words: string, article: string, referenceArticle: string, reference: string, date: string) =>
        `"${words}" in ${article}: ${referenceArticle} dates it to ${reference}, that weekday → ${date}`,
      yearFrom: (words: string, article: string, referenceArticle: string, reference: string, date: string) =>
        `"${words}" in ${article} gives no year; ${referenceArticle} dates it to ${reference} → ${date}`,
      yearOfArticle: (words: string, article: string, reference: string, date: string) =>
        `"${words}" in ${article} gives no year; the one nearest its other dates (${reference}) → ${date}`,
      anchored: (words: string, occasion: string, occasionDate: string, date: string) =>
        `"${words}": ${occasion} on ${occasionDate} → ${date}`,
      after: (event: string, date: string) => `In response to: ${event} (${date})`,
      conflict: (article: string, date: string, words: string) =>
        `${article} dates it differently: ${date}${words ? ` ("${words}")` : ''}`,
    },
    quotesTitle: (name: string) => `Quotes by ${name}`,
    sourceQuotesTitle: (words: string) => `Quotes with no person named: ${words}`,
    unnamedSource: 'no person named',
    quotesNone: (name: string) => `No direct quotations by ${name} in the articles.`,
    unknownPerson: (q: string) => `No quotations: "${q}" is not a known person.`,
    closestPeople: 'Closest matches',
    partial: 'partial quote',
    introducedBy: 'Context',
    factcheckTitle: 'Fact check',
    claim: 'Claim',
    verdict: {
      supported: 'Supported',
      disagree: 'Sources disagree',
      contradicted: 'Contradicted',
      no_evidence: 'No evidence',
    },
    why: {
      supported: (articles: number, value: string, label: string) =>
        `${articles === 1 ? 'One article gives' : `${articles} articles give`} ` +
        `${value ? `${value} ` : 'this value '}(${label}).`,
      disagree: (label: string, values: string[]) =>
        `The sources give different values for ${label}: ${values.join(' and ')}.`,
      contradicted: (label: string, values: string[], claimed: string) =>
        values.length > 1
          ? `The sources give ${values.join(' and ')}${claimed ? `, none of them ${claimed}` : ''} (${label}).`
          : `The sources agree on ${values.join(', ')}${claimed ? `, not ${claimed}` : ''} (${label}).`,
      no_evidence: 'Nothing in the articles speaks to this claim.',
      verbatim: (articles: number) =>
        `${articles === 1 ? 'An article says' : `${articles} articles say`} exactly this, word for word; ` +
        'no value was compared.',
      severalSubjects: (claim: string, labels: string[]) =>
        `"${claim}" stands for ${labels.length} different things in the articles: ${labels.join('; ')}.`,
      partly: (holds: string[], fails: string[]) =>
        `Only in part: it holds for ${holds.join('; ')}, not for ${fails.join('; ')}.`,
      eachNumber: (values: string[]) => `The articles confirm each number: ${values.join(', ')}.`,
    },
    slip: (original: string, literal: string, meant: string, how: 'sources' | 'article' | 'literal') =>
      how === 'sources'
        ? `ℹ️ "${original}" would literally be ${literal}; it means ${meant}, as other sources confirm: ` +
          `a slip of notation, not a disagreement.`
        : how === 'article'
          ? `ℹ️ "${original}" would literally be ${literal}; it means ${meant}: the same article puts ` +
            `the dot this way elsewhere too, where other sources write a decimal comma.`
          : `ℹ️ "${original}" would literally be ${literal}, which is implausible; no other source ` +
            `confirms another reading.`,
    unread: (raw: string, why: UnreadWhy, decimals?: { typed: number }) =>
      why === 'sign'
        ? `ℹ️ "${raw}" has a sign: the articles give amounts, not changes, so it was compared with nothing.`
        : why === 'malformed'
          ? `ℹ️ "${raw}" is no number in any notation (97,4 · 97.4 · 97.400), so it was compared with nothing.`
          : `ℹ️ "${raw}" has ${decimals?.typed} decimal places, more than any figure in the articles, ` +
            `so it was compared with nothing.`,
    continued: '(continued)',
    agrees: 'agrees',
    differs: 'differs',
    part: 'part of the total',
    loose: 'approximately',
    closestFigures: 'Closest figures in the articles',
    alsoInArticles: 'Same number, another subject',
    sourcesTitle: 'Sources',
    inArticles: 'What the articles say',
    saysSo: 'the article says so',
    sourceCounts: (e: number, q: number, f: number) =>
      `${e} event${e === 1 ? '' : 's'} · ${q} quote${q === 1 ? '' : 's'} · ${f} figure${f === 1 ? '' : 's'}`,
    skipped: 'Skipped files',
    indexBuilt: (unixSeconds: number) => `🕑 Articles as of <t:${unixSeconds}:f>`,
    unknownOutlet: 'outlet unknown',
    undatedArticle: 'date unknown',
    page: (n: number, of: number) => `Page ${n}/${of}`,
    moreArticles: (n: number) => `↳ … and ${n} more article${n === 1 ? '' : 's'}`,
    moreSources: (n: number) => `… and ${n} more`,
    moreBars: (n: number) => `+ ${n} more source${n === 1 ? '' : 's'}`,
    moreEvents: (n: number) => `+ ${n} more event${n === 1 ? '' : 's'}`,
    slipMark: 'slip',
    partMark: 'part',
    share: 'share',
    amount: 'amount',
    paragraph: '¶',
    sentence: 'sentence',
    previous: 'Previous',
    next: 'Next',
    error: 'Sorry, something went wrong with this request. Please try again in a moment.',
    notYourPager: 'Only the person who ran this command can turn its pages. Run the command yourself.',
    expired: 'These results are no longer available. Please run the command again.',
    unknownCommand: 'I do not know this command.',
    slowDown: (seconds: number) =>
      `Slow down, please: you sent many commands in a short time. Try again in ${seconds} s.`,
    invalidOption: (name: string, why: string) => `Invalid value for "${name}": ${why}`,
    missingOption: (name: string) => `"${name}" is missing: please give a value.`,
    emptyOption: (name: string) => `"${name}" is empty: please give a value.`,
    tooLongOption: (name: string, limit: number) =>
      `"${name}" is too long: at most ${limit.toLocaleString('en-US')} characters.`,
    onlyInServer: 'This command works only in a server: it changes which articles the server follows.',
    onlyManagers: 'Only members with the Manage Server permission can add or remove articles.',
    addWhat: 'Give a web address (`url`) or a file (`file`), one of the two.',
    added: 'Article added',
    addedHere: "It is in this server's answers from now on, and in no other server's.",
    addedSkipped: 'Saved, but the bot cannot read it; it stays out of the answers.',
    yields: 'Found in it',
    removed: 'Article removed',
    removedHere: "It is in none of this server's answers any more.",
    notAdded: 'Not added',
    notRemoved: 'Not removed',
    refusal: {
      address: 'The bot does not read from this address: it is not a public web address.',
      unreachable: 'The page could not be fetched.',
      type: 'That is neither a web page nor text (.html, .htm, .md and .txt are possible).',
      size: 'The file is larger than a page may be (2 MB).',
      text: 'It holds no article text the bot can read.',
      duplicate: 'The bot already has this article.',
      write: 'The article could not be saved. Please try again later.',
      limit: 'This server has added as many articles in the last hour as it may.',
      missing: 'This server has added no such article.',
    },
    tryAgainIn: (minutes: number) => `Possible again in ${minutes} min.`,
    ownArticle: 'added by this server',
  },
} satisfies Record<Lang, unknown>;

export type Messages = (typeof messages)['en'];

export const t = (lang: Lang): Messages => messages[lang];

/** A month named short for an axis: its first three letters (`Mär`, `Dec`), from the same names as the dates. */
export const shortMonth = (index: number, lang: Lang): string => MONTHS[lang][index]!.slice(0, 3);

/** The words before a date that say which part of it, or which season of a year (`Herbst 2022` / `autumn 2022`). */
const PART_WORDS: Record<Lang, Record<DatePart, string>> = {
  de: { early: 'Anfang', mid: 'Mitte', late: 'Ende', spring: 'Frühjahr', summer: 'Sommer', autumn: 'Herbst' },
  en: { early: 'early', mid: 'mid', late: 'late', spring: 'spring', summer: 'summer', autumn: 'autumn' },
};

/** A date at exactly its precision: `2015`, `Juni 2024` / `June 2024`, `11. Februar 2025` / `11 February 2025`. */
export function formatDate(value: string, lang: Lang, part?: DatePart): string {
  if (value.includes('/')) {
    const [from = '', to = ''] = value.split('/');
    return `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
  }
  const [y, m, d] = value.split('-');
  const month = m ? MONTHS[lang][Number(m) - 1] : undefined;
  let text: string;
  if (d && month) text = lang === 'de' ? `${Number(d)}. ${month} ${y}` : `${Number(d)} ${month} ${y}`;
  else if (month) text = `${month} ${y}`;
  else text = y ?? value;
  if (!part) return text;
  return `${PART_WORDS[lang][part]} ${text}`;
}
