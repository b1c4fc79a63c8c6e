import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCriteriaTree, demoBundles, demoMeasures, weightSetWeights } from '@weegschaal/core';
import type { CriteriaGroup, DomainError } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertMeasure } from '../measure/measure.repository.ts';
import { upsertBundle } from '../bundle/bundle.repository.ts';
import {
  createFramework,
  getFramework,
  listFrameworks,
  publishFramework,
} from './framework.repository.ts';
import { listFrameworkScores, upsertFrameworkScores } from './framework-score.repository.ts';
import { createWeightSet, getWeightSet, listWeightSets } from './weight-set.repository.ts';

const tree: CriteriaGroup = {
  type: 'group',
  id: 'root',
  nameNl: 'Kader',
  nameEn: 'Framework',
  children: [
    {
      type: 'criterion',
      id: 'effectiveness',
      nameNl: 'Effect',
      nameEn: 'Effect',
      direction: 'benefit',
      unit: 'OMT 0–4',
      source: { kind: 'effectiveness' },
    },
    {
      type: 'group',
      id: 'mit',
      nameNl: 'MIT',
      nameEn: 'MIT',
      children: [
        {
          type: 'criterion',
          id: 'education',
          nameNl: 'Onderwijs',
          nameEn: 'Education',
          direction: 'cost',
          unit: 'harm 0–4',
          source: { kind: 'impact', target: { kind: 'domain', code: 'education' } },
        },
        {
          type: 'criterion',
          id: 'solidarity',
          nameNl: 'Solidariteit',
          nameEn: 'Solidarity',
          direction: 'benefit',
          unit: 'judgement',
          source: { kind: 'value', value: 'solidarity', rightIds: ['icescr-12', 'gw-20'] },
          valueFunction: {
            kind: 'linear',
            worst: -2,
            best: 2,
            reference: { level: 0, description: 'neutral' },
          },
        },
      ],
    },
  ],
};

