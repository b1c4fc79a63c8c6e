import type { BundleAnalysis } from '../bundles/bundle-analysis.ts';
import { targetKey } from '../fiches/impact-target.ts';
import { criterionLeaves } from './criteria-tree.ts';
import type { CriteriaGroup } from './criteria-tree.ts';
import type { FrameworkScore } from './framework-evaluation.ts';

/**
 * The cells a framework can take from the measures data rather than from judgement: the
 * OMT's effectiveness estimate of a package in one scenario (its own estimate, else the
 * derived value with its caveat) and, per impact criterion, the package's cumulative harm
 * from its members' adopted fiches. Each cell names the exact source, so it stays traceable.
 * Value criteria are left out: they need a written judgement.
 */
export interface PackageMeasureData {
  packageCode: string;
  analysis: Pick<BundleAnalysis, 'effects' | 'profile'>;
  /** the adopted fiche version of each member the profile was computed from (fiche id → version) */
  memberFiches: { id: string; version: number }[];
}

export type MeasureScore = Omit<FrameworkScore, 'updatedAt' | 'author'>;

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function scoresFromMeasures(
  tree: CriteriaGroup,
  packages: readonly PackageMeasureData[],
  scenarioCode: string,
): MeasureScore[] {
  const out: MeasureScore[] = [];
  for (const p of packages) {
    for (const leaf of criterionLeaves(tree)) {
      const base = { packageCode: p.packageCode, criterionId: leaf.id };
      switch (leaf.source.kind) {
        case 'effectiveness': {
          const effect = p.analysis.effects.find((e) => e.scenarioCode === scenarioCode);
          if (!effect || effect.estimate === null) break;
          out.push({
            ...base,
            value: effect.estimate,
            low: effect.low,
            high: effect.high,
            rationale: [effect.rationale, effect.caveat].filter(Boolean).join(' '),
            source: `omt:${effect.source === 'omt-estimate' ? 'bundle-estimate' : 'derived'}:${p.packageCode}/${scenarioCode}`,
          });
          break;
        }
        case 'impact': {
          const key = targetKey(leaf.source.target);
          const impact = p.analysis.profile.find((i) => i.target === key);
          const members = impact?.members.filter((m) => m.harm !== 0) ?? [];
          out.push({
            ...base,
            value: round2(impact?.cumulativeHarm ?? 0),
            low: null,
            high: null,
            rationale:
              members.length === 0
                ? `No member fiche reports harm on ${key}.`
                : `Cumulative harm on ${key}: ${members.map((m) => `${m.id} ${round2(m.harm)}`).join(', ')}.`,
            source:
              p.memberFiches.map((f) => `fiche:${f.id}@${f.version}`).join(' ') || 'fiche:none',
          });
          break;
        }
        case 'value':
          break;
        default: {
          const unreachable: never = leaf.source;
          throw new Error(`unknown criterion source ${JSON.stringify(unreachable)}`);
        }
      }
    }
  }
  return out;
}
