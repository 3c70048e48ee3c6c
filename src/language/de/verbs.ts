/**
 * Verbs by lemma, each once, with what they signal. Their inflected forms are generated (`conjugation.ts`) from the
 * lemma, or from the principal parts given where the verb is strong or mixed: present (3rd person singular),
 * preterite and participle.
 */

/** The parts of a verb the generator cannot guess: `[present, preterite, participle]`. */
export type PrincipalParts = readonly [string, string, string];

/**
 * What a verb tells the rules: that a clause reports speech, that an outlet reports (`berichtete`, `meldet`), or the
 * kind of event it names (`reply`, `announcement`, `post`: see `events.ts`); that a quantity stands at or moves to a
 * value (`level`: `die Quote lag bei`, `stieg um`); that something lasts a time (`lasting`: `soll zwei Jahre gelten`);
 * that a clause says what someone wore or carried, how they looked, and no deed (`state`: `trug einen Hut`).
 */
export type Signal = 'speech' | 'report' | 'reply' | 'announcement' | 'post' | 'level' | 'lasting' | 'state';

export interface VerbRow {
  lemma: string;
  signals: readonly Signal[];
  /** A strong or mixed verb's parts (`schreiben`: schreibt, schrieb, geschrieben); a weak verb needs none. */
  parts?: PrincipalParts;
  /**
   * A separable verb whose finite forms say something else without their particle (`stellte … fest` reports, `stellte`
   * alone does not): they count only with the particle at the clause's end, or joined to it (`festgestellt`).
   */
  particleOnly?: true;
}

const SPEECH = ['speech'] as const;

/**
 * Verbs that report speech (`speech`): neutral (`sagen`, `erklären`) and those that colour it (`poltern`, `spotten`). A
 * separable verb is written with its particle apart (`vor|werfen`: `Sie wirft ihm vor, …`). Verbs an outlet reports
 * with (`report`): `berichtete`, `meldet`.
 */
