/**
 * Reporters appear in analyses only by a pseudonym: HMAC-SHA256 of their account id under a
 * server secret, shortened. The same reporter always gets the same pseudonym (so one can see
 * that ten signals came from one person), but without the secret nobody can go back from the
 * pseudonym to the account, nor test a guess. The secret is WEEGSCHAAL_PSEUDONYM_SECRET, or,
 * when that is not set, a random secret the storage layer creates once per database
 * (app_meta 'signals.pseudonymSecret'); see decision record 0012.
 *
 * Web Crypto, not node:crypto, so that the core stays free of I/O modules.
 */

export const PSEUDONYM_PATTERN = '^R-[0-9a-f]{16}$';

export async function reporterPseudonym(secret: string, reporterKey: string): Promise<string> {
  if (secret.length < 16)
    throw new RangeError('the pseudonym secret must be at least 16 characters');
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(reporterKey));
  const hex = Array.from(new Uint8Array(mac).slice(0, 8), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  return `R-${hex}`;
}
