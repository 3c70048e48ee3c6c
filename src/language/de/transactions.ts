/**
 * What a figure measures, one record per transaction or quantity: the words that name it (German news vocabulary,
 * and the English words users type into `/factcheck`), whether someone acts in it, and how a reader names it in
 * both languages. The order of the list is precedence: `Übernahmeangebot im Wert von …` is a bid, not a valuation.
 * A new transaction is one record here (and a test row).
 */
export interface TransactionRecord {
  readonly id: string;
  /** The words that name it; none for a quantity read from its unit (an age is a number of years, a term a time). */
  readonly words: RegExp | null;
  /** `none`: no one acts in it (a company's value, a project's jobs); the figure is said of its object. */
  readonly actor: 'acts' | 'none';
  /** Its object may be a person: support for a candidate, an age. */
  readonly personObject?: true;
  /**
   * Figures of these transactions measure one thing whatever word the article uses (`Unterstützung`, `Finanzierung`
   * of the same aid): they are grouped and compared together.
   */
  readonly sameAs?: 'giving';
  /** A claim naming any of these means the same deal: users call one bid a purchase and the reverse. */
  readonly claimedAs?: 'deal';
  /** `Angebot` / `bid`: what a figure of it is called. */
  readonly label: { readonly de: string; readonly en: string };
  /** How it joins its object: `Angebot für …`, `purchase of …`. */
  readonly link: { readonly de: string; readonly en: string };
}

/** `pro Jahr`, `im Monat`, `je Stunde`: a sum said per span of time. */
const PER_TIME = String.raw`(?:pro|im|je)\s+(?:Jahr|Monat|Woche|Stunde)\b`;

