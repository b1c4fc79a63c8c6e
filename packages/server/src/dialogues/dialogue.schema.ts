import { Type } from 'typebox';
import { DIALOGUE_STATUSES, DILEMMA_CHOICES } from '@weegschaal/core';

const Id = Type.String({ format: 'uuid' });
const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 });
const Text = (maxLength: number) => Type.String({ maxLength });
/** Deep engine output: documented in prose, passed through as computed. */
const Deep = (description: string) => Type.Unknown({ description });

export const DialogueIdParams = Type.Object({ dialogueId: Id });

const DilemmaSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200 }),
  criterionA: Type.String({ description: 'The criterion a participant favours by choosing a' }),
  criterionB: Type.String(),
  questionNl: Text(500),
  questionEn: Text(500),
});

const GroupSchema = Type.Object({ code: Code, nameNl: Text(200), nameEn: Text(200) });

export const DialogueSchema = Type.Object({
  id: Id,
  frameworkId: Id,
  titleNl: Type.String(),
  titleEn: Type.String(),
  criterionIds: Type.Array(Type.String()),
  dilemmas: Type.Array(DilemmaSchema),
  groups: Type.Array(GroupSchema),
  status: Type.Enum(DIALOGUE_STATUSES),
  author: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  participants: Type.Integer({ description: 'How many participants answered' }),
  demo: Type.Boolean(),
});

export const DialogueListQuerySchema = Type.Object({ frameworkId: Type.Optional(Id) });

export const DialogueListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(DialogueSchema),
});

export const DialogueInputSchema = Type.Object({
  frameworkId: Id,
  titleNl: Text(300),
  titleEn: Text(300),
  criterionIds: Type.Array(Type.String(), { minItems: 2, maxItems: 30 }),
  dilemmas: Type.Optional(
    Type.Array(DilemmaSchema, {
      maxItems: 100,
      description: 'Without dilemmas, every pair of the criteria is asked with a neutral question',
    }),
  ),
  groups: Type.Array(GroupSchema, { minItems: 1, maxItems: 30 }),
});

export const DialogueStatusInputSchema = Type.Object({ status: Type.Enum(DIALOGUE_STATUSES) });

export const DialogueResponseInputSchema = Type.Object({
  groupCode: Code,
  answers: Type.Array(
    Type.Object({
      dilemmaId: Type.String({ maxLength: 200 }),
      choice: Type.Enum(DILEMMA_CHOICES),
      strength: Type.Integer({ description: "Saaty's 1–9: how strongly; ignored for equal" }),
    }),
    { maxItems: 100 },
  ),
});

export const DialogueReceiptSchema = Type.Object({
  participantId: Id,
  answers: Type.Integer(),
});

export const DialogueWeightsSchema = Type.Object({
  demo: Type.Boolean(),
  dialogue: DialogueSchema,
  result: Type.Union([
    Deep(
      'Weights per participant group, for everyone together, and per participant (pseudonymous), with per-dilemma shares and disagreement',
    ),
    Type.Null(),
  ]),
  reason: Type.Union([Type.String(), Type.Null()], {
    description: 'Why there is no result yet (no answers)',
  }),
});

export const DialogueWeightSetInputSchema = Type.Object({
  groupCode: Type.String({ description: "A group code of the dialogue, or 'all' for everyone" }),
  baseWeightSetId: Type.String({
    format: 'uuid',
    description: 'The weight set that gives the criteria the dialogue did not weigh their weights',
  }),
  share: Type.Optional(
    Type.Number({
      exclusiveMinimum: 0,
      maximum: 1,
      description:
        'Total weight of the dialogue criteria; default: what the base weight set gives them',
    }),
  ),
});

export const DialogueWeightSetSchema = Type.Object({
  weightSetId: Id,
  frameworkId: Id,
  label: Type.String(),
  weights: Type.Array(Type.Object({ criterionId: Type.String(), weight: Type.Number() })),
  explanation: Deep('How the group weights were fitted into the base weight set'),
});
