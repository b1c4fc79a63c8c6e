import { conflict } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid } from './decision-matrix.ts';
import { DILEMMA_CHOICES } from './dialogue-weights.ts';
import type { Dilemma, DilemmaChoice } from './dialogue-weights.ts';

/**
 * A citizens' dialogue held on one framework version: the dilemmas it puts to participants,
 * the participant groups it distinguishes, and whether it still takes answers. Participants
 * have no account: they pick their group and answer; they are known only by a random id.
 */
export const DIALOGUE_STATUSES = ['open', 'closed'] as const;
export type DialogueStatus = (typeof DIALOGUE_STATUSES)[number];

export interface DialogueGroup {
  code: string;
  nameNl: string;
  nameEn: string;
}

export interface DialogueDefinition {
  titleNl: string;
  titleEn: string;
  /** leaf criteria of the framework the dilemmas oppose; weights come out for these only */
  criterionIds: string[];
  dilemmas: Dilemma[];
  groups: DialogueGroup[];
}

export interface Dialogue extends DialogueDefinition {
  id: string;
  frameworkId: string;
  status: DialogueStatus;
  author: string;
  createdAt: string;
  participants: number;
  demo: boolean;
}

/** One participant's answers, as submitted in one go. */
export interface DialogueResponse {
  groupCode: string;
  answers: { dilemmaId: string; choice: DilemmaChoice; strength: number }[];
}

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks a definition against the framework's leaf criteria; throws with every location. */
export function assertValidDialogueDefinition(
  definition: DialogueDefinition,
  leafIds: readonly string[],
): void {
  const problems: InvalidParam[] = [];
  const leaves = new Set(leafIds);
  if (!definition.titleNl.trim()) problems.push({ name: 'titleNl', reason: 'must not be empty' });
  if (!definition.titleEn.trim()) problems.push({ name: 'titleEn', reason: 'must not be empty' });
  if (definition.criterionIds.length < 2)
    problems.push({ name: 'criterionIds', reason: 'at least two criteria are needed' });
  definition.criterionIds.forEach((id, k) => {
    if (!leaves.has(id))
      problems.push({
        name: `criterionIds[${k}]`,
        reason: 'not a leaf criterion of this framework version',
        value: id,
      });
  });
  const chosen = new Set(definition.criterionIds);
  definition.dilemmas.forEach((d, k) => {
    for (const side of ['criterionA', 'criterionB'] as const)
      if (!chosen.has(d[side]))
        problems.push({
          name: `dilemmas[${k}].${side}`,
          reason: 'must be one of the dialogue criteria',
          value: d[side],
        });
  });
  if (definition.groups.length === 0)
    problems.push({ name: 'groups', reason: 'at least one participant group is needed' });
  const codes = new Set<string>();
  definition.groups.forEach((g, k) => {
    if (!CODE.test(g.code))
      problems.push({ name: `groups[${k}].code`, reason: 'must be kebab-case', value: g.code });
    if (codes.has(g.code))
      problems.push({ name: `groups[${k}].code`, reason: 'duplicate group', value: g.code });
    codes.add(g.code);
    if (!g.nameNl.trim() || !g.nameEn.trim())
      problems.push({ name: `groups[${k}]`, reason: 'needs a name in Dutch and English' });
  });
  assertValid(problems, "Invalid citizens' dialogue");
}

/** Checks one participant's answers against an open dialogue; throws with every location. */
export function assertValidDialogueResponse(
  dialogue: Pick<Dialogue, 'status' | 'dilemmas' | 'groups'>,
  response: DialogueResponse,
): void {
  if (dialogue.status !== 'open') throw conflict('This dialogue is closed and takes no answers.');
  const problems: InvalidParam[] = [];
  if (!dialogue.groups.some((g) => g.code === response.groupCode))
    problems.push({
      name: 'groupCode',
      reason: 'not a group of this dialogue',
      value: response.groupCode,
    });
  if (response.answers.length === 0)
    problems.push({ name: 'answers', reason: 'answer at least one dilemma' });
  const dilemmaIds = new Set(dialogue.dilemmas.map((d) => d.id));
  const seen = new Set<string>();
  response.answers.forEach((a, k) => {
    if (!dilemmaIds.has(a.dilemmaId))
      problems.push({
        name: `answers[${k}].dilemmaId`,
        reason: 'unknown dilemma',
        value: a.dilemmaId,
      });
    if (seen.has(a.dilemmaId))
      problems.push({
        name: `answers[${k}].dilemmaId`,
        reason: 'answered twice',
        value: a.dilemmaId,
      });
    seen.add(a.dilemmaId);
    if (!DILEMMA_CHOICES.includes(a.choice))
      problems.push({
        name: `answers[${k}].choice`,
        reason: 'must be a, b or equal',
        value: a.choice,
      });
    if (a.choice !== 'equal' && (!Number.isInteger(a.strength) || a.strength < 1 || a.strength > 9))
      problems.push({
        name: `answers[${k}].strength`,
        reason: 'must be a whole number from 1 to 9',
        value: a.strength,
      });
  });
  assertValid(problems, 'Invalid answers');
}

/**
 * Every pair of the chosen criteria as a dilemma, with a neutral question. A starting point:
 * the MIT rewrites the questions into concrete trade-offs before the dialogue opens.
 */
export function defaultDilemmas(
  criteria: readonly { id: string; nameNl: string; nameEn: string }[],
): Dilemma[] {
  const dilemmas: Dilemma[] = [];
  criteria.forEach((a, i) =>
    criteria.slice(i + 1).forEach((b) =>
      dilemmas.push({
        id: `${a.id}--${b.id}`,
        criterionA: a.id,
        criterionB: b.id,
        questionNl: `Wat moet zwaarder wegen bij het kiezen van maatregelen: ${a.nameNl.toLowerCase()} of ${b.nameNl.toLowerCase()}?`,
        questionEn: `What should weigh more when choosing measures: ${a.nameEn.toLowerCase()} or ${b.nameEn.toLowerCase()}?`,
      }),
    ),
  );
  return dilemmas;
}
