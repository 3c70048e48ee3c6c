import { pino, type Logger } from 'pino';

/**
 * JSON lines on stdout. The token is redacted wherever it might be logged (config objects,
 * headers, error messages that echo a request), and scrubbed from free text as a last resort.
 */
const MIN_SCRUB_LENGTH = 8;

export function createLogger(level: string, token?: string, destination?: NodeJS.WritableStream): Logger {
  // Real tokens are ~70 characters; a short test value would otherwise be scrubbed out of ordinary words.
  const scrub = (text: string) =>
    token && token.length >= MIN_SCRUB_LENGTH ? text.split(token).join('[redacted]') : text;
  return pino(
    {
      level,
      base: { app: 'rivalen' },
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'env.DISCORD_TOKEN'],
        censor: '[redacted]',
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
      serializers: {
        err: (err: Error) => ({ type: err.name, message: scrub(err.message), stack: scrub(err.stack ?? '') }),
      },
    },
    destination as pino.DestinationStream | undefined,
  );
}
