import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  criterionLeaves,
  defaultDilemmas,
  dialogueWeightSet,
  dialogueWeights,
  invalidInput,
  weightSetWeights,
} from '@weegschaal/core';
import type { Dialogue, DialogueResult } from '@weegschaal/core';
import {
  createDialogue,
  createWeightSet,
  getDialogue,
  getFramework,
  getWeightSet,
  listDialogueAnswers,
  listDialogues,
  setDialogueStatus,
  submitDialogueResponse,
} from '@weegschaal/storage';
import type { DatabaseHandle, Executor } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { bodyUnless, inRequestContext } from '../http/invalid-params.ts';
import {
  DialogueIdParams,
  DialogueInputSchema,
  DialogueListQuerySchema,
  DialogueListSchema,
  DialogueReceiptSchema,
  DialogueResponseInputSchema,
  DialogueSchema,
  DialogueStatusInputSchema,
  DialogueWeightSetInputSchema,
  DialogueWeightSetSchema,
  DialogueWeightsSchema,
} from './dialogue.schema.ts';

async function dialogueResult(db: Executor, dialogue: Dialogue): Promise<DialogueResult | null> {
  const answers = await listDialogueAnswers(db, dialogue.id);
  if (answers.length === 0) return null;
  return dialogueWeights({
    criterionIds: dialogue.criterionIds,
    dilemmas: dialogue.dilemmas,
    answers,
  });
}

/**
 * Citizens' dialogues (issue 6): the MIT puts dilemmas to participants, who answer without
 * an account; the answers aggregate to weights per participant group, which the MIT can turn
 * into a weight set of a draft framework version.
 */
