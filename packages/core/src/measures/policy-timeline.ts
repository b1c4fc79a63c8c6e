import { OXCGRT_INDICATOR_CODES } from './oxcgrt-indicator.ts';
import type {
  OxcgrtIndicatorCode,
  PolicyLevels,
  PublishedPolicyIndices,
} from './oxcgrt-indicator.ts';

/** A country with OxCGRT records, and the span they cover. */
export interface PolicyCountry {
  countryCode: string;
  countryName: string;
  firstDate: string;
  lastDate: string;
  days: number;
}

/** The indices of one country on one day: as OxCGRT published them, and as computed here. */
export interface PolicyIndexDay {
  countryCode: string;
  date: string;
  published: PublishedPolicyIndices;
  /** the Stringency Index computed from the stored levels and flags (unrounded) */
  computedStringencyIndex: number | null;
}

/** A day on which an indicator's level or flag differs from the day before. */
export interface PolicyLevelChange {
  date: string;
  code: OxcgrtIndicatorCode;
  fromLevel: number | null;
  toLevel: number | null;
  fromFlag: 0 | 1 | null;
  toFlag: 0 | 1 | null;
}

/**
 * The change points of a daily record, oldest first: what a reader needs to see when a level
 * was raised or lowered, instead of a thousand identical days. The first day counts as a
 * change for every indicator that is recorded on it.
 */
export function policyLevelChanges(
  days: readonly { date: string; levels: PolicyLevels }[],
): PolicyLevelChange[] {
  const changes: PolicyLevelChange[] = [];
  let previous: PolicyLevels = {};
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const code of OXCGRT_INDICATOR_CODES) {
      const before = previous[code];
      const now = day.levels[code];
      if (before?.level === now?.level && before?.flag === now?.flag) continue;
      changes.push({
        date: day.date,
        code,
        fromLevel: before?.level ?? null,
        toLevel: now?.level ?? null,
        fromFlag: before?.flag ?? null,
        toFlag: now?.flag ?? null,
      });
    }
    previous = day.levels;
  }
  return changes;
}
