/**
 * A deliberately small front-matter reader: `key: value` lines between two `---` lines.
 * Values are `null`, a JSON string ("…"), a number, or bare text. Anything richer would
 * need a YAML dependency for a format operators write by hand in five lines.
 */
export type FrontMatterValue = string | number | null;

export type FrontMatterResult =
  { ok: true; fields: Record<string, FrontMatterValue>; body: string } | { ok: false; error: string };

const FENCE = '---';

export function parseFrontMatter(source: string): FrontMatterResult {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0 || text.slice(0, firstBreak).trimEnd() !== FENCE) {
    return { ok: false, error: 'front matter: expected the file to start with a line "---"' };
  }
  const fields: Record<string, FrontMatterValue> = {};
  let cursor = firstBreak + 1;
  let lineNumber = 1;
  while (cursor <= text.length) {
    const nextBreak = text.indexOf('\n', cursor);
    const end = nextBreak < 0 ? text.length : nextBreak;
    const line = text.slice(cursor, end).replace(/\r$/, '');
    lineNumber += 1;
    if (line.trimEnd() === FENCE) {
      return { ok: true, fields, body: nextBreak < 0 ? '' : text.slice(nextBreak + 1) };
    }
    if (nextBreak < 0) break;
    cursor = nextBreak + 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) {
      // The line itself is not quoted: the reason is shown to every member in /sources.
      return { ok: false, error: `front matter line ${lineNumber}: expected "key: value"` };
    }
    const [, key = '', raw = ''] = match;
    if (key in fields) return { ok: false, error: `front matter line ${lineNumber}: field "${key}" appears twice` };
    const value = parseValue(raw.trim());
    if (value === undefined) {
      return {
        ok: false,
        error: `front matter line ${lineNumber}: field "${key}" has an unterminated or invalid quoted string`,
      };
    }
    fields[key] = value;
  }
  return { ok: false, error: 'front matter: no closing line "---"' };
}

function parseValue(raw: string): FrontMatterValue | undefined {
  if (raw === '' || raw === 'null' || raw === '~') return null;
  if (raw.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      return typeof parsed === 'string' ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  if (raw.startsWith("'")) {
    return raw.length >= 2 && raw.endsWith("'") ? raw.slice(1, -1).replaceAll("''", "'") : undefined;
  }
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return raw;
}
