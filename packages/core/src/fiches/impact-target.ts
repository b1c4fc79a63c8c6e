/**
 * What a fiche judges impacts on: life domains, groups (with the vulnerable groups of the
 * MIT's practice circles in view) and economic/social sectors. The lists follow the MIT's
 * work programme (seed 004) and are closed so that ladders and profiles compare like with like.
 */
export const IMPACT_DOMAINS = [
  'education',
  'work-income',
  'mental-health',
  'physical-health',
  'social-cohesion-trust',
  'economy',
  'safety-public-order',
  'rights-freedoms',
] as const;
export type ImpactDomain = (typeof IMPACT_DOMAINS)[number];

export const IMPACT_GROUPS = [
  'young-people',
  'elderly',
  'disability-chronic-illness',
  'mental-health-problems',
  'low-income',
  'entrepreneurs-self-employed',
  'care-workers',
  'informal-carers',
  'people-in-institutions',
  'deprived-neighbourhoods',
] as const;
export type ImpactGroup = (typeof IMPACT_GROUPS)[number];

export const SECTORS = [
  'horeca',
  'culture',
  'events',
  'retail',
  'education',
  'sport',
  'care',
  'public-transport',
  'contact-professions',
  'tourism',
] as const;
export type Sector = (typeof SECTORS)[number];

export const IMPACT_TARGET_KINDS = ['domain', 'group', 'sector'] as const;
export type ImpactTargetKind = (typeof IMPACT_TARGET_KINDS)[number];

export type ImpactTarget =
  | { kind: 'domain'; code: ImpactDomain }
  | { kind: 'group'; code: ImpactGroup }
  | { kind: 'sector'; code: Sector };

export function targetCodes(kind: ImpactTargetKind): readonly string[] {
  switch (kind) {
    case 'domain':
      return IMPACT_DOMAINS;
    case 'group':
      return IMPACT_GROUPS;
    case 'sector':
      return SECTORS;
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown impact target kind ${String(unreachable)}`);
    }
  }
}

/** A stable key such as 'group:elderly', used in diffs, profiles and message keys. */
export function targetKey(target: ImpactTarget): string {
  return `${target.kind}:${target.code}`;
}

export function parseTarget(kind: string, code: string): ImpactTarget | null {
  switch (kind) {
    case 'domain': {
      const c = IMPACT_DOMAINS.find((d) => d === code);
      return c ? { kind, code: c } : null;
    }
    case 'group': {
      const c = IMPACT_GROUPS.find((d) => d === code);
      return c ? { kind, code: c } : null;
    }
    case 'sector': {
      const c = SECTORS.find((d) => d === code);
      return c ? { kind, code: c } : null;
    }
    default:
      return null;
  }
}
