import { createHash } from 'node:crypto';
import { LIMITS } from './limits.js';
import { button, buttonRow, type Reply } from './reply.js';
import { t, type Lang } from './i18n.js';

/**
 * Paging state lives in the button's custom id (`pg|command|page|user|values`), so a button
 * still works after the bot restarts: the press re-runs the command for that page.
 */
export interface PageState {
  command: string;
  page: number;
  user: string;
  /** The command's option values in its declared order; '' for an option not given. */
  values: string[];
}

const PREFIX = 'pg';
const escapeValue = (v: string) =>
  v.replace(/[%|;]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * Option values too long for a custom id (a long claim) are kept by the transport under a short key (`#` and 16
 * characters of their hash) for as long as the buttons live; the button carries the key.
 */
const KEPT = '#';
export const keptKey = (values: string[]) =>
  KEPT + createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, 16);

/** The id of a page button: the values themselves when they fit, else their key (see `Reply.kept`). */
export function encodePageId(state: PageState): string {
  const id = [PREFIX, state.command, String(state.page), state.user, state.values.map(escapeValue).join(';')].join('|');
  if (id.length <= LIMITS.customId) return id;
  return [PREFIX, state.command, String(state.page), state.user, keptKey(state.values)].join('|');
}

/** A page button's state; its `values` are `[key]` with `kept` set when the button carries a key. */
export function decodePageId(customId: string): (PageState & { kept?: string }) | null {
  const parts = customId.split('|');
  if (parts.length !== 5 || parts[0] !== PREFIX) return null;
  const [, command = '', page = '', user = '', values = ''] = parts;
  if (!/^\d{1,4}$/.test(page) || !/^[\w-]{1,32}$/.test(command) || user === '') return null;
  if (values.startsWith(KEPT))
    return /^#[\w-]{16}$/.test(values) ? { command, page: Number(page), user, values: [], kept: values } : null;
  try {
    return { command, page: Number(page), user, values: values.split(';').map((v) => decodeURIComponent(v)) };
  } catch {
    return null;
  }
}

/** ◀ ▶ buttons for page `page` (0-based) of `count`, or none when there is one page. */
export function pagerRow(state: Omit<PageState, 'page'>, page: number, count: number, lang: Lang): Reply['components'] {
  if (count <= 1) return [];
  const prev = encodePageId({ ...state, page: Math.max(0, page - 1) });
  const next = encodePageId({ ...state, page: Math.min(count - 1, page + 1) });
  const m = t(lang);
  // Discord rejects two components with one custom id; a disabled button is never pressed, so it gets a fixed one.
  return [
    buttonRow([
      button(page === 0 ? `${PREFIX}-first` : prev, `◀ ${m.previous}`, page === 0),
      button(page === count - 1 ? `${PREFIX}-last` : next, `${m.next} ▶`, page === count - 1),
    ]),
  ];
}
