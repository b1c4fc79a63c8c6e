/**
 * SHA-256 through Web Crypto, which Node and browsers both provide, so that the core stays
 * free of node:* imports and a browser can check a package's hash itself.
 */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const SHA256_HEX_PATTERN = '^[0-9a-f]{64}$';

export function isSha256Hex(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
