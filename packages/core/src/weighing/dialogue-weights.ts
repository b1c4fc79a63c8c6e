import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid } from './decision-matrix.ts';
import { ahpWeightsFromMatrix } from './ahp.ts';

/**
 * Citizens' dialogue mode (seed 004: values are "tested in citizens' dialogues").
 * Participants answer dilemmas — pairwise trade-offs such as "rather keep schools open or
 * rather protect people in care homes?" — by picking a side and how strongly (Saaty's 1–9
 * scale). Answers aggregate per participant group by the geometric mean of the judgements
 * (AIJ, which keeps reciprocity: Forman & Peniwati 1998), and weights follow by logarithmic
 * least squares, which needs only a connected set of comparisons, not all of them; on a
 * complete set it equals the row geometric mean (Crawford & Williams 1985).
 */
export interface Dilemma {
  id: string;
  /** the criterion a participant favours by choosing 'a' */
  criterionA: string;
  criterionB: string;
  questionNl: string;
  questionEn: string;
}

export const DILEMMA_CHOICES = ['a', 'b', 'equal'] as const;
export type DilemmaChoice = (typeof DILEMMA_CHOICES)[number];

export interface DilemmaAnswer {
  /** pseudonymous; never a name */
  participantId: string;
  /** e.g. a practice circle: 'young-people', 'entrepreneurs-self-employed', ... */
  groupCode: string;
  dilemmaId: string;
  choice: DilemmaChoice;
  /** 1..9, how strongly; ignored for 'equal' */
  strength: number;
}

export interface DialogueInput {
  criterionIds: readonly string[];
  dilemmas: readonly Dilemma[];
  answers: readonly DilemmaAnswer[];
}

export interface DilemmaSummary {
  dilemmaId: string;
  answers: number;
  shareA: number;
  shareB: number;
  shareEqual: number;
  /** geometric mean of the judgements "A over B" */
  aggregateJudgement: number;
  /** geometric standard deviation: 1 is full agreement, larger is more disagreement */
  disagreement: number;
}

export interface DialogueWeights {
  criterionIds: string[];
  /** null when the answered dilemmas do not connect every criterion */
  weights: number[] | null;
  /** root mean square of the log residuals of the fit: 0 is perfectly consistent */
  logResidualRms: number | null;
  /** Saaty's CR when every pair was answered exactly once, else null */
  consistencyRatio: number | null;
}

export interface GroupDialogueWeights extends DialogueWeights {
  groupCode: string;
  participants: number;
  dilemmas: DilemmaSummary[];
}

export interface DialogueResult {
  method: 'citizens-dialogue';
  aggregation: 'geometric mean of judgements per group, logarithmic least squares';
  groups: GroupDialogueWeights[];
  /** every participant together, as one more group called 'all' */
  overall: GroupDialogueWeights;
  participants: ({ participantId: string; groupCode: string } & DialogueWeights)[];
}

