import { Type } from 'typebox';
import {
  ACTIVATION_MODES,
  ATTENTION_AREAS,
  AVAILABILITIES,
  COMMITTEE_ROLE_KINDS,
  CONSENT_SCOPES,
  CONTACT_KINDS,
  DEPARTMENTS,
  ORGANISATION_EVENTS,
  ORGANISATION_STATES,
  READINESS_ITEM_KINDS,
} from '@weegschaal/core';

const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Day = Type.String({ format: 'date', description: 'A calendar date, YYYY-MM-DD' });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const ContactSchema = Type.Object(
  {
    kind: Type.Enum(CONTACT_KINDS),
    address: Text(200),
  },
  { description: 'The one channel kept to call someone up (data minimisation)' },
);

const CommitteeRoleFields = {
  kind: Type.Enum(COMMITTEE_ROLE_KINDS),
  title: Text(200),
  byFunction: Nullable(
    Type.String({
      maxLength: 300,
      description: 'The office that holds the role; required for the chair (seed 001)',
    }),
  ),
  holderName: Nullable(Text(200)),
  contact: Nullable(ContactSchema),
  attentionArea: Nullable(Type.Enum(ATTENTION_AREAS)),
  contactVerifiedOn: Nullable(Day),
};
export const CommitteeRoleInputSchema = Type.Object(CommitteeRoleFields);
export const CommitteeRoleSchema = Type.Object({
  id: Uuid,
  ...CommitteeRoleFields,
  demo: Type.Boolean(),
});
export const CommitteeRoleListSchema = Type.Object({ items: Type.Array(CommitteeRoleSchema) });

const AgreementFields = {
  department: Type.Enum(DEPARTMENTS),
  fte: Type.Number({
    exclusiveMinimum: 0,
    maximum: 50,
    description: 'Full-time equivalents seconded',
  }),
  noticeDays: Type.Integer({
    minimum: 0,
    maximum: 365,
    description: 'Days from call-up to first working day',
  }),
  contactName: Text(200),
  contact: ContactSchema,
  signedOn: Day,
  reviewOn: Day,
};
export const AgreementInputSchema = Type.Object(AgreementFields);
export const AgreementSchema = Type.Object({ id: Uuid, ...AgreementFields, demo: Type.Boolean() });
export const AgreementListSchema = Type.Object({ items: Type.Array(AgreementSchema) });

const PositionFields = {
  title: Text(200),
  department: Type.Enum(DEPARTMENTS),
  agreementId: Nullable(Uuid),
  holderName: Nullable(Text(200)),
  contact: Nullable(ContactSchema),
  contactVerifiedOn: Nullable(Day),
};
export const PositionInputSchema = Type.Object(PositionFields);
export const PositionSchema = Type.Object({ id: Uuid, ...PositionFields, demo: Type.Boolean() });
export const PositionListSchema = Type.Object({ items: Type.Array(PositionSchema) });

const ExpertFields = {
  name: Text(200),
  organisation: Text(200),
  attentionArea: Type.Enum(ATTENTION_AREAS),
  availability: Type.Enum(AVAILABILITIES),
  contact: ContactSchema,
  contactVerifiedOn: Nullable(Day),
  consent: Type.Object(
    { givenOn: Day, scope: Type.Enum(CONSENT_SCOPES), expiresOn: Day },
    { description: 'The recorded consent to be contacted: the ground for keeping the record' },
  ),
};
const RetentionSchema = Type.Object({
  expertId: Uuid,
  consentState: Type.Enum(['valid', 'expired'] as const),
  purgeOn: Day,
  purgeDue: Type.Boolean(),
  explanation: Type.String(),
});
export const ExpertInputSchema = Type.Object(ExpertFields);
export const ExpertSchema = Type.Object({ id: Uuid, ...ExpertFields, demo: Type.Boolean() });
export const ExpertWithRetentionSchema = Type.Object({
  id: Uuid,
  ...ExpertFields,
  demo: Type.Boolean(),
  retention: RetentionSchema,
});
export const ExpertListSchema = Type.Object({
  retentionMonths: Type.Integer({
    description: 'Months a record is kept after its consent expires',
  }),
  items: Type.Array(ExpertWithRetentionSchema),
});
export const ExpertPurgeSchema = Type.Object({
  purged: Type.Array(RetentionSchema, { description: 'Removed records: ids and why, no names' }),
});

