/**
 * How German news names an organisation the reader is told is one: by its legal form (`Seebank AG`, `Nordwerk GmbH`),
 * by the letters it goes by, in brackets after its name (`Bundesamt für Seefahrt (BfS)`), or as a sports club (`FC
 * Seestadt`, `1. FC Nordstadt`). Read where no organisations.json names them (see `extract/discover-orgs.ts`).
 */

/** Legal forms that close a company's name. */
export const LEGAL_FORMS = [
  'GmbH',
  'AG',
  'SE',
  'KGaA',
  'KG',
  'Holding',
  'Inc.',
  'Ltd.',
  'plc',
  'e.V.',
  'N.V.',
  'S.A.',
  'S.p.A.',
] as const;

/** What opens a sports club's or a union's name: `FC`, `SV`, `VfB`, `1. FC`, `IG` (`IG Seefahrt`). */
export const CLUB_PREFIXES = [
  'IG',
  'FC',
  'SV',
  'SC',
  'VfB',
  'VfL',
  'TSG',
  'TSV',
  'SpVgg',
  'FSV',
  'SSV',
  'KSV',
  'AC',
  'AS',
  'SSC',
] as const;

/**
 * Words that join the parts of a long name (`Wirtschafts- und Korruptionsstaatsanwaltschaft`, `Institut für
 * Seefahrt`): small words a name may hold between its capitalised ones.
 */
export const NAME_JOINERS = ['und', 'für', 'der', 'des', 'de', 'of', 'and', 'for'] as const;

/**
 * The heads of nouns that say what kind of company a name is (`Werbeagentur`, `Softwarekonzern`). Not `bank` nor
 * `gruppe`: they close many a company's own name (`Seebank`, `Nord-Gruppe`).
 */
export const COMPANY_KINDS = [
  'agentur',
  'firma',
  'konzern',
  'unternehmen',
  'gesellschaft',
  'tochter',
  'verlag',
  'kette',
  'händler',
  'hersteller',
  'versicherer',
  'anbieter',
] as const;

/**
 * Nouns of a kind of organisation that name one right after them (`die Gewerkschaft Seewerk`, `der Autokonzern
 * Nordwagen`, `die Organisation Sea Watchers`), compounds by their head, each with its grammatical gender. Not `Bank`
 * nor `Gruppe`, which close many a name of their own.
 */
export const ORGANISATION_KINDS = {
  gewerkschaft: 'f',
  konzern: 'm',
  unternehmen: 'n',
  firma: 'f',
  organisation: 'f',
  partei: 'f',
  verein: 'm',
  verband: 'm',
  stiftung: 'f',
  fluggesellschaft: 'f',
  airline: 'f',
  agentur: 'f',
  hersteller: 'm',
  verlag: 'm',
  // A chain of shops, hotels or restaurants (`die Drogeriekette Seemarkt`): no chain's own name ends with it.
  kette: 'f',
  // Of the kinds of bank, one that no bank's own name ends with (unlike `Landesbank`, `Zentralbank`).
  großbank: 'f',
} as const satisfies Record<string, 'f' | 'm' | 'n'>;
export const ORGANISATION_KIND_NOUNS = Object.keys(ORGANISATION_KINDS) as (keyof typeof ORGANISATION_KINDS)[];

/**
 * How news names a court or a prosecutor's office: one of a place by a compound of its head and the place
 * (`Landgericht Seestadt`, `Staatsanwaltschaft Nordhafen`); a federal one by its compound alone (`Bundesseegericht`,
 * `Bundesanwaltschaft`), there being one of it. Not the head alone (`das Gericht`, `die Staatsanwaltschaft`), which is
 * whichever court the story is before.
 */
export const JUSTICE_HEADS = ['gerichtshof', 'gericht', 'staatsanwaltschaft'] as const;
export const FEDERAL_JUSTICE_HEADS = ['gerichtshof', 'gericht', 'anwaltschaft'] as const;

/**
 * Bodies a state governs or legislates by, named by their noun alone (`der Bundestag`, `das Kabinett`, `die
 * Landesregierung`): what the noun means is the body of the story's country, state or town, so no name follows it. Each
 * with its gender and what English news calls it. They pass, approve and decide as a company acts (see `bodiesIn`).
 */
export const GOVERNING_BODIES = {
  Bundestag: { gender: 'm', en: 'Bundestag' },
  Bundesrat: { gender: 'm', en: 'Bundesrat' },
  Bundeskabinett: { gender: 'n', en: 'Federal cabinet' },
  Bundesregierung: { gender: 'f', en: 'Federal government' },
  Bundesversammlung: { gender: 'f', en: 'Federal Assembly' },
  Nationalrat: { gender: 'm', en: 'National Council' },
  Ständerat: { gender: 'm', en: 'Council of States' },
  Landtag: { gender: 'm', en: 'State parliament' },
  Landesregierung: { gender: 'f', en: 'State government' },
  Parlament: { gender: 'n', en: 'Parliament' },
  Kabinett: { gender: 'n', en: 'Cabinet' },
  Senat: { gender: 'm', en: 'Senate' },
  Stadtrat: { gender: 'm', en: 'City council' },
  Gemeinderat: { gender: 'm', en: 'Municipal council' },
} as const satisfies Record<string, { gender: 'f' | 'm' | 'n'; en: string }>;

/** The article a noun of each gender takes as a sentence's subject: `die Gewerkschaft`, `der Konzern`. */
export const NOMINATIVE_ARTICLE = { f: 'die', m: 'der', n: 'das' } as const;

/**
 * The heads of compounds whose first part names an organisation: `Seebank-Chef`, `Nordwerk-Konzern`, `Seestadt-Boss`,
 * `Nordwerk-Aktie`. What precedes them is the organisation's name (unless it is a common noun or a person).
 */
export const ORGANISATION_HEADS = [
  'Konzern',
  'Chef',
  'Chefin',
  'Boss',
  'Vorstand',
  'Vorstandschef',
  'Vorstandschefin',
  'Aufsichtsrat',
  'Betriebsrat',
  'Aktie',
  'Aktien',
  'Management',
  'Belegschaft',
  'Gruppe',
] as const;
