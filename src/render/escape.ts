/**
 * Article text and user input are shown as text, never as markup: markdown characters are
 * escaped and mentions are broken with a zero-width space. `allowedMentions` already stops
 * pings; this also stops `@everyone` from rendering as a mention at all.
 */
const MARKDOWN = /([\\*_~`|>#[\]-])/g;
const ZWSP = '\u200b';

/**
 * Characters that make a reply read differently from what it says, or break it: C0 and C1
 * controls (NUL, BEL, ESC…), bidi controls (U+202E turns `gpj.exe` around, U+2066–2069 isolate
 * runs) and lone surrogates (half an emoji, which Discord shows as garbage). Line breaks and tabs
 * become spaces; the rest goes.
 */
const UNSAFE = new RegExp(
  [
    String.raw`[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]`,
    String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`,
    String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  ].join('|'),
  'g',
);
const BREAKS = /[\t\n\v\f\r\u2028\u2029]+/g;

/** Typed input as it may be shown back: one line, without unsafe characters, in composed form (NFC). */
export function cleanTyped(text: string): string {
  return withoutUnsafe(text.replace(BREAKS, ' ')).normalize('NFC');
}

/** Text without the characters of `UNSAFE`, for anything a reply shows (article text keeps its line breaks). */
export function withoutUnsafe(text: string): string {
  return text.replace(UNSAFE, '');
}

export function escapeText(text: string): string {
  return neutraliseMentions(text).replace(MARKDOWN, (c, _g, offset: number, all: string) => {
    // `-`, `#` and `>` only mark up at the start of a line (lists, headings, quotes); mid-line they are text.
    if ((c === '-' || c === '#' || c === '>') && offset > 0 && all[offset - 1] !== '\n') return c;
    return `\\${c}`;
  });
}

export function neutraliseMentions(text: string): string {
  return withoutUnsafe(text)
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<$1${ZWSP}$2>`);
}

/** Cuts at a word boundary and marks the cut, for text that is a label, never for a cited item. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never between the halves of a surrogate pair: half an emoji is garbage on screen.
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  const cut = text.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
