/**
 * What every early-warning method returns per time point of a series, so that an alert, a
 * chart with the bound and a table can be built the same way whatever the method. Each point
 * carries its own explanation: which part of the series the baseline was, and — when no bound
 * could be computed — why not.
 */
export type NoResultReason =
  /** the series does not reach far enough back for the baseline this method needs */
  | 'too-short'
  /** a value the method needs (in the baseline, or the observation itself) is missing */
  | 'missing-values'
  /** the regression did not converge, with nor without a trend */
  | 'not-converged'
  /** too few baseline values for the regression (fewer than its parameters + 1) */
  | 'baseline-too-small'
  /** EARS C3: a baseline without variation (sd 0) makes the statistic 0/0; minSigma > 0 avoids it */
  | 'flat-baseline'
  /** Farrington: fewer than limit54 cases in the latest weeks, so no bound and no alarm */
  | 'too-few-cases';

/** An inclusive range of 0-based indices into the series. */
export interface IndexRange {
  from: number;
  to: number;
}

export interface DetectionPointBase {
  /** 0-based position in the series */
  index: number;
  observed: number | null;
  /** the value the method expected at this point; null when it could not say */
  expected: number | null;
  /** the value above which the observation raises an alarm; null when not computed */
  upperBound: number | null;
  /** true when the observation exceeds the bound; null when no decision could be made */
  alarm: boolean | null;
  /** the parts of the series the baseline was taken from (empty when none was) */
  baseline: IndexRange[];
  /** set when no bound or no alarm could be computed */
  reason?: NoResultReason;
}

export function describeNoResultReason(reason: NoResultReason): string {
  switch (reason) {
    case 'too-short':
      return 'the series does not reach back far enough for the baseline';
    case 'missing-values':
      return 'a value needed for the baseline or the observation itself is missing';
    case 'not-converged':
      return 'the regression did not converge, with nor without a time trend';
    case 'baseline-too-small':
      return 'too few baseline values to fit the regression';
    case 'flat-baseline':
      return 'a baseline without variation (standard deviation 0) leaves the statistic undefined; a minimum sigma above 0 avoids this';
    case 'too-few-cases':
      return 'fewer cases in the latest weeks than the minimum (limit54): no bound, no alarm';
    default: {
      const unreachable: never = reason;
      throw new Error(`unknown reason ${String(unreachable)}`);
    }
  }
}

/** Sorted distinct indices as the fewest inclusive ranges. */
export function toRanges(sortedIndices: ArrayLike<number>): IndexRange[] {
  const ranges: IndexRange[] = [];
  for (let i = 0; i < sortedIndices.length; i++) {
    const x = sortedIndices[i]!;
    const last = ranges[ranges.length - 1];
    if (last && x === last.to + 1) last.to = x;
    else ranges.push({ from: x, to: x });
  }
  return ranges;
}
