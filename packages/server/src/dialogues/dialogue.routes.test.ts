import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

interface Weight {
  criterionId: string;
  weight: number;
}

/**
 * A citizens' dialogue end to end: the MIT opens one on a draft framework version, people
 * without an account answer, the MIT reads the weights per group and turns one group's
 * weights into a weight set that keeps the other criteria's weights from a base set.
 */
describe("citizens' dialogue routes", () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let mit: TestLogin;
  let draftId = '';
  let dialogueId = '';
  const values = ['value-justice', 'value-solidarity', 'value-future-generations'];

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadDemoData(handle.db);
    app = await buildServer({ handle, webRoot: null });
    mit = await loginAs(app, handle, await createTestAccount(handle, 'mit-member'));
    const demo = (await app.inject({ url: '/api/v1/frameworks' })).json().items[0];
    const draft = await mit.inject({
      method: 'POST',
      url: '/api/v1/frameworks',
      payload: {
        code: demo.code,
        nameNl: demo.nameNl,
        nameEn: demo.nameEn,
        description: '',
        packageCodes: demo.packageCodes,
        changeNote: 'weights from a dialogue',
        basedOnId: demo.id,
      },
    });
    expect(draft.statusCode).toBe(201);
    draftId = draft.json().id;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('only the MIT opens a dialogue; without dilemmas every pair is asked', async () => {
    const payload = {
      frameworkId: draftId,
      titleNl: 'Waarden',
      titleEn: 'Values',
      criterionIds: values,
      groups: [
        { code: 'young-people', nameNl: 'Jongeren', nameEn: 'Young people' },
        { code: 'elderly', nameNl: 'Ouderen', nameEn: 'Elderly' },
      ],
    };
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/dialogues', payload })).statusCode,
    ).toBe(401);
    const res = await mit.inject({ method: 'POST', url: '/api/v1/dialogues', payload });
    expect(res.statusCode).toBe(201);
    const dialogue = res.json();
    expect(dialogue.dilemmas).toHaveLength(3);
    expect(dialogue.author).toBe('test-mit-member');
    dialogueId = dialogue.id;

    const bad = await mit.inject({
      method: 'POST',
      url: '/api/v1/dialogues',
      payload: { ...payload, criterionIds: ['value-justice', 'root'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name)).toContain(
      'body.criterionIds[1]',
    );
  });

  it('anyone answers without an account; a bad answer is located and stores nothing', async () => {
    const dilemmas = (await app.inject({ url: `/api/v1/dialogues/${dialogueId}` })).json()
      .dilemmas as { id: string }[];
    const answer = (groupCode: string, choices: [string, number][]) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/dialogues/${dialogueId}/responses`,
        payload: {
          groupCode,
          answers: choices.map(([choice, strength], k) => ({
            dilemmaId: dilemmas[k]!.id,
            choice,
            strength,
          })),
        },
      });
    // justice 2× solidarity, justice 4× future generations, solidarity 2× future generations
    for (let p = 0; p < 3; p++) {
      const res = await answer('young-people', [
        ['a', 2],
        ['a', 4],
        ['a', 2],
      ]);
      expect(res.statusCode).toBe(201);
      expect(res.json().participantId).toMatch(/^[0-9a-f-]{36}$/);
    }
    const wrong = await answer('pensioners', [['b', 11]]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'body.groupCode',
      'body.answers[0].strength',
    ]);
    expect((await app.inject({ url: `/api/v1/dialogues/${dialogueId}` })).json().participants).toBe(
      3,
    );
  });

  it('the MIT reads weights per group; the public may not', async () => {
    expect((await app.inject({ url: `/api/v1/dialogues/${dialogueId}/weights` })).statusCode).toBe(
      401,
    );
    const res = await mit.inject({ url: `/api/v1/dialogues/${dialogueId}/weights` });
    expect(res.statusCode).toBe(200);
    const young = res
      .json()
      .result.groups.find((g: { groupCode: string }) => g.groupCode === 'young-people');
    expect(young.participants).toBe(3);
    [4 / 7, 2 / 7, 1 / 7].forEach((w, i) => expect(young.weights[i]).toBeCloseTo(w, 10));
  });

  it("turns a group's weights into a weight set that keeps the other criteria's weights", async () => {
    const detail = (await app.inject({ url: `/api/v1/frameworks/${draftId}` })).json();
    const swing = detail.weightSets.find((s: { method: string }) => s.method === 'swing');
    const baseWeights = new Map<string, number>(
      (swing.weights as Weight[]).map((w) => [w.criterionId, w.weight]),
    );
    const res = await mit.inject({
      method: 'POST',
      url: `/api/v1/dialogues/${dialogueId}/weight-sets`,
      payload: { groupCode: 'young-people', baseWeightSetId: swing.id },
    });
    expect(res.statusCode).toBe(201);
    const made = res.json();
    const weights = new Map<string, number>(
      (made.weights as Weight[]).map((w) => [w.criterionId, w.weight]),
    );
    const share = values.reduce((s, id) => s + baseWeights.get(id)!, 0);
    expect(weights.get('value-justice')).toBeCloseTo((share * 4) / 7, 10);
    expect(weights.get('effectiveness')).toBeCloseTo(baseWeights.get('effectiveness')!, 10);
    expect([...weights.values()].reduce((s, w) => s + w, 0)).toBeCloseTo(1, 10);
    // the new set is an ordinary weight set of the draft, with its provenance in the rationale
    const after = (await app.inject({ url: `/api/v1/frameworks/${draftId}` })).json();
    const stored = after.weightSets.find((s: { id: string }) => s.id === made.weightSetId);
    expect(stored.label).toBe('Burgerdialoog: Jongeren (3 deelnemers)');
    expect(stored.rationale).toContain(dialogueId);
    expect(stored.rationale).toContain(swing.id);

    const nobody = await mit.inject({
      method: 'POST',
      url: `/api/v1/dialogues/${dialogueId}/weight-sets`,
      payload: { groupCode: 'elderly', baseWeightSetId: swing.id },
    });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().invalidParams[0]).toMatchObject({
      name: 'body.groupCode',
      reason: 'nobody in this group has answered',
    });
  });

  it('a closed dialogue refuses answers with 409', async () => {
    const closed = await mit.inject({
      method: 'PUT',
      url: `/api/v1/dialogues/${dialogueId}/status`,
      payload: { status: 'closed' },
    });
    expect(closed.json().status).toBe('closed');
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/dialogues/${dialogueId}/responses`,
      payload: { groupCode: 'elderly', answers: [] },
    });
    expect(res.statusCode).toBe(409);
  });
});
