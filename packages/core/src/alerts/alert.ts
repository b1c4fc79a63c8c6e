import { conflict, invalidInput } from '../errors/domain-error.ts';
import type { AlertCandidate } from './detection-runner.ts';

/**
 * An alert: one alarm of one early-warning method on one series and period, kept until
 * someone has looked at it. Open → acknowledged (seen, being followed up) or dismissed (not
 * relevant, e.g. an artefact of reporting); an acknowledged alert can still be dismissed.
 * Both need a note saying why: the next reader must see what was decided.
 */
export const ALERT_STATUSES = ['open', 'acknowledged', 'dismissed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const DETECTION_TRIGGERS = [
  'on-demand',
  'signal-intake',
  'signal-import',
  'demo-load',
  'cli',
] as const;
export type DetectionTrigger = (typeof DETECTION_TRIGGERS)[number];

/** A stored alarm: the runner's candidate with its decision and the run that found it. */
export interface Alert extends AlertCandidate {
  id: string;
  /** from the region registry when the alert is read (null while it has not loaded) */
  regionName: string | null;
  status: AlertStatus;
  statusNote: string | null;
  statusBy: string | null;
  statusAt: string | null;
  detectionRunId: string;
  detectedAt: string;
}

export interface DetectionRun {
  id: string;
  trigger: DetectionTrigger;
  requestedBy: string | null;
  asOf: string;
  startedAt: string;
  seriesChecked: number;
  pointsJudged: number;
  alarms: number;
  /** alarms that were no alert yet: the others were found by an earlier run */
  newAlerts: number;
  explanation: string[];
}

export type AlertDecision = 'acknowledged' | 'dismissed';

export const MAX_ALERT_NOTE = 2000;

/** Checks that an alert in `from` may become `to` with this note; throws a domain error if not. */
export function checkAlertDecision(from: AlertStatus, to: AlertDecision, note: string): string {
  const trimmed = note.trim();
  if (trimmed === '') {
    throw invalidInput('A note is required.', [
      { name: 'note', reason: 'say why the alert is acknowledged or dismissed', value: note },
    ]);
  }
  if (trimmed.length > MAX_ALERT_NOTE) {
    throw invalidInput('The note is too long.', [
      { name: 'note', reason: `at most ${MAX_ALERT_NOTE} characters` },
    ]);
  }
  switch (from) {
    case 'open':
      return trimmed;
    case 'acknowledged':
      if (to === 'dismissed') return trimmed;
      throw conflict('The alert has already been acknowledged.');
    case 'dismissed':
      throw conflict('The alert has been dismissed; it can no longer change.');
    default: {
      const unreachable: never = from;
      throw new Error(`unknown alert status ${String(unreachable)}`);
    }
  }
}

/** The series label with the region's name beside its code, once the registry knows it. */
export function alertSeriesName(
  alert: Pick<Alert, 'seriesLabel' | 'regionCode' | 'regionName'>,
): string {
  if (!alert.regionCode || !alert.regionName || alert.seriesLabel.includes(alert.regionName)) {
    return alert.seriesLabel;
  }
  return alert.seriesLabel.replace(alert.regionCode, `${alert.regionName} (${alert.regionCode})`);
}
