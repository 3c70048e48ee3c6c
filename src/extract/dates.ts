/**
 * Date expressions in German news text, each with the precision its words support:
 * `2015` is a year, never 2015-01-01.
 */

export type Precision = 'year' | 'month' | 'day' | 'range';

export interface EventDate {
  /** `2015`, `2024-06`, `2025-02-11`, or a range of days `2025-02-03/2025-02-09`: as precise as the text, no more. */
  value: string;
  precision: Precision;
  /** `Ende 2015` is late in the year; kept so the reply can say so. */
  part?: 'early' | 'mid' | 'late';
}

export interface DateMention {
  start: number;
  end: number;
  /** The words as written, kept even when they cannot be turned into a date. */
  text: string;
  date: EventDate | null;
  /** `am Montag`, `gestern`: relative to the publication date. */
  relative: boolean;
}

export const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const MONTH = '(Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';
const WEEKDAYS = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const PART: Record<string, EventDate['part']> = { anfang: 'early', beginn: 'early', mitte: 'mid', ende: 'late' };

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (name: string) => MONTHS.indexOf(name.toLowerCase().replace('maerz', 'märz')) + 1;

interface Rule {
  re: RegExp;
  /** Refers back to a year named earlier (`desselben Jahres`), so it is read after the others. */
  anaphoric?: boolean;
  read: (m: RegExpExecArray, ctx: DateContext) => Omit<DateMention, 'start' | 'end' | 'text'> | null;
}

export interface DateContext {
  /** The article's publication date (`2025-02-11T15:40`, `2025-01`), if it states one. */
  published: string | null;
  /** The year most recently named before this point, for `Ende desselben Jahres`. */
  lastYear: number | null;
}

function publishedDay(published: string | null): Date | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Most specific first: a day beats a month beats a year for the same words. */
const RULES: Rule[] = [
  {
    re: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b/g,
    read: (m) => ({ date: { value: `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`, precision: 'day' }, relative: false }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\.\\s?${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'g'),
    read: (m) => ({ date: { value: `${m[3]}-${pad(monthIndex(m[2]!))}-${pad(Number(m[1]))}`, precision: 'day' }, relative: false }),
  },
  {
    re: new RegExp(`\\b(?:(Anfang|Mitte|Ende)\\s+)?${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'g'),
    read: (m) => ({ date: { value: `${m[3]}-${pad(monthIndex(m[2]!))}`, precision: 'month' }, relative: false }),
  },
  {
    re: /\b(Anfang|Beginn|Mitte|Ende)\s+(?:des\s+Jahres\s+)?((?:19|20)\d{2})\b/gi,
    read: (m) => ({ date: { value: m[2]!, precision: 'year', part: PART[m[1]!.toLowerCase()] }, relative: false }),
  },
  {
    re: /\b(Anfang|Mitte|Ende)\s+(?:desselben|des\s+gleichen|dieses|jenes)\s+Jahres\b/gi,
    anaphoric: true,
    read: (m, ctx) =>
      ctx.lastYear === null ? { date: null, relative: false } : { date: { value: String(ctx.lastYear), precision: 'year', part: PART[m[1]!.toLowerCase()] }, relative: false },
  },
  {
    // A bare year, unless it is an amount (`2015 Dollar`) or part of a longer number.
    re: /(?<![\d.,'’-])((?:19|20)\d{2})(?![\d.,'’]\d|\s*(?:Milliarden|Millionen|Mrd|Mio|Dollar|Euro|Franken|%|Prozent))/g,
    read: (m) => ({ date: { value: m[1]!, precision: 'year' }, relative: false }),
  },
  {
    re: /\bgestern\b/gi,
    read: (_m, ctx) => {
      const day = publishedDay(ctx.published);
      if (!day) return { date: null, relative: true };
      day.setUTCDate(day.getUTCDate() - 1);
      return { date: { value: iso(day), precision: 'day' }, relative: true };
    },
  },
  {
    re: /\b(?:am|vom|seit)\s+(Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag)(?:abend|morgen|nachmittag|mittag)?\b/gi,
    read: (m, ctx) => {
      const day = publishedDay(ctx.published);
      if (!day) return { date: null, relative: true };
      // The most recent such weekday on or before publication: news reports the past.
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const back = (day.getUTCDay() - target + 7) % 7;
      day.setUTCDate(day.getUTCDate() - back);
      return { date: { value: iso(day), precision: 'day' }, relative: true };
    },
  },
  {
    re: /\b(?:vergangene|letzte|vorige)\s+Woche\b/gi,
    read: (_m, ctx) => {
      const day = publishedDay(ctx.published);
      if (!day) return { date: null, relative: true };
      // The calendar week (Monday to Sunday) before the one the article appeared in.
      const monday = new Date(day);
      monday.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) - 7);
      const sunday = new Date(monday);
      sunday.setUTCDate(monday.getUTCDate() + 6);
      return { date: { value: `${iso(monday)}/${iso(sunday)}`, precision: 'range' }, relative: true };
    },
  },
  {
    // Anchored to another event whose date the text does not give: kept as words, never dated.
    re: /(?<![\p{L}])(?:(?:[Ee]in|[Ee]inen|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ww]enige|[Ee]inige|\d+)\s+(?:Tage?n?|Wochen?|Monate?n?|Jahre?n?|Stunden?)\s+(?:vor|nach)\s+(?:der|dem|den|seiner|seinem|ihrer|ihrem)\s+[\p{L}-]+(?:\s+(?:des|der)\s+[\p{L}-]+)?|[Aa]n\s+(?:seinem|ihrem|dem)\s+ersten\s+(?:Tag|Amtstag|Arbeitstag)(?:\s+(?:im|in|als)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?)/gu,
    read: () => ({ date: null, relative: true }),
  },
  {
    re: /\bvor\s+(?:ein\s+paar|einigen|wenigen|zwei|drei|vier|fünf|\d+)\s+(?:Jahren|Monaten|Wochen|Tagen)\b/gi,
    read: () => ({ date: null, relative: true }),
  },
];

export function findDates(text: string, ctx: DateContext): DateMention[] {
  const found: DateMention[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  const yearBefore = (at: number) => lastYearIn(found.filter((f) => f.end <= at).sort((a, b) => a.start - b.start), ctx.lastYear);
  for (const rule of [...RULES.filter((r) => !r.anaphoric), ...RULES.filter((r) => r.anaphoric)]) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const read = rule.read(m as RegExpExecArray, { ...ctx, lastYear: yearBefore(start) });
      if (!read) continue;
      found.push({ start, end, text: m[0], ...read });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The last year a text names, to carry into the next sentence's `desselben Jahres`. */
export function lastYearIn(mentions: DateMention[], fallback: number | null): number | null {
  const dated = mentions.filter((m) => m.date !== null);
  const last = dated[dated.length - 1];
  return last?.date ? Number(last.date.value.slice(0, 4)) : fallback;
}
