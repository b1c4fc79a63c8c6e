import { sql } from 'kysely';
import {
  conflict,
  invalidInput,
  notFound,
  parseTarget,
  validateCriteriaTree,
} from '@weegschaal/core';
import type {
  CriteriaGroup,
  CriteriaNode,
  CriterionLeaf,
  FrameworkRecord,
  FrameworkValue,
  InvalidParam,
  ValueFunction,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { WeighingCriterionRow, WeighingFrameworkRow } from './framework.table.ts';

/**
 * Framework versions with their criteria tree and packages. A change to a published
 * version is a new version (createFramework with basedOnId), which copies the scores and
 * weight sets it can keep, so the judgements travel with the framework and stay traceable.
 */
export interface FrameworkInput {
  code: string;
  nameNl: string;
  nameEn: string;
  description: string;
  tree: CriteriaGroup;
  packageCodes: string[];
  author: string;
  changeNote: string;
  /** the version this one revises; its scores and weight sets are copied where they still fit */
  basedOnId: string | null;
  demo: boolean;
}

function toNode(row: WeighingCriterionRow, rows: readonly WeighingCriterionRow[]): CriteriaNode {
  if (row.node_type === 'group')
    return {
      type: 'group',
      id: row.node_id,
      nameNl: row.name_nl,
      nameEn: row.name_en,
      children: rows
        .filter((r) => r.parent_id === row.node_id)
        .sort((a, b) => a.position - b.position)
        .map((r) => toNode(r, rows)),
    };
  const leaf: CriterionLeaf = {
    type: 'criterion',
    id: row.node_id,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    direction: row.direction ?? 'benefit',
    unit: row.unit ?? '',
    source:
      row.source_kind === 'value'
        ? {
            kind: 'value',
            value: row.value_code as FrameworkValue,
            rightIds: row.right_ids as string[],
          }
        : row.source_kind === 'impact'
          ? { kind: 'impact', target: parseTarget(row.target_kind ?? '', row.target_code ?? '')! }
          : { kind: 'effectiveness' },
  };
  // jsonb comes back parsed from both drivers; it was validated before it was written
  if (row.value_function) leaf.valueFunction = row.value_function as ValueFunction;
  return leaf;
}

function toRecord(
  row: WeighingFrameworkRow,
  criteria: readonly WeighingCriterionRow[],
  packages: readonly { package_code: string; position: number }[],
): FrameworkRecord {
  const root = criteria.find((r) => r.parent_id === null);
  if (!root || root.node_type !== 'group') throw new Error(`framework ${row.id} has no root group`);
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    description: row.description,
    status: row.status,
    tree: toNode(root, criteria) as CriteriaGroup,
    author: row.author,
    createdAt: new Date(row.created_at).toISOString(),
    basedOnVersion: row.based_on_version,
    changeNote: row.change_note,
    demo: row.is_demo,
    packageCodes: [...packages].sort((a, b) => a.position - b.position).map((p) => p.package_code),
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
  };
}

export async function getFramework(db: Executor, id: string): Promise<FrameworkRecord> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('Framework', id);
  const row = await db
    .selectFrom('weighing_framework')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Framework', id);
  const criteria = await db
    .selectFrom('weighing_criterion')
    .selectAll()
    .where('framework_id', '=', id)
    .execute();
  const packages = await db
    .selectFrom('weighing_package')
    .select(['package_code', 'position'])
    .where('framework_id', '=', id)
    .execute();
  return toRecord(row, criteria, packages);
}

/** Every version of every framework (or of one code), newest version first within a code. */
export async function listFrameworks(
  db: Executor,
  filter: { code?: string } = {},
): Promise<FrameworkRecord[]> {
  let query = db
    .selectFrom('weighing_framework')
    .selectAll()
    .orderBy('code')
    .orderBy('version', 'desc');
  if (filter.code) query = query.where('code', '=', filter.code);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const criteria = await db
    .selectFrom('weighing_criterion')
    .selectAll()
    .where('framework_id', 'in', ids)
    .execute();
  const packages = await db
    .selectFrom('weighing_package')
    .selectAll()
    .where('framework_id', 'in', ids)
    .execute();
  return rows.map((r) =>
    toRecord(
      r,
      criteria.filter((c) => c.framework_id === r.id),
      packages.filter((p) => p.framework_id === r.id),
    ),
  );
}

/** Throws a conflict when the version is no longer a draft: published versions never change. */
export function assertDraft(framework: FrameworkRecord): void {
  if (framework.status !== 'draft')
    throw conflict(
      `Framework ${framework.code} version ${framework.version} is ${framework.status}; ` +
        'make a new version based on it to change anything.',
    );
}

