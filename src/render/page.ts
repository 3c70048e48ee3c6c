import type { APIEmbed } from 'discord.js';
import { LIMITS } from './limits.js';
import { packPages, pagerRow, type PageState } from './pager.js';
import { COLOURS, reply, type Reply } from './reply.js';
import { t, type Lang } from './i18n.js';

/** Room left in a description for items once the header line is in. Titles and footers are small and bounded. */
const DESCRIPTION_BUDGET = LIMITS.description - 300;

export interface PagedList {
  title: string;
  /** A line above the items on every page (a verdict, a filter summary). */
  header?: string;
  items: string[];
  empty: string;
  colour?: number;
  perPage: number;
  state: Omit<PageState, 'page'>;
  page: number;
  lang: Lang;
}

/** One page of a list as a single embed, with ◀ ▶ when there are more; the page is clamped to what exists. */
export function pagedReply(list: PagedList): Reply {
  const pages = packPages(list.items, DESCRIPTION_BUDGET - (list.header?.length ?? 0), list.perPage, '\n\n');
  const count = Math.max(1, pages.length);
  const page = Math.min(Math.max(0, list.page), count - 1);
  const body = pages[page]?.join('\n\n') ?? list.empty;
  const embed: APIEmbed = {
    title: list.title.slice(0, LIMITS.title),
    description: [list.header, body].filter(Boolean).join('\n\n'),
    color: list.colour ?? COLOURS.neutral,
  };
  if (count > 1) embed.footer = { text: t(list.lang).page(page + 1, count) };
  return reply([embed], pagerRow(list.state, page, count, list.lang));
}
