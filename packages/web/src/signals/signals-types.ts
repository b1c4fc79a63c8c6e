import type {
  ScrubReport,
  Signal,
  SignalCluster,
  SignalCountLevel,
  SignalEvent,
  SignalWeeklyCount,
} from '@weegschaal/core';

/** The API payloads of the signals area (see the OpenAPI document for their full description). */
export type { ScrubReport, Signal, SignalCluster, SignalEvent, SignalWeeklyCount };

export interface SignalList {
  items: Signal[];
  page: number;
  pageSize: number;
  total: number;
  demo: boolean;
}

export interface SignalDetail extends Signal {
  history: SignalEvent[];
}

export interface CreatedSignal {
  signal: Signal;
  scrubReport: ScrubReport;
}

export interface ClusterDetail extends SignalCluster {
  signals: Signal[];
}

export interface SignalCountList {
  items: SignalWeeklyCount[];
  level: SignalCountLevel;
  from: string;
  to: string;
  demo: boolean;
}
