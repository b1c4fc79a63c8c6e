import type { InvalidParam } from '../errors/domain-error.ts';
import { isFundamentalRightId } from '../rights/fundamental-rights.ts';
import { parseTarget, targetKey } from '../fiches/impact-target.ts';
import type { ImpactTarget } from '../fiches/impact-target.ts';
import { CRITERION_DIRECTIONS } from './decision-matrix.ts';
import type { CriterionDirection, MatrixCriterion } from './decision-matrix.ts';
import { validateValueFunction } from './value-function.ts';
import type { ValueFunction } from './value-function.ts';

/**
 * The weighing framework's criteria tree (seed 004): epidemiological effectiveness (the
 * OMT's input), societal impacts per domain, group and sector (from the fiches), and
 * explicit values, each grounded in the fundamental rights it rests on. Effectiveness is
 * the OMT's side, impacts and values the MIT's; rankings keep the two apart.
 */
export const FRAMEWORK_VALUES = [
  'justice',
  'solidarity',
  'equal-opportunities',
  'future-generations',
  'proportionality-subsidiarity',
  'legal-certainty',
] as const;
export type FrameworkValue = (typeof FRAMEWORK_VALUES)[number];

export interface FrameworkValueInfo {
  value: FrameworkValue;
  nameNl: string;
  nameEn: string;
  /** ids from the shared fundamental-rights reference list the value is grounded in */
  defaultRightIds: readonly string[];
}

/**
 * Default grounding of each value; a framework may change the list per value, but never
 * leave a value without a right, so that no value judgement floats free of the treaties.
 */
export const FRAMEWORK_VALUE_INFO: readonly FrameworkValueInfo[] = [
  {
    value: 'justice',
    nameNl: 'Rechtvaardigheid',
    nameEn: 'Justice',
    defaultRightIds: ['gw-1', 'echr-14', 'icescr-11'],
  },
  {
    value: 'solidarity',
    nameNl: 'Solidariteit',
    nameEn: 'Solidarity',
    defaultRightIds: ['gw-20', 'icescr-9', 'icescr-12', 'crpd-11'],
  },
  {
    value: 'equal-opportunities',
    nameNl: 'Gelijke kansen',
    nameEn: 'Equal opportunities',
    defaultRightIds: ['gw-23', 'icescr-13', 'crc-28', 'crpd-5', 'crpd-24'],
  },
  {
    value: 'future-generations',
    nameNl: 'Toekomstige generaties',
    nameEn: 'Future generations',
    defaultRightIds: ['crc-3', 'crc-6', 'icescr-13'],
  },
  {
    value: 'proportionality-subsidiarity',
    nameNl: 'Proportionaliteit en subsidiariteit',
    nameEn: 'Proportionality and subsidiarity',
    defaultRightIds: ['echr-8', 'echr-11', 'echr-p4-2', 'gw-10'],
  },
  {
    value: 'legal-certainty',
    nameNl: 'Rechtszekerheid',
    nameEn: 'Legal certainty',
    defaultRightIds: ['echr-5', 'echr-p1-1', 'gw-15'],
  },
];

export const CRITERION_SOURCES = ['effectiveness', 'impact', 'value'] as const;
export type CriterionSourceKind = (typeof CRITERION_SOURCES)[number];

/** Where a criterion's scores come from, which decides who owns them. */
export type CriterionSource =
  /** the OMT's estimate of a package's effect on transmission */
  | { kind: 'effectiveness' }
  /** a fiche impact on one domain, group or sector */
  | { kind: 'impact'; target: ImpactTarget }
  /** an explicit value judgement per package, with a written rationale per cell */
  | { kind: 'value'; value: FrameworkValue; rightIds: string[] };

export interface CriterionLeaf {
  type: 'criterion';
  id: string;
  nameNl: string;
  nameEn: string;
  direction: CriterionDirection;
  unit: string;
  source: CriterionSource;
  /** absent: linear over the observed range until someone judges the scale */
  valueFunction?: ValueFunction;
}

export interface CriteriaGroup {
  type: 'group';
  id: string;
  nameNl: string;
  nameEn: string;
  children: CriteriaNode[];
}

export type CriteriaNode = CriteriaGroup | CriterionLeaf;

/** Which advisory body's ranking a criterion feeds: never merged silently. */
export type RankingSide = 'omt' | 'mit';

export function criterionSide(leaf: CriterionLeaf): RankingSide {
  return leaf.source.kind === 'effectiveness' ? 'omt' : 'mit';
}

