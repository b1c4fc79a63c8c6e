import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './sha256.ts';
import { GENESIS_HASH, chainAuditRecord, verifyAuditChain } from './audit-chain.ts';
import type { AuditEntry, AuditRecord } from './audit-chain.ts';

async function chain(n: number): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const record: AuditRecord = {
      seq,
      occurredAt: new Date(Date.UTC(2026, 0, 1, 9, seq)).toISOString(),
      actorUserId: 'u1',
      actorUsername: 'secretariaat',
      actorRole: 'secretariat',
      action: 'advice-request.created',
      resourceType: 'advice-request',
      resourceId: `r${seq}`,
      details: { n: seq, nested: { b: 2, a: [1, 'x'] } },
    };
    const entry = await chainAuditRecord(previous, record);
    entries.push(entry);
    previous = entry.hash;
  }
  return entries;
}

describe('canonical JSON and SHA-256', () => {
  it('hashes the NIST test vector for "abc"', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives the same text for the same value whatever the key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
    );
    expect(canonicalJson({ b: 1, a: [true, null], c: undefined })).toBe('{"a":[true,null],"b":1}');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/NaN/);
  });
});

describe('audit hash chain', () => {
  it('verifies an intact chain and reports its head', async () => {
    const entries = await chain(5);
    const result = await verifyAuditChain(entries);
    expect(result).toEqual({ ok: true, checked: 5, headHash: entries[4]!.hash, firstBroken: null });
    expect(entries[1]!.previousHash).toBe(entries[0]!.hash);
  });

  it('names the first changed entry', async () => {
    const entries = await chain(5);
    entries[2] = { ...entries[2]!, details: { n: 99 } };
    const result = await verifyAuditChain(entries);
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(2);
    expect(result.firstBroken).toMatchObject({ seq: 3, reason: 'hash-mismatch' });
  });

  it('notices a removed entry and a re-hashed forgery', async () => {
    const entries = await chain(5);
    const removed = [...entries.slice(0, 2), ...entries.slice(3)];
    expect((await verifyAuditChain(removed)).firstBroken).toMatchObject({
      seq: 4,
      reason: 'sequence-gap',
    });

    // a forger who recomputes the hash of entry 2 still breaks the link from entry 3
    const forged = [...entries];
    forged[1] = await chainAuditRecord(entries[0]!.hash, { ...entries[1]!, action: 'forged' });
    expect((await verifyAuditChain(forged)).firstBroken).toMatchObject({
      seq: 3,
      reason: 'previous-hash-mismatch',
    });
  });
});
