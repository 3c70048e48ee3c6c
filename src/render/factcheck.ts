import type { Article } from '../corpus/types.js';
import type { Evidence, FactCheck } from '../factcheck/check.js';
import { clip, escapeText } from './escape.js';
import { t, type Lang } from './i18n.js';
import { sourceLine } from './source.js';

const SENTENCE_CHARS = 350;

/** The verdict line and the one sentence that explains it: always first, so the answer reads at a glance. */
export function verdictHeader(check: FactCheck, lang: Lang): string {
  const m = t(lang);
  const agreeing = check.evidence.filter((e) => e.agrees).length;
  const why = check.verdict === 'supported' ? m.why.supported(agreeing) : m.why[check.verdict];
  return `**${m.verdict[check.verdict]}** — ${why}\n${m.claim}: ${escapeText(clip(check.claim.text, 200))}`;
}

export function evidenceItem(evidence: Evidence, articles: Map<string, Article>, lang: Lang): string {
  const m = t(lang);
  const mark = evidence.agrees ? `✅ ${m.agrees}` : `⚠️ ${m.differs}`;
  const loose = evidence.loose ? ` (${m.loose})` : '';
  return [
    `${mark}${loose}: **${escapeText(evidence.original)}**`,
    `> ${escapeText(clip(evidence.citation.text, SENTENCE_CHARS))}`,
    `↳ ${sourceLine(articles.get(evidence.citation.article), evidence.citation, lang)}`,
  ].join('\n');
}

export function closestItems(check: FactCheck, articles: Map<string, Article>, lang: Lang): string[] {
  if (check.closest.length === 0) return [];
  const m = t(lang);
  return [
    `*${m.closestFigures}:*`,
    ...check.closest.map((f) => `• **${escapeText(f.original)}** — ${escapeText(clip(f.subject, 150))}\n↳ ${sourceLine(articles.get(f.citation.article), f.citation, lang)}`),
  ];
}
