import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Every story the project measures on: the shipped seeds (`data/`) and each folder of the development shelf. */
export function defaultStories(): string[] {
  const shelf = 'test/corpora';
  const folders = readdirSync(shelf)
    .map((name) => join(shelf, name))
    .filter((dir) => statSync(dir).isDirectory())
    .sort();
  return ['data', ...folders];
}

/** A story's short name: its folder's, the seeds' `seeds`. */
export const storyName = (dir: string) =>
  basename(dir.replace(/\/+$/, '')) === 'data' ? 'seeds' : basename(dir.replace(/\/+$/, ''));
