import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** A key pair made here: the test is Discord, signing requests as Discord would. */
export function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x!;
  return { privateKey, publicHex: Buffer.from(x, 'base64url').toString('hex') };
}

/** Discord's signature headers for `body`: Ed25519 over timestamp and body. */
export function signatureHeaders(
  body: string,
  key: KeyObject,
  timestamp = String(Math.floor(Date.now() / 1000)),
): Record<string, string> {
  return {
    'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), key).toString('hex'),
    'x-signature-timestamp': timestamp,
  };
}
