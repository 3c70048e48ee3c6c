/**
 * One spelling for search: lower case, umlauts as ae/oe/ue, ß as ss, accents dropped.
 * So `Großartig`, `grossartig` and `GROSSARTIG` meet, and a Swiss `ss` finds a German `ß`.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}
