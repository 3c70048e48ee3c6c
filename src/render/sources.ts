import type { DataProblem } from '../corpus/types.js';
import type { Article } from '../corpus/types.js';
import type { ArticleStats } from '../index/build.js';
import { clip, escapeText } from './escape.js';
import { t, type Lang } from './i18n.js';
import { articleLabel } from './source.js';

const SKIPPED_CHARS = 900;

/**
 * One article: title, outlet and date where known, its id, and what the bot found in it; `own` when the server it is
 * shown in added it (`/source add`).
 */
export function sourceItem(article: Article, stats: ArticleStats | undefined, lang: Lang, own = false): string {
  const m = t(lang);
  const s = stats ?? { events: 0, quotes: 0, figures: 0 };
  const known = [
    article.outlet ? null : m.unknownOutlet,
    article.published ? null : m.undatedArticle,
    own ? m.ownArticle : null,
  ]
    .filter(Boolean)
    .join(', ');
  return [
    `${articleLabel(article, lang)}${known ? ` — ${known}` : ''}`,
    `\`${article.id}\` · ${m.sourceCounts(s.events, s.quotes, s.figures)}`,
  ].join('\n');
}

/** Files the operator dropped in that could not be used, and why: shown above the list, never hidden. */
export function skippedHeader(skipped: DataProblem[], lang: Lang): string | undefined {
  if (skipped.length === 0) return undefined;
  const lines = skipped.map((p) => `• \`${clip(p.file.replace(/`/g, "'"), 80)}\`: ${escapeText(clip(p.reason, 160))}`);
  return clip(`⚠️ **${t(lang).skipped} (${skipped.length})**\n${lines.join('\n')}`, SKIPPED_CHARS);
}
