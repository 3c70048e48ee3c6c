import { z } from 'zod';

/** `2025`, `2025-01`, `2025-02-11` or `2025-02-11T15:40`: only as precise as the article says. */
const PUBLISHED = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

function isRealDate(value: string): boolean {
  const m = PUBLISHED.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) return false;
  }
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59)) return false;
  return true;
}

export const articleMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a lower-case slug of letters, digits and dashes (at most 64)'),
    title: z.string().trim().min(1, 'a non-empty title').max(300, 'a title of at most 300 characters'),
    outlet: z.string().trim().min(1).max(100).nullable(),
    published: z.string().refine(isRealDate, 'a real date as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM').nullable(),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language code such as "de"'),
    url: z
      .url({ protocol: /^https?$/, error: 'an http(s) URL or null' })
      .max(2048, 'a URL of at most 2048 characters')
      .nullable(),
    seed: z.string().min(1).nullable().default(null),
  })
  .strict();

export type ArticleMetaInput = z.input<typeof articleMetaSchema>;

/**
 * Names, aliases and descriptors are looked for in every sentence (see `labelScanner`): their number is part of what
 * a build costs. These caps keep the largest valid file within the start-up budget: 500 entries of 21 labels of 60
 * characters build the five articles in about 0.5 s (1,000 entries of 41 labels of 100 characters took 20 s when the
 * labels were one regular expression). A story's people and companies are tens, with a few names each.
 */
const MAX_ENTRIES = 500;
const MAX_LABELS = 10;
/** A name, an alias or a descriptor (`Bundesminister für Wirtschaft und Klimaschutz` is 45). */
const MAX_LABEL_CHARS = 60;
/** Roles are shown, never searched: they may say more. */
const MAX_ROLES = 20;

export const personSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    name: z.string().min(1).max(MAX_LABEL_CHARS),
    gender: z.enum(['m', 'f', 'x']),
    aliases: z.array(z.string().min(2).max(MAX_LABEL_CHARS)).max(MAX_LABELS),
    descriptors: z.array(z.string().min(2).max(MAX_LABEL_CHARS)).max(MAX_LABELS),
    roles: z.array(z.string().min(1).max(200)).max(MAX_ROLES),
  })
  .strict();

export const peopleFileSchema = z.object({ people: z.array(personSchema).min(1).max(MAX_ENTRIES) }).strict();

export type Person = z.infer<typeof personSchema>;

/** A company, product or project the articles are about, with the other names texts use for it. */
export const organisationSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    name: z.string().min(1).max(MAX_LABEL_CHARS),
    aliases: z.array(z.string().min(1).max(MAX_LABEL_CHARS)).max(MAX_LABELS),
  })
  .strict();

export const organisationsFileSchema = z
  .object({ about: z.string().optional(), organisations: z.array(organisationSchema).max(MAX_ENTRIES) })
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;

/** An occasion texts date other events by (`Vier Tage vor der Amtseinführung`) without dating it themselves. */
export const knownDateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD')
      .refine(isRealDate, 'a real day'),
    /** The people.json id of the person whose occasion it is; it must be named near the phrase. */
    person: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .nullable(),
    phrases: z.array(z.string().min(3).max(100)).min(1).max(MAX_LABELS),
    label: z.object({ de: z.string().min(1).max(100), en: z.string().min(1).max(100) }).strict(),
  })
  .strict();

export const knownDatesFileSchema = z
  .object({ about: z.string().optional(), dates: z.array(knownDateSchema).max(MAX_ENTRIES) })
  .strict();

export type KnownDate = z.infer<typeof knownDateSchema>;

/** One readable line per zod issue: the field and what was expected. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'file';
    if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    if (issue.code === 'invalid_type') {
      const expected = issue.expected === 'string' ? 'text' : issue.expected;
      const missing = /received undefined/.test(issue.message) ? ', but it is missing' : '';
      return `field "${field}": expected ${expected}${missing}`;
    }
    return `field "${field}": expected ${issue.message}`;
  });
}

/**
 * An alias or descriptor that names two people would make every mention of it ambiguous: it is
 * dropped from both, with one line saying so, and everything else about them stays usable.
 */
export function withoutAmbiguousLabels(people: Person[]): { people: Person[]; problems: string[] } {
  const owners = new Map<string, Set<string>>();
  for (const p of people) {
    for (const label of [p.name, ...p.aliases, ...p.descriptors]) {
      const key = label.toLowerCase();
      owners.set(key, (owners.get(key) ?? new Set()).add(p.id));
    }
  }
  const ambiguous = new Set([...owners].filter(([, ids]) => ids.size > 1).map(([label]) => label));
  const problems = [...ambiguous].map(
    (label) => `"${label}" names ${[...owners.get(label)!].join(' and ')}; ignored for all of them`,
  );
  const keep = (label: string) => !ambiguous.has(label.toLowerCase());
  const ids = new Set<string>();
  for (const p of people) {
    if (ids.has(p.id)) problems.push(`id "${p.id}" is used twice; the second entry is ignored`);
    ids.add(p.id);
  }
  const unique = people.filter((p, i) => people.findIndex((o) => o.id === p.id) === i);
  return {
    people: unique.map((p) => ({ ...p, aliases: p.aliases.filter(keep), descriptors: p.descriptors.filter(keep) })),
    problems,
  };
}
