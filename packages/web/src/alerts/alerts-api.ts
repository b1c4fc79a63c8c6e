import type { Alert, DetectionRun, EnforcementCapacity } from '@weegschaal/core';

/** What the alerts API returns (see packages/server/src/alerts/alert.schema.ts). */
export interface AlertList {
  demo: boolean;
  total: number;
  items: Alert[];
}

export type { Alert, DetectionRun };

export interface EnforcementCapacityItem extends EnforcementCapacity {
  stale: boolean;
}

export interface EnforcementCapacityList {
  demo: boolean;
  stale: number;
  items: EnforcementCapacityItem[];
}
