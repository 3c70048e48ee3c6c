import type { LibraryOutcome } from '../corpus/addition.js';
import { clip, escapeText } from './escape.js';
import { t, type Lang } from './i18n.js';
import { COLOURS, ephemeral, NO_MENTIONS, type Reply } from './reply.js';
import { articleLabel } from './source.js';

const DETAIL_CHARS = 300;

/**
 * What a moderator is told after `/source add` or `/source remove`: what was added (title, outlet, date, and what the
 * bot found in it) or removed, for the channel to see; or, privately, why not, in the member's language, with the
 * detail as the operator's log says it.
 */
export function libraryReply(outcome: LibraryOutcome, lang: Lang, asked: 'add' | 'remove'): Reply {
  const m = t(lang);
  if ('why' in outcome) {
    const wait = outcome.waitMs ? ` ${m.tryAgainIn(Math.max(1, Math.ceil(outcome.waitMs / 60_000)))}` : '';
    // Where the bot keeps its files is the operator's business: a failed write is logged, not told.
    const quiet = outcome.why === 'limit' || outcome.why === 'write';
    const detail = quiet ? '' : `\n*${escapeText(clip(outcome.refused, DETAIL_CHARS))}*`;
    const title = asked === 'add' ? m.notAdded : m.notRemoved;
    return ephemeral(`**${title}.** ${m.refusal[outcome.why]}${wait}${detail}`);
  }
  if (outcome.done === 'removed') {
    const label = escapeText(clip(outcome.article.title, 200));
    return notice(m.removed, `*${label}* · \`${outcome.article.id}\`\n${m.removedHere}`);
  }
  const { article, yields } = outcome;
  const label = articleLabel(article, lang);
  const found = yields ? `${m.yields}: ${m.sourceCounts(yields.events, yields.quotes, yields.figures)}` : null;
  const lines = [`${label} · \`${article.id}\``, found ?? m.addedSkipped, found ? m.addedHere : null];
  return notice(m.added, lines.filter(Boolean).join('\n'));
}

function notice(title: string, description: string): Reply {
  return {
    embeds: [{ title, description, color: COLOURS.supported }],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
