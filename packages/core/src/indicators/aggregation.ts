import type { Indicator } from './indicator.ts';
import { mapToCurrentDivision } from '../regions/municipal-redivision.ts';
import type { MunicipalRedivision } from '../regions/municipal-redivision.ts';
import { MUNICIPAL_REDIVISIONS } from '../regions/municipal-redivision.ts';

/**
 * Applies an indicator's aggregation rule to the values of several regions (the gemeenten of
 * a VR, or former gemeenten that merged): counts add up, rates are weighted by population,
 * a ratio is recomputed from the summed numerator and denominator, and some figures cannot
 * be aggregated at all. The result says how it was computed, or why it could not be.
 */
export interface AggregationPart {
  regionCode: string;
  value: number;
  /** inhabitants, for population-weighted means */
  population?: number | null;
  /** for ratio-of-sums: the values of the ratio's numerator and denominator indicators */
  numerator?: number | null;
  denominator?: number | null;
}

export type AggregationResult =
  { ok: true; value: number; explanation: string } | { ok: false; reason: string };

export function aggregate(
  indicator: Indicator,
  parts: readonly AggregationPart[],
): AggregationResult {
  if (parts.length === 0) return { ok: false, reason: 'no values to aggregate' };
  const codes = parts.map((p) => p.regionCode).join(', ');
  switch (indicator.aggregation) {
    case 'sum': {
      const value = parts.reduce((n, p) => n + p.value, 0);
      return { ok: true, value, explanation: `sum of ${parts.length} regions (${codes})` };
    }
    case 'population-weighted-mean': {
      const missing = parts
        .filter((p) => !p.population || p.population <= 0)
        .map((p) => p.regionCode);
      if (missing.length > 0)
        return { ok: false, reason: `no population for ${missing.join(', ')}` };
      const total = parts.reduce((n, p) => n + p.population!, 0);
      const value = parts.reduce((n, p) => n + p.value * p.population!, 0) / total;
      return {
        ok: true,
        value,
        explanation: `mean of ${parts.length} regions (${codes}) weighted by population (${total} inhabitants)`,
      };
    }
    case 'ratio-of-sums': {
      const ratio = indicator.ratio;
      if (!ratio) return { ok: false, reason: `${indicator.code} has no ratio definition` };
      const missing = parts
        .filter((p) => p.numerator === null || p.numerator === undefined || !p.denominator)
        .map((p) => p.regionCode);
      if (missing.length > 0) {
        return {
          ok: false,
          reason: `no ${ratio.numerator}/${ratio.denominator} for ${missing.join(', ')}`,
        };
      }
      const num = parts.reduce((n, p) => n + p.numerator!, 0);
      const den = parts.reduce((n, p) => n + p.denominator!, 0);
      return {
        ok: true,
        value: (num / den) * ratio.multiplier,
        explanation: `${ratio.multiplier} × Σ ${ratio.numerator} (${num}) / Σ ${ratio.denominator} (${den}) over ${codes}`,
      };
    }
    case 'not-aggregatable':
      return {
        ok: false,
        reason: `${indicator.code} cannot be aggregated (${indicator.unit}); only published values count`,
      };
    default: {
      const unreachable: never = indicator.aggregation;
      throw new Error(`unknown aggregation ${String(unreachable)}`);
    }
  }
}

/**
 * Values of one indicator for one period, under the codes of their own year, expressed in
 * the current municipal division: merged gemeenten are aggregated into their successor with
 * the indicator's rule (together with any value the successor itself has); splits are left
 * out with the reason (docs/decisions/0006).
 */
export function toCurrentDivision(
  indicator: Indicator,
  parts: readonly AggregationPart[],
  redivisions: readonly MunicipalRedivision[] = MUNICIPAL_REDIVISIONS,
): {
  values: { regionCode: string; value: number; explanation: string }[];
  left: { regionCode: string; reason: string }[];
} {
  const groups = new Map<string, AggregationPart[]>();
  const left: { regionCode: string; reason: string }[] = [];
  for (const part of parts) {
    const mapped = mapToCurrentDivision(part.regionCode, redivisions);
    if (mapped.kind === 'split') {
      left.push({ regionCode: part.regionCode, reason: mapped.explanation });
      continue;
    }
    const list = groups.get(mapped.code) ?? [];
    list.push(part);
    groups.set(mapped.code, list);
  }
  const values: { regionCode: string; value: number; explanation: string }[] = [];
  for (const [code, group] of groups) {
    if (group.length === 1 && group[0]!.regionCode === code) {
      values.push({
        regionCode: code,
        value: group[0]!.value,
        explanation: `${code} as published`,
      });
      continue;
    }
    const result = aggregate(indicator, group);
    if (result.ok)
      values.push({ regionCode: code, value: result.value, explanation: result.explanation });
    else for (const p of group) left.push({ regionCode: p.regionCode, reason: result.reason });
  }
  return { values: values.sort((a, b) => a.regionCode.localeCompare(b.regionCode)), left };
}
