/**
 * How news websites wrap an article: their interface text, picture and agency credits, bylines and video stamps,
 * and the abbreviations after which a sentence goes on.
 */

/** Interface text of websites and comment systems, matched against a whole line. */
export const CHROME_LINES: RegExp[] = [
  /^(?:(?:dark|light) mode\s*)+$/i,
  /^(?:add a comment\s*)+$/i,
  /^(?:schreibe|hinterlasse) einen kommentar$/i,
  /^leave a (?:comment|reply)$/i,
  /e-mail-adresse wird nicht veröffentlicht/i,
  /^your email address will not be published/i,
  /^artikel (?:anhören|vorlesen|teilen|drucken|merken)$/i,
  /^(?:teilen|drucken|merken|zurück|weiter|menü|menu|suche|search|login|anmelden|abonnieren)$/i,
  /^(?:zum )?(?:newsletter|kommentare?)(?: anmelden| lesen)?$/i,
];

/** Lines after which the page shows other content: related posts, partner blocks, comment forms. */
export const FOOTER_MARKERS: RegExp[] = [
  /^(?:previous|next) (?:post|article)$/i,
  /^(?:vorheriger|nächster) (?:beitrag|artikel)$/i,
  /^mehr zum thema$/i,
  /^(?:das könnte sie auch interessieren|weitere artikel|related (?:posts|articles))$/i,
  /^unsere partner$/i,
  /^(?:anzeige|werbung|advertisement|sponsored)$/i,
  /^(?:add a comment\s*)+$/i,
  /^(?:schreibe|hinterlasse) einen kommentar$/i,
];

/**
 * An agency's credit closing a caption or a line: `(IMAGO / ZUMA Wire)`, `(dpa)`, `Foto: Reuters`.
 * Names of picture agencies, so `(Huber)` or `(Seebank)` at a line's end stay text.
 */
export const AGENCY_CREDIT = new RegExp(
  String.raw`\s*\((?:IMAGO|imago|dpa|AFP|Reuters|AP Photo|AP|Keystone|` +
    String.raw`KEYSTONE|Getty Images|picture alliance|EPA|Bloomberg|` +
    String.raw`Shutterstock|AWP|SDA|APA|KNA|epd|dts|AFX)\b[^()]{0,80}\)\s*$`,
  '',
);

/**
 * A copyright sign and its holder closing a line: `© Tourismusverband / Eva Muster`, `© privat`, `© 2019 Seeverlag`.
 * A picture's credit: the sign names no sentence of the article.
 */
export const COPYRIGHT_CREDIT = /\s*©\s*[^.!?©]{0,80}$/u;

/**
 * An agency's sign-off after a report's last sentence: `… Deutschlands. dpa/gf`, `… lehnte dies ab./abc/DP/mis`.
 */
export const AGENCY_SIGNOFF = new RegExp(
  String.raw`(?<=[.!?»“"])\s*(?:(?:dpa|AFP|AWP|Reuters|APA|SDA|KNA|epd|dts|AP)(?:/[\p{L}]{1,5}){0,4}|` +
    String.raw`(?:/[\p{L}]{1,5}){2,5})\s*$`,
  'u',
);

/** A caption that ends in its photo credit, e.g. `… der USA. Bild: keystone`. */
export const CAPTION_CREDIT =
  /(?:^|\s)(?:Bild|Bilder|Foto|Fotos|Grafik|Illustration|Quelle|Image|Photo|Credit)\s*:\s*[^.!?:]{1,40}$/i;

/**
 * Where a person stands in a photo, in brackets after the name: `Max Huber (l.)`, `Eva Muster (R)`, `(Mitte)`. The
 * sentence is the photo's caption, which says who is pictured, not what happened.
 */
export const PICTURE_POSITION = /\p{L}\s+\((?:[lLrR]|li|re|links|rechts|M|Mitte)\.?\)/u;

/** A bare credit line such as `jensenartofficial (CC0), Pixabay` or `screenshot x`. */
export const CREDIT_LINE =
  /\((?:CC0|CC[ -]BY[^)]*|public domain)\)|\b(?:pixabay|unsplash|getty images|shutterstock|imago|istock|screenshot)\b/i;

/**
 * The signature an embedded post (a tweet) carries under its text: `— Eva Muster (@evamuster) 3. Mai 2024`. Who posted
 * it and when, not a sentence of the article.
 */
export const EMBEDDED_POST_SIGNATURE =
  /^[—–-]\s*[^()\n]{1,80}\(@\w{1,15}\)\s+(?:\d{1,2}\.\s+\p{L}{3,12}|\p{L}{3,12}\.?\s+\d{1,2},?)\s+\d{4}$/u;

/** A byline glued to the end of a line: `…Ein Kommentar.Stephan Scheuer 11.02.2025 - 15:40 Uhr`. */
export const TRAILING_BYLINE =
  /(?<=[.!?]|^)\s*(?:[A-ZÄÖÜ][\p{Ll}-]+ ){1,3}\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*[-–]\s*\d{1,2}:\d{2}(?:\s*Uhr)?)?\s*$/u;

/** A video's date and length glued to the end of a line: `… fordern.13.01.2025 | 1:34 min`. */
export const TRAILING_VIDEO_STAMP = /(?<=[.!?]|^)\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*\|\s*\d{1,2}:\d{2}\s*min\s*$/u;

/**
 * Abbreviations after which ICU's German sentence segmenter wrongly ends a sentence
 * (`97,4 Mrd. Dollar`, `z. B.`); matched case-insensitively at the end of a segment.
 */
export const ABBREVIATIONS = [
  'mrd',
  'mio',
  'tsd',
  'bzw',
  'ca',
  'dr',
  'prof',
  'nr',
  'st',
  'vgl',
  'inkl',
  'evtl',
  'ggf',
  'sog',
  'bspw',
  'abs',
  'jh',
  'jhd',
  'etc',
  'mr',
  'mrs',
  'ms',
  'hr',
  'fr',
  'u',
  'a',
  'z',
  'b',
  'd',
  'h',
  'o',
  's',
  'v',
  'chr',
  'bn',
  'mn',
  'vs',
  'ehem',
  'gest',
  'geb',
  'str',
  'tel',
  'zit',
  'ff',
  'usd',
  'eur',
  'ag',
  'co',
  'inc',
  'ltd',
];

/** A web address written as a name (`nordblick.de`, `news.seeland.co.uk`). */
export const WEB_ADDRESS = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:de|com|org|net|uk|at|ch|eu|fr|it|info|io)$/u;
