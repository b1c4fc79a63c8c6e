import { Type } from 'typebox';
import {
  ISO_WEEK_PATTERN,
  KNOWLEDGE_SOURCES,
  PSEUDONYM_PATTERN,
  SIGNAL_COUNT_LEVELS,
  SIGNAL_DOMAINS,
  SIGNAL_EVENT_KINDS,
  SIGNAL_STATUSES,
  TARGET_GROUPS,
  URGENCIES,
  piiKinds,
} from '@weegschaal/core';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Timestamp = Type.String({ format: 'date-time' });

export const SignalDomainSchema = Type.Enum(SIGNAL_DOMAINS, {
  description: 'the indicator themes',
});
export const TargetGroupSchema = Type.Enum(TARGET_GROUPS, {
  description: 'the target groups of the practice circles (seed 004)',
});
export const SignalStatusSchema = Type.Enum(SIGNAL_STATUSES);
export const UrgencySchema = Type.Enum(URGENCIES);

export const ScrubReportSchema = Type.Object(
  {
    total: Type.Integer({ minimum: 0 }),
    masked: Type.Array(
      Type.Object({ kind: Type.Enum(piiKinds), count: Type.Integer({ minimum: 1 }) }),
    ),
  },
  { description: 'what the scrubber masked before storage; never the values' },
);

export const SignalSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  reference: Type.String({ description: 'SIG-2026-000123 (demo: SIG-DEMO-2026-000123)' }),
  circleId: Nullable(Type.String({ format: 'uuid' })),
  reporterPseudonym: Type.String({ pattern: PSEUDONYM_PATTERN }),
  text: Nullable(Type.String({ description: 'scrubbed text; null after the retention period' })),
  scrubReport: ScrubReportSchema,
  regionCode: Type.String(),
  gemeenteCode: Type.String(),
  wijkCode: Nullable(Type.String()),
  observedOn: Day,
  domain: SignalDomainSchema,
  targetGroup: TargetGroupSchema,
  peopleCount: Nullable(Type.Integer({ minimum: 1 })),
  knowledgeSource: Type.Enum(KNOWLEDGE_SOURCES),
  status: SignalStatusSchema,
  urgency: Nullable(UrgencySchema),
  assigneeAccountId: Nullable(Type.String({ format: 'uuid' })),
  dueAt: Nullable(Timestamp),
  interpretation: Nullable(Type.String()),
  linkedIndicatorCodes: Type.Array(Type.String()),
  clusterId: Nullable(Type.String({ format: 'uuid' })),
  demo: Type.Boolean(),
  createdAt: Timestamp,
  textDeletedAt: Nullable(Timestamp),
});

export const SignalEventSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  signalId: Type.String({ format: 'uuid' }),
  kind: Type.Enum(SIGNAL_EVENT_KINDS),
  fromStatus: Nullable(SignalStatusSchema),
  toStatus: Nullable(SignalStatusSchema),
  actorAccountId: Nullable(Type.String({ format: 'uuid' })),
  actorPseudonym: Nullable(Type.String()),
  note: Nullable(Type.String()),
  at: Timestamp,
});

export const SignalDetailSchema = Type.Intersect([
  SignalSchema,
  Type.Object({ history: Type.Array(SignalEventSchema) }),
]);

export const SignalPageSchema = Type.Object({
  demo: Type.Boolean({ description: 'true when any listed signal is demo data' }),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
  total: Type.Integer({ minimum: 0 }),
  items: Type.Array(SignalSchema),
});

export const SignalIntakeSchema = Type.Object({
  text: Type.String({
    description:
      'what was observed; personal data (e-mail, phone, BSN, IBAN, postcode + house number) are masked before storage',
  }),
  region: Type.String({
    description:
      'a CBS code (buurt BU########, wijk WK######, gemeente GM####) or a gemeente name; postcode areas are not supported',
    maxLength: 200,
  }),
  observedOn: Type.String({ description: 'YYYY-MM-DD, not in the future', maxLength: 10 }),
  domain: Type.String({ description: `one of ${SIGNAL_DOMAINS.join(', ')}`, maxLength: 64 }),
  targetGroup: Type.String({ description: `one of ${TARGET_GROUPS.join(', ')}`, maxLength: 64 }),
  peopleCount: Type.Optional(Nullable(Type.Integer({ description: 'how many people, ≥ 1' }))),
  knowledgeSource: Type.String({ description: 'seen, told or media', maxLength: 16 }),
  circleId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
});

export const SignalIntakeResultSchema = Type.Object({
  signal: SignalSchema,
  scrubReport: ScrubReportSchema,
});

export const SignalTransitionSchema = Type.Object({
  to: Type.Union([Type.Literal('triaged'), Type.Literal('interpreted'), Type.Literal('closed')]),
  urgency: Type.Optional(Type.String({ maxLength: 16 })),
  domain: Type.Optional(Type.String({ maxLength: 64 })),
  targetGroup: Type.Optional(Type.String({ maxLength: 64 })),
  region: Type.Optional(Type.String({ maxLength: 16 })),
  interpretation: Type.Optional(Type.String({ maxLength: 8000 })),
  linkedIndicatorCodes: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50 })),
  note: Type.Optional(Type.String({ maxLength: 4000 })),
});

export const SignalAssignmentSchema = Type.Object({
  assigneeAccountId: Nullable(Type.String({ format: 'uuid' })),
});

export const SignalImportResultSchema = Type.Object({
  file: Type.String(),
  imported: Type.Integer({ minimum: 1 }),
  references: Type.Array(Type.String()),
});

export const SignalClusterSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  reference: Type.String(),
  gemeenteCode: Type.String(),
  domain: SignalDomainSchema,
  memberCount: Type.Integer({ minimum: 1 }),
  firstObservedOn: Day,
  lastObservedOn: Day,
  createdAt: Timestamp,
});

export const SignalClusterListSchema = Type.Object({ items: Type.Array(SignalClusterSchema) });
export const SignalClusterDetailSchema = Type.Intersect([
  SignalClusterSchema,
  Type.Object({ signals: Type.Array(SignalSchema) }),
]);

export const IsoWeekSchema = Type.String({
  pattern: ISO_WEEK_PATTERN,
  description: 'ISO week, 2026-W07',
});

export const SignalCountListSchema = Type.Object({
  level: Type.Enum(SIGNAL_COUNT_LEVELS),
  from: Nullable(IsoWeekSchema),
  to: Nullable(IsoWeekSchema),
  demo: Type.Boolean({ description: 'true when the database holds demo signals' }),
  items: Type.Array(
    Type.Object({
      regionCode: Type.String(),
      isoWeek: IsoWeekSchema,
      domain: Nullable(SignalDomainSchema),
      targetGroup: Nullable(TargetGroupSchema),
      count: Type.Integer({ minimum: 1 }),
    }),
  ),
});
