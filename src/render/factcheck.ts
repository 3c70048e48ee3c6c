import type { Article } from '../corpus/types.js';
import type { Evidence, FactCheck, Finding } from '../factcheck/check.js';
import { describeAbout } from '../extract/subject.js';
import { formatAmount } from './amount.js';
import { clip, escapeText } from './escape.js';
import { t, type Lang } from './i18n.js';
import { sourceLine } from './source.js';

const SENTENCE_CHARS = 220;
/** Evidence lines per item, so one finding with many sources still fits a page. */
const EVIDENCE_PER_ITEM = 6;

const valueText = (v: number | string, unit: string | null, lang: Lang) => (typeof v === 'number' ? formatAmount(v, unit, lang) : v);
const labelOf = (finding: Finding, lang: Lang) => (finding.about ? describeAbout(finding.about, lang) : null) ?? finding.label;

/** The one sentence that explains the verdict, in the reply language. */
export function explain(check: FactCheck, lang: Lang): string {
  const m = t(lang);
  const unit = check.findings[0]?.evidence.find((e) => e.unit)?.unit ?? null;
  const finding = check.findings.find((f) => f.verdict === check.verdict) ?? check.findings[0];
  let why: string = m.why.no_evidence;
  if (finding) {
    const label = escapeText(clip(labelOf(finding, lang), 120));
    const values = finding.values.map((v) => valueText(v, unit, lang));
    const articles = new Set(finding.evidence.filter((e) => e.agrees).map((e) => e.citation.article)).size;
    const supported = check.findings.filter((f) => f.verdict === 'supported');
    if (check.verdict === 'supported' && supported.length > 1) {
      // `100 Milliarden` is SoftBank's pledge and the start of Stargate: each subject is its own finding.
      why = m.why.severalSubjects(escapeText(check.claim.text), supported.map((f) => escapeText(clip(labelOf(f, lang), 80))));
    } else if (check.verdict === 'supported') why = m.why.supported(articles, values[0] ?? '', label);
    else if (check.verdict === 'disagree') why = m.why.disagree(label, values);
    else if (check.verdict === 'contradicted') {
      const claimed = [...check.claim.numbers.map((n) => n.raw), ...check.claim.years.map(String)].join(', ');
      why = m.why.contradicted(label, values, escapeText(claimed));
    }
  }
  return why;
}

/** The verdict line and the sentence that explains it: always first, so the answer reads at a glance. */
export function verdictHeader(check: FactCheck, lang: Lang): string {
  const m = t(lang);
  const why = explain(check, lang);
  const slips = check.findings.flatMap((f) => f.evidence).filter((e) => e.slip);
  const slipNote = slips.length > 0 ? `\n${slips.map((e) => m.slip(escapeText(e.original), formatAmount(e.slip!.literal, e.unit, lang), valueText(e.value, e.unit, lang), e.slip!.corroboratedBy > 0)).join('\n')}` : '';
  return `**${m.verdict[check.verdict]}** — ${why}${slipNote}\n${m.claim}: ${escapeText(clip(check.claim.text, 200))}`;
}

function evidenceLine(e: Evidence, articles: Map<string, Article>, lang: Lang): string {
  const m = t(lang);
  const mark = e.agrees ? (e.loose ? `≈ ${m.loose}` : `✅ ${m.agrees}`) : `⚠️ ${m.differs}`;
  const reading = e.slip && e.slip.corroboratedBy > 0 ? ` (= ${valueText(e.value, e.unit, lang)})` : '';
  return [
    `${mark}: **${escapeText(e.original)}**${reading}`,
    `> ${escapeText(clip(e.citation.text, SENTENCE_CHARS))}`,
    `↳ ${sourceLine(articles.get(e.citation.article), e.citation, lang)}`,
  ].join('\n');
}

/** One item per finding (what is measured, its own verdict, every source), split only between sources. */
export function findingItems(check: FactCheck, articles: Map<string, Article>, lang: Lang): string[] {
  const m = t(lang);
  return check.findings.flatMap((finding) => {
    const head = `__${escapeText(clip(labelOf(finding, lang), 200))}__ — ${m.verdict[finding.verdict]}`;
    const lines = finding.evidence.map((e) => evidenceLine(e, articles, lang));
    const items: string[] = [];
    for (let i = 0; i < lines.length; i += EVIDENCE_PER_ITEM) {
      items.push([i === 0 ? head : `${head} ${m.continued}`, ...lines.slice(i, i + EVIDENCE_PER_ITEM)].join('\n'));
    }
    return items;
  });
}

export function closestItems(check: FactCheck, articles: Map<string, Article>, lang: Lang): string[] {
  if (check.closest.length === 0) return [];
  const m = t(lang);
  return [
    `*${m.closestFigures}:*`,
    ...check.closest.map((f) => `• **${escapeText(f.original)}** — ${escapeText(clip(f.subject, 150))}\n↳ ${sourceLine(articles.get(f.citation.article), f.citation, lang)}`),
  ];
}
