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

export function encodePageId(state: PageState): string | null {
  const id = [PREFIX, state.command, String(state.page), state.user, state.values.map(escapeValue).join(';')].join('|');
  return id.length <= LIMITS.customId ? id : null;
}

export function decodePageId(customId: string): PageState | null {
  const parts = customId.split('|');
  if (parts.length !== 5 || parts[0] !== PREFIX) return null;
  const [, command = '', page = '', user = '', values = ''] = parts;
  if (!/^\d{1,4}$/.test(page) || !/^[\w-]{1,32}$/.test(command) || user === '') return null;
  try {
    return { command, page: Number(page), user, values: values.split(';').map((v) => decodeURIComponent(v)) };
  } catch {
    return null;
  }
}

/** ◀ ▶ buttons for page `page` (0-based) of `count`, or none when there is one page or no room for the state. */
export function pagerRow(state: Omit<PageState, 'page'>, page: number, count: number, lang: Lang): Reply['components'] {
  if (count <= 1) return [];
  const prev = encodePageId({ ...state, page: Math.max(0, page - 1) });
  const next = encodePageId({ ...state, page: Math.min(count - 1, page + 1) });
  if (!prev || !next) return [];
  const m = t(lang);
  // Discord rejects two components with one custom id; a disabled button is never pressed, so it gets a fixed one.
  return [
    buttonRow([
      button(page === 0 ? `${PREFIX}-first` : prev, `◀ ${m.previous}`, page === 0),
      button(page === count - 1 ? `${PREFIX}-last` : next, `${m.next} ▶`, page === count - 1),
    ]),
  ];
}
