import {
  ADVISORY_BODIES,
  DomainError,
  PACKAGE_ITEM_KINDS,
  bodyOfRole,
  canonicalJson,
  conflict,
  invalidInput,
  notFound,
  sealPackage,
} from '@weegschaal/core';
import type {
  AdvisoryBody,
  InformationPackage,
  ManifestItem,
  PackageItemContent,
  PackageItemKind,
  Principal,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { InformationPackageRow, PackageDeliveryRow, PackageItemRow } from './advice.table.ts';
import { getAdviceRequest } from './advice-request.repository.ts';
import { getMeasure } from '../measure/measure.repository.ts';
import { getBundle } from '../bundle/bundle.repository.ts';
import { listAdoptedFiches } from '../fiche/fiche.repository.ts';
import { listEffectivenessEstimates } from '../effectiveness/effectiveness.repository.ts';
import { appendAuditEvent } from '../audit/audit-event.repository.ts';

const toKind = (v: string): PackageItemKind => {
  const k = PACKAGE_ITEM_KINDS.find((x) => x === v);
  if (!k) throw new Error(`package item kind '${v}' in the database is unknown`);
  return k;
};
const toBody = (v: string): AdvisoryBody => {
  const b = ADVISORY_BODIES.find((x) => x === v);
  if (!b) throw new Error(`advisory body '${v}' in the database is unknown`);
  return b;
};

function toPackage(
  row: InformationPackageRow,
  items: PackageItemRow[],
  deliveries: PackageDeliveryRow[],
): InformationPackage {
  if (row.status !== 'draft' && row.status !== 'sent') {
    throw new Error(`package status '${row.status}' in the database is unknown`);
  }
  return {
    id: row.id,
    requestId: row.request_id,
    version: row.version,
    supersedesId: row.supersedes_id,
    status: row.status,
    rootHash: row.root_hash,
    items: items
      .map((i) => ({
        name: i.name,
        kind: toKind(i.kind),
        mediaType: i.media_type,
        size: i.size,
        sha256: i.sha256,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    deliveries: deliveries
      .map((d) => ({
        body: toBody(d.body),
        availableAt: d.available_at.toISOString(),
        rootHash: d.root_hash,
      }))
      .sort((a, b) => a.body.localeCompare(b.body)),
    demo: row.is_demo,
  };
}

const json = (value: unknown) => new TextEncoder().encode(canonicalJson(value));

/**
 * The frozen snapshot of what the request refers to, as canonical JSON files: the measures
 * and bundles in scope, the adopted fiches of those measures and the OMT's effectiveness
 * estimates for them. What the bodies read is what the data said at this moment.
 */
export async function snapshotItems(
  db: Executor,
  requestId: string,
): Promise<PackageItemContent[]> {
  const request = await getAdviceRequest(db, requestId);
  const measures = [];
  for (const code of request.measureCodes) measures.push(await getMeasure(db, code));
  const bundles = [];
  for (const code of request.bundleCodes) bundles.push(await getBundle(db, code));
  const scope = new Set([
    ...request.measureCodes,
    ...bundles.flatMap((b) => b.members.map((m) => m.measureCode)),
  ]);
  const fiches = (await listAdoptedFiches(db)).filter((f) => scope.has(f.measureCode));
  const estimates = [];
  for (const code of scope)
    estimates.push(...(await listEffectivenessEstimates(db, { measureCode: code })));
  const item = (name: string, value: unknown): PackageItemContent => ({
    name,
    kind: 'snapshot',
    mediaType: 'application/json',
    bytes: json(value),
  });
  return [
    item('snapshot-measures.json', measures),
    item('snapshot-bundles.json', bundles),
    item('snapshot-fiches.json', fiches),
    item('snapshot-omt-effectiveness.json', estimates),
  ];
}

async function load(db: Executor, row: InformationPackageRow): Promise<InformationPackage> {
  const items = await db
    .selectFrom('package_item')
    .selectAll()
    .where('package_id', '=', row.id)
    .execute();
  const deliveries = await db
    .selectFrom('package_delivery')
    .selectAll()
    .where('package_id', '=', row.id)
    .execute();
  return toPackage(row, items, deliveries);
}

export interface NewPackage {
  requestId: string;
  documents: { name: string; mediaType: string; bytes: Uint8Array }[];
  includeSnapshot: boolean;
  note: string;
  demo?: boolean;
}

/**
 * Seals a new version of a request's package: every item is stored under its SHA-256 and
 * the root hash is computed over the manifest. A package is never edited; a correction is
 * the next version, which names the version it supersedes.
 */
export async function createInformationPackage(
  db: Executor,
  principal: Principal,
  input: NewPackage,
  now: Date,
): Promise<InformationPackage> {
  const request = await getAdviceRequest(db, input.requestId);
  if (
    principal.role === 'ministry-official' &&
    principal.department !== request.requestingDepartment
  ) {
    throw new DomainError(
      'forbidden',
      `Only ${request.requestingDepartment} or the secretariat prepares this package.`,
    );
  }
  const contents: PackageItemContent[] = [
    ...input.documents.map((d) => ({ ...d, kind: 'document' as const })),
    ...(input.includeSnapshot ? await snapshotItems(db, request.id) : []),
  ];
  const sealed = await sealPackage(contents);
  for (const content of contents) {
    const item = sealed.items.find((i) => i.name === content.name)!;
    await db
      .insertInto('package_blob')
      .values({ sha256: item.sha256, size: item.size, content: content.bytes })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }
  const previous = await db
    .selectFrom('information_package')
    .select(['id', 'version', 'status'])
    .where('request_id', '=', request.id)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (previous && previous.status !== 'sent') {
    throw conflict(
      `Version ${previous.version} of this package is not sent yet; send it before correcting it.`,
    );
  }
  const row = await db
    .insertInto('information_package')
    .values({
      request_id: request.id,
      version: (previous?.version ?? 0) + 1,
      supersedes_id: previous?.id ?? null,
      status: 'draft',
      root_hash: sealed.rootHash,
      note: input.note,
      created_by: principal.userId,
      created_at: now,
      is_demo: input.demo ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('package_item')
    .values(
      sealed.items.map((i: ManifestItem) => ({
        package_id: row.id,
        name: i.name,
        kind: i.kind,
        media_type: i.mediaType,
        size: i.size,
        sha256: i.sha256,
      })),
    )
    .execute();
  await appendAuditEvent(
    db,
    principal,
    {
      action: 'information-package.sealed',
      resourceType: 'information-package',
      resourceId: row.id,
      details: {
        requestId: request.id,
        version: row.version,
        supersedesId: row.supersedes_id,
        rootHash: sealed.rootHash,
        items: sealed.items.map((i) => ({ name: i.name, sha256: i.sha256 })),
      },
    },
    now,
  );
  return load(db, row);
}

/**
 * Sends a sealed package to every addressed body in one transaction (the caller's): the
 * deliveries share one moment and one root hash, so neither body is ahead of the other.
 */
export async function sendInformationPackage(
  db: Executor,
  principal: Principal,
  id: string,
  now: Date,
): Promise<InformationPackage> {
  const row = await db
    .selectFrom('information_package')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('Information package', id);
  if (row.status === 'sent') throw conflict(`Information package '${id}' was already sent.`);
  const request = await getAdviceRequest(db, row.request_id);
  const updated = await db
    .updateTable('information_package')
    .set({ status: 'sent', sent_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('package_delivery')
    .values(
      request.addressees.map((body) => ({
        package_id: id,
        body,
        available_at: now,
        root_hash: row.root_hash,
      })),
    )
    .execute();
  await appendAuditEvent(
    db,
    principal,
    {
      action: 'information-package.sent',
      resourceType: 'information-package',
      resourceId: id,
      details: {
        requestId: request.id,
        version: row.version,
        rootHash: row.root_hash,
        bodies: request.addressees,
        availableAt: now.toISOString(),
      },
    },
    now,
  );
  return load(db, updated);
}

/**
 * Members of the advisory bodies see a package only once it is delivered to them: before
 * that moment it does not exist for them, so neither body can read ahead.
 */
function visibleTo(principal: Principal, pkg: InformationPackage): boolean {
  const body = bodyOfRole(principal.role);
  if (
    principal.role === 'secretariat' ||
    principal.role === 'ministry-official' ||
    principal.role === 'minister'
  ) {
    return true;
  }
  return body !== null && pkg.deliveries.some((d) => d.body === body);
}

export async function getInformationPackage(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<InformationPackage> {
  const row = await db
    .selectFrom('information_package')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Information package', id);
  const pkg = await load(db, row);
  if (!visibleTo(principal, pkg)) throw notFound('Information package', id);
  return pkg;
}

export async function listInformationPackages(
  db: Executor,
  principal: Principal,
  filter: { requestId?: string } = {},
): Promise<InformationPackage[]> {
  let q = db
    .selectFrom('information_package')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('version', 'desc');
  if (filter.requestId) q = q.where('request_id', '=', filter.requestId);
  const result: InformationPackage[] = [];
  for (const row of await q.execute()) {
    const pkg = await load(db, row);
    if (visibleTo(principal, pkg)) result.push(pkg);
  }
  return result;
}

export async function getPackageItemContent(
  db: Executor,
  principal: Principal,
  id: string,
  name: string,
): Promise<{ item: ManifestItem; bytes: Uint8Array }> {
  const pkg = await getInformationPackage(db, principal, id);
  const item = pkg.items.find((i) => i.name === name);
  if (!item) throw notFound('Package item', `${id}/${name}`);
  const blob = await db
    .selectFrom('package_blob')
    .select('content')
    .where('sha256', '=', item.sha256)
    .executeTakeFirstOrThrow();
  return { item, bytes: new Uint8Array(blob.content) };
}

export function decodeBase64Document(
  name: string,
  contentBase64: string,
  index: number,
): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64) || contentBase64.length % 4 !== 0) {
    throw invalidInput('A document is not valid base64.', [
      {
        name: `documents[${index}].contentBase64`,
        reason: 'standard base64 with padding',
        value: name,
      },
    ]);
  }
  return new Uint8Array(Buffer.from(contentBase64, 'base64'));
}
