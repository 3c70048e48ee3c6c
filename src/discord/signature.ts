import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** Discord signs `timestamp + body` with Ed25519; the application's public key is given as 64 hex characters. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') },
    format: 'jwk',
  });
}

/** Requests older (or further in the future) than this are refused, so a captured request cannot be replayed later. */
export const MAX_SKEW_SECONDS = 5 * 60;

export type SignatureProblem = 'missing' | 'malformed' | 'expired' | 'invalid';

/** Null when the request is Discord's; else why not. */
export function checkSignature(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds: number,
): SignatureProblem | null {
  if (!signature || !timestamp) return 'missing';
  if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return 'malformed';
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return 'expired';
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? null : 'invalid';
}