export const TRANSACTIONS = [
  {
    id: 'wages',
    // An offer in a wage dispute is an offer of wages (`bot 5 Prozent mehr Lohn`, `eine Lohnerhöhung von 3 Prozent
    // angeboten`): checked before the bid.
    // What a person earns by the year, month or hour (`wird pro Jahr 2 Millionen verdienen`, `verdient pro Stunde 3
    // Prozent mehr`); a company's earnings (`verdiente 2 Milliarden`) are no wage.
    words: new RegExp(
      String.raw`\bLohn|\bLöhne|Gehalt|Gehälter|\bwages?\b|\bsalar|` +
        String.raw`\bverdien\p{L}*\s+(?:\S+\s+){0,3}?${PER_TIME}|${PER_TIME}\s+(?:\S+\s+){0,6}?verdien`,
      'iu',
    ),
    actor: 'acts',
    label: { de: 'Lohn', en: 'wages' },
    link: { de: 'bei', en: 'at' },
  },
  {
    id: 'bid',
    // `übernehmen` is what one wants or offers to do (`will die Firma für … übernehmen`); done, it is `übernommen`.
    words: new RegExp(
      String.raw`Übernahmeangebot|Angebot|\bGebot|\bbietet|\bbot\b|geboten|` +
        String.raw`(?<!\p{L})übernehmen\b|Milliardenangebot|\bbid\b|\boffer`,
      'iu',
    ),
    actor: 'acts',
    claimedAs: 'deal',
    label: { de: 'Angebot', en: 'bid' },
    link: { de: 'für', en: 'for' },
  },
  {
    id: 'loan',
    // A bank loan for a purchase is a loan: `Kredit über 2 Milliarden für den Kauf` (checked before purchase).
    words: /Kredit|Darlehen|\bloans?\b/i,
    actor: 'acts',
    label: { de: 'Kredit', en: 'loan' },
    link: { de: 'für', en: 'for' },
  },
  {
    id: 'donation',
    words: /Spende|Wahlkampf|verholfen|Unterstützung|\bdonat|\bcampaign/i,
    actor: 'acts',
    personObject: true,
    sameAs: 'giving',
    label: { de: 'Unterstützung', en: 'support' },
    link: { de: 'für', en: 'for' },
  },
  {
    id: 'purchase',
    words: new RegExp(
      String.raw`Kaufpreis|gekauft|\bkaufte|\bkaufen|\bKauf\b|übernommen|` +
        String.raw`übernahm|bezahlte|\bPreis|\bbought|\bbuys?\b|\bpaid|\bpurchase|` +
        String.raw`\bacquir`,
      'i',
    ),
    actor: 'acts',
    claimedAs: 'deal',
    label: { de: 'Kauf', en: 'purchase' },
    link: { de: 'von', en: 'of' },
  },
  {
    id: 'valuation',
    // `geschätzt` only with what it is put at: `wird auf 20 Millionen geschätzt`, `… geschätzt wird`; `geschätzt 300`
    // alone hedges any figure.
    words:
      /\bWert von|bewertet|Bewertung|geschätzt wird|\bauf\b[^,;.]{1,60}\bgeschätzt\b|\bworth\b|\bvaluation|\bvalued/i,
    actor: 'none',
    label: { de: 'Wert', en: 'valuation' },
    link: { de: 'von', en: 'of' },
  },
  {
    id: 'investment',
    // Building a plant for a sum is investing it: `will in der Stadt ein Werk für 3 Mrd. Euro bauen`. Not `baut …
    // ab` at its clause's end: that cuts (see `CUTS_JOBS`).
    words: new RegExp(
      String.raw`investier|Investition|aufbringen|Geldgeber|Infrastruktur|` +
        String.raw`\bbau(?:en|t)\b(?!(?:[^,;.]|(?<=\d)\.(?=\d))*\sab\s*(?:[,;.]|$))|\bgebaut\b|\berrichten\b|\binvest`,
      'i',
    ),
    actor: 'acts',
    label: { de: 'Investition', en: 'investment' },
    link: { de: 'in', en: 'in' },
  },
  {
    id: 'funding',
    // `hilfe` at a word's end (`Finanzhilfe`). No `u` flag: case-insensitive Unicode matching is several times slower,
    // and these run on every figure's clause.
    words:
      /Förderung|Subvention|Zuschuss|Finanzierung|finanzier|Hilfen\b|Hilfspaket|hilfe(?![a-zäöüß])|\bsubsid|\bfunding/i,
    actor: 'acts',
    sameAs: 'giving',
    label: { de: 'Finanzierung', en: 'funding' },
    link: { de: 'für', en: 'for' },
  },
  {
    id: 'cost',
    words: /kostet|Kosten|\bcosts?\b/i,
    actor: 'acts',
    label: { de: 'Kosten', en: 'cost' },
    link: { de: 'von', en: 'of' },
  },
  {
    id: 'revenue',
    words: /Umsatz|Erlös|\brevenue/i,
    actor: 'acts',
    label: { de: 'Umsatz', en: 'revenue' },
    link: { de: 'von', en: 'of' },
  },
  {
    id: 'gap',
    // A hole in a budget is a gap, no one's loss: `das Loch im Haushalt auf 5 Milliarden`.
    words: /\bLoch\b|Haushaltsloch|lücke(?![a-zäöüß])|Fehlbetrag|\bgap\b|\bshortfall/i,
    actor: 'none',
    label: { de: 'Finanzlücke', en: 'funding gap' },
    link: { de: 'bei', en: 'at' },
  },
  {
    id: 'loss',
    words: /Verlust|Defizit|\bloss\b/i,
    actor: 'acts',
    label: { de: 'Verlust', en: 'loss' },
    link: { de: 'von', en: 'of' },
  },
  {
    id: 'participants',
    // People who take part in a strike, a protest or a vote are counted by what they do, whatever the noun
    // (`900 Beschäftigte beteiligten sich am Streik` counts strikers, not jobs): checked before jobs.
    words: new RegExp(
      String.raw`beteiligt(?:en)?\s+sich|sich\s+(?:\p{L}+\s+){0,4}beteiligt|teilgenommen|` +
        String.raw`nahmen\s+(?:\p{L}+\s+){0,6}teil\b|` +
        String.raw`Teilnehm|Streikende|streikten|gestreikt|Arbeit\s+nieder|Arbeit\s+niedergelegt|demonstrierten|` +
        String.raw`Demonstrant|protestierten|\bstrikers|\bprotesters|\bparticipants`,
      'iu',
    ),
    actor: 'none',
    label: { de: 'Teilnehmer', en: 'participants' },
    link: { de: 'bei', en: 'at' },
  },
  {
    // Jobs cut are not the jobs a company has: read from a count of jobs whose clause cuts them (`counting.ts`).
    id: 'cuts',
    words: null,
    actor: 'none',
    label: { de: 'Stellenabbau', en: 'job cuts' },
    link: { de: 'bei', en: 'at' },
  },
  {
    id: 'jobs',
    // Who works somewhere is counted as its jobs (`in Kassel arbeiten 900 Menschen`, `beschäftigt 900 Leute`).
    words:
      /Arbeitsplätze|Stellen|Jobs|Beschäftigte|Mitarbeiter|Belegschaft|\barbeite[nt]\b|\bbeschäftigt\b|\bemployees/i,
    actor: 'none',
    label: { de: 'Arbeitsplätze', en: 'jobs' },
    link: { de: 'bei', en: 'at' },
  },
  {
    // How long a sentence, a contract or a wait is: read from a count of time tied to a term (`counting.ts`).
    id: 'term',
    words: null,
    actor: 'none',
    personObject: true,
    label: { de: 'Dauer', en: 'term' },
    link: { de: 'von', en: 'of' },
  },
  {
    id: 'age',
    words: null,
    actor: 'none',
    personObject: true,
    label: { de: 'Alter', en: 'age' },
    link: { de: 'von', en: 'of' },
  },
] as const satisfies readonly TransactionRecord[];

export type TransactionId = (typeof TRANSACTIONS)[number]['id'];

const BY_ID: ReadonlyMap<string, TransactionRecord> = new Map(TRANSACTIONS.map((t) => [t.id, t]));

/** The record of a transaction; every id has one. */
export function transaction(id: TransactionId): TransactionRecord {
  const record = BY_ID.get(id);
  if (!record) throw new Error(`no transaction record ${id}`);
  return record;
}