describe.each(testDatabaseTargets())('weighing framework repositories on $kind', (target) => {
  let handle: DatabaseHandle;
  const packages = demoBundles()
    .slice(0, 3)
    .map((b) => b.code);
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    for (const m of demoMeasures()) await upsertMeasure(handle.db, m);
    for (const b of demoBundles()) await upsertBundle(handle.db, b);
  });
  afterAll(() => handle.close());

  const base = {
    code: 'mit-kader',
    nameNl: 'MIT-afwegingskader',
    nameEn: 'MIT weighing framework',
    description: 'test',
    tree,
    packageCodes: packages,
    author: 'secretariaat',
    changeNote: '',
    basedOnId: null,
    demo: false,
  };

  it('stores a framework version with its tree (rights, value functions) and packages, and reads it back', async () => {
    const created = await createFramework(handle.db, base);
    expect(created).toMatchObject({
      code: 'mit-kader',
      version: 1,
      status: 'draft',
      packageCodes: packages,
      publishedAt: null,
    });
    expect(created.tree).toEqual(tree);
    expect(await getFramework(handle.db, created.id)).toEqual(created);
    const full = await createFramework(handle.db, {
      ...base,
      code: 'volledig',
      tree: defaultCriteriaTree(),
    });
    expect(full.tree).toEqual(defaultCriteriaTree());
    expect((await listFrameworks(handle.db)).map((f) => `${f.code}@${f.version}`)).toEqual([
      'mit-kader@1',
      'volledig@1',
    ]);
  });

  it('refuses unknown packages, a bad tree and a value without rights, with locations', async () => {
    const badTree: CriteriaGroup = {
      ...tree,
      children: [
        { ...(tree.children[0] as object), id: 'effectiveness' } as never,
        { ...tree.children[1]!, id: 'root' } as never,
      ],
    };
    const error = (await createFramework(handle.db, {
      ...base,
      tree: badTree,
      packageCodes: ['nope', packages[0]!, packages[0]!],
    }).catch((e: unknown) => e)) as DomainError;
    expect(error.invalidParams.map((p) => p.name)).toEqual([
      'tree.children[1].id',
      'packageCodes[0]',
      'packageCodes[2]',
    ]);
  });

  it('keeps one judgement per cell with its rationale, source and author; all or nothing', async () => {
    const [framework] = await listFrameworks(handle.db, { code: 'mit-kader' });
    const id = framework!.id;
    const cells = packages.flatMap((p, i) => [
      {
        packageCode: p,
        criterionId: 'effectiveness',
        value: i + 1,
        low: i,
        high: i + 2,
        rationale: '',
        author: 'omt',
        source: `omt:bundle-estimate:${p}/winter-delta`,
      },
      {
        packageCode: p,
        criterionId: 'education',
        value: 3 - i,
        low: null,
        high: null,
        rationale: '',
        author: 'mit',
        source: `fiches:${p}`,
      },
      {
        packageCode: p,
        criterionId: 'solidarity',
        value: i - 1,
        low: null,
        high: null,
        rationale: `reden ${i}`,
        author: 'mit-lid',
        source: 'judgement',
      },
    ]);
    const stored = await upsertFrameworkScores(handle.db, id, cells, {
      updatedAt: '2026-11-23T12:00:00.000Z',
    });
    expect(stored).toHaveLength(9);
    expect(
      stored.find((s) => s.packageCode === packages[1] && s.criterionId === 'solidarity'),
    ).toEqual({
      ...cells[5],
      updatedAt: '2026-11-23T12:00:00.000Z',
    });
    const bad = (await upsertFrameworkScores(handle.db, id, [
      { ...cells[0]!, value: 7 },
      { ...cells[2]!, rationale: '' },
    ]).catch((e: unknown) => e)) as DomainError;
    expect(bad.invalidParams.map((p) => p.name)).toEqual(['cells[0].high', 'cells[1].rationale']);
    expect(
      (await listFrameworkScores(handle.db, id)).find((s) => s.criterionId === 'effectiveness')!
        .value,
    ).toBe(1);
  });

  it('stores weight sets as judgements, derives the weights, and versions the framework on publish', async () => {
    const [framework] = await listFrameworks(handle.db, { code: 'mit-kader' });
    const id = framework!.id;
    const swing = await createWeightSet(handle.db, id, {
      label: 'Swing MIT',
      input: {
        method: 'swing',
        swings: [
          {
            criterionId: 'education',
            worstLabel: 'scholen dicht',
            bestLabel: 'scholen open',
            points: 100,
          },
          { criterionId: 'solidarity', worstLabel: 'schaadt', bestLabel: 'dient', points: 40 },
        ],
      },
      rationale: 'sessie 1',
      author: 'mit-voorzitter',
    });
    expect(await getWeightSet(handle.db, id, swing.id)).toEqual(swing);
    expect(
      weightSetWeights(swing.input, ['effectiveness', 'education', 'solidarity']).weights[1],
    ).toBeCloseTo(100 / 140, 12);
    await expect(
      createWeightSet(handle.db, id, {
        label: 'AHP',
        input: { method: 'ahp', criterionIds: ['education', 'solidarity'], judgements: [] },
        rationale: '',
        author: 'x',
      }),
    ).rejects.toThrow(/missing comparison/);

    const published = await publishFramework(handle.db, id, new Date('2026-11-24T09:00:00Z'));
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: '2026-11-24T09:00:00.000Z',
    });
    await expect(upsertFrameworkScores(handle.db, id, [])).rejects.toThrow(
      /published; make a new version/,
    );

    const v2 = await createFramework(handle.db, {
      ...base,
      packageCodes: packages.slice(0, 2),
      basedOnId: id,
      changeNote: 'derde pakket eruit',
    });
    expect(v2).toMatchObject({ version: 2, basedOnVersion: 1, status: 'draft' });
    expect(await listFrameworkScores(handle.db, v2.id)).toHaveLength(6);
    expect((await listWeightSets(handle.db, v2.id)).map((w) => w.label)).toEqual(['Swing MIT']);
    await publishFramework(handle.db, v2.id, new Date('2026-11-25T09:00:00Z'));
    expect((await getFramework(handle.db, id)).status).toBe('superseded');
    await expect(createFramework(handle.db, { ...base, basedOnId: id })).rejects.toMatchObject({
      invalidParams: [{ name: 'changeNote', reason: 'a new version must say what changed' }],
    });
  });
});
