import type { Logger } from 'pino';

/**
 * Exit code for a configuration the bot cannot run with (sysexits' EX_CONFIG): no supervisor should restart into it.
 */
export const EXIT_CONFIG = 78;

/**
 * Signals this close together are one request to stop (see `installProcessHandlers`); a person's second Ctrl-C comes
 * later.
 */
export const SAME_REQUEST_MS = 500;

/** The signals that ask a process to stop: SIGHUP too, as a closed terminal or some supervisors send it. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * How the bot process lives and ends: a stray rejection or exception is logged and the bot goes on
 * (the gateway connection is still good); SIGINT, SIGTERM or SIGHUP run `shutdown` and exit 0; a
 * second signal while shutting down exits 1 at once, for an operator who does not want to wait.
 */
export function installProcessHandlers(logger: Logger, shutdown: () => Promise<void>): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught exception'));
  let stopping = false;
  let firstAt = 0;
  const stop = (signal: string) => {
    // Under `npm start` a signal to the process group arrives twice: from the terminal or supervisor
    // and forwarded by npm. That is one request to stop, not an impatient second one.
    if (stopping && performance.now() - firstAt < SAME_REQUEST_MS) return;
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      logger.flush();
      process.exit(1);
    }
    stopping = true;
    firstAt = performance.now();
    logger.info({ signal }, 'shutting down');
    void shutdown().finally(() => {
      logger.flush();
      process.exit(0);
    });
  };
  for (const signal of STOP_SIGNALS) process.on(signal, () => stop(signal));
}