export async function createFramework(
  db: Executor,
  input: FrameworkInput,
): Promise<FrameworkRecord> {
  const problems: InvalidParam[] = [];
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(input.code))
    problems.push({
      name: 'code',
      reason: 'must be lowercase letters, digits and hyphens',
      value: input.code,
    });
  if (!input.nameNl.trim()) problems.push({ name: 'nameNl', reason: 'must not be empty' });
  if (!input.nameEn.trim()) problems.push({ name: 'nameEn', reason: 'must not be empty' });
  if (!input.author.trim()) problems.push({ name: 'author', reason: 'must not be empty' });
  problems.push(...validateCriteriaTree(input.tree));
  const bundles = new Set(
    (await db.selectFrom('bundle').select('code').execute()).map((b) => b.code),
  );
  const seen = new Set<string>();
  input.packageCodes.forEach((code, k) => {
    if (!bundles.has(code))
      problems.push({
        name: `packageCodes[${k}]`,
        reason: 'unknown package (bundle)',
        value: code,
      });
    if (seen.has(code))
      problems.push({ name: `packageCodes[${k}]`, reason: 'listed twice', value: code });
    seen.add(code);
  });
  const basedOn = input.basedOnId ? await getFramework(db, input.basedOnId) : null;
  if (basedOn && basedOn.code !== input.code)
    problems.push({
      name: 'basedOnId',
      reason: `revises framework '${basedOn.code}', not '${input.code}'`,
    });
  if (basedOn && !input.changeNote.trim())
    problems.push({ name: 'changeNote', reason: 'a new version must say what changed' });
  if (problems.length > 0) throw invalidInput('The framework is invalid.', problems);

  const latest = await db
    .selectFrom('weighing_framework')
    .select(sql<number>`coalesce(max(version), 0)::int`.as('version'))
    .where('code', '=', input.code)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('weighing_framework')
    .values({
      code: input.code,
      version: latest.version + 1,
      name_nl: input.nameNl,
      name_en: input.nameEn,
      description: input.description,
      status: 'draft',
      author: input.author,
      based_on_version: basedOn?.version ?? null,
      change_note: input.changeNote,
      is_demo: input.demo,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const nodes: Parameters<typeof insertNodes>[1] = [];
  const walk = (node: CriteriaNode, parent: string | null, position: number) => {
    nodes.push({ node, parent, position });
    if (node.type === 'group') node.children.forEach((c, k) => walk(c, node.id, k));
  };
  walk(input.tree, null, 0);
  await insertNodes(db, nodes, row.id);
  if (input.packageCodes.length > 0)
    await db
      .insertInto('weighing_package')
      .values(
        input.packageCodes.map((package_code, position) => ({
          framework_id: row.id,
          package_code,
          position,
        })),
      )
      .execute();
  if (basedOn) await copyJudgements(db, basedOn.id, row.id);
  return getFramework(db, row.id);
}

async function insertNodes(
  db: Executor,
  nodes: { node: CriteriaNode; parent: string | null; position: number }[],
  frameworkId: string,
): Promise<void> {
  await db
    .insertInto('weighing_criterion')
    .values(
      nodes.map(({ node, parent, position }) => {
        const leaf = node.type === 'criterion' ? node : null;
        const source = leaf?.source;
        return {
          framework_id: frameworkId,
          node_id: node.id,
          parent_id: parent,
          position,
          node_type: node.type,
          name_nl: node.nameNl,
          name_en: node.nameEn,
          direction: leaf?.direction ?? null,
          unit: leaf?.unit ?? null,
          source_kind: source?.kind ?? null,
          target_kind: source?.kind === 'impact' ? source.target.kind : null,
          target_code: source?.kind === 'impact' ? source.target.code : null,
          value_code: source?.kind === 'value' ? source.value : null,
          right_ids: JSON.stringify(source?.kind === 'value' ? source.rightIds : []),
          value_function: leaf?.valueFunction ? JSON.stringify(leaf.valueFunction) : null,
        };
      }),
    )
    .execute();
}

/** Scores of packages and criteria that still exist, and every weight set, into the new version. */
async function copyJudgements(db: Executor, fromId: string, toId: string): Promise<void> {
  await sql`
    insert into weighing_score
      (framework_id, package_code, criterion_id, value, low, high, rationale, author, source, updated_at)
    select ${toId}::uuid, s.package_code, s.criterion_id, s.value, s.low, s.high, s.rationale, s.author, s.source, s.updated_at
    from weighing_score s
    join weighing_package p on p.framework_id = ${toId}::uuid and p.package_code = s.package_code
    join weighing_criterion c on c.framework_id = ${toId}::uuid and c.node_id = s.criterion_id and c.node_type = 'criterion'
    where s.framework_id = ${fromId}::uuid`.execute(db);
  await sql`
    insert into weighing_weight_set (framework_id, label, method, input, rationale, author, created_at)
    select ${toId}::uuid, label, method, input, rationale, author, created_at
    from weighing_weight_set where framework_id = ${fromId}::uuid`.execute(db);
}

/** Publishes a draft; the version it replaces (the previously published one) is superseded. */
export async function publishFramework(
  db: Executor,
  id: string,
  at: Date,
): Promise<FrameworkRecord> {
  const framework = await getFramework(db, id);
  assertDraft(framework);
  await db
    .updateTable('weighing_framework')
    .set({ status: 'superseded' })
    .where('code', '=', framework.code)
    .where('status', '=', 'published')
    .execute();
  await db
    .updateTable('weighing_framework')
    .set({ status: 'published', published_at: at.toISOString() })
    .where('id', '=', id)
    .execute();
  return getFramework(db, id);
}
