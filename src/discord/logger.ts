import { pino, type Logger } from 'pino';

/**
 * JSON lines on stdout. The token is redacted wherever it might be logged (config objects,
 * headers, error messages that echo a request), and scrubbed from free text as a last resort.
 */
export function createLogger(level: string, token?: string, destination?: NodeJS.WritableStream): Logger {
  const scrub = (text: string) => (token ? text.split(token).join('[redacted]') : text);
  return pino(
    {
      level,
      base: { app: 'rivalen' },
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'env.DISCORD_TOKEN'], censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
      serializers: { err: (err: Error) => ({ type: err.name, message: scrub(err.message), stack: scrub(err.stack ?? '') }) },
    },
    destination as pino.DestinationStream | undefined,
  );
}
