import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import { amsterdamDate } from '@weegschaal/core';
import type { Permission, Principal } from '@weegschaal/core';
import {
  createDossier,
  createLesson,
  createPlaybook,
  getDossier,
  getLesson,
  getPlaybook,
  listDossiers,
  listLessons,
  listPlaybooks,
  searchKnowledge,
  updateDossier,
  updateLesson,
  updatePlaybook,
} from '@weegschaal/storage';
import type { DatabaseHandle, Executor } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import {
  DossierInputSchema,
  DossierListSchema,
  DossierParams,
  DossierSchema,
  KnowledgeSearchQuerySchema,
  KnowledgeSearchSchema,
  LessonInputSchema,
  LessonListSchema,
  LessonParams,
  LessonQuerySchema,
  LessonSchema,
  PlaybookInputSchema,
  PlaybookListSchema,
  PlaybookParams,
  PlaybookQuerySchema,
  PlaybookSchema,
} from './knowledge.schema.ts';

const read: Permission = 'knowledge:read';
const write: Permission = 'knowledge:write';
const errors = {
  401: problemResponses[401],
  403: problemResponses[403],
  500: problemResponses[500],
};

interface ItemSpec<Input, Output> {
  path: string;
  param: string;
  noun: string;
  operation: string;
  params: TSchema;
  input: TSchema;
  output: TSchema;
  get(db: Executor, id: string, now: Date): Promise<Output>;
  create(db: Executor, actor: Principal, input: Input, now: Date): Promise<Output>;
  update(db: Executor, actor: Principal, id: string, input: Input, now: Date): Promise<Output>;
}

/** GET one, POST a new one, PUT a replacement: the same three routes for each kind of item. */
function itemRoutes<Input, Output>(
  spec: ItemSpec<Input, Output>,
): FastifyPluginAsyncTypebox<{ handle: DatabaseHandle; clock: () => Date }> {
  return async (app, { handle, clock }) => {
    const tags = ['Knowledge base'];
    app.get(
      `${spec.path}/:${spec.param}`,
      {
        config: { permission: read },
        schema: {
          operationId: `get${spec.operation}`,
          tags,
          summary: `One ${spec.noun} with its links`,
          params: spec.params,
          response: {
            200: success(spec.output, `The ${spec.noun}`),
            400: problemResponses[400],
            404: problemResponses[404],
            ...errors,
          },
        },
      },
      async (request) =>
        spec.get(handle.db, (request.params as Record<string, string>)[spec.param]!, clock()),
    );
    app.post(
      spec.path,
      {
        config: { permission: write },
        schema: {
          operationId: `create${spec.operation}`,
          tags,
          summary: `Record a ${spec.noun}; every link must point at something that exists`,
          body: spec.input,
          response: {
            201: success(spec.output, `The new ${spec.noun}`),
            400: problemResponses[400],
            404: problemResponses[404],
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const created = await handle.db
          .transaction()
          .execute((trx) => spec.create(trx, request.principal, request.body as Input, clock()));
        return reply.code(201).send(created);
      },
    );
    app.put(
      `${spec.path}/:${spec.param}`,
      {
        config: { permission: write },
        schema: {
          operationId: `replace${spec.operation}`,
          tags,
          summary: `Replace a ${spec.noun} and its links`,
          params: spec.params,
          body: spec.input,
          response: {
            200: success(spec.output, `The ${spec.noun} as stored`),
            400: problemResponses[400],
            404: problemResponses[404],
            ...errors,
          },
        },
      },
      async (request) => {
        const id = (request.params as Record<string, string>)[spec.param]!;
        return handle.db
          .transaction()
          .execute((trx) =>
            spec.update(trx, request.principal, id, request.body as Input, clock()),
          );
      },
    );
  };
}

export const knowledgeRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  const today = () => amsterdamDate(clock());
  const tags = ['Knowledge base'];

  app.get(
    '/dossiers',
    {
      config: { permission: read },
      schema: {
        operationId: 'listDossiers',
        tags,
        summary: 'Dossiers per theme, with strategic long-term advice',
        response: { 200: success(DossierListSchema, 'The dossiers'), ...errors },
      },
    },
    async () => ({ items: await listDossiers(handle.db) }),
  );
  await app.register(
    itemRoutes({
      path: '/dossiers',
      param: 'dossierId',
      noun: 'dossier',
      operation: 'Dossier',
      params: DossierParams,
      input: DossierInputSchema,
      output: DossierSchema,
      get: (db, id) => getDossier(db, id),
      create: createDossier,
      update: updateDossier,
    }),
    { handle, clock },
  );

  app.get(
    '/lessons-learned',
    {
      config: { permission: read },
      schema: {
        operationId: 'listLessonsLearned',
        tags,
        summary: 'Lessons learned: what happened, what we learned, who owns the follow-up',
        querystring: LessonQuerySchema,
        response: {
          200: success(LessonListSchema, 'The lessons, newest first'),
          400: problemResponses[400],
          ...errors,
        },
      },
    },
    async (request) => ({ items: await listLessons(handle.db, request.query) }),
  );
  await app.register(
    itemRoutes({
      path: '/lessons-learned',
      param: 'lessonId',
      noun: 'lesson learned',
      operation: 'LessonLearned',
      params: LessonParams,
      input: LessonInputSchema,
      output: LessonSchema,
      get: (db, id) => getLesson(db, id),
      create: createLesson,
      update: updateLesson,
    }),
    { handle, clock },
  );

  app.get(
    '/playbooks',
    {
      config: { permission: read },
      schema: {
        operationId: 'listPlaybooks',
        tags,
        summary:
          'Sector playbooks, continuity plans and protocols, by review date; stale once the date has passed',
        querystring: PlaybookQuerySchema,
        response: {
          200: success(PlaybookListSchema, 'The playbooks, soonest review first'),
          400: problemResponses[400],
          ...errors,
        },
      },
    },
    async (request) => {
      const day = today();
      const items = await listPlaybooks(handle.db, day, {
        ...(request.query.kind ? { kind: request.query.kind } : {}),
        staleOnly: request.query.stale === true,
      });
      return { today: day, items };
    },
  );
  await app.register(
    itemRoutes({
      path: '/playbooks',
      param: 'playbookId',
      noun: 'playbook',
      operation: 'Playbook',
      params: PlaybookParams,
      input: PlaybookInputSchema,
      output: PlaybookSchema,
      get: (db, id, now) => getPlaybook(db, id, amsterdamDate(now)),
      create: createPlaybook,
      update: updatePlaybook,
    }),
    { handle, clock },
  );

  app.get(
    '/knowledge-search',
    {
      config: { permission: read },
      schema: {
        operationId: 'searchKnowledge',
        tags,
        summary:
          'Full-text search (Dutch stemming) over dossiers, lessons and playbooks, ranked, with highlighted snippets',
        querystring: KnowledgeSearchQuerySchema,
        response: {
          200: success(KnowledgeSearchSchema, 'The hits, best first'),
          400: problemResponses[400],
          ...errors,
        },
      },
    },
    async (request) => searchKnowledge(handle.db, request.query.q),
  );
};
