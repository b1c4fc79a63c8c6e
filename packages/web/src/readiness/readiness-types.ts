import type {
  Activation,
  ActivationTimings,
  CallUp,
  CommitteeRole,
  Expert,
  ExpertRetention,
  OrganisationEvent,
  OrganisationState,
  ReadinessAssessment,
  ReadinessItem,
  SecondmentAgreement,
  SecretariatPosition,
} from '@weegschaal/core';

/** The shapes of the /api/v1 readiness resources, as the server's schemas give them. */
export type AssessedItem = ReadinessItem & { assessment: ReadinessAssessment };

export interface OrganisationStatusView {
  state: OrganisationState;
  since: string | null;
  allowedEvents: OrganisationEvent[];
  history: {
    state: OrganisationState;
    event: OrganisationEvent;
    changedAt: string;
    changedBy: string;
  }[];
}

export interface ReadinessOverview {
  today: string;
  stale: number;
  dueSoon: number;
  current: number;
  items: AssessedItem[];
  organisation: OrganisationStatusView;
  lastDrill: Activation | null;
  runningDrillId: string | null;
  runningActivationId: string | null;
  demo: boolean;
}

export interface ActivationDetail {
  activation: Activation;
  callUps: CallUp[];
  timings: ActivationTimings;
}

export type ExpertView = Expert & { retention: ExpertRetention };

export interface PracticeCircleView {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
  memberCount: number;
  demo: boolean;
}

export type { CommitteeRole, SecondmentAgreement, SecretariatPosition };