export const FRAMEWORK_STATUSES = ['draft', 'published', 'superseded'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

/**
 * One version of a framework. A published version never changes: a change makes a new
 * version with `basedOnVersion` and a `changeNote`, so every advice can cite the exact
 * version it used.
 */
export interface WeighingFramework {
  /** stable across versions, e.g. 'mit-kader' */
  code: string;
  version: number;
  nameNl: string;
  nameEn: string;
  description: string;
  status: FrameworkStatus;
  tree: CriteriaGroup;
  author: string;
  createdAt: string;
  basedOnVersion: number | null;
  changeNote: string;
  demo: boolean;
}

/** A stored framework version: its id, the packages (bundle codes) it scores, when published. */
export interface FrameworkRecord extends WeighingFramework {
  id: string;
  packageCodes: string[];
  publishedAt: string | null;
}

export interface FrameworkVersionRef {
  code: string;
  version: number;
}

export function frameworkVersionKey(ref: FrameworkVersionRef): string {
  return `${ref.code}@${ref.version}`;
}

/** The leaves in depth-first order: the column order of every matrix built from the tree. */
export function criterionLeaves(node: CriteriaNode): CriterionLeaf[] {
  return node.type === 'criterion' ? [node] : node.children.flatMap(criterionLeaves);
}

export function matrixCriteria(node: CriteriaNode): MatrixCriterion[] {
  return criterionLeaves(node).map((l) => ({ id: l.id, direction: l.direction }));
}

export function validateCriteriaTree(root: CriteriaGroup): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const seen = new Set<string>();
  const visit = (node: CriteriaNode, path: string): void => {
    // the tree may come straight from a request body: check its shape before reading it
    if (
      typeof node !== 'object' ||
      node === null ||
      (node.type !== 'group' && node.type !== 'criterion')
    ) {
      problems.push({
        name: `${path}.type`,
        reason: 'must be group or criterion',
        value: (node as { type?: unknown })?.type,
      });
      return;
    }
    if (node.type === 'group' && !Array.isArray(node.children)) {
      problems.push({ name: `${path}.children`, reason: 'must be a list of nodes' });
      return;
    }
    if (node.type === 'criterion' && (typeof node.source !== 'object' || node.source === null)) {
      problems.push({ name: `${path}.source`, reason: 'must say where the scores come from' });
      return;
    }
    if (typeof node.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(node.id))
      problems.push({
        name: `${path}.id`,
        reason: 'must be lowercase letters, digits and hyphens',
        value: node.id,
      });
    else if (seen.has(node.id))
      problems.push({ name: `${path}.id`, reason: 'must be unique in the tree', value: node.id });
    seen.add(node.id);
    if (typeof node.nameNl !== 'string' || !node.nameNl.trim())
      problems.push({ name: `${path}.nameNl`, reason: 'must be text, not empty' });
    if (typeof node.nameEn !== 'string' || !node.nameEn.trim())
      problems.push({ name: `${path}.nameEn`, reason: 'must be text, not empty' });
    if (node.type === 'group') {
      if (node.children.length === 0)
        problems.push({ name: `${path}.children`, reason: 'a group needs at least one child' });
      node.children.forEach((c, k) => visit(c, `${path}.children[${k}]`));
      return;
    }
    if (typeof node.unit !== 'string')
      problems.push({ name: `${path}.unit`, reason: 'must be text' });
    if (!CRITERION_DIRECTIONS.includes(node.direction))
      problems.push({
        name: `${path}.direction`,
        reason: 'must be benefit or cost',
        value: node.direction,
      });
    if (node.valueFunction)
      problems.push(...validateValueFunction(node.valueFunction, `${path}.valueFunction`));
    problems.push(...validateSource(node.source, `${path}.source`));
  };
  visit(root, 'tree');
  if (problems.length === 0 && criterionLeaves(root).length === 0)
    problems.push({ name: 'tree', reason: 'needs at least one criterion' });
  return problems;
}

function validateSource(source: CriterionSource, path: string): InvalidParam[] {
  switch (source.kind) {
    case 'effectiveness':
      return [];
    case 'impact':
      return parseTarget(source.target?.kind, source.target?.code)
        ? []
        : [
            {
              name: `${path}.target`,
              reason: 'unknown impact domain, group or sector',
              value: source.target,
            },
          ];
    case 'value': {
      const problems: InvalidParam[] = [];
      if (!FRAMEWORK_VALUES.includes(source.value))
        problems.push({ name: `${path}.value`, reason: 'unknown value', value: source.value });
      if (!Array.isArray(source.rightIds) || source.rightIds.length === 0)
        problems.push({
          name: `${path}.rightIds`,
          reason: 'a value must rest on at least one fundamental right',
        });
      else
        source.rightIds.forEach((id, k) => {
          if (!isFundamentalRightId(id))
            problems.push({
              name: `${path}.rightIds[${k}]`,
              reason: 'unknown fundamental right',
              value: id,
            });
        });
      return problems;
    }
    default: {
      const unreachable: never = source;
      return [{ name: `${path}.kind`, reason: 'unknown criterion source', value: unreachable }];
    }
  }
}

export interface LeafWeight {
  criterionId: string;
  weight: number;
  /** the local weights multiplied along the way from the root, for the explanation */
  path: { nodeId: string; localWeight: number }[];
}

