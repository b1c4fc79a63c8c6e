import { criterionLeaves } from '@weegschaal/core';
import type { Bundle, CriteriaGroup, Locale } from '@weegschaal/core';

/** Display names for criteria and packages; an unknown id shows as itself. */
export interface WeighingNames {
  criterion(id: string): string;
  package(code: string): string;
}

export function weighingNames(
  tree: CriteriaGroup,
  bundles: readonly Bundle[],
  locale: Locale,
): WeighingNames {
  const criteria = new Map(
    criterionLeaves(tree).map((l) => [l.id, locale === 'nl' ? l.nameNl : l.nameEn]),
  );
  const packages = new Map(bundles.map((b) => [b.code, locale === 'nl' ? b.nameNl : b.nameEn]));
  return {
    criterion: (id) => criteria.get(id) ?? id,
    package: (code) => packages.get(code) ?? code,
  };
}

export const percent = (x: number, locale: Locale): string =>
  `${(x * 100).toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 })}%`;