export const VERBS: readonly VerbRow[] = [
  { lemma: 'sagen', signals: SPEECH },
  { lemma: 'erklären', signals: SPEECH },
  { lemma: 'erläutern', signals: SPEECH },
  { lemma: 'meinen', signals: SPEECH },
  { lemma: 'nennen', signals: SPEECH, parts: ['nennt', 'nannte', 'genannt'] },
  { lemma: 'bezeichnen', signals: SPEECH },
  { lemma: 'schreiben', signals: ['speech', 'report'], parts: ['schreibt', 'schrieb', 'geschrieben'] },
  { lemma: 'betonen', signals: SPEECH },
  { lemma: 'warnen', signals: SPEECH },
  { lemma: 'kritisieren', signals: SPEECH },
  { lemma: 'antworten', signals: SPEECH },
  { lemma: 'erwidern', signals: SPEECH },
  { lemma: 'entgegnen', signals: SPEECH },
  { lemma: 'twittern', signals: ['speech', 'post'] },
  { lemma: 'posten', signals: ['speech', 'post'] },
  { lemma: 'sprechen', signals: SPEECH, parts: ['spricht', 'sprach', 'gesprochen'] },
  { lemma: 'fordern', signals: SPEECH },
  { lemma: 'auf|fordern', signals: SPEECH },
  { lemma: 'behaupten', signals: SPEECH },
  { lemma: 'vor|werfen', signals: SPEECH, parts: ['wirft', 'warf', 'vorgeworfen'] },
  { lemma: 'zitieren', signals: SPEECH },
  { lemma: 'reagieren', signals: ['speech', 'reply'] },
  { lemma: 'kontern', signals: ['speech', 'reply'] },
  { lemma: 'verkünden', signals: ['speech', 'announcement'] },
  { lemma: 'ergänzen', signals: SPEECH },
  { lemma: 'ein|räumen', signals: SPEECH },
  { lemma: 'hinzu|fügen', signals: SPEECH },
  { lemma: 'poltern', signals: SPEECH },
  { lemma: 'wettern', signals: SPEECH },
  { lemma: 'schimpfen', signals: SPEECH },
  { lemma: 'spotten', signals: SPEECH },
  { lemma: 'lästern', signals: SPEECH },
  { lemma: 'ätzen', signals: SPEECH },
  { lemma: 'klagen', signals: SPEECH },
  { lemma: 'beklagen', signals: SPEECH },
  { lemma: 'mahnen', signals: SPEECH },
  { lemma: 'bekräftigen', signals: SPEECH },
  { lemma: 'bestätigen', signals: SPEECH },
  { lemma: 'vergleichen', signals: SPEECH, parts: ['vergleicht', 'verglich', 'verglichen'] },
  { lemma: 'analysieren', signals: SPEECH },
  { lemma: 'versichern', signals: SPEECH },
  { lemma: 'beteuern', signals: SPEECH },
  { lemma: 'bilanzieren', signals: SPEECH },
  { lemma: 'tönen', signals: SPEECH },
  { lemma: 'äußern', signals: SPEECH },
  { lemma: 'kommentieren', signals: SPEECH },
  { lemma: 'fragen', signals: SPEECH },
  { lemma: 'begründen', signals: SPEECH },
  { lemma: 'argumentieren', signals: SPEECH },
  { lemma: 'unterstreichen', signals: SPEECH, parts: ['unterstreicht', 'unterstrich', 'unterstrichen'] },
  { lemma: 'beschreiben', signals: SPEECH, parts: ['beschreibt', 'beschrieb', 'beschrieben'] },
  { lemma: 'fest|stellen', signals: SPEECH, particleOnly: true },
  { lemma: 'heraus|streichen', signals: SPEECH, parts: ['streicht', 'strich', 'herausgestrichen'], particleOnly: true },
  { lemma: 'hervor|heben', signals: SPEECH, parts: ['hebt', 'hob', 'hervorgehoben'], particleOnly: true },
  { lemma: 'mit|teilen', signals: SPEECH, particleOnly: true },
  { lemma: 'bekannt|geben', signals: SPEECH, parts: ['gibt', 'gab', 'bekanntgegeben'], particleOnly: true },
  // judging and promising: `würdigte Huber als „…“`, `sicherte zu, dass …`
  { lemma: 'konstatieren', signals: SPEECH },
  { lemma: 'attackieren', signals: SPEECH },
  { lemma: 'würdigen', signals: SPEECH },
  { lemma: 'charakterisieren', signals: SPEECH },
  { lemma: 'werten', signals: SPEECH },
  { lemma: 'beurteilen', signals: SPEECH },
  { lemma: 'loben', signals: SPEECH },
  { lemma: 'bemängeln', signals: SPEECH },
  { lemma: 'skandieren', signals: SPEECH },
  { lemma: 'raten', signals: SPEECH, parts: ['rät', 'riet', 'geraten'] },
  { lemma: 'empfehlen', signals: SPEECH, parts: ['empfiehlt', 'empfahl', 'empfohlen'] },
  { lemma: 'versprechen', signals: SPEECH, parts: ['verspricht', 'versprach', 'versprochen'] },
  { lemma: 'bestreiten', signals: SPEECH, parts: ['bestreitet', 'bestritt', 'bestritten'] },
  { lemma: 'zu|sichern', signals: SPEECH, particleOnly: true },
  { lemma: 'zurück|weisen', signals: SPEECH, parts: ['weist', 'wies', 'zurückgewiesen'], particleOnly: true },
  { lemma: 'an|prangern', signals: SPEECH, particleOnly: true },
  // explaining at length and setting straight: `führte Huber aus`, `stellte Huber klar`
  { lemma: 'aus|führen', signals: SPEECH, particleOnly: true },
  { lemma: 'klar|stellen', signals: SPEECH, particleOnly: true },
  { lemma: 'berichten', signals: ['report'] },
  { lemma: 'melden', signals: ['report'] },
  { lemma: 'liegen', signals: ['level'], parts: ['liegt', 'lag', 'gelegen'] },
  { lemma: 'betragen', signals: ['level'], parts: ['beträgt', 'betrug', 'betragen'] },
  { lemma: 'steigen', signals: ['level'], parts: ['steigt', 'stieg', 'gestiegen'] },
  { lemma: 'sinken', signals: ['level'], parts: ['sinkt', 'sank', 'gesunken'] },
  { lemma: 'fallen', signals: ['level'], parts: ['fällt', 'fiel', 'gefallen'] },
  { lemma: 'dauern', signals: ['lasting'] },
  { lemma: 'gelten', signals: ['lasting'], parts: ['gilt', 'galt', 'gegolten'] },
  { lemma: 'laufen', signals: ['lasting'], parts: ['läuft', 'lief', 'gelaufen'] },
  // Without a particle only: `trug … bei`, `trug sich … zu` are deeds and happenings.
  { lemma: 'tragen', signals: ['state'], parts: ['trägt', 'trug', 'getragen'] },
];
