import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  criterionLeaves,
  defaultCriteriaTree,
  defaultDilemmas,
  demoBundles,
  demoMeasures,
  dialogueWeights,
} from '@weegschaal/core';
import type { DomainError } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertMeasure } from '../measure/measure.repository.ts';
import { upsertBundle } from '../bundle/bundle.repository.ts';
import { createFramework } from '../framework/framework.repository.ts';
import {
  createDialogue,
  getDialogue,
  listDialogueAnswers,
  listDialogues,
  setDialogueStatus,
  submitDialogueResponse,
} from './dialogue.repository.ts';

describe.each(testDatabaseTargets())("citizens' dialogue repository on $kind", (target) => {
  let handle: DatabaseHandle;
  let frameworkId: string;
  const values = criterionLeaves(defaultCriteriaTree())
    .filter((l) => l.id.startsWith('value-'))
    .slice(0, 3);
  const definition = {
    titleNl: 'Waarden in de afweging',
    titleEn: 'Values in the weighing',
    criterionIds: values.map((v) => v.id),
    dilemmas: defaultDilemmas(values),
    groups: [
      { code: 'young-people', nameNl: 'Jongeren', nameEn: 'Young people' },
      { code: 'elderly', nameNl: 'Ouderen', nameEn: 'Elderly' },
    ],
    author: 'demo-mit-lid',
    demo: false,
  };

  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    for (const m of demoMeasures()) await upsertMeasure(handle.db, m);
    for (const b of demoBundles()) await upsertBundle(handle.db, b);
    const framework = await createFramework(handle.db, {
      code: 'kader',
      nameNl: 'Kader',
      nameEn: 'Framework',
      description: '',
      tree: defaultCriteriaTree(),
      packageCodes: demoBundles()
        .slice(0, 2)
        .map((b) => b.code),
      author: 'secretariaat',
      changeNote: '',
      basedOnId: null,
      demo: false,
    });
    frameworkId = framework.id;
  });
  afterAll(() => handle.close());

  it('stores a dialogue with its dilemmas in order, and the answers that give group weights', async () => {
    const dialogue = await createDialogue(handle.db, frameworkId, definition);
    expect(dialogue).toMatchObject({ status: 'open', participants: 0, frameworkId });
    expect(dialogue.dilemmas.map((d) => d.id)).toEqual(definition.dilemmas.map((d) => d.id));
    const [d1, d2, d3] = dialogue.dilemmas.map((d) => d.id) as [string, string, string];
    await submitDialogueResponse(handle.db, dialogue.id, {
      groupCode: 'young-people',
      answers: [
        { dilemmaId: d1, choice: 'a', strength: 2 },
        { dilemmaId: d2, choice: 'a', strength: 4 },
        { dilemmaId: d3, choice: 'a', strength: 2 },
      ],
    });
    const second = await submitDialogueResponse(handle.db, dialogue.id, {
      groupCode: 'elderly',
      answers: [{ dilemmaId: d1, choice: 'equal', strength: 7 }],
    });
    expect(second.answers).toBe(1);
    const answers = await listDialogueAnswers(handle.db, dialogue.id);
    expect(answers).toHaveLength(4);
    // 'equal' is stored with the neutral strength, whatever was sent
    expect(answers.find((a) => a.participantId === second.participantId)!.strength).toBe(1);
    const result = dialogueWeights({
      criterionIds: dialogue.criterionIds,
      dilemmas: dialogue.dilemmas,
      answers,
    });
    const young = result.groups.find((g) => g.groupCode === 'young-people')!;
    [4 / 7, 2 / 7, 1 / 7].forEach((w, i) => expect(young.weights![i]).toBeCloseTo(w, 12));
    expect((await getDialogue(handle.db, dialogue.id)).participants).toBe(2);
    expect((await listDialogues(handle.db, { frameworkId })).map((d) => d.id)).toContain(
      dialogue.id,
    );
  });

  it('a closed dialogue takes no answers, and a bad response stores nothing', async () => {
    const dialogue = await createDialogue(handle.db, frameworkId, definition);
    const bad = (await submitDialogueResponse(handle.db, dialogue.id, {
      groupCode: 'young-people',
      answers: [
        { dilemmaId: dialogue.dilemmas[0]!.id, choice: 'a', strength: 3 },
        { dilemmaId: 'unknown', choice: 'a', strength: 3 },
      ],
    }).catch((e: unknown) => e)) as DomainError;
    expect(bad.invalidParams.map((p) => p.name)).toEqual(['answers[1].dilemmaId']);
    expect(await listDialogueAnswers(handle.db, dialogue.id)).toEqual([]);
    await setDialogueStatus(handle.db, dialogue.id, 'closed');
    const closed = (await submitDialogueResponse(handle.db, dialogue.id, {
      groupCode: 'young-people',
      answers: [{ dilemmaId: dialogue.dilemmas[0]!.id, choice: 'b', strength: 3 }],
    }).catch((e: unknown) => e)) as DomainError;
    expect(closed.kind).toBe('conflict');
    expect((await getDialogue(handle.db, dialogue.id)).participants).toBe(0);
  });

  it('refuses criteria that are not leaves of the framework version, with their location', async () => {
    const error = (await createDialogue(handle.db, frameworkId, {
      ...definition,
      criterionIds: ['value-justice', 'no-such-criterion'],
      dilemmas: [],
    }).catch((e: unknown) => e)) as DomainError;
    expect(error.invalidParams.map((p) => p.name)).toEqual(['criterionIds[1]']);
  });
});
