import type { Signal, VerbRow } from './verbs.js';

/**
 * The finite forms news German reports speech and deeds in (third person, present and preterite, singular and
 * plural) and the participle, generated from a verb's lemma: a small generator of the weak conjugation, with the
 * principal parts of the strong and mixed verbs given in their rows. It covers what the rules ask of a verb, not all
 * of German morphology: no second person, no subjunctive.
 */
export interface VerbForms {
  /** `sagt`, `sagen`, `sagte`, `sagten`, and `sage` of reported speech: the verb as a clause's finite verb. */
  finite: string[];
  /** `gesagt`. */
  participle: string;
  /** For a separable verb, its particle (`vor` of `vor|werfen`): the finite forms stand apart from it. */
  particle: string | null;
}

/** Inseparable prefixes: a participle of a verb beginning so takes no `ge-` (`erklärt`, `verkündet`, `bekräftigt`). */
const INSEPARABLE = /^(?:be|emp|ent|er|ge|miss|ver|zer)/;

/**
 * A stem ending so takes an `e` before `t`: a `t` or `d` (`antwortet`), or `m`/`n` after a consonant other than `l`,
 * `r` or a lengthening `h` (`zeichnet`, but `warnt`, `mahnt`).
 */
const NEEDS_E = /(?:[td]|(?:[^aeiouäöülrh]|[^aeiouäöü]h)[mn])$/;

export function conjugate(row: VerbRow): VerbForms {
  const [particle, verb] = row.lemma.includes('|') ? row.lemma.split('|') : [null, row.lemma];
  const stem = verb!.replace(/e?n$/, '');
  const plural = verb!;
  // Subjunctive I of reported speech: `sage`, `erwidere`, `schreibe`.
  const reported = /[lr]n$/.test(verb!) ? `${verb!.slice(0, -1)}e` : verb!.replace(/n$/, '');
  if (row.parts) {
    const [present, preterite, participle] = row.parts;
    return {
      finite: [present, plural, preterite, `${preterite}${/e$/.test(preterite) ? 'n' : 'en'}`, reported],
      participle,
      particle,
    };
  }
  const e = NEEDS_E.test(stem) ? 'e' : '';
  const ge = INSEPARABLE.test(verb!) || /ieren$/.test(verb!) ? '' : 'ge';
  return {
    finite: [`${stem}${e}t`, plural, `${stem}${e}te`, `${stem}${e}ten`, reported],
    participle: `${particle ?? ''}${ge}${stem}${e}t`,
    particle,
  };
}

/**
 * Every form of the rows that signal `signal`, longest first, for a pattern: the finite forms, and with `all` the
 * participles too (joined to their particle), and a separable verb's forms at a clause's end, joined to its particle
 * (`wie sie mitteilte`, `einräumen`, `mitzuteilen`).
 */
export function formsOf(rows: readonly VerbRow[], signal: Signal, which: 'finite' | 'all'): string[] {
  const forms = rows
    .filter((row) => row.signals.includes(signal))
    .flatMap((row) => {
      const f = conjugate(row);
      const finite = row.particleOnly ? [] : f.finite;
      if (which === 'finite') return finite;
      const verb = row.lemma.split('|').pop()!;
      const joined = f.particle === null ? [] : [...f.finite.map((x) => `${f.particle}${x}`), `${f.particle}zu${verb}`];
      return [...finite, f.participle, ...joined];
    });
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/**
 * A separable verb of the rows that signal `signal` as a main clause writes it, its particle at the clause's end with
 * one word between: `fügte sie hinzu`, `räumte er ein`. One pattern, the verbs' alternatives.
 */
export function separatedOf(rows: readonly VerbRow[], signal: Signal): string {
  const parts = rows
    .filter((row) => row.signals.includes(signal))
    .map(conjugate)
    .filter((f) => f.particle !== null)
    .map((f) => String.raw`(?:${f.finite.join('|')})\s+\S+\s+${f.particle!}`);
  return parts.length > 0 ? `(?:${parts.join('|')})` : '(?!)';
}

/**
 * The clause between a separable verb of the rows that signal `signal` and its particle, as one capture group:
 * `strich Huber am Montag heraus` gives `Huber am Montag`, `teilte mit` none. Any finite form with any particle, so one
 * pattern serves.
 */
export function separatedClauseOf(rows: readonly VerbRow[], signal: Signal): string {
  const separable = rows
    .filter((row) => row.signals.includes(signal))
    .map(conjugate)
    .filter((f) => f.particle !== null);
  if (separable.length === 0) return '(?!)';
  const finite = [...new Set(separable.flatMap((f) => f.finite))].sort((a, b) => b.length - a.length);
  const particles = [...new Set(separable.map((f) => f.particle!))];
  // The subject may stand between (`teilte die Seebank mit`) or before (`Die Seebank teilte mit:`).
  // A name in marks may stand between (`stellte Huber gegenüber dem „Nordblick“ klar`).
  const between = String.raw`(?:\s+((?:[^.!?„“”«»‹›"]|[„«»"“][^„“”«»"]{1,40}[“”»«"]){2,60}?))?`;
  return String.raw`(?:${finite.join('|')})${between}\s+(?:${particles.join('|')})(?=[\s.,;:!?]|$)`;
}

/** The participles of the rows that signal `signal`, longest first: `gesagt`, `festgestellt`, `zitiert`. */
export function participlesOf(rows: readonly VerbRow[], signal: Signal): string[] {
  const forms = rows.filter((row) => row.signals.includes(signal)).map((row) => conjugate(row).participle);
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
