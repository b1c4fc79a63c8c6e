import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './sha256.ts';

/** The hash that stands before the first entry of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** What happened, by whom, to what: everything in an audit entry that its hash covers. */
export interface AuditRecord {
  seq: number;
  /** ISO 8601 instant with milliseconds, UTC */
  occurredAt: string;
  actorUserId: string | null;
  actorUsername: string | null;
  actorRole: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  details: Record<string, unknown>;
}

export interface AuditEntry extends AuditRecord {
  previousHash: string;
  hash: string;
}

/**
 * The entry hash covers the previous entry's hash and the canonical JSON of the record, so
 * changing, removing or reordering any entry breaks every hash after it.
 */
export function auditEntryHash(previousHash: string, record: AuditRecord): Promise<string> {
  const { seq, occurredAt, actorUserId, actorUsername, actorRole, action } = record;
  const { resourceType, resourceId, details } = record;
  const payload = canonicalJson({
    seq,
    occurredAt,
    actorUserId,
    actorUsername,
    actorRole,
    action,
    resourceType,
    resourceId,
    details,
  });
  return sha256Hex(`${previousHash}\n${payload}`);
}

export async function chainAuditRecord(
  previousHash: string,
  record: AuditRecord,
): Promise<AuditEntry> {
  return { ...record, previousHash, hash: await auditEntryHash(previousHash, record) };
}

export type AuditBreakReason = 'sequence-gap' | 'previous-hash-mismatch' | 'hash-mismatch';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** the hash of the last entry checked: anyone who noted it earlier can compare */
  headHash: string;
  firstBroken: {
    seq: number;
    reason: AuditBreakReason;
    expected: string;
    found: string;
    explanation: string;
  } | null;
}

/**
 * Walks the chain in sequence order and names the first entry that does not hold. After a
 * break nothing later can be trusted, so the walk stops there.
 */
export async function verifyAuditChain(
  entries: readonly AuditEntry[],
  startAfter: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): Promise<AuditVerification> {
  let previousHash = startAfter.hash;
  let expectedSeq = startAfter.seq + 1;
  let checked = 0;
  for (const entry of entries) {
    const broken = (reason: AuditBreakReason, expected: string, found: string, why: string) => ({
      ok: false,
      checked,
      headHash: previousHash,
      firstBroken: { seq: entry.seq, reason, expected, found, explanation: why },
    });
    if (entry.seq !== expectedSeq) {
      return broken(
        'sequence-gap',
        String(expectedSeq),
        String(entry.seq),
        `entry ${expectedSeq} is missing: the entry after ${expectedSeq - 1} is ${entry.seq}`,
      );
    }
    if (entry.previousHash !== previousHash) {
      return broken(
        'previous-hash-mismatch',
        previousHash,
        entry.previousHash,
        `entry ${entry.seq} does not point at the hash of the entry before it`,
      );
    }
    const recomputed = await auditEntryHash(previousHash, entry);
    if (recomputed !== entry.hash) {
      return broken(
        'hash-mismatch',
        recomputed,
        entry.hash,
        `the content of entry ${entry.seq} no longer matches its hash: it was changed after it was written`,
      );
    }
    previousHash = entry.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, headHash: previousHash, firstBroken: null };
}
