import type { InvalidParam } from '../errors/domain-error.ts';
import type { Measure } from '../measures/measure.ts';
import type { FicheKey } from '../fiches/fiche.ts';
import type { EffectivenessRange } from '../effectiveness/effectiveness.ts';

/** A package of measure-levels advised and taken together. */
export interface Bundle {
  code: string;
  nameNl: string;
  nameEn: string;
  description: string;
  members: FicheKey[];
  demo: boolean;
}

/** The OMT's own estimate for a bundle in a scenario; bundles are never assumed additive. */
export interface BundleEffectivenessEstimate extends EffectivenessRange {
  bundleCode: string;
  scenarioCode: string;
  rationale: string;
  author: string;
  updatedAt: string;
  demo: boolean;
}

export function validateBundle(bundle: Bundle, measures: readonly Measure[]): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (!/^[a-z0-9-]+$/.test(bundle.code))
    problems.push({
      name: 'code',
      reason: 'must be lowercase letters, digits and hyphens',
      value: bundle.code,
    });
  if (bundle.nameNl.trim() === '') problems.push({ name: 'nameNl', reason: 'must not be empty' });
  if (bundle.nameEn.trim() === '') problems.push({ name: 'nameEn', reason: 'must not be empty' });
  if (bundle.members.length < 2)
    problems.push({ name: 'members', reason: 'a bundle has at least two measure-levels' });
  const seen = new Set<string>();
  bundle.members.forEach((m, i) => {
    const measure = measures.find((x) => x.code === m.measureCode);
    if (!measure) {
      problems.push({
        name: `members.${i}.measureCode`,
        reason: 'unknown measure',
        value: m.measureCode,
      });
      return;
    }
    if (m.level === 0 || !measure.levels.some((l) => l.level === m.level))
      problems.push({
        name: `members.${i}.level`,
        reason: `must be one of the levels above 0 of '${m.measureCode}'`,
        value: m.level,
      });
    if (seen.has(m.measureCode))
      problems.push({
        name: `members.${i}.measureCode`,
        reason: 'a bundle holds one level per measure',
        value: m.measureCode,
      });
    seen.add(m.measureCode);
  });
  return problems;
}
