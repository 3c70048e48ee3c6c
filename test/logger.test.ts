import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/discord/logger.js';

describe('logs', () => {
  it('never contain the token, wherever it appears', () => {
    const token = 'MTAxNTk.secret-token.value';
    let written = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        written += chunk.toString();
        done();
      },
    });
    const logger = createLogger('info', token, sink);
    logger.info({ token, headers: { authorization: `Bot ${token}` } }, `logging in with ${token}`);
    logger.error({ err: new Error(`401 for ${token}`) }, 'failed');
    expect(written).toContain('[redacted]');
    expect(written).toContain('logging in with');
    expect(written).not.toContain(token);
  });
});