export function dialogueWeights(input: DialogueInput): DialogueResult {
  const problems = validateDialogue(input);
  assertValid(problems, "Invalid citizens' dialogue input");
  const dilemmaById = new Map(input.dilemmas.map((d) => [d.id, d]));
  const judgement = (a: DilemmaAnswer) =>
    a.choice === 'equal' ? 1 : a.choice === 'a' ? a.strength : 1 / a.strength;

  const aggregate = (
    groupCode: string,
    answers: readonly DilemmaAnswer[],
  ): GroupDialogueWeights => {
    const byDilemma = new Map<string, DilemmaAnswer[]>();
    for (const a of answers) byDilemma.set(a.dilemmaId, [...(byDilemma.get(a.dilemmaId) ?? []), a]);
    const dilemmas: DilemmaSummary[] = input.dilemmas
      .filter((d) => byDilemma.has(d.id))
      .map((d) => {
        const list = byDilemma.get(d.id)!;
        const logs = list.map((a) => Math.log(judgement(a)));
        const mean = logs.reduce((s, x) => s + x, 0) / logs.length;
        const variance = logs.reduce((s, x) => s + (x - mean) ** 2, 0) / logs.length;
        return {
          dilemmaId: d.id,
          answers: list.length,
          shareA: list.filter((a) => a.choice === 'a').length / list.length,
          shareB: list.filter((a) => a.choice === 'b').length / list.length,
          shareEqual: list.filter((a) => a.choice === 'equal').length / list.length,
          aggregateJudgement: Math.exp(mean),
          disagreement: Math.exp(Math.sqrt(variance)),
        };
      });
    const fit = fitWeights(
      input.criterionIds,
      dilemmas.map((s) => ({
        dilemma: dilemmaById.get(s.dilemmaId)!,
        value: s.aggregateJudgement,
      })),
    );
    return {
      groupCode,
      participants: new Set(answers.map((a) => a.participantId)).size,
      dilemmas,
      ...fit,
    };
  };

  const groupCodes = [...new Set(input.answers.map((a) => a.groupCode))].sort();
  const participantIds = [...new Set(input.answers.map((a) => a.participantId))].sort();
  return {
    method: 'citizens-dialogue',
    aggregation: 'geometric mean of judgements per group, logarithmic least squares',
    groups: groupCodes.map((g) =>
      aggregate(
        g,
        input.answers.filter((a) => a.groupCode === g),
      ),
    ),
    overall: aggregate('all', input.answers),
    participants: participantIds.map((p) => {
      const own = input.answers.filter((a) => a.participantId === p);
      return {
        participantId: p,
        groupCode: own[0]!.groupCode,
        ...fitWeights(
          input.criterionIds,
          own.map((a) => ({ dilemma: dilemmaById.get(a.dilemmaId)!, value: judgement(a) })),
        ),
      };
    }),
  };
}

/**
 * Logarithmic least squares over any set of comparisons: minimise Σ (ln a − (y_A − y_B))²,
 * which leads to the graph Laplacian system L y = b; unique up to a constant when the
 * comparisons connect all criteria.
 */
function fitWeights(
  criterionIds: readonly string[],
  observations: readonly { dilemma: Dilemma; value: number }[],
): DialogueWeights {
  const n = criterionIds.length;
  const index = new Map(criterionIds.map((id, i) => [id, i]));
  const lap = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const b = new Array<number>(n).fill(0);
  const edges = observations.map((o) => ({
    i: index.get(o.dilemma.criterionA)!,
    j: index.get(o.dilemma.criterionB)!,
    log: Math.log(o.value),
  }));
  for (const e of edges) {
    lap[e.i]![e.i]! += 1;
    lap[e.j]![e.j]! += 1;
    lap[e.i]![e.j]! -= 1;
    lap[e.j]![e.i]! -= 1;
    b[e.i]! += e.log;
    b[e.j]! -= e.log;
  }
  const empty: DialogueWeights = {
    criterionIds: [...criterionIds],
    weights: null,
    logResidualRms: null,
    consistencyRatio: null,
  };
  if (!connected(n, edges)) return empty;
  // fix y_0 = 0 and solve the reduced (n−1) system by Gaussian elimination
  const size = n - 1;
  const a = Array.from({ length: size }, (_, r) => [...lap[r + 1]!.slice(1), b[r + 1]!]);
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let r = col + 1; r < size; r++)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < size; r++) {
      if (r === col) continue;
      const f = a[r]![col]! / a[col]![col]!;
      if (f === 0) continue;
      for (let c = col; c <= size; c++) a[r]![c]! -= f * a[col]![c]!;
    }
  }
  const y = [0, ...a.map((r, k) => r[size]! / r[k]!)];
  const exp = y.map(Math.exp);
  const sum = exp.reduce((s, x) => s + x, 0);
  const weights = exp.map((x) => x / sum);
  const rms =
    edges.length > 0
      ? Math.sqrt(edges.reduce((s, e) => s + (e.log - (y[e.i]! - y[e.j]!)) ** 2, 0) / edges.length)
      : 0;
  return {
    criterionIds: [...criterionIds],
    weights,
    logResidualRms: rms,
    consistencyRatio: completeCr(criterionIds, edges),
  };
}

