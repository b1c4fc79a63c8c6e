import type { DialogueDefinition, DialogueResponse } from '../weighing/dialogue.ts';
import { seededRandom } from './seeded-random.ts';

export interface DemoDialogue extends DialogueDefinition {
  responses: DialogueResponse[];
}

/**
 * A demo citizens' dialogue on the demo framework's values, with generated answers: each
 * group leans towards one value (young people: future generations; elderly: solidarity;
 * entrepreneurs: legal certainty) with noise, so the group weights differ visibly and the
 * disagreement measure has something to show. Generated, labelled demo, never real people.
 */
export function demoDialogue(): DemoDialogue {
  const criteria = [
    {
      id: 'value-solidarity',
      nl: 'solidariteit met kwetsbaren',
      en: 'solidarity with the vulnerable',
    },
    {
      id: 'value-future-generations',
      nl: 'de kansen van jongeren en toekomstige generaties',
      en: 'the chances of young people and future generations',
    },
    {
      id: 'value-legal-certainty',
      nl: 'rechtszekerheid: regels die voorspelbaar zijn',
      en: 'legal certainty: predictable rules',
    },
    { id: 'value-equal-opportunities', nl: 'gelijke kansen', en: 'equal opportunities' },
  ] as const;
  const dilemmas = criteria.flatMap((a, i) =>
    criteria.slice(i + 1).map((b) => ({
      id: `${a.id}--${b.id}`,
      criterionA: a.id,
      criterionB: b.id,
      questionNl: `Stel dat een maatregel niet beide kan dienen. Wat gaat voor: ${a.nl}, of ${b.nl}?`,
      questionEn: `Suppose a measure cannot serve both. What comes first: ${a.en}, or ${b.en}?`,
    })),
  );
  const groups = [
    {
      code: 'young-people',
      nameNl: 'Jongeren',
      nameEn: 'Young people',
      leans: 'value-future-generations',
    },
    { code: 'elderly', nameNl: 'Ouderen', nameEn: 'Elderly', leans: 'value-solidarity' },
    {
      code: 'entrepreneurs',
      nameNl: 'Ondernemers',
      nameEn: 'Entrepreneurs',
      leans: 'value-legal-certainty',
    },
  ] as const;
  const random = seededRandom(20_261_124);
  const responses: DialogueResponse[] = [];
  for (const group of groups)
    for (let p = 0; p < 12; p++)
      responses.push({
        groupCode: group.code,
        answers: dilemmas.map((d) => {
          const lean = d.criterionA === group.leans ? 1 : d.criterionB === group.leans ? -1 : 0;
          // a lean of 2–4 points on Saaty's scale, blurred by personal noise of ±2
          const score = lean * random.int(2, 4) + random.int(-2, 2);
          if (score === 0) return { dilemmaId: d.id, choice: 'equal' as const, strength: 1 };
          return {
            dilemmaId: d.id,
            choice: score > 0 ? ('a' as const) : ('b' as const),
            strength: Math.min(9, Math.abs(score) + 1),
          };
        }),
      });
  return {
    titleNl: 'Burgerdialoog over waarden (demo)',
    titleEn: "Citizens' dialogue on values (demo)",
    criterionIds: criteria.map((c) => c.id),
    dilemmas,
    groups: groups.map(({ code, nameNl, nameEn }) => ({ code, nameNl, nameEn })),
    responses,
  };
}
