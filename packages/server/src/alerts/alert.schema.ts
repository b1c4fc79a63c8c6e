import { Type } from 'typebox';
import {
  ALERT_STATUSES,
  DETECTION_METHODS,
  DETECTION_TRIGGERS,
  SERIES_KINDS,
} from '@weegschaal/core';

const Timestamp = Type.String({ format: 'date-time' });
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const Method = Type.Enum(DETECTION_METHODS);
const Status = Type.Enum(ALERT_STATUSES);

export const AlertIdParams = Type.Object({ alertId: Type.String({ format: 'uuid' }) });

const SeriesWindowSchema = Type.Object(
  {
    periods: Type.Array(Type.String()),
    observed: Type.Array(NullableNumber),
    expected: Type.Array(NullableNumber),
    upperBound: Type.Array(NullableNumber),
  },
  {
    description:
      "The newest points of the series with the method's expected value and upper bound, for a chart",
  },
);

export const AlertSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  dedupKey: Type.String({ description: 'series|method|period: one alert per key' }),
  seriesKey: Type.String(),
  seriesKind: Type.Enum(SERIES_KINDS),
  seriesLabel: Type.String(),
  regionCode: Type.Union([Type.String(), Type.Null()]),
  regionName: Type.Union([Type.String(), Type.Null()]),
  domain: Type.Union([Type.String(), Type.Null()]),
  indicatorCode: Type.Union([Type.String(), Type.Null()]),
  method: Method,
  parameters: Type.Record(Type.String(), Type.Unknown()),
  periodType: Type.String(),
  period: Type.String({ description: 'The period that raised the alarm, e.g. 2026-W46' }),
  observed: Type.Number(),
  expected: NullableNumber,
  upperBound: Type.Number(),
  baseline: Type.Array(Type.Object({ from: Type.String(), to: Type.String() })),
  explanation: Type.Array(Type.String()),
  window: SeriesWindowSchema,
  status: Status,
  statusNote: Type.Union([Type.String(), Type.Null()]),
  statusBy: Type.Union([Type.String(), Type.Null()]),
  statusAt: Type.Union([Timestamp, Type.Null()]),
  detectionRunId: Type.String({ format: 'uuid' }),
  detectedAt: Timestamp,
  demo: Type.Boolean(),
});

export const AlertListSchema = Type.Object({
  demo: Type.Boolean({ description: 'true when any listed alert comes from demo data' }),
  total: Type.Integer(),
  items: Type.Array(AlertSchema),
});

export const AlertListQuerySchema = Type.Object({
  status: Type.Optional(Status),
  method: Type.Optional(Method),
  seriesKind: Type.Optional(Type.Enum(SERIES_KINDS)),
  region: Type.Optional(
    Type.String({
      pattern: '^[A-Z]{2}[0-9]{2,8}$',
      description:
        'A region code: the region itself, or the gemeenten in a veiligheidsregio or provincie',
    }),
  ),
  detectionRunId: Type.Optional(Type.String({ format: 'uuid' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});

export const AlertDecisionSchema = Type.Object({
  status: Type.Enum(['acknowledged', 'dismissed'] as const),
  note: Type.String({ minLength: 1, maxLength: 2000, description: 'Why: required' }),
});

export const DetectionRunRequestSchema = Type.Object({
  asOf: Type.Optional(
    Type.String({ format: 'date', description: 'Judge the series up to this day (default today)' }),
  ),
});

export const DetectionRunSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  trigger: Type.Enum(DETECTION_TRIGGERS),
  requestedBy: Type.Union([Type.String(), Type.Null()]),
  asOf: Day,
  startedAt: Timestamp,
  seriesChecked: Type.Integer(),
  pointsJudged: Type.Integer(),
  alarms: Type.Integer(),
  newAlerts: Type.Integer({ description: 'alarms that were no alert yet' }),
  explanation: Type.Array(Type.String()),
});

export const DigestQuerySchema = Type.Object({
  date: Type.Optional(Type.String({ format: 'date', description: 'The day (default today)' })),
  lang: Type.Optional(
    Type.Enum(['nl', 'en'] as const, { description: 'Language of the text (default nl)' }),
  ),
});

const DigestLineSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  seriesLabel: Type.String(),
  method: Method,
  period: Type.String(),
  observed: Type.Number(),
  expected: NullableNumber,
  upperBound: Type.Number(),
  status: Status,
  demo: Type.Boolean(),
});

export const DigestSchema = Type.Object({
  date: Day,
  detected: Type.Array(DigestLineSchema),
  decided: Type.Array(DigestLineSchema),
  open: Type.Array(DigestLineSchema),
  demo: Type.Boolean(),
  text: Type.String({ description: 'The same digest as plain text' }),
});
