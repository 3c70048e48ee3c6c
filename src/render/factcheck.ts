import type { Article } from '../corpus/types.js';
import type { Evidence, FactCheck, Finding } from '../factcheck/check.js';
import type { Figure } from '../extract/figures.js';
import type { NotationSlip } from '../extract/figures.js';
import { isCorrected } from '../reconcile/slips.js';
import { describeAbout, describeCount } from '../extract/subject.js';
import { formatAmount } from './amount.js';
import { clip, escapeText } from './escape.js';
import { t, type Lang } from './i18n.js';
import { sourceLine } from './source.js';

const SENTENCE_CHARS = 220;
const MAX_VALUES_NAMED = 4;

/** How a slip was read: confirmed by other sources, by the article's own habit, or not at all. */
const slipReading = (slip: NotationSlip): 'sources' | 'article' | 'literal' =>
  slip.corroboratedBy > 0 ? 'sources' : slip.byArticle ? 'article' : 'literal';

const valueText = (v: number | string, unit: string | null, lang: Lang) =>
  typeof v === 'number' ? formatAmount(v, unit, lang) : v;
/**
 * What a finding is about, in the reply's language: `Musk's bid for Seebank`; for a figure that measures no
 * transaction, what it counts and whose it is (`share (Seebank)`, `Anteil (Seebank)`, `Mitarbeiter (Seebank)`).
 */
export function labelOf(finding: Finding, lang: Lang): string {
  const about = finding.about;
  if (!about) return finding.label;
  const described = describeAbout(about, lang);
  if (described) return described;
  const unit = finding.evidence.find((e) => e.unit)?.unit ?? null;
  const m = t(lang);
  return describeCount(about, unit, { share: m.share, amount: m.amount }, lang);
}

