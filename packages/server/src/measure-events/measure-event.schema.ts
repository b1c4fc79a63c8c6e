import { Type } from 'typebox';
import { MEASURE_EVENT_KINDS } from '@weegschaal/core';

export const MeasureEventQuerySchema = Type.Object({
  from: Type.Optional(Type.String({ format: 'date', description: 'Events in force on or after' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Events starting on or before' })),
  kind: Type.Optional(
    Type.Array(Type.Enum(MEASURE_EVENT_KINDS), {
      description: 'Only these kinds (repeat the parameter for several)',
    }),
  ),
});

export const MeasureEventSchema = Type.Object({
  id: Type.Integer(),
  startDate: Type.String({ format: 'date' }),
  // one schema with a type list (not anyOf), so that the date format sits on the property
  endDate: Type.Unsafe<string | null>({
    type: ['string', 'null'],
    format: 'date',
    description: 'null for a point event or one still in force',
  }),
  end: Type.Enum(['none', 'dated', 'expected', 'open'], {
    description:
      'none: a point event; dated: ended on endDate; expected: endDate as announced; open: still in force',
  }),
  description: Type.String({ description: 'Short Dutch label from the source' }),
  kind: Type.Enum(MEASURE_EVENT_KINDS, {
    description: 'Classified by keyword from the description, for filtering annotations',
  }),
  url: Type.Union([Type.String(), Type.Null()]),
  source: Type.String({ description: 'The source file' }),
  line: Type.Integer({ description: 'The line in the source file' }),
});

export const MeasureEventListSchema = Type.Object({
  demo: Type.Boolean({ description: 'Always false: real, hand-curated public lists' }),
  sources: Type.Array(
    Type.Object({
      fileName: Type.String(),
      title: Type.String(),
      licence: Type.String(),
      url: Type.String(),
    }),
  ),
  items: Type.Array(MeasureEventSchema),
});
