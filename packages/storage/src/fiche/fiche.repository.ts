import { sql } from 'kysely';
import {
  FICHE_STATUSES,
  assertValidFiche,
  conflict,
  notFound,
  transitionStatus,
} from '@weegschaal/core';
import type {
  FicheContent,
  FicheKey,
  FicheStatus,
  FicheSummary,
  FicheTransition,
  FicheVersion,
  LadderFiche,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { getMeasure } from '../measure/measure.repository.ts';
import type { FicheTransitionRow, FicheVersionRow } from './fiche.table.ts';

function toStatus(value: string): FicheStatus {
  const status = FICHE_STATUSES.find((s) => s === value);
  if (!status) throw new Error(`fiche status '${value}' in the database is unknown`);
  return status;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

// jsonb comes back parsed from both drivers; the content was validated before it was written
const toContent = (value: unknown): FicheContent =>
  (typeof value === 'string' ? JSON.parse(value) : value) as FicheContent;

function toVersion(row: FicheVersionRow): FicheVersion {
  return {
    measureCode: row.measure_code,
    level: row.level,
    version: row.version,
    status: toStatus(row.status),
    content: toContent(row.content),
    author: row.author,
    changeNote: row.change_note,
    createdAt: iso(row.created_at),
    demo: row.is_demo,
  };
}

function toTransition(row: FicheTransitionRow): FicheTransition {
  return {
    measureCode: row.measure_code,
    level: row.level,
    version: row.version,
    from: toStatus(row.from_status),
    to: toStatus(row.to_status),
    author: row.author,
    reason: row.reason,
    at: iso(row.at),
  };
}

const ficheLabel = (key: FicheKey): string => `${key.measureCode}/${key.level}`;

export async function listFicheSummaries(
  db: Executor,
  filter: { measureCode?: string } = {},
): Promise<FicheSummary[]> {
  let query = db
    .selectFrom('fiche_version')
    .select([
      'measure_code',
      'level',
      sql<number>`max(version)::int`.as('latest_version'),
      sql<number | null>`(max(version) filter (where status = 'adopted'))::int`.as(
        'adopted_version',
      ),
      sql<Date>`max(created_at)`.as('updated_at'),
      sql<boolean>`bool_or(is_demo)`.as('demo'),
    ])
    .groupBy(['measure_code', 'level'])
    .orderBy('measure_code')
    .orderBy('level');
  if (filter.measureCode) query = query.where('measure_code', '=', filter.measureCode);
  const rows = await query.execute();
  const latest = await db
    .selectFrom('fiche_version as v')
    .select(['v.measure_code', 'v.level', 'v.version', 'v.status'])
    .where(({ eb, selectFrom }) =>
      eb(
        'v.version',
        '=',
        selectFrom('fiche_version as w')
          .select(sql<number>`max(w.version)`.as('m'))
          .whereRef('w.measure_code', '=', 'v.measure_code')
          .whereRef('w.level', '=', 'v.level'),
      ),
    )
    .execute();
  const statusOf = new Map(latest.map((r) => [`${r.measure_code}/${r.level}`, r.status]));
  return rows.map((r) => ({
    measureCode: r.measure_code,
    level: r.level,
    latestVersion: r.latest_version,
    latestStatus: toStatus(statusOf.get(`${r.measure_code}/${r.level}`) ?? 'draft'),
    adoptedVersion: r.adopted_version,
    updatedAt: iso(r.updated_at),
    demo: r.demo,
  }));
}

/** All versions of a fiche, oldest first. */
export async function listFicheVersions(db: Executor, key: FicheKey): Promise<FicheVersion[]> {
  const rows = await db
    .selectFrom('fiche_version')
    .selectAll()
    .where('measure_code', '=', key.measureCode)
    .where('level', '=', key.level)
    .orderBy('version')
    .execute();
  if (rows.length === 0) throw notFound('Fiche', ficheLabel(key));
  return rows.map(toVersion);
}

export async function getFicheVersion(
  db: Executor,
  key: FicheKey,
  version: number,
): Promise<FicheVersion> {
  const row = await db
    .selectFrom('fiche_version')
    .selectAll()
    .where('measure_code', '=', key.measureCode)
    .where('level', '=', key.level)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw notFound('Fiche version', `${ficheLabel(key)} v${version}`);
  return toVersion(row);
}

export async function listFicheTransitions(
  db: Executor,
  key: FicheKey,
): Promise<FicheTransition[]> {
  const rows = await db
    .selectFrom('fiche_transition')
    .selectAll()
    .where('measure_code', '=', key.measureCode)
    .where('level', '=', key.level)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(toTransition);
}

/** The adopted version of every fiche: what the impact ladder, matrix and bundles read. */
export async function listAdoptedFiches(db: Executor): Promise<LadderFiche[]> {
  const rows = await db
    .selectFrom('fiche_version')
    .select(['measure_code', 'level', 'version', 'content'])
    .where('status', '=', 'adopted')
    .orderBy('measure_code')
    .orderBy('level')
    .execute();
  return rows.map((r) => ({
    measureCode: r.measure_code,
    level: r.level,
    version: r.version,
    content: toContent(r.content),
  }));
}

async function recordTransition(
  db: Executor,
  key: FicheKey,
  version: number,
  from: FicheStatus,
  to: FicheStatus,
  author: string,
  reason: string,
): Promise<void> {
  await db
    .updateTable('fiche_version')
    .set({ status: to })
    .where('measure_code', '=', key.measureCode)
    .where('level', '=', key.level)
    .where('version', '=', version)
    .execute();
  await db
    .insertInto('fiche_transition')
    .values({
      measure_code: key.measureCode,
      level: key.level,
      version,
      from_status: from,
      to_status: to,
      author,
      reason,
    })
    .execute();
}

export interface NewFicheVersion {
  content: FicheContent;
  author: string;
  changeNote: string;
}

/**
 * Adds a version as a draft; earlier versions are never changed, only archived. A version
 * in review blocks new ones (review what is there first); an open draft is superseded
 * and archived. The caller owns the transaction: call inside one.
 */
export async function createFicheVersion(
  db: Executor,
  key: FicheKey,
  input: NewFicheVersion,
): Promise<FicheVersion> {
  const measure = await getMeasure(db, key.measureCode);
  assertValidFiche(key, measure, input.content);
  const existing = await db
    .selectFrom('fiche_version')
    .select(['version', 'status'])
    .where('measure_code', '=', key.measureCode)
    .where('level', '=', key.level)
    .orderBy('version')
    .forUpdate()
    .execute();
  const inReview = existing.find((v) => v.status === 'in-review');
  if (inReview)
    throw conflict(
      `Version ${inReview.version} of fiche ${ficheLabel(key)} is in review; adopt it or return it to draft before making a new version.`,
    );
  const version = (existing.at(-1)?.version ?? 0) + 1;
  await db
    .insertInto('fiche_version')
    .values({
      measure_code: key.measureCode,
      level: key.level,
      version,
      status: 'draft',
      content: JSON.stringify(input.content),
      author: input.author,
      change_note: input.changeNote,
    })
    .execute();
  for (const draft of existing.filter((v) => v.status === 'draft'))
    await recordTransition(
      db,
      key,
      draft.version,
      'draft',
      'archived',
      input.author,
      `Superseded by version ${version}.`,
    );
  return getFicheVersion(db, key, version);
}

/**
 * Moves a version through the review workflow and records who did it and why. Adopting a
 * version archives the version adopted before it. The caller owns the transaction.
 */
export async function transitionFicheVersion(
  db: Executor,
  key: FicheKey,
  version: number,
  to: FicheStatus,
  author: string,
  reason: string,
): Promise<FicheVersion> {
  const rows = await db
    .selectFrom('fiche_version')
    .select(['version', 'status'])
    .where('measure_code', '=', key.measureCode)
    .where('level', '=', key.level)
    .forUpdate()
    .execute();
  const current = rows.find((r) => r.version === version);
  if (!current) throw notFound('Fiche version', `${ficheLabel(key)} v${version}`);
  const from = toStatus(current.status);
  transitionStatus(from, to);
  if (to === 'adopted')
    for (const previous of rows.filter((r) => r.status === 'adopted'))
      await recordTransition(
        db,
        key,
        previous.version,
        'adopted',
        'archived',
        author,
        `Superseded by version ${version}.`,
      );
  await recordTransition(db, key, version, from, to, author, reason);
  return getFicheVersion(db, key, version);
}

export async function countFiches(
  db: Executor,
): Promise<{ fiches: number; versions: number; adopted: number; demo: number }> {
  const row = await db
    .selectFrom('fiche_version')
    .select([
      sql<number>`count(distinct (measure_code, level))::int`.as('fiches'),
      sql<number>`count(*)::int`.as('versions'),
      sql<number>`count(*) filter (where status = 'adopted')::int`.as('adopted'),
      sql<number>`count(*) filter (where is_demo)::int`.as('demo'),
    ])
    .executeTakeFirstOrThrow();
  return row;
}

/**
 * Demo history is inserted as it was generated, with its own timestamps. A fiche that
 * already has versions is left alone (a user may have moved it on), so loading twice
 * changes nothing and never clashes with a user's own versions.
 */
export async function insertDemoFicheHistory(
  db: Executor,
  history: { versions: FicheVersion[]; transitions: FicheTransition[] },
): Promise<void> {
  const present = await db
    .selectFrom('fiche_version')
    .select(['measure_code', 'level'])
    .distinct()
    .execute();
  const skip = new Set(present.map((r) => `${r.measure_code}/${r.level}`));
  const versions = history.versions.filter((v) => !skip.has(ficheLabel(v)));
  if (versions.length === 0) return;
  await db
    .insertInto('fiche_version')
    .values(
      versions.map((v) => ({
        measure_code: v.measureCode,
        level: v.level,
        version: v.version,
        status: v.status,
        content: JSON.stringify(v.content),
        author: v.author,
        change_note: v.changeNote,
        is_demo: true,
        created_at: v.createdAt,
      })),
    )
    .execute();
  const transitions = history.transitions.filter((t) => !skip.has(ficheLabel(t)));
  if (transitions.length > 0)
    await db
      .insertInto('fiche_transition')
      .values(
        transitions.map((t) => ({
          measure_code: t.measureCode,
          level: t.level,
          version: t.version,
          from_status: t.from,
          to_status: t.to,
          author: t.author,
          reason: t.reason,
          at: t.at,
        })),
      )
      .execute();
}
