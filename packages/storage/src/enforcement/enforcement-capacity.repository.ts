import {
  ENFORCEMENT_KINDS,
  demoEnforcementCapacities,
  enforcementRegionLevel,
  invalidInput,
  notFound,
  validateEnforcementCapacity,
} from '@weegschaal/core';
import type {
  EnforcementCapacity,
  EnforcementCapacityInput,
  EnforcementKind,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { EnforcementCapacityRow } from './enforcement-capacity.table.ts';

interface JoinedRow extends EnforcementCapacityRow {
  region_name: string | null;
  parent_vr: string | null;
}

function toCapacity(row: JoinedRow): EnforcementCapacity {
  const kind = ENFORCEMENT_KINDS.find((k) => k === row.kind);
  const regionLevel = enforcementRegionLevel(row.region_code);
  if (!kind || !regionLevel)
    throw new Error(`enforcement capacity ${row.id} has an unknown kind or region`);
  return {
    id: row.id,
    regionCode: row.region_code,
    regionLevel,
    regionName: row.region_name,
    veiligheidsregioCode: regionLevel === 'veiligheidsregio' ? row.region_code : row.parent_vr,
    kind,
    organisation: row.organisation,
    fte: row.fte,
    persons: row.persons,
    agreement: row.agreement,
    contactOrganisation: row.contact_organisation,
    reviewDate: row.review_date,
    demo: row.is_demo,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

function toValues(input: EnforcementCapacityInput) {
  return {
    region_code: input.regionCode,
    kind: input.kind,
    organisation: input.organisation.trim(),
    fte: input.fte,
    persons: input.persons,
    agreement: input.agreement.trim(),
    contact_organisation: input.contactOrganisation.trim(),
    review_date: input.reviewDate,
    is_demo: input.demo,
  };
}

/** The region must be in the registry: an agreement for an unknown region helps no one. */
async function checkRegion(db: Executor, input: EnforcementCapacityInput): Promise<void> {
  validateEnforcementCapacity(input);
  const region = await db
    .selectFrom('region')
    .select('code')
    .where('code', '=', input.regionCode)
    .executeTakeFirst();
  if (!region) {
    throw invalidInput('The region is not in the region registry.', [
      { name: 'regionCode', reason: 'unknown region', value: input.regionCode },
    ]);
  }
}

export interface EnforcementCapacityFilter {
  regionCode?: string;
  kind?: EnforcementKind;
  /** only entries whose review date lies before this day */
  staleOn?: string;
}

/** The entries with their region's name and veiligheidsregio from the registry. */
function joined(db: Executor) {
  return db
    .selectFrom('enforcement_capacity')
    .leftJoin('region', 'region.code', 'enforcement_capacity.region_code')
    .selectAll('enforcement_capacity')
    .select((eb) => [
      'region.name as region_name',
      eb
        .selectFrom('region_parent')
        .select('parent_code')
        .whereRef('region_parent.region_code', '=', 'enforcement_capacity.region_code')
        .where('parent_level', '=', 'veiligheidsregio')
        .limit(1)
        .as('parent_vr'),
    ]);
}

export async function listEnforcementCapacities(
  db: Executor,
  filter: EnforcementCapacityFilter = {},
): Promise<EnforcementCapacity[]> {
  let query = joined(db);
  if (filter.regionCode) {
    const code = filter.regionCode;
    // a veiligheidsregio's own entries and those of its gemeenten
    query = query.where((eb) =>
      eb.or([
        eb('enforcement_capacity.region_code', '=', code),
        eb(
          'enforcement_capacity.region_code',
          'in',
          eb.selectFrom('region_parent').select('region_code').where('parent_code', '=', code),
        ),
      ]),
    );
  }
  if (filter.kind) query = query.where('enforcement_capacity.kind', '=', filter.kind);
  if (filter.staleOn) query = query.where('enforcement_capacity.review_date', '<', filter.staleOn);
  const rows = await query
    .orderBy('enforcement_capacity.region_code')
    .orderBy('enforcement_capacity.kind')
    .orderBy('enforcement_capacity.organisation')
    .execute();
  return rows.map(toCapacity);
}

export async function getEnforcementCapacity(
  db: Executor,
  id: string,
): Promise<EnforcementCapacity> {
  const row = await joined(db).where('enforcement_capacity.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Enforcement capacity', id);
  return toCapacity(row);
}

export async function createEnforcementCapacity(
  db: Executor,
  input: EnforcementCapacityInput,
): Promise<EnforcementCapacity> {
  await checkRegion(db, input);
  const row = await db
    .insertInto('enforcement_capacity')
    .values(toValues(input))
    .returning('id')
    .executeTakeFirstOrThrow();
  return getEnforcementCapacity(db, row.id);
}

export async function updateEnforcementCapacity(
  db: Executor,
  id: string,
  input: EnforcementCapacityInput,
): Promise<EnforcementCapacity> {
  await checkRegion(db, input);
  const row = await db
    .updateTable('enforcement_capacity')
    .set({ ...toValues(input), updated_at: new Date() })
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw notFound('Enforcement capacity', id);
  return getEnforcementCapacity(db, id);
}

export async function deleteEnforcementCapacity(db: Executor, id: string): Promise<void> {
  const result = await db
    .deleteFrom('enforcement_capacity')
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound('Enforcement capacity', id);
}

/**
 * Replaces the demo entries (labelled demo) with fresh ones; entries someone entered stay.
 * The demo gemeenten are a fixed list, so the register fills even before the region
 * registry has loaded (serve --demo loads the demo first). Loading twice gives the same.
 */
export async function loadDemoEnforcementCapacities(db: Executor, today: string): Promise<number> {
  const entries = demoEnforcementCapacities(today);
  await db.deleteFrom('enforcement_capacity').where('is_demo', '=', true).execute();
  await db.insertInto('enforcement_capacity').values(entries.map(toValues)).execute();
  return entries.length;
}
