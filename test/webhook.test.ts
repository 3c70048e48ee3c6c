import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { originalRoute, webhookClient, webhookRoute } from '../src/discord/webhook.js';

interface Seen {
  method: string;
  url: string;
  type: string;
  body: string;
}

let close: (() => void) | undefined;
afterEach(() => close?.());

/** A Discord stand-in that answers each call with the next of `answers` (status, body), recording the calls. */
async function discord(answers: [number, unknown][]): Promise<{ api: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString('latin1')));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, type: req.headers['content-type'] ?? '', body });
      const [status, payload] = answers.shift() ?? [204, undefined];
      res.writeHead(status, payload === undefined ? {} : { 'content-type': 'application/json' });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => server.close();
  return { api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, seen };
}

describe("the endpoint's calls on an interaction's webhook", () => {
  it('sends JSON, or a picture as a multipart form with the JSON beside it, to the API version 10', async () => {
    const { api, seen } = await discord([
      [200, { id: '1' }],
      [200, { id: '1' }],
      [204, undefined],
    ]);
    const client = webhookClient(api);
    await client.post(webhookRoute('10', 'tok'), { content: 'hi', flags: 64 });
    await client.patch(originalRoute('10', 'tok'), { embeds: [] }, [
      { name: 'timeline.png', data: Buffer.from([0x89, 0x50]), contentType: 'image/png' },
    ]);
    await client.delete(originalRoute('10', 'tok'));
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /api/v10/webhooks/10/tok',
      'PATCH /api/v10/webhooks/10/tok/messages/@original',
      'DELETE /api/v10/webhooks/10/tok/messages/@original',
    ]);
    expect(seen[0]).toMatchObject({ type: 'application/json', body: '{"content":"hi","flags":64}' });
    expect(seen[1]!.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[1]!.body).toContain('name="payload_json"');
    expect(seen[1]!.body).toContain('{"embeds":[]}');
    expect(seen[1]!.body).toMatch(/name="files\[0\]"; filename="timeline.png"/);
  });

  it('waits as long as Discord asks when it limits the rate, then sends again', async () => {
    const { api, seen } = await discord([
      [429, { retry_after: 0.05, global: false }],
      [200, { id: '1' }],
    ]);
    const started = Date.now();
    await webhookClient(api).post(webhookRoute('10', 'tok'), { content: 'again' });
    expect(seen).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('fails with the status Discord answered, never with the token', async () => {
    const { api } = await discord([[404, { message: 'Unknown Webhook' }]]);
    const error = await webhookClient(api)
      .post(webhookRoute('10', 'secret-token'), {})
      .catch((e: unknown) => e as Error);
    expect((error as Error).message).toBe('Discord answered POST webhooks with 404');
    expect((error as Error).message).not.toContain('secret-token');
  });
});
