/**
 * Article text and user input are shown as text, never as markup: markdown characters are
 * escaped and mentions are broken with a zero-width space. `allowedMentions` already stops
 * pings; this also stops `@everyone` from rendering as a mention at all.
 */
const MARKDOWN = /([\\*_~`|>#[\]-])/g;
const ZWSP = '\u200b';

export function escapeText(text: string): string {
  return neutraliseMentions(text).replace(MARKDOWN, (c, _g, offset: number, all: string) => {
    // `-`, `#` and `>` only mark up at the start of a line (lists, headings, quotes); mid-line they are text.
    if ((c === '-' || c === '#' || c === '>') && offset > 0 && all[offset - 1] !== '\n') return c;
    return `\\${c}`;
  });
}

export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(@[!&]?|#)(\d+)>/g, `<$1${ZWSP}$2>`);
}

/** Cuts at a word boundary and marks the cut, for text that is a label, never for a cited item. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
