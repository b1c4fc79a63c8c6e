import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { parseIsoDate } from '../observations/period.ts';
import { regionLevelOfCode } from '../regions/region.ts';

/**
 * The register of potentially available enforcement and supervision capacity per region
 * (seed 002): who could help keep order when a measure must be enforced, how much, under
 * which agreement, and when that was last checked. "Potentially available": an entry is an
 * agreement to ask, not a reservation; the review date says how fresh the agreement is.
 */
export const ENFORCEMENT_KINDS = [
  'volunteer-police',
  'boa',
  'inspectorate',
  'event-security',
  'museum-security',
] as const;
export type EnforcementKind = (typeof ENFORCEMENT_KINDS)[number];

/** Only the regions that hold such agreements: the safety region and the municipality. */
export const ENFORCEMENT_REGION_LEVELS = ['veiligheidsregio', 'gemeente'] as const;
export type EnforcementRegionLevel = (typeof ENFORCEMENT_REGION_LEVELS)[number];

export interface EnforcementCapacityInput {
  regionCode: string;
  kind: EnforcementKind;
  /** the organisation that supplies the capacity */
  organisation: string;
  /** full-time equivalents; null when only persons are known */
  fte: number | null;
  /** number of persons; null when only FTE are known */
  persons: number | null;
  /** what was agreed on deployability: for what, at what notice, under whose command */
  agreement: string;
  contactOrganisation: string;
  /** the date by which the agreement must be checked again, YYYY-MM-DD */
  reviewDate: string;
  demo: boolean;
}

