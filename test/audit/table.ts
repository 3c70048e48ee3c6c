import { CHECKS, type Audit, type CheckName } from './checks.js';

/** The audit as one table: a row per check, a column per story, each cell `pass/total share`. */
export function auditTable(rows: { name: string; articles: number; result: Audit }[]): string[] {
  const width = Math.max(11, ...rows.map((r) => r.name.length + 1));
  const line = (label: string, cells: string[]) => label.padEnd(16) + cells.map((c) => c.padStart(width)).join('');
  return [
    line(
      '',
      rows.map((r) => r.name),
    ),
    line(
      'articles',
      rows.map((r) => String(r.articles)),
    ),
    ...(Object.keys(CHECKS) as CheckName[]).map((name) =>
      line(
        name,
        rows.map(({ result }) => {
          const { pass, total } = result[name];
          return total === 0 ? '–' : `${pass}/${total} ${Math.floor((100 * pass) / total)}%`;
        }),
      ),
    ),
  ];
}

/** What each story failed, check by check, to read when a share falls. */
export function auditFailures(rows: { name: string; result: Audit }[]): string[] {
  return rows.flatMap(({ name, result }) => [
    '',
    name,
    ...(Object.keys(CHECKS) as CheckName[]).flatMap((check) => result[check].failures.map((f) => `  ${check}: ${f}`)),
  ]);
}

/** What each check asks, for the table's reader. */
export const checkLegend = (): string[] =>
  (Object.entries(CHECKS) as [CheckName, string][]).map(([name, what]) => `  ${name.padEnd(16)}${what}`);
