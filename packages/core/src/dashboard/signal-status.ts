import type { Polarity, SignalValues } from '../indicators/indicator.ts';
import type { SignalStatus } from './dashboard.ts';

/**
 * The signal status of one value against an indicator's signal values (signaalwaarden), as
 * the Coronadashboard shows them: normal, attention or alarm, always with the threshold that
 * decided it and who set it and why, so that a coloured tile is never an unexplained verdict.
 *
 * Rule: thresholds are read in the direction of the polarity. For "higher is worse" a value
 * at or above the alarm value is alarm, else at or above the attention value is attention;
 * for "higher is better" the same with at-or-below. Reaching a threshold counts (a value
 * equal to it is on the far side). An indicator without polarity has no direction in which
 * to read a threshold, so its signal values are not applied. Either threshold may be absent.
 */
export type SignalLevel = 'attention' | 'alarm';

export interface SignalThreshold {
  level: SignalLevel;
  value: number;
  setBy: string;
  rationale: string;
  /** YYYY-MM-DD */
  setOn: string;
  demo: boolean;
}

export interface SignalAssessment {
  status: SignalStatus;
  value: number | null;
  /** the worst threshold the value has reached */
  reached: SignalThreshold | null;
  /**
   * the next threshold on the bad side that the value has not reached, and the distance to it
   * in the indicator's unit (always ≥ 0: how much room is left)
   */
  next: (SignalThreshold & { distance: number }) | null;
  /** the status of the previous period's value, when one is given */
  previous: { value: number; status: SignalStatus } | null;
  /** against the previous period: did the status get worse, better, or stay? */
  transition: 'worsened' | 'improved' | 'unchanged' | null;
  /** inconsistencies in the signal values themselves (they do not stop the assessment) */
  problems: string[];
  explanation: string[];
}

const SEVERITY: Partial<Record<SignalStatus, number>> = { normal: 0, attention: 1, alarm: 2 };

/** What is wrong with a set of signal values for an indicator of this polarity. */
export function signalValuesProblems(polarity: Polarity, signal: SignalValues | null): string[] {
  if (!signal || (signal.attention === null && signal.alarm === null)) return [];
  const problems: string[] = [];
  if (polarity === 'neutral') {
    problems.push(
      'The indicator has no polarity, so its signal values cannot be read in a direction and are not applied.',
    );
  }
  for (const [name, v] of [
    ['attention', signal.attention],
    ['alarm', signal.alarm],
  ] as const) {
    if (v !== null && !Number.isFinite(v)) problems.push(`The ${name} value is not a number.`);
  }
  if (signal.attention !== null && signal.alarm !== null && polarity !== 'neutral') {
    const ordered =
      polarity === 'higher-is-worse'
        ? signal.alarm >= signal.attention
        : signal.alarm <= signal.attention;
    if (!ordered) {
      problems.push(
        `The alarm value ${signal.alarm} lies on the good side of the attention value ` +
          `${signal.attention} although ${polarity.replaceAll('-', ' ')}.`,
      );
    }
  }
  if (!signal.setBy.trim()) problems.push('The signal values do not say who set them.');
  return problems;
}

function thresholds(signal: SignalValues): SignalThreshold[] {
  const common = {
    setBy: signal.setBy,
    rationale: signal.rationale,
    setOn: signal.setOn,
    demo: signal.demo,
  };
  const list: SignalThreshold[] = [];
  if (signal.alarm !== null) list.push({ level: 'alarm', value: signal.alarm, ...common });
  if (signal.attention !== null)
    list.push({ level: 'attention', value: signal.attention, ...common });
  return list;
}