export interface EnforcementCapacity extends EnforcementCapacityInput {
  id: string;
  regionLevel: EnforcementRegionLevel;
  /** from the region registry; null while it has not loaded */
  regionName: string | null;
  /** the veiligheidsregio itself, or the one the gemeente lies in (null if unknown) */
  veiligheidsregioCode: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An agreement past its review date cannot be relied on without checking it first. */
export function isReviewStale(reviewDate: string, today: string): boolean {
  return reviewDate < today;
}

export function enforcementRegionLevel(code: string): EnforcementRegionLevel | null {
  const level = regionLevelOfCode(code);
  return level === 'veiligheidsregio' || level === 'gemeente' ? level : null;
}

const MAX_TEXT = 4000;

/** Checks an entry field by field; throws invalid-input naming every bad field. */
export function validateEnforcementCapacity(input: EnforcementCapacityInput): void {
  const problems: InvalidParam[] = [];
  if (enforcementRegionLevel(input.regionCode) === null) {
    problems.push({
      name: 'regionCode',
      reason: 'a veiligheidsregio (VRnn) or gemeente (GMnnnn) code',
      value: input.regionCode,
    });
  }
  if (!ENFORCEMENT_KINDS.includes(input.kind)) {
    problems.push({
      name: 'kind',
      reason: `one of ${ENFORCEMENT_KINDS.join(', ')}`,
      value: input.kind,
    });
  }
  if (input.fte === null && input.persons === null) {
    problems.push({ name: 'fte', reason: 'give FTE, persons or both' });
  }
  if (input.fte !== null && !(Number.isFinite(input.fte) && input.fte >= 0)) {
    problems.push({ name: 'fte', reason: 'a number ≥ 0', value: input.fte });
  }
  if (input.persons !== null && !(Number.isInteger(input.persons) && input.persons >= 0)) {
    problems.push({ name: 'persons', reason: 'a whole number ≥ 0', value: input.persons });
  }
  for (const field of ['organisation', 'contactOrganisation'] as const) {
    if (input[field].trim() === '' || input[field].length > 200) {
      problems.push({ name: field, reason: '1 to 200 characters', value: input[field] });
    }
  }
  if (input.agreement.length > MAX_TEXT) {
    problems.push({ name: 'agreement', reason: `at most ${MAX_TEXT} characters` });
  }
  if (parseIsoDate(input.reviewDate) === null) {
    problems.push({ name: 'reviewDate', reason: 'a date YYYY-MM-DD', value: input.reviewDate });
  }
  if (problems.length > 0)
    throw invalidInput('The enforcement capacity entry is invalid.', problems);
}

/** One gemeente per veiligheidsregio (CBS 2023 division) for the demo register. */
export const DEMO_ENFORCEMENT_GEMEENTEN: readonly DemoGemeente[] = [
  ['GM0014', 'Groningen', 'VR01'],
  ['GM0080', 'Leeuwarden', 'VR02'],
  ['GM0106', 'Assen', 'VR03'],
  ['GM0193', 'Zwolle', 'VR04'],
  ['GM0153', 'Enschede', 'VR05'],
  ['GM0200', 'Apeldoorn', 'VR06'],
  ['GM0202', 'Arnhem', 'VR07'],
  ['GM0268', 'Nijmegen', 'VR08'],
  ['GM0344', 'Utrecht', 'VR09'],
  ['GM0361', 'Alkmaar', 'VR10'],
  ['GM0479', 'Zaanstad', 'VR11'],
  ['GM0392', 'Haarlem', 'VR12'],
  ['GM0363', 'Amsterdam', 'VR13'],
  ['GM0402', 'Hilversum', 'VR14'],
  ['GM0518', 'Den Haag', 'VR15'],
  ['GM0546', 'Leiden', 'VR16'],
  ['GM0599', 'Rotterdam', 'VR17'],
  ['GM0505', 'Dordrecht', 'VR18'],
  ['GM0687', 'Middelburg', 'VR19'],
  ['GM0855', 'Tilburg', 'VR20'],
  ['GM0796', "'s-Hertogenbosch", 'VR21'],
  ['GM0772', 'Eindhoven', 'VR22'],
  ['GM0983', 'Venlo', 'VR23'],
  ['GM0935', 'Maastricht', 'VR24'],
  ['GM0034', 'Almere', 'VR25'],
].map(([code, name, veiligheidsregio]) => ({
  code: code!,
  name: name!,
  veiligheidsregio: veiligheidsregio!,
}));

interface DemoGemeente {
  code: string;
  name: string;
  veiligheidsregio: string;
}

/**
 * Demo entries (labelled demo) for the given gemeenten and their veiligheidsregio's: a
 * spread of kinds with agreements and review dates, some of them past, so that the register
 * shows what a stale entry looks like. Deterministic: the same day gives the same entries.
 */
export function demoEnforcementCapacities(
  today: string,
  gemeenten: readonly DemoGemeente[] = DEMO_ENFORCEMENT_GEMEENTEN,
): EnforcementCapacityInput[] {
  const day = parseIsoDate(today);
  if (day === null) throw new RangeError(`'${today}' is not a date`);
  const shifted = (days: number) => new Date(day + days * 86_400_000).toISOString().slice(0, 10);
  const entries: EnforcementCapacityInput[] = [];
  const regions = [...new Set(gemeenten.map((g) => g.veiligheidsregio))].sort();
  regions.forEach((vr, i) => {
    entries.push({
      regionCode: vr,
      kind: 'volunteer-police',
      organisation: `Politie-eenheid (vrijwilligers) ${vr}`,
      fte: 12 + (i % 5) * 3,
      persons: 40 + (i % 7) * 6,
      agreement:
        'Inzetbaar na verzoek van de burgemeester via de driehoek; oproeptermijn 48 uur; onder bevel van de politie.',
      contactOrganisation: `Veiligheidsregio ${vr}, afdeling crisisbeheersing`,
      // every fourth region has let its review lapse
      reviewDate: shifted(i % 4 === 0 ? -45 - i : 120 + i * 7),
      demo: true,
    });
    entries.push({
      regionCode: vr,
      kind: 'inspectorate',
      organisation: 'Nederlandse Voedsel- en Warenautoriteit (regionaal team)',
      fte: 4 + (i % 3),
      persons: null,
      agreement: 'Toezicht op horeca en evenementen op verzoek; afstemming via het ROT.',
      contactOrganisation: 'NVWA, regionaal coördinatiepunt',
      reviewDate: shifted(200 - i * 11),
      demo: true,
    });
  });
  gemeenten
    .slice()
    .sort((a, b) => a.code.localeCompare(b.code))
    .forEach((g, i) => {
      entries.push({
        regionCode: g.code,
        kind: 'boa',
        organisation: `Gemeente ${g.name}, team handhaving`,
        fte: 6 + (i % 9),
        persons: 8 + (i % 9) + (i % 4),
        agreement:
          'Boa’s domein I inzetbaar voor handhaving van noodverordeningen; maximaal 50% van de bezetting.',
        contactOrganisation: `Gemeente ${g.name}, openbare orde en veiligheid`,
        reviewDate: shifted(i % 5 === 0 ? -10 - i : 60 + i * 5),
        demo: true,
      });
      if (i % 3 === 0) {
        entries.push({
          regionCode: g.code,
          kind: i % 2 === 0 ? 'event-security' : 'museum-security',
          organisation:
            i % 2 === 0
              ? 'Regionaal evenementenbeveiligingsbedrijf'
              : 'Beveiliging musea en monumenten',
          fte: null,
          persons: 15 + i,
          agreement:
            'Ondersteuning bij toegangscontrole; alleen bij evenementen en publieke gebouwen.',
          contactOrganisation: 'Branchevereniging beveiliging, regiocontact',
          reviewDate: shifted(90 + i),
          demo: true,
        });
      }
    });
  return entries;
}
