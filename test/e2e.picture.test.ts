import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createInteractionServer } from '../src/discord/http.js';
import { publicKeyFromHex } from '../src/discord/signature.js';
import { startBot, type Harness } from './support/bot-harness.js';
import { seedIndex } from './support/corpus.js';
import { keyPair, signatureHeaders } from './support/discord-keys.js';
import { DiscordStandIn, type RecordedRequest } from './support/discord-standin.js';

interface Message {
  embeds: { image?: { url: string } }[];
  attachments?: { id: number; filename: string }[];
}

/** The picture edit: a multipart PATCH of the original message whose first embed shows the attached PNG. */
function expectPictureEdit(request: RecordedRequest): void {
  expect(request.method).toBe('PATCH');
  const [file] = request.files ?? [];
  expect(file?.filename).toBe('rivalen.png');
  expect([...file!.data.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  expect(file!.data.readUInt32BE(16)).toBe(1200);
  const body = request.body as Message;
  expect(body.embeds[0]!.image).toEqual({ url: 'attachment://rivalen.png' });
  // One attachment kept, the file sent under the name the embed refers to.
  expect(body.attachments).toHaveLength(1);
}

const isPicture = (r: RecordedRequest) => r.method === 'PATCH' && (r.files?.length ?? 0) > 0;

describe('the timeline picture, delivered', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it('through the gateway: the text at once, then the picture attached to it; a page turn sends it again', async () => {
    harness = await startBot();
    const { standIn } = harness;
    const pictured = standIn.waitForRequest(isPicture);
    const first = (await standIn.command('timeline')).body as {
      type: number;
      data: { components: { components: { custom_id: string }[] }[] };
    };
    expect(first.type).toBe(4);
    expectPictureEdit(await pictured);
    const again = standIn.waitForRequest(isPicture);
    await standIn.button(first.data.components[0]!.components[1]!.custom_id);
    expectPictureEdit(await again);
  });

  it('through the HTTP endpoint the same way, by the interaction webhook', async () => {
    const { privateKey, publicHex } = keyPair();
    const standIn = await DiscordStandIn.start();
    const server = createInteractionServer({
      index: seedIndex(),
      logger: pino({ level: 'silent' }),
      publicKey: publicKeyFromHex(publicHex),
      apiUrl: standIn.apiUrl,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const interaction = standIn.commandInteraction('timeline');
      const body = JSON.stringify(interaction);
      const pictured = standIn.waitForRequest(isPicture);
      const port = (server.address() as AddressInfo).port;
      const res = await fetch(`http://127.0.0.1:${port}/interactions`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...signatureHeaders(body, privateKey) },
      });
      expect(((await res.json()) as { type: number }).type).toBe(4);
      const edit = await pictured;
      expect(edit.path).toBe(
        `/api/v10/webhooks/${String(interaction.application_id)}/${String(interaction.token)}/messages/@original`,
      );
      expectPictureEdit(edit);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await standIn.stop();
    }
  });
});