const ItemFields = {
  kind: Type.Enum(READINESS_ITEM_KINDS),
  title: Text(300),
  owner: Text(200),
  intervalMonths: Type.Integer({ minimum: 1, maximum: 60 }),
  lastReviewedOn: Nullable(Day),
};
export const ReadinessItemInputSchema = Type.Object(ItemFields);
export const ReadinessItemSchema = Type.Object({ id: Uuid, ...ItemFields, demo: Type.Boolean() });
const FindingSchema = Type.Object({
  code: Type.String(),
  since: Nullable(Day),
  subject: Nullable(Type.String()),
});
const AssessmentSchema = Type.Object({
  itemId: Uuid,
  status: Type.Enum(['current', 'due-soon', 'stale'] as const),
  nextReviewOn: Nullable(Day),
  staleSince: Nullable(Day),
  findings: Type.Array(FindingSchema),
  explanation: Type.String(),
});
export const AssessedItemSchema = Type.Object({
  ...ReadinessItemSchema.properties,
  assessment: AssessmentSchema,
});
export const ReadinessItemListSchema = Type.Object({
  today: Day,
  items: Type.Array(AssessedItemSchema),
});

const StateChangeSchema = Type.Object({
  state: Type.Enum(ORGANISATION_STATES),
  event: Type.Enum(ORGANISATION_EVENTS),
  changedAt: Instant,
  changedBy: Type.String(),
  activationId: Nullable(Uuid),
});
export const OrganisationStatusSchema = Type.Object({
  state: Type.Enum(ORGANISATION_STATES),
  since: Nullable(Instant),
  allowedEvents: Type.Array(Type.Enum(ORGANISATION_EVENTS)),
  history: Type.Array(StateChangeSchema),
});
export const TransitionInputSchema = Type.Object({ event: Type.Enum(ORGANISATION_EVENTS) });

export const TimingsSchema = Type.Object({
  committeeTotal: Type.Integer(),
  quorumNeeded: Type.Integer(),
  committeeConfirmed: Type.Integer(),
  quorumAt: Nullable(Instant),
  minutesToQuorum: Nullable(Type.Integer()),
  secretariatTotal: Type.Integer(),
  secretariatConfirmed: Type.Integer(),
  staffedAt: Nullable(Instant),
  minutesToStaffed: Nullable(Type.Integer()),
  explanation: Type.Array(Type.String()),
});
export const ActivationSchema = Type.Object({
  id: Uuid,
  mode: Type.Enum(ACTIVATION_MODES),
  startedAt: Instant,
  finishedAt: Nullable(Instant),
  startedBy: Type.String(),
  note: Type.String(),
  committeeTotal: Type.Integer(),
  secretariatTotal: Type.Integer(),
  timings: Nullable(TimingsSchema),
  demo: Type.Boolean(),
});
export const ActivationListSchema = Type.Object({ items: Type.Array(ActivationSchema) });
const CallUpSchema = Type.Object({
  id: Uuid,
  activationId: Uuid,
  targetKind: Type.Enum(['committee-role', 'secretariat-position'] as const),
  targetId: Uuid,
  targetTitle: Type.String(),
  roleKind: Nullable(Type.Enum(COMMITTEE_ROLE_KINDS)),
  personName: Type.String(),
  channel: Type.Enum(CONTACT_KINDS),
  address: Type.String(),
  sentAt: Instant,
  confirmedAt: Nullable(Instant),
});
export const ActivationDetailSchema = Type.Object({
  activation: ActivationSchema,
  callUps: Type.Array(CallUpSchema, {
    description: 'The outbox: one call-up per person, with channel and time sent',
  }),
  timings: TimingsSchema,
  skipped: Type.Optional(
    Type.Array(
      Type.Object({
        targetKind: Type.String(),
        targetId: Uuid,
        targetTitle: Type.String(),
        reason: Type.String(),
      }),
    ),
  ),
});
export const NewActivationSchema = Type.Object({
  mode: Type.Enum(ACTIVATION_MODES, {
    description: "'drill' runs the same workflow without changing the organisation's state",
  }),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
export const ActivationQuerySchema = Type.Object({
  mode: Type.Optional(Type.Enum(ACTIVATION_MODES)),
});
export const ConfirmationInputSchema = Type.Object({ callUpId: Uuid });

export const ReadinessOverviewSchema = Type.Object({
  today: Day,
  stale: Type.Integer(),
  dueSoon: Type.Integer(),
  current: Type.Integer(),
  items: Type.Array(AssessedItemSchema),
  organisation: OrganisationStatusSchema,
  lastDrill: Nullable(ActivationSchema),
  runningDrillId: Nullable(Uuid),
  runningActivationId: Nullable(Uuid),
  demo: Type.Boolean(),
});

export const RoleParams = Type.Object({ roleId: Uuid });
export const AgreementParams = Type.Object({ agreementId: Uuid });
export const PositionParams = Type.Object({ positionId: Uuid });
export const ExpertParams = Type.Object({ expertId: Uuid });
export const ItemParams = Type.Object({ itemId: Uuid });
export const ActivationParams = Type.Object({ activationId: Uuid });
