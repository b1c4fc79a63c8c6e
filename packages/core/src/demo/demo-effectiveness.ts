import type {
  EffectivenessEstimate,
  OmtScenario,
  SectorRisk,
} from '../effectiveness/effectiveness.ts';
import { demoMeasures } from './demo-measures.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * Demo OMT input: three context scenarios, an ordinal effectiveness estimate for every
 * measure-level in each, and the sector risk ladder. Generated with a fixed seed; the
 * per-measure strengths are the project's illustration, not OMT advice.
 */
export const DEMO_EFFECTIVENESS_SEED = 20222;

export function demoScenarios(): OmtScenario[] {
  return [
    {
      code: 'winter-delta',
      nameNl: 'Winter, deltavariant, gemiddelde naleving',
      nameEn: 'Winter, delta variant, medium compliance',
      variant: 'delta',
      season: 'winter',
      compliance: 'medium',
      vaccinationCoverage: 'medium',
      demo: true,
    },
    {
      code: 'zomer-omikron',
      nameNl: 'Zomer, omikron, hoge vaccinatiegraad, lage naleving',
      nameEn: 'Summer, omicron, high vaccination, low compliance',
      variant: 'omicron',
      season: 'summer',
      compliance: 'low',
      vaccinationCoverage: 'high',
      demo: true,
    },
    {
      code: 'winter-nieuwe-variant',
      nameNl: 'Winter, nieuwe variant, hoge naleving, lage bescherming',
      nameEn: 'Winter, new variant, high compliance, low immunity',
      variant: 'new-variant',
      season: 'winter',
      compliance: 'high',
      vaccinationCoverage: 'low',
      demo: true,
    },
  ];
}

/** Effect on transmission at the strictest level, 0..4, before the scenario adjusts it. */
const STRENGTH: Record<string, number> = {
  scholen: 2,
  werkplekken: 3,
  evenementen: 3,
  groepsgrootte: 3,
  'openbaar-vervoer': 1,
  thuisblijven: 4,
  'binnenlands-reizen': 1,
  'internationaal-reizen': 1,
  voorlichting: 1,
  testbeleid: 2,
  contactonderzoek: 2,
  mondkapjes: 1,
  vaccinatie: 4,
  'bescherming-ouderen': 2,
  inkomenssteun: 1,
  schuldverlichting: 0,
  avondklok: 2,
  horeca: 3,
  winkels: 2,
  sport: 1,
  cultuur: 2,
  toegangsbewijs: 2,
};

function scenarioShift(s: OmtScenario): number {
  let shift = 0;
  if (s.season === 'winter') shift += 0.5;
  if (s.season === 'summer') shift -= 0.5;
  if (s.compliance === 'low') shift -= 0.75;
  if (s.compliance === 'high') shift += 0.5;
  return shift;
}

const clamp04 = (n: number): number => Math.max(0, Math.min(4, Math.round(n)));

export function demoEffectivenessEstimates(): EffectivenessEstimate[] {
  const random = seededRandom(DEMO_EFFECTIVENESS_SEED);
  const out: EffectivenessEstimate[] = [];
  for (const scenario of demoScenarios()) {
    for (const measure of demoMeasures()) {
      const max = Math.max(...measure.levels.map((l) => l.level));
      const strength = STRENGTH[measure.code] ?? 1;
      for (const level of measure.levels.filter((l) => l.level > 0)) {
        // vaccination itself works better where coverage is still low, other measures less when immunity is high
        const immunity =
          measure.code === 'vaccinatie' ? 0 : scenario.vaccinationCoverage === 'high' ? -0.5 : 0;
        const raw =
          strength * (level.level / max) + (strength > 0 ? scenarioShift(scenario) + immunity : 0);
        const estimate = clamp04(raw + (random.next() - 0.5) * 0.6);
        const spread = scenario.variant === 'new-variant' ? 2 : random.int(0, 1);
        out.push({
          measureCode: measure.code,
          level: level.level,
          scenarioCode: scenario.code,
          estimate,
          low: Math.max(0, estimate - spread),
          high: Math.min(4, estimate + (spread === 0 ? 0 : random.int(1, spread))),
          rationale: `Demo-inschatting voor scenario ${scenario.nameNl.toLowerCase()}.`,
          author: 'Demo: OMT',
          updatedAt: '2022-10-15T12:00:00.000Z',
          demo: true,
        });
      }
    }
  }
  return out;
}

export function demoSectorRisks(): SectorRisk[] {
  const rows: [SectorRisk['sector'], number, string][] = [
    ['events', 5, 'Grote groepen, lange duur, vaak binnen en met zingen of schreeuwen.'],
    ['horeca', 5, 'Lang verblijf dicht bij elkaar, binnen, met alcohol die afstand doet vergeten.'],
    ['culture', 4, 'Binnen en lang, maar zittend en vaak met placering.'],
    ['sport', 3, 'Contactsport en kleedkamers binnen; buitensport veel minder.'],
    ['contact-professions', 3, 'Langdurig nabij contact, wel één-op-één.'],
    ['education', 3, 'Veel contacten per dag, vooral in het voortgezet onderwijs.'],
    ['public-transport', 3, 'Drukte in de spits; korte contacten.'],
    ['retail', 2, 'Kort verblijf, afstand houden goed mogelijk.'],
    ['tourism', 2, 'Verplaatsingen verspreiden het virus tussen regio’s.'],
    ['care', 2, 'Hoog risico voor kwetsbaren, maar met beschermingsmiddelen.'],
  ];
  return rows.map(([sector, risk, rationale]) => ({
    sector,
    risk,
    rationale: `${rationale} (demo)`,
    demo: true,
  }));
}