/**
 * Hierarchical weighting: each group's children carry local weights (any positive scale,
 * normalised among siblings); a leaf's global weight is the product along its path.
 * A child without a local weight counts as 0, so leaving one out is visible, not silent.
 */
export function globalWeights(
  root: CriteriaGroup,
  localWeights: Readonly<Record<string, number>>,
): LeafWeight[] {
  const result: LeafWeight[] = [];
  const visit = (node: CriteriaNode, weight: number, path: LeafWeight['path']): void => {
    if (node.type === 'criterion') {
      result.push({ criterionId: node.id, weight, path });
      return;
    }
    const raw = node.children.map((c) => Math.max(0, localWeights[c.id] ?? 0));
    const sum = raw.reduce((a, b) => a + b, 0);
    node.children.forEach((c, k) => {
      const local = sum > 0 ? (raw[k] ?? 0) / sum : 0;
      visit(c, weight * local, [...path, { nodeId: c.id, localWeight: local }]);
    });
  };
  visit(root, 1, []);
  return result;
}

const IMPACT_DOMAIN_NAMES: Record<string, [string, string]> = {
  education: ['Onderwijs en ontwikkeling', 'Education and development'],
  'work-income': ['Werk en inkomen', 'Work and income'],
  'mental-health': ['Mentale gezondheid', 'Mental health'],
  'physical-health': ['Lichamelijke gezondheid (niet-covid)', 'Physical health (non-covid)'],
  'social-cohesion-trust': ['Sociale samenhang en vertrouwen', 'Social cohesion and trust'],
  economy: ['Economie', 'Economy'],
  'safety-public-order': ['Veiligheid en openbare orde', 'Safety and public order'],
  'rights-freedoms': ['Grondrechten en vrijheden', 'Rights and freedoms'],
};

/**
 * A starting tree a new framework can be edited from: effectiveness, harm per impact
 * domain plus the groups and sectors seed 000 asks to prioritise, and the six values.
 */
export function defaultCriteriaTree(): CriteriaGroup {
  const impact = (target: ImpactTarget, nameNl: string, nameEn: string): CriterionLeaf => ({
    type: 'criterion',
    id: `impact-${targetKey(target).replace(':', '-')}`,
    nameNl,
    nameEn,
    direction: 'cost',
    unit: 'impact score 0–4 (harm)',
    source: { kind: 'impact', target },
  });
  return {
    type: 'group',
    id: 'root',
    nameNl: 'Afwegingskader',
    nameEn: 'Weighing framework',
    children: [
      {
        type: 'group',
        id: 'omt',
        nameNl: 'Epidemiologische effectiviteit (OMT)',
        nameEn: 'Epidemiological effectiveness (OMT)',
        children: [
          {
            type: 'criterion',
            id: 'effectiveness',
            nameNl: 'Effect op verspreiding',
            nameEn: 'Effect on transmission',
            direction: 'benefit',
            unit: 'OMT effectiveness score 0–4',
            source: { kind: 'effectiveness' },
          },
        ],
      },
      {
        type: 'group',
        id: 'impacts',
        nameNl: 'Maatschappelijke impact',
        nameEn: 'Societal impact',
        children: [
          {
            type: 'group',
            id: 'impact-domains',
            nameNl: 'Leefdomeinen',
            nameEn: 'Life domains',
            children: Object.entries(IMPACT_DOMAIN_NAMES).map(([code, [nl, en]]) =>
              impact(parseTarget('domain', code) as ImpactTarget, nl, en),
            ),
          },
          {
            type: 'group',
            id: 'impact-priorities',
            nameNl: 'Groepen en sectoren met voorrang',
            nameEn: 'Prioritised groups and sectors',
            children: [
              impact({ kind: 'group', code: 'young-people' }, 'Jongeren', 'Young people'),
              impact(
                { kind: 'group', code: 'people-in-institutions' },
                'Mensen in instellingen',
                'People in institutions',
              ),
              impact({ kind: 'sector', code: 'education' }, 'Sector onderwijs', 'Education sector'),
              impact({ kind: 'sector', code: 'sport' }, 'Sector sport', 'Sport sector'),
              impact({ kind: 'sector', code: 'care' }, 'Sector zorg', 'Care sector'),
            ],
          },
        ],
      },
      {
        type: 'group',
        id: 'values',
        nameNl: 'Waarden',
        nameEn: 'Values',
        children: FRAMEWORK_VALUE_INFO.map((v) => ({
          type: 'criterion' as const,
          id: `value-${v.value}`,
          nameNl: v.nameNl,
          nameEn: v.nameEn,
          direction: 'benefit' as const,
          unit: 'judgement −2 (seriously harms) … +2 (serves well)',
          source: { kind: 'value' as const, value: v.value, rightIds: [...v.defaultRightIds] },
          valueFunction: {
            kind: 'linear' as const,
            worst: -2,
            best: 2,
            reference: {
              level: 0,
              description: 'neutral: the package neither serves nor harms the value',
            },
          },
        })),
      },
    ],
  };
}
