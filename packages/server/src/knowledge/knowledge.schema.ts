import { Type } from 'typebox';
import { KNOWLEDGE_ITEM_TYPES, LESSON_STATUSES, PLAYBOOK_KINDS } from '@weegschaal/core';

const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Day = Type.String({ format: 'date', description: 'A calendar date, YYYY-MM-DD' });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const LongText = Type.String({ maxLength: 20_000 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const LinkTargetSchema = Type.Union(
  [
    Type.Object({ type: Type.Literal('measure'), measureCode: Text(100) }),
    Type.Object({
      type: Type.Literal('fiche'),
      measureCode: Text(100),
      level: Type.Integer({ minimum: 1 }),
      version: Type.Integer({ minimum: 1 }),
    }),
    Type.Object({ type: Type.Literal('advice-request'), id: Uuid }),
    Type.Object({ type: Type.Literal('advisory-report'), id: Uuid }),
  ],
  { description: 'A measure, one version of a fiche, a request for advice or an advisory report' },
);
const LinkSchema = Type.Object({ target: LinkTargetSchema, label: Type.String() });
const Links = Type.Array(LinkTargetSchema, { maxItems: 50 });
const Stamps = {
  demo: Type.Boolean(),
  createdAt: Instant,
  updatedAt: Instant,
  links: Type.Array(LinkSchema),
};

const DossierFields = {
  title: Text(300),
  theme: Text(200),
  summary: Text(20_000),
  strategicAdvice: LongText,
  owner: Text(200),
  reviewBy: Nullable(Day),
};
export const DossierInputSchema = Type.Object({ ...DossierFields, links: Links });
export const DossierSchema = Type.Object({ id: Uuid, ...DossierFields, ...Stamps });
export const DossierListSchema = Type.Object({ items: Type.Array(DossierSchema) });
export const DossierParams = Type.Object({ dossierId: Uuid });

const LessonFields = {
  title: Text(300),
  whatHappened: Text(20_000),
  whatWeLearned: Text(20_000),
  followUp: LongText,
  followUpOwner: Text(200),
  status: Type.Enum(LESSON_STATUSES),
  occurredOn: Nullable(Day),
  dossierId: Nullable(Uuid),
};
export const LessonInputSchema = Type.Object({ ...LessonFields, links: Links });
export const LessonSchema = Type.Object({ id: Uuid, ...LessonFields, ...Stamps });
export const LessonListSchema = Type.Object({ items: Type.Array(LessonSchema) });
export const LessonParams = Type.Object({ lessonId: Uuid });
export const LessonQuerySchema = Type.Object({
  status: Type.Optional(Type.Enum(LESSON_STATUSES)),
  dossierId: Type.Optional(Uuid),
});

const PlaybookFields = {
  kind: Type.Enum(PLAYBOOK_KINDS),
  title: Text(300),
  sector: Text(200),
  owner: Text(200),
  body: Text(20_000),
  reviewBy: Day,
  lastReviewedOn: Nullable(Day),
};
const ReviewSchema = Type.Object({
  stale: Type.Boolean({ description: 'the review date has passed' }),
  daysOverdue: Type.Integer({ description: 'days past the review date; negative: days left' }),
  explanation: Type.String(),
});
export const PlaybookInputSchema = Type.Object({ ...PlaybookFields, links: Links });
export const PlaybookSchema = Type.Object({
  id: Uuid,
  ...PlaybookFields,
  ...Stamps,
  review: ReviewSchema,
});
export const PlaybookListSchema = Type.Object({
  today: Day,
  items: Type.Array(PlaybookSchema),
});
export const PlaybookParams = Type.Object({ playbookId: Uuid });
export const PlaybookQuerySchema = Type.Object({
  kind: Type.Optional(Type.Enum(PLAYBOOK_KINDS)),
  stale: Type.Optional(Type.Boolean({ description: 'true: only those past their review date' })),
});

export const KnowledgeSearchQuerySchema = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: 500,
    description: 'Web-search syntax in Dutch: words, "a phrase", -excluded, or',
  }),
});
export const KnowledgeSearchSchema = Type.Object({
  query: Type.String(),
  hits: Type.Array(
    Type.Object({
      type: Type.Enum(KNOWLEDGE_ITEM_TYPES),
      id: Uuid,
      title: Type.String(),
      rank: Type.Number(),
      snippet: Type.Array(Type.Object({ text: Type.String(), match: Type.Boolean() }), {
        description: 'The highlighted excerpt, in parts; match marks the words found',
      }),
      demo: Type.Boolean(),
    }),
  ),
});