function completeCr(
  ids: readonly string[],
  edges: readonly { i: number; j: number; log: number }[],
): number | null {
  const n = ids.length;
  if (n < 3 || edges.length !== (n * (n - 1)) / 2) return null;
  const matrix = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : NaN)),
  );
  for (const e of edges) {
    if (!Number.isNaN(matrix[e.i]![e.j]!)) return null;
    matrix[e.i]![e.j] = Math.exp(e.log);
    matrix[e.j]![e.i] = Math.exp(-e.log);
  }
  return ahpWeightsFromMatrix(ids, matrix).explanation.consistency.cr;
}

function connected(n: number, edges: readonly { i: number; j: number }[]): boolean {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (const e of edges) parent[find(e.i)] = find(e.j);
  return new Set(parent.map((_, i) => find(i))).size === 1;
}

function validateDialogue(input: DialogueInput): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const ids = new Set(input.criterionIds);
  if (input.criterionIds.length < 2)
    problems.push({ name: 'criterionIds', reason: 'at least two criteria are needed' });
  if (ids.size !== input.criterionIds.length)
    problems.push({ name: 'criterionIds', reason: 'must be unique' });
  const dilemmaIds = new Set<string>();
  input.dilemmas.forEach((d, k) => {
    if (dilemmaIds.has(d.id))
      problems.push({ name: `dilemmas[${k}].id`, reason: 'duplicate dilemma', value: d.id });
    dilemmaIds.add(d.id);
    if (!ids.has(d.criterionA))
      problems.push({
        name: `dilemmas[${k}].criterionA`,
        reason: 'unknown criterion',
        value: d.criterionA,
      });
    if (!ids.has(d.criterionB))
      problems.push({
        name: `dilemmas[${k}].criterionB`,
        reason: 'unknown criterion',
        value: d.criterionB,
      });
    if (d.criterionA === d.criterionB)
      problems.push({ name: `dilemmas[${k}]`, reason: 'must oppose two different criteria' });
    if (!d.questionNl?.trim() || !d.questionEn?.trim())
      problems.push({ name: `dilemmas[${k}]`, reason: 'needs the question in Dutch and English' });
  });
  if (problems.length === 0) {
    const index = new Map(input.criterionIds.map((id, i) => [id, i]));
    const edges = input.dilemmas.map((d) => ({
      i: index.get(d.criterionA)!,
      j: index.get(d.criterionB)!,
    }));
    if (!connected(input.criterionIds.length, edges))
      problems.push({
        name: 'dilemmas',
        reason: 'together the dilemmas must connect every criterion',
      });
  }
  const seen = new Set<string>();
  input.answers.forEach((a, k) => {
    if (!dilemmaIds.has(a.dilemmaId))
      problems.push({
        name: `answers[${k}].dilemmaId`,
        reason: 'unknown dilemma',
        value: a.dilemmaId,
      });
    if (!a.participantId?.trim())
      problems.push({ name: `answers[${k}].participantId`, reason: 'must not be empty' });
    if (!a.groupCode?.trim())
      problems.push({ name: `answers[${k}].groupCode`, reason: 'must not be empty' });
    if (!DILEMMA_CHOICES.includes(a.choice))
      problems.push({
        name: `answers[${k}].choice`,
        reason: 'must be a, b or equal',
        value: a.choice,
      });
    if (a.choice !== 'equal' && (!Number.isFinite(a.strength) || a.strength < 1 || a.strength > 9))
      problems.push({
        name: `answers[${k}].strength`,
        reason: 'must be between 1 and 9',
        value: a.strength,
      });
    const key = `${a.participantId}\u0000${a.dilemmaId}`;
    if (seen.has(key))
      problems.push({
        name: `answers[${k}]`,
        reason: 'a participant answers each dilemma once',
        value: a.dilemmaId,
      });
    seen.add(key);
  });
  const groupOf = new Map<string, string>();
  input.answers.forEach((a, k) => {
    const g = groupOf.get(a.participantId);
    if (g !== undefined && g !== a.groupCode)
      problems.push({
        name: `answers[${k}].groupCode`,
        reason: 'a participant belongs to one group',
        value: a.groupCode,
      });
    groupOf.set(a.participantId, a.groupCode);
  });
  if (input.answers.length === 0) problems.push({ name: 'answers', reason: 'no answers yet' });
  return problems;
}
