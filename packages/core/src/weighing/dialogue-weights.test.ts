import { describe, expect, it } from 'vitest';
import { dialogueWeights } from './dialogue-weights.ts';
import type { Dilemma, DilemmaAnswer } from './dialogue-weights.ts';

const criterionIds = ['education', 'care', 'economy'];
const q = { questionNl: 'Liever … of liever …?', questionEn: 'Rather … or rather …?' };
const dilemmas: Dilemma[] = [
  { id: 'd1', criterionA: 'education', criterionB: 'care', ...q },
  { id: 'd2', criterionA: 'education', criterionB: 'economy', ...q },
  { id: 'd3', criterionA: 'care', criterionB: 'economy', ...q },
];
const answer = (
  participantId: string,
  groupCode: string,
  dilemmaId: string,
  choice: DilemmaAnswer['choice'],
  strength: number,
): DilemmaAnswer => ({
  participantId,
  groupCode,
  dilemmaId,
  choice,
  strength,
});

describe("citizens' dialogue weights", () => {
  it('a consistent participant gets the weights their answers imply', () => {
    // education 2× care, care 2× economy, education 4× economy → 4/7, 2/7, 1/7
    const r = dialogueWeights({
      criterionIds,
      dilemmas,
      answers: [
        answer('p1', 'young-people', 'd1', 'a', 2),
        answer('p1', 'young-people', 'd2', 'a', 4),
        answer('p1', 'young-people', 'd3', 'a', 2),
      ],
    });
    [4 / 7, 2 / 7, 1 / 7].forEach((w, i) =>
      expect(r.participants[0]!.weights![i]).toBeCloseTo(w, 12),
    );
    expect(r.participants[0]!.logResidualRms).toBeCloseTo(0, 12);
    expect(r.participants[0]!.consistencyRatio).toBeCloseTo(0, 12);
  });

  it('aggregates per group by geometric mean of the judgements and shows disagreement', () => {
    const answers = [
      answer('y1', 'young-people', 'd1', 'a', 4),
      answer('y2', 'young-people', 'd1', 'b', 4),
      answer('y1', 'young-people', 'd2', 'a', 3),
      answer('y2', 'young-people', 'd3', 'equal', 1),
      answer('o1', 'elderly', 'd1', 'b', 5),
      answer('o1', 'elderly', 'd3', 'a', 5),
    ];
    const r = dialogueWeights({ criterionIds, dilemmas, answers });
    expect(r.groups.map((g) => g.groupCode)).toEqual(['elderly', 'young-people']);
    const young = r.groups[1]!;
    expect(young.participants).toBe(2);
    const d1 = young.dilemmas.find((d) => d.dilemmaId === 'd1')!;
    // 4 and 1/4: the geometric mean is 1 (a draw), with strong disagreement
    expect(d1.aggregateJudgement).toBeCloseTo(1, 12);
    expect(d1.disagreement).toBeCloseTo(4, 12);
    expect(d1.shareA).toBe(0.5);
    expect(young.weights!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // the elderly group values care most; its answers do not connect education and economy directly, which is fine
    const elderly = r.groups[0]!;
    expect(elderly.weights!.indexOf(Math.max(...elderly.weights!))).toBe(1);
    expect(r.overall.participants).toBe(3);
    // y2 answered d1 and d3 only: connected; o1 too
    expect(r.participants.every((p) => p.weights !== null)).toBe(true);
  });

  it('a participant whose answers do not connect all criteria gets no weights, rather than invented ones', () => {
    const r = dialogueWeights({
      criterionIds,
      dilemmas,
      answers: [answer('p', 'g', 'd1', 'a', 3)],
    });
    expect(r.participants[0]!.weights).toBeNull();
  });

  it('rejects dilemmas that cannot connect the criteria and malformed answers', () => {
    expect(() =>
      dialogueWeights({
        criterionIds,
        dilemmas: dilemmas.slice(0, 1),
        answers: [answer('p', 'g', 'd1', 'a', 3)],
      }),
    ).toThrow(/connect every criterion/);
    expect(() =>
      dialogueWeights({ criterionIds, dilemmas, answers: [answer('p', 'g', 'd1', 'a', 12)] }),
    ).toThrow(/answers\[0\]\.strength/);
    expect(() =>
      dialogueWeights({
        criterionIds,
        dilemmas,
        answers: [answer('p', 'g', 'd1', 'a', 2), answer('p', 'h', 'd2', 'a', 2)],
      }),
    ).toThrow(/one group/);
  });
});
