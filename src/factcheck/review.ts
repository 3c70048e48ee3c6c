import type { CorpusIndex } from '../index/build.js';
import type { FactCheck, Verdict } from './check.js';

/** ratingValue on a 1–3 scale (worst to best); `no_evidence` is no rating at all. */
const RATING: Record<Exclude<Verdict, 'no_evidence'>, number> = { contradicted: 1, disagree: 2, supported: 3 };

/**
 * The check as a schema.org ClaimReview (the format fact-checkers publish and search engines read),
 * with every piece of evidence: article, sentence and value.
 */
export function toClaimReview(check: FactCheck, index: CorpusIndex, verdictName: string, explanation: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: check.claim.text,
    itemReviewed: { '@type': 'Claim', text: check.claim.text },
    author: { '@type': 'Organization', name: 'rivalen' },
    reviewRating: {
      '@type': 'Rating',
      alternateName: verdictName,
      ...(check.verdict === 'no_evidence' ? {} : { ratingValue: RATING[check.verdict], worstRating: 1, bestRating: 3 }),
    },
    reviewBody: explanation,
    verdict: check.verdict,
    // Numbers in the claim that were not read as amounts, and why (a sign, no notation, a precision no article has).
    ...(check.claim.unread.length > 0 ? { unreadNumbers: check.claim.unread } : {}),
    evidence: check.findings.flatMap((finding) =>
      finding.evidence.map((e) => {
        const article = index.articleById.get(e.citation.article);
        return {
          about: finding.label,
          findingVerdict: finding.verdict,
          // The same number about something else: listed, never counted toward the verdict.
          ...(finding.also ? { otherSubject: true } : {}),
          article: {
            id: e.citation.article,
            title: article?.title ?? null,
            outlet: article?.outlet ?? null,
            published: article?.published ?? null,
            url: article?.url ?? null,
          },
          paragraph: e.citation.paragraph,
          sentence: e.citation.text,
          citation: e.citation,
          original: e.original,
          value: e.value,
          unit: e.unit,
          agrees: e.agrees,
          ...(e.loose ? { approximate: true } : {}),
          ...(e.slip ? { notationSlip: e.slip } : {}),
        };
      }),
    ),
  };
}
