import { spawn, type ChildProcess } from 'node:child_process';

/** A package.json script running as its own process, with what it printed so far. */
export interface NpmProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
}

/**
 * `npm start` or `npm run <script>` exactly as an operator types it, with the test's environment and no `.env`
 * of the machine's: what the end-to-end tests of the process, its signals and its data run.
 */
export function runNpm(script: string, env: Record<string, string>, options: { detached?: boolean } = {}): NpmProcess {
  const child = spawn('npm', [...(script === 'start' ? ['start'] : ['run', script]), '--silent'], {
    // Its own process group when asked, so a signal to the group reaches npm and the bot at once.
    detached: options.detached ?? false,
    env: { ...process.env, DOTENV_CONFIG_PATH: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return { child, stdout: () => out, stderr: () => err };
}

/** The bot's JSON log, one object per line. */
export const logLines = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