function statusOf(
  polarity: Polarity,
  signal: SignalValues | null,
  value: number | null,
): { status: SignalStatus; reached: SignalThreshold | null } {
  if (value === null) return { status: 'no-data', reached: null };
  if (!signal || polarity === 'neutral' || (signal.attention === null && signal.alarm === null)) {
    return { status: 'no-signal-values', reached: null };
  }
  const reachedBy = (t: SignalThreshold) =>
    polarity === 'higher-is-worse' ? value >= t.value : value <= t.value;
  // alarm first: it is the worse of the two when both are reached
  const reached = thresholds(signal).find(reachedBy) ?? null;
  return { status: reached ? reached.level : 'normal', reached };
}

/**
 * The signal status of `value`, and — when the previous period's value is given — whether it
 * moved to a worse or better status.
 */
export function assessSignal(input: {
  polarity: Polarity;
  signal: SignalValues | null;
  value: number | null;
  previousValue?: number | null;
}): SignalAssessment {
  const { polarity, signal, value } = input;
  const problems = signalValuesProblems(polarity, signal);
  const { status, reached } = statusOf(polarity, signal, value);
  const explanation: string[] = [];
  const sign = polarity === 'higher-is-better' ? '≤' : '≥';
  const who = signal ? `set by ${signal.setBy} on ${signal.setOn}: ${signal.rationale}` : '';
  let next: SignalAssessment['next'] = null;
  switch (status) {
    case 'no-data':
      explanation.push('No value, so no signal status.');
      break;
    case 'no-signal-values':
      explanation.push(
        polarity === 'neutral' && signal
          ? 'The indicator has no polarity, so signal values are not applied.'
          : 'No signal values are set for this indicator.',
      );
      break;
    case 'normal':
    case 'attention':
    case 'alarm': {
      if (reached) {
        explanation.push(
          `${status === 'alarm' ? 'Alarm' : 'Attention'}: ${value} ${sign} ${reached.value}, ` +
            `the ${reached.level} value (${who}).`,
        );
      }
      // the next threshold on the bad side, when one is left
      const worse = thresholds(signal!)
        .filter((t) => (SEVERITY[t.level] ?? 0) > (SEVERITY[status] ?? 0))
        .sort((a, b) => (SEVERITY[a.level] ?? 0) - (SEVERITY[b.level] ?? 0))[0];
      if (worse && value !== null) {
        const distance = polarity === 'higher-is-worse' ? worse.value - value : value - worse.value;
        next = { ...worse, distance };
        explanation.push(
          `${status === 'normal' ? 'Normal' : 'Not yet alarm'}: ${value} is ${formatDistance(distance)} ` +
            `away from the ${worse.level} value ${worse.value}${status === 'normal' ? ` (${who})` : ''}.`,
        );
      } else if (status === 'normal') {
        explanation.push(`Normal: ${value} has not reached any signal value (${who}).`);
      }
      break;
    }
    default: {
      const unreachable: never = status;
      throw new Error(`unknown signal status ${String(unreachable)}`);
    }
  }
  let previous: SignalAssessment['previous'] = null;
  let transition: SignalAssessment['transition'] = null;
  if (input.previousValue !== undefined && input.previousValue !== null) {
    const before = statusOf(polarity, signal, input.previousValue).status;
    previous = { value: input.previousValue, status: before };
    const [a, b] = [SEVERITY[before], SEVERITY[status]];
    if (a !== undefined && b !== undefined) {
      transition = b > a ? 'worsened' : b < a ? 'improved' : 'unchanged';
      if (transition !== 'unchanged') {
        explanation.push(
          `The status ${transition === 'worsened' ? 'worsened' : 'improved'} from ${before} ` +
            `(${input.previousValue} in the previous period) to ${status}.`,
        );
      }
    }
  }
  if (signal?.demo && (status === 'normal' || status === 'attention' || status === 'alarm')) {
    explanation.push('These signal values are illustrative (demo), not set by an authority.');
  }
  explanation.push(...problems);
  return { status, value, reached, next, previous, transition, problems, explanation };
}

function formatDistance(d: number): string {
  return Number.isInteger(d) ? String(d) : String(Number(d.toPrecision(4)));
}
