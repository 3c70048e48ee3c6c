import type { Citation } from '../corpus/types.js';
import { kindOf, type TimelineEvent } from '../extract/events.js';
import type { Figure } from '../extract/figures.js';
import type { CorpusIndex } from '../index/build.js';
import { fold } from '../index/fold.js';
import { parseClaim, type Claim, type ClaimNumber } from './claim.js';

export type Verdict = 'supported' | 'disagree' | 'contradicted' | 'no_evidence';

export interface Evidence {
  kind: 'figure' | 'event';
  /** As written in the source (`97,4 Milliarden Dollar`, `2015`). */
  original: string;
  value: number | string;
  unit: string | null;
  /** Does this piece agree with the claim's value? */
  agrees: boolean;
  /** Matched only within the source's own approximation (`fast 100 Milliarden`). */
  loose: boolean;
  subject: string;
  citation: Citation;
}

export interface FactCheck {
  claim: Claim;
  verdict: Verdict;
  evidence: Evidence[];
  /** When nothing matched: the figures closest in value, to suggest. */
  closest: Figure[];
}

/** Values agree when they are equal at the precision the claim was typed with. */
export function withinRounding(claim: ClaimNumber, figure: Figure): 'exact' | 'loose' | null {
  const target = claim.scale === null ? figure.value / figure.scale : figure.value;
  const typed = claim.written * (claim.scale ?? 1);
  const tolerance = 0.5 * 10 ** -claim.decimals * (claim.scale ?? 1);
  if (Math.abs(target - typed) <= tolerance + Number.EPSILON * Math.abs(typed)) return 'exact';
  // A source that says `fast 100 Milliarden` speaks loosely to anything within a few percent.
  if (figure.approximate && Math.abs(target - typed) / Math.max(Math.abs(typed), 1) <= 0.05) return 'loose';
  return null;
}

function subjectOverlap(claim: Claim, text: string): number {
  if (claim.words.length === 0) return 1;
  const folded = fold(text);
  return claim.words.filter((w) => folded.includes(w.slice(0, Math.max(4, w.length - 2)))).length / claim.words.length;
}

function figureEvidence(figure: Figure, agrees: boolean, loose: boolean): Evidence {
  return { kind: 'figure', original: figure.original, value: figure.value, unit: figure.unit, agrees, loose, subject: figure.subject, citation: figure.citation };
}

function eventEvidence(event: TimelineEvent, agrees: boolean): Evidence[] {
  return event.citations.map((citation) => ({
    kind: 'event' as const,
    original: event.dateText,
    value: event.date?.value ?? event.dateText,
    unit: null,
    agrees,
    loose: false,
    subject: event.summary,
    citation,
  }));
}

export function factCheck(index: CorpusIndex, text: string): FactCheck {
  const claim = parseClaim(text);
  const evidence: Evidence[] = [];
  // `Musk kaufte Twitter …` is about a purchase: only purchases can support or contradict it.
  const kind = kindOf(text);
  const sameKind = (sentence: string) => kind === 'other' || kindOf(sentence) === kind;
  for (const number of claim.numbers) {
    for (const figure of index.figures) {
      const match = withinRounding(number, figure);
      if (!match) continue;
      if (number.unit && figure.unit && number.unit !== figure.unit) continue;
      // In a sentence claim, the figure must also be about what the sentence is about.
      if (claim.words.length > 0 && subjectOverlap(claim, figure.citation.text) === 0) continue;
      evidence.push(figureEvidence(figure, true, match === 'loose'));
    }
  }
  if (evidence.length > 0 && claim.words.length > 0) {
    // Other values the sources give for the same thing: figures in the same unit whose sentences
    // share the claim's words. They are the disagreement a fact-checker must show.
    const agreeing = new Set(evidence.map((e) => e.citation.start + e.citation.article + e.original));
    const units = new Set(evidence.map((e) => e.unit));
    for (const figure of index.figures) {
      if (agreeing.has(figure.citation.start + figure.citation.article + figure.original) || !units.has(figure.unit)) continue;
      if (sameKind(figure.citation.text) && subjectOverlap(claim, figure.citation.text) >= 0.5) evidence.push(figureEvidence(figure, false, false));
    }
  }
  for (const year of claim.years) {
    const related = index.events.filter(
      (e) => e.date && (kind === 'other' || e.kind === kind) && subjectOverlap(claim, e.summary + ' ' + e.citations.map((c) => c.text).join(' ')) >= 0.5,
    );
    for (const event of related) evidence.push(...eventEvidence(event, Number(event.date!.value.slice(0, 4)) === year));
  }
  return { claim, verdict: verdictOf(evidence), evidence, closest: evidence.length === 0 ? closestFigures(index, claim) : [] };
}

function verdictOf(evidence: Evidence[]): Verdict {
  if (evidence.length === 0) return 'no_evidence';
  const agree = evidence.some((e) => e.agrees);
  const differ = evidence.some((e) => !e.agrees);
  if (agree && differ) return 'disagree';
  return agree ? 'supported' : 'contradicted';
}

function closestFigures(index: CorpusIndex, claim: Claim): Figure[] {
  const number = claim.numbers[0];
  if (number) {
    const typed = number.written * (number.scale ?? 1);
    const distance = (f: Figure) => Math.abs(Math.log10(Math.max(number.scale === null ? f.value / f.scale : f.value, 1e-9)) - Math.log10(Math.max(typed, 1e-9)));
    return [...index.figures].sort((a, b) => distance(a) - distance(b)).slice(0, 3);
  }
  return index.search.figures.search(claim.text, 3).map((r) => r.item);
}
