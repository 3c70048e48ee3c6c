import type { APIEmbed } from 'discord-api-types/v10';
import { clip } from './escape.js';
import { LIMITS } from './limits.js';
import { keptKey, pagerRow, type PageState } from './pager.js';
import { COLOURS, reply, type Reply } from './reply.js';
import { t, type Lang } from './i18n.js';

/** Room in a description for the header and the items; title and footer are small and bounded. */
const DESCRIPTION_BUDGET = LIMITS.description - 300;
const SEPARATOR = '\n\n';
/** A button that carries its values by key (`pager.ts`). */
const KEPT_MARK = '|#';

export interface PagedList {
  title: string;
  /** A line above the items on every page (a verdict, a list of skipped files). */
  header?: string;
  /**
   * How many items the list has; only the current page's are rendered, so a list of 10,000 costs what one page does.
   */
  total: number;
  /** Renders item `i` in at most `maxChars` characters, shortening its optional parts rather than splitting it. */
  item(i: number, maxChars: number): string;
  empty: string;
  colour?: number;
  perPage: number;
  state: Omit<PageState, 'page'>;
  page: number;
  lang: Lang;
}

/** One page of a list as a single embed, with ◀ ▶ when there are more; the page is clamped to what exists. */
export function pagedReply(list: PagedList): Reply {
  const count = Math.max(1, Math.ceil(list.total / list.perPage));
  const page = Math.min(Math.max(0, list.page), count - 1);
  const header = list.header ? clip(list.header, DESCRIPTION_BUDGET / 4) : undefined;
  const budget = DESCRIPTION_BUDGET - (header?.length ?? 0);
  const first = page * list.perPage;
  const last = Math.min(list.total, (page + 1) * list.perPage);
  // Each item whole when the page has room for all of them (a short item leaves room for a long one);
  // otherwise an equal share each, the items shortening their optional lines to fit.
  let items: string[] = [];
  for (let i = first; i < last; i++) items.push(list.item(i, budget));
  if (items.reduce((n, item) => n + item.length + SEPARATOR.length, 0) > budget) {
    const room = Math.floor(budget / list.perPage) - SEPARATOR.length;
    // The renderers keep within `room`; clipping here is the last guard of Discord's limit, not the rule.
    items = [];
    for (let i = first; i < last; i++) items.push(clip(list.item(i, room), room));
  }
  const embed: APIEmbed = {
    title: clip(list.title, LIMITS.title),
    description: [header, items.length > 0 ? items.join(SEPARATOR) : list.empty].filter(Boolean).join(SEPARATOR),
    color: list.colour ?? COLOURS.neutral,
  };
  if (count > 1) embed.footer = { text: t(list.lang).page(page + 1, count) };
  const paged = reply([embed], pagerRow(list.state, page, count, list.lang));
  const carried = paged.components
    .flatMap((row) => row.components)
    .some((b) => 'custom_id' in b && b.custom_id.includes(KEPT_MARK));
  return carried ? { ...paged, kept: { key: keptKey(list.state.values), values: list.state.values } } : paged;
}

/**
 * A head line and detail lines within `maxChars`: as many detail lines as fit, then one saying how
 * many more there are. Used for an event's articles and a finding's sources.
 */
export function fitLines(head: string, lines: string[], maxChars: number, more: (n: number) => string): string {
  const out = [head];
  let length = head.length;
  for (let i = 0; i < lines.length; i++) {
    const rest = lines.length - i - 1;
    const reserve = rest > 0 ? more(rest).length + 1 : 0;
    if (length + 1 + lines[i]!.length + reserve > maxChars) {
      out.push(more(lines.length - i));
      return out.join('\n');
    }
    out.push(lines[i]!);
    length += 1 + lines[i]!.length;
  }
  return out.join('\n');
}
