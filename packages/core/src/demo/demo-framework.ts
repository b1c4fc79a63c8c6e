import { analyseBundle } from '../bundles/bundle-analysis.ts';
import { ficheId } from '../fiches/fiche.ts';
import type { FicheVersion } from '../fiches/fiche.ts';
import { DEFAULT_LADDER_RULE } from '../ladder/impact-ladder.ts';
import type { LadderFiche } from '../ladder/impact-ladder.ts';
import { criterionLeaves, defaultCriteriaTree } from '../weighing/criteria-tree.ts';
import type { CriteriaGroup, FrameworkValue } from '../weighing/criteria-tree.ts';
import type { FrameworkScore, WeightSetInput } from '../weighing/framework-evaluation.ts';
import { scoresFromMeasures } from '../weighing/measure-scores.ts';
import type { PackageMeasureData } from '../weighing/measure-scores.ts';
import { demoBundleEstimates, demoBundles } from './demo-bundles.ts';
import { demoEffectivenessEstimates, demoScenarios } from './demo-effectiveness.ts';
import { demoFicheHistory } from './demo-fiches.ts';

export const DEMO_FRAMEWORK_CODE = 'demo-mit-kader';
/** The OMT scenario the demo framework's effectiveness column is taken from. */
export const DEMO_FRAMEWORK_SCENARIO = 'winter-delta';
const JUDGE = 'Demo: werkgroep waarden MIT';
const OMT = 'Demo: OMT';
const FICHES = 'Demo: secretariaat MIT';

export interface DemoFramework {
  code: string;
  nameNl: string;
  nameEn: string;
  description: string;
  tree: CriteriaGroup;
  packageCodes: string[];
  author: string;
  changeNote: string;
  scores: Omit<FrameworkScore, 'updatedAt'>[];
  weightSets: { label: string; rationale: string; author: string; input: WeightSetInput }[];
  /** fixed so that loading twice gives the same content */
  updatedAt: string;
  publishedAt: string;
}

/**
 * The value judgements of the demo working group: −2 (seriously harms the value) … +2
 * (serves it well), each with its reasons, as a real group would write them down.
 */
const JUDGEMENTS: Record<string, Record<FrameworkValue, [number, string]>> = {
  avondlockdown: {
    justice: [-1, 'Demo: de last valt vooral op horeca- en evenementenpersoneel met lage lonen.'],
    solidarity: [1, 'Demo: een beperkte inspanning van velen beschermt de zorg in de winter.'],
    'equal-opportunities': [0, 'Demo: onderwijs en werk blijven open; kansen blijven gelijk.'],
    'future-generations': [0, 'Demo: geen blijvende schade voor jongeren verwacht.'],
    'proportionality-subsidiarity': [
      1,
      'Demo: gericht op de avond, waar de meeste risicovolle contacten zijn.',
    ],
    'legal-certainty': [0, 'Demo: de regels zijn helder, maar de sluitingstijd wisselt vaak.'],
  },
  'harde-lockdown': {
    justice: [-2, 'Demo: kwetsbare groepen en kleine ondernemers dragen onevenredig veel.'],
    solidarity: [1, 'Demo: iedereen levert in om de zorg te ontlasten.'],
    'equal-opportunities': [-2, 'Demo: schoolsluiting vergroot leerachterstanden ongelijk.'],
    'future-generations': [-2, 'Demo: jongeren verliezen onderwijs en ontwikkeling.'],
    'proportionality-subsidiarity': [
      -1,
      'Demo: alleen te rechtvaardigen als lichtere pakketten niet genoeg doen.',
    ],
    'legal-certainty': [-1, 'Demo: de avondklok rust op een noodbevoegdheid die omstreden was.'],
  },
  basismaatregelen: {
    justice: [1, 'Demo: lasten zijn klein en gelijk verdeeld.'],
    solidarity: [1, 'Demo: iedereen draagt een klein deel bij.'],
    'equal-opportunities': [1, 'Demo: onderwijs en werk blijven volledig toegankelijk.'],
    'future-generations': [1, 'Demo: geen beperking van onderwijs of ontwikkeling.'],
    'proportionality-subsidiarity': [2, 'Demo: de lichtste middelen eerst.'],
    'legal-certainty': [1, 'Demo: bekende, stabiele regels.'],
  },
  'bescherming-kwetsbaren': {
    justice: [1, 'Demo: inkomenssteun compenseert wie het hardst wordt geraakt.'],
    solidarity: [2, 'Demo: de sterkste schouders beschermen de kwetsbaarsten.'],
    'equal-opportunities': [0, 'Demo: neutraal voor onderwijs; bezoekbeperking treft bewoners.'],
    'future-generations': [1, 'Demo: vaccinatie verkort de crisis voor iedereen.'],
    'proportionality-subsidiarity': [
      1,
      'Demo: gericht op wie het grootste risico loopt, maar bezoekbeperking is zwaar.',
    ],
    'legal-certainty': [0, 'Demo: bezoekregels verschillen per instelling.'],
  },
  'gerichte-sluiting': {
    justice: [-1, 'Demo: horeca en cultuur dragen de last, zonder volledige compensatie.'],
    solidarity: [0, 'Demo: een beperkte groep levert in voor velen.'],
    'equal-opportunities': [0, 'Demo: scholen open; toegangsbewijs kan drempels opwerpen.'],
    'future-generations': [0, 'Demo: geen blijvende schade verwacht.'],
    'proportionality-subsidiarity': [1, 'Demo: gericht op sectoren met het hoogste risico.'],
    'legal-certainty': [0, 'Demo: het toegangsbewijs is juridisch verankerd, maar omstreden.'],
  },
};