export const dialogueRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  const manage = { permission: 'dialogues:manage' as const };

  app.get(
    '/dialogues',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listDialogues',
        tags: ['Frameworks'],
        summary: "Citizens' dialogues, newest first, with their dilemmas and groups",
        querystring: DialogueListQuerySchema,
        response: {
          200: success(DialogueListSchema, "The citizens' dialogues"),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const items = await listDialogues(
        handle.db,
        request.query.frameworkId ? { frameworkId: request.query.frameworkId } : {},
      );
      return { demo: items.some((d) => d.demo), items };
    },
  );

  app.post(
    '/dialogues',
    {
      config: manage,
      schema: {
        operationId: 'createDialogue',
        tags: ['Frameworks'],
        summary: "Open a citizens' dialogue on a framework version",
        description:
          'The criteria must be leaves of the framework version. Without dilemmas every pair of criteria is asked with a neutral question; rewrite them into concrete trade-offs for a real dialogue.',
        body: DialogueInputSchema,
        response: {
          201: success(DialogueSchema, 'The new, open dialogue'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const created = await inRequestContext(
        handle.db.transaction().execute(async (trx) => {
          const framework = await getFramework(trx, body.frameworkId);
          const leaves = new Map(criterionLeaves(framework.tree).map((l) => [l.id, l]));
          // unknown ids are reported by the definition check; here they just get no question
          const dilemmas =
            body.dilemmas ??
            defaultDilemmas(body.criterionIds.flatMap((id) => leaves.get(id) ?? []));
          return createDialogue(trx, framework.id, {
            titleNl: body.titleNl,
            titleEn: body.titleEn,
            criterionIds: body.criterionIds,
            dilemmas,
            groups: body.groups,
            author: request.principal.username ?? 'unknown',
            demo: false,
          });
        }),
        () => 'body',
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/dialogues/:dialogueId',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getDialogue',
        tags: ['Frameworks'],
        summary: "A citizens' dialogue: what participants are asked",
        params: DialogueIdParams,
        response: {
          200: success(DialogueSchema, 'The dialogue'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => getDialogue(handle.db, request.params.dialogueId),
  );

  app.put(
    '/dialogues/:dialogueId/status',
    {
      config: manage,
      schema: {
        operationId: 'putDialogueStatus',
        tags: ['Frameworks'],
        summary: 'Close a dialogue (no more answers) or open it again',
        params: DialogueIdParams,
        body: DialogueStatusInputSchema,
        response: {
          200: success(DialogueSchema, 'The dialogue'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) =>
      handle.db
        .transaction()
        .execute((trx) => setDialogueStatus(trx, request.params.dialogueId, request.body.status)),
  );

  app.post(
    '/dialogues/:dialogueId/responses',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'postDialogueResponse',
        tags: ['Frameworks'],
        summary: "One participant's answers to an open dialogue, all at once",
        description:
          'No account and no personal data: the participant is a random id with the group they chose. All answers are stored, or none.',
        params: DialogueIdParams,
        body: DialogueResponseInputSchema,
        response: {
          201: success(DialogueReceiptSchema, 'The answers were stored'),
          400: problemResponses[400],
          404: problemResponses[404],
          429: problemResponses[429],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const receipt = await inRequestContext(
        handle.db
          .transaction()
          .execute((trx) => submitDialogueResponse(trx, request.params.dialogueId, request.body)),
        () => 'body',
      );
      return reply.code(201).send(receipt);
    },
  );

  app.get(
    '/dialogues/:dialogueId/weights',
    {
      config: { permission: 'dialogues:results' },
      schema: {
        operationId: 'getDialogueWeights',
        tags: ['Frameworks'],
        summary: 'The weights the answers give, per participant group and for everyone',
        description:
          'Judgements aggregate per group by their geometric mean; weights follow by logarithmic least squares. A group whose answers do not connect every criterion gets no weights (null).',
        params: DialogueIdParams,
        response: {
          200: success(DialogueWeightsSchema, 'The dialogue and its weights'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const dialogue = await getDialogue(handle.db, request.params.dialogueId);
      const result = await dialogueResult(handle.db, dialogue);
      return {
        demo: dialogue.demo,
        dialogue,
        result,
        reason: result ? null : 'nobody has answered yet',
      };
    },
  );

  app.post(
    '/dialogues/:dialogueId/weight-sets',
    {
      config: { permission: 'frameworks:write' },
      schema: {
        operationId: 'postDialogueWeightSet',
        tags: ['Frameworks'],
        summary: "Turn a group's dialogue weights into a weight set of the framework version",
        description:
          'The criteria the dialogue did not weigh keep the weights of the base weight set; the dialogue divides the share of its own criteria. Stored as a direct weight set whose rationale names the dialogue, the group and the base set. The framework version must be a draft.',
        params: DialogueIdParams,
        body: DialogueWeightSetInputSchema,
        response: {
          201: success(DialogueWeightSetSchema, 'The new weight set'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const created = await inRequestContext(
        handle.db.transaction().execute(async (trx) => {
          const dialogue = await getDialogue(trx, request.params.dialogueId);
          const framework = await getFramework(trx, dialogue.frameworkId);
          const leafIds = criterionLeaves(framework.tree).map((l) => l.id);
          const base = await getWeightSet(trx, framework.id, body.baseWeightSetId);
          const result = await dialogueResult(trx, dialogue);
          const group =
            body.groupCode === 'all'
              ? result?.overall
              : result?.groups.find((g) => g.groupCode === body.groupCode);
          if (!group?.weights)
            throw invalidInput('This group has no dialogue weights yet.', [
              {
                name: 'groupCode',
                reason: group
                  ? 'its answers do not yet connect every dialogue criterion'
                  : 'nobody in this group has answered',
                value: body.groupCode,
              },
            ]);
          const made = dialogueWeightSet({
            leafIds,
            baseWeights: weightSetWeights(base.input, leafIds).weights,
            dialogueCriterionIds: dialogue.criterionIds,
            groupWeights: group.weights,
            ...(body.share === undefined ? {} : { share: body.share }),
          });
          const groupName =
            body.groupCode === 'all'
              ? 'iedereen'
              : (dialogue.groups.find((g) => g.code === body.groupCode)?.nameNl ?? body.groupCode);
          const set = await createWeightSet(trx, framework.id, {
            label: `Burgerdialoog: ${groupName} (${group.participants} deelnemers)`,
            input: made.input,
            rationale:
              `Citizens' dialogue "${dialogue.titleEn}" (${dialogue.id}), group ${body.groupCode}, ` +
              `${group.participants} participants. Base weight set "${base.label}" (${base.id}). ` +
              `${made.explanation.rule}; share ${made.explanation.share.toFixed(4)} (${made.explanation.shareFrom}).`,
            author: request.principal.username ?? 'unknown',
          });
          return {
            weightSetId: set.id,
            frameworkId: framework.id,
            label: set.label,
            weights: leafIds.map((criterionId, i) => ({ criterionId, weight: made.weights[i]! })),
            explanation: made.explanation,
          };
        }),
        bodyUnless('dialogueId'),
      );
      return reply.code(201).send(created);
    },
  );
};