/** The one sentence that explains the verdict, in the reply language. */
export function explain(check: FactCheck, lang: Lang): string {
  const m = t(lang);
  const unit = check.findings[0]?.evidence.find((e) => e.unit)?.unit ?? null;
  const counted = check.findings.filter((f) => !f.also);
  const finding = counted.find((f) => f.verdict === check.verdict) ?? counted[0];
  let why: string = m.why.no_evidence;
  if (finding) {
    const label = escapeText(clip(labelOf(finding, lang), 120));
    // A large corpus can give dozens of values for one thing; the sentence names the first few.
    const shown = finding.values.slice(0, MAX_VALUES_NAMED).map((v) => valueText(v, unit, lang));
    const values =
      finding.values.length > MAX_VALUES_NAMED
        ? [...shown, m.moreSources(finding.values.length - MAX_VALUES_NAMED)]
        : shown;
    const articles = new Set(finding.evidence.filter((e) => e.agrees).map((e) => e.citation.article)).size;
    const supported = counted.filter((f) => f.verdict === 'supported');
    if (finding.verbatim) why = m.why.verbatim(articles);
    else if (check.verdict === 'supported' && supported.length > 1 && check.claim.numbers.length > 1) {
      // Each number of the claim found its own subject: what the articles confirm, number by number.
      const confirmed = [
        ...new Set(supported.flatMap((f) => f.evidence.filter((e) => e.agrees && !e.loose).map((e) => e.original))),
      ];
      why = m.why.eachNumber(confirmed.slice(0, MAX_VALUES_NAMED).map((o) => escapeText(o)));
    } else if (check.verdict === 'supported' && supported.length > 1) {
      // `100 Milliarden` is AlpenBank's pledge and the start of Nordhafen: each subject is its own finding.
      why = m.why.severalSubjects(
        escapeText(check.claim.text),
        supported.map((f) => escapeText(clip(labelOf(f, lang), 80))),
      );
    } else if (check.verdict === 'supported') {
      // The value the articles agree on with the claim: a group may hold a total and its parts (11.000 and 5.000).
      const agreed = finding.evidence.find((e) => e.agrees && typeof e.value === 'number');
      why = m.why.supported(articles, agreed ? valueText(agreed.value, unit, lang) : (values[0] ?? ''), label);
    } else if (check.verdict === 'disagree' && !counted.some((f) => f.verdict === 'disagree')) {
      // No one thing has two values: the claim holds for some of what it names and not for the rest.
      const item = (f: Finding) =>
        `${escapeText(clip(labelOf(f, lang), 80))} (${f.values
          .slice(0, 2)
          .map((v) => valueText(v, unit, lang))
          .join(', ')})`;
      why = m.why.partly(
        counted.filter((f) => f.verdict === 'supported').map(item),
        counted.filter((f) => f.verdict !== 'supported').map(item),
      );
    } else if (check.verdict === 'disagree') why = m.why.disagree(label, values);
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
  const slips = check.findings
    .filter((f) => !f.also)
    .flatMap((f) => f.evidence)
    .filter((e) => e.slip)
    .slice(0, MAX_VALUES_NAMED);
  const note = (e: Evidence) =>
    m.slip(
      escapeText(e.original),
      formatAmount(e.slip!.literal, e.unit, lang),
      valueText(e.value, e.unit, lang),
      slipReading(e.slip!),
    );
  const slipNote = slips.length > 0 ? `\n${slips.map(note).join('\n')}` : '';
  // Numbers not read as amounts are said back as read, so a member sees why nothing was compared with them.
  const unread = check.claim.unread
    .slice(0, MAX_VALUES_NAMED)
    .map((u) => `\n${m.unread(escapeText(clip(u.raw, 40)), u.why, u.decimals)}`)
    .join('');
  const claim = escapeText(clip(check.claim.text, 200));
  return `**${m.verdict[check.verdict]}** — ${why}${slipNote}${unread}\n${m.claim}: ${claim}`;
}

/** What a /factcheck reply lists, in order: each finding's head, then its sources; or the closest figures. */
export type FactcheckItem =
  /** A finding's head with its first source, so a page never ends on a head without one. */
  | { kind: 'finding'; finding: Finding; first?: Evidence }
  | { kind: 'evidence'; evidence: Evidence }
  | { kind: 'closest-head' }
  | { kind: 'closest'; figure: Figure };

export function factcheckItems(check: FactCheck): FactcheckItem[] {
  const items: FactcheckItem[] = check.findings.flatMap((finding) => {
    const [first, ...rest] = finding.evidence;
    return [
      { kind: 'finding' as const, finding, ...(first ? { first } : {}) },
      ...rest.map((evidence) => ({ kind: 'evidence' as const, evidence })),
    ];
  });
  if (check.closest.length > 0)
    items.push({ kind: 'closest-head' }, ...check.closest.map((figure) => ({ kind: 'closest' as const, figure })));
  return items;
}

export function renderFactcheckItem(
  item: FactcheckItem,
  articles: Map<string, Article>,
  lang: Lang,
  maxChars: number,
): string {
  const m = t(lang);
  switch (item.kind) {
    case 'finding': {
      const label = item.finding.verbatim ? m.inArticles : labelOf(item.finding, lang);
      const head = `__${escapeText(clip(label, 200))}__`;
      // Not what the claim is about: no verdict of its own, said so, so no one reads it as the answer.
      const line = item.finding.also ? `${m.alsoInArticles}: ${head}` : `${head} — ${m.verdict[item.finding.verdict]}`;
      if (!item.first) return line;
      const evidence = renderFactcheckItem(
        { kind: 'evidence', evidence: item.first },
        articles,
        lang,
        maxChars - line.length - 2,
      );
      return `${line}\n\n${evidence}`;
    }
    case 'evidence': {
      const e = item.evidence;
      const source = `↳ ${sourceLine(articles.get(e.citation.article), e.citation, lang)}`;
      // The sentence itself is the evidence: shown whole (as far as room allows), no value pulled out of it.
      if (e.kind === 'sentence') {
        const room = Math.max(60, Math.min(SENTENCE_CHARS, maxChars - source.length - 30));
        return [`✅ ${m.saysSo}`, `> ${escapeText(clip(e.citation.text, room))}`, source].join('\n');
      }
      const mark = e.agrees
        ? e.loose
          ? `≈ ${m.loose}`
          : `✅ ${m.agrees}`
        : e.part
          ? `➕ ${m.part}`
          : `⚠️ ${m.differs}`;
      const reading = e.slip && isCorrected(e.slip) ? ` (= ${valueText(e.value, e.unit, lang)})` : '';
      const head = `${mark}: **${escapeText(e.original)}**${reading}`;
      // The sentence is the part that gives way when room is short; value and source always show.
      const room = Math.max(60, Math.min(SENTENCE_CHARS, maxChars - head.length - source.length - 4));
      return [head, `> ${escapeText(clip(e.citation.text, room))}`, source].join('\n');
    }
    case 'closest-head':
      return `*${m.closestFigures}:*`;
    case 'closest': {
      const { figure } = item;
      const source = sourceLine(articles.get(figure.citation.article), figure.citation, lang);
      return `• **${escapeText(figure.original)}** — ${escapeText(clip(figure.subject, 150))}\n↳ ${source}`;
    }
  }
}