/** The latest adopted version of every demo fiche: what the ladder and bundles use. */
function adoptedFiches(versions: readonly FicheVersion[]): LadderFiche[] {
  const latest = new Map<string, FicheVersion>();
  for (const v of versions) {
    if (v.status !== 'adopted') continue;
    const id = ficheId(v);
    const seen = latest.get(id);
    if (!seen || seen.version < v.version) latest.set(id, v);
  }
  return [...latest.values()].map((v) => ({
    measureCode: v.measureCode,
    level: v.level,
    version: v.version,
    content: v.content,
  }));
}

/**
 * A published demo framework over the demo bundles: effectiveness from the OMT's estimates
 * (the bundle's own, else derived with its caveat), impacts as the members' cumulative harm
 * from their adopted fiches, value judgements with reasons, and a swing and an AHP weight set.
 */
export function demoFramework(): DemoFramework {
  const tree = defaultCriteriaTree();
  const leaves = criterionLeaves(tree);
  const bundles = demoBundles();
  const fiches = adoptedFiches(demoFicheHistory().versions);
  const memberEstimates = demoEffectivenessEstimates();
  const bundleEstimates = demoBundleEstimates();
  const scenarios = demoScenarios().filter((s) => s.code === DEMO_FRAMEWORK_SCENARIO);
  const measureData: PackageMeasureData[] = bundles.map((bundle) => ({
    packageCode: bundle.code,
    analysis: analyseBundle(bundle, {
      fiches,
      memberEstimates,
      bundleEstimates,
      scenarios,
      rule: DEFAULT_LADDER_RULE,
    }),
    memberFiches: bundle.members.flatMap((m) => {
      const f = fiches.find((x) => ficheId(x) === ficheId(m));
      return f ? [{ id: ficheId(f), version: f.version }] : [];
    }),
  }));
  const fromMeasures = scoresFromMeasures(tree, measureData, DEMO_FRAMEWORK_SCENARIO).map((s) => ({
    ...s,
    author: s.source.startsWith('omt:') ? OMT : FICHES,
  }));
  const judgements = bundles.flatMap((bundle) =>
    leaves.flatMap((leaf) => {
      if (leaf.source.kind !== 'value') return [];
      const judgement = JUDGEMENTS[bundle.code]?.[leaf.source.value];
      if (!judgement) return [];
      return [
        {
          packageCode: bundle.code,
          criterionId: leaf.id,
          value: judgement[0],
          low: null,
          high: null,
          rationale: judgement[1],
          author: JUDGE,
          source: 'judgement',
        },
      ];
    }),
  );
  const scores: Omit<FrameworkScore, 'updatedAt'>[] = [...fromMeasures, ...judgements];
  const swingCriteria: [string, string, number][] = [
    ['impact-domain-education', 'onderwijs', 100],
    ['impact-domain-mental-health', 'mentale gezondheid', 80],
    ['impact-domain-work-income', 'werk en inkomen', 60],
    ['value-justice', 'rechtvaardigheid', 70],
    ['value-future-generations', 'toekomstige generaties', 50],
    ['value-proportionality-subsidiarity', 'proportionaliteit', 40],
  ];
  const ahpIds = [
    'impact-domain-education',
    'impact-domain-mental-health',
    'value-justice',
    'value-solidarity',
  ];
  return {
    code: DEMO_FRAMEWORK_CODE,
    nameNl: 'Demo-afwegingskader MIT',
    nameEn: 'Demo MIT weighing framework',
    description:
      '[Demo] Gegenereerd voorbeeld: vijf pakketten gescoord op OMT-effectiviteit, impact uit de fiches en expliciete waarden.',
    tree,
    packageCodes: bundles.map((b) => b.code),
    author: JUDGE,
    changeNote: 'Eerste versie (demo).',
    scores,
    weightSets: [
      {
        label: 'Swing (demo)',
        rationale:
          'Demo: de werkgroep vond de sprong van veel naar geen onderwijsschade het belangrijkst.',
        author: JUDGE,
        input: {
          method: 'swing',
          swings: swingCriteria.map(([criterionId, name, points]) => ({
            criterionId,
            worstLabel: `grootste schade op ${name}`,
            bestLabel: `geen schade op ${name}`,
            points,
          })),
        },
      },
      {
        label: 'AHP (demo)',
        rationale: 'Demo: paarsgewijze vergelijking door de werkgroep, consistent (CR < 0,1).',
        author: JUDGE,
        input: {
          method: 'ahp',
          criterionIds: ahpIds,
          judgements: [
            { a: 'impact-domain-education', b: 'impact-domain-mental-health', value: 2 },
            { a: 'impact-domain-education', b: 'value-justice', value: 3 },
            { a: 'impact-domain-education', b: 'value-solidarity', value: 4 },
            { a: 'impact-domain-mental-health', b: 'value-justice', value: 2 },
            { a: 'impact-domain-mental-health', b: 'value-solidarity', value: 2 },
            { a: 'value-justice', b: 'value-solidarity', value: 1 },
          ],
        },
      },
    ],
    updatedAt: '2022-11-01T12:00:00.000Z',
    publishedAt: '2022-11-01T12:00:00.000Z',
  };
}
