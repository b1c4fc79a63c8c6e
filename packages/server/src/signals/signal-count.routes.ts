import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  SIGNAL_COUNT_LEVELS,
  invalidInput,
  isIsoWeek,
  isSignalDomain,
  isTargetGroup,
} from '@weegschaal/core';
import { signalWeeklyCounts } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { IsoWeekSchema, SignalCountListSchema } from './signal.schema.ts';

export const signalCountRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/signal-counts',
    {
      config: { permission: 'signal-counts:read' },
      schema: {
        operationId: 'listSignalCounts',
        tags: ['Signals'],
        summary: 'Signals per ISO week per region, by domain and target group (counts only)',
        description:
          'Weeks without signals are left out. by=domain,targetGroup chooses the split (default ' +
          'both; an empty value sums over both). Wijk counts hold only signals given at wijk or buurt.',
        querystring: Type.Object({
          level: Type.Optional(Type.Enum(SIGNAL_COUNT_LEVELS, { default: 'gemeente' })),
          from: Type.Optional(IsoWeekSchema),
          to: Type.Optional(IsoWeekSchema),
          region: Type.Optional(Type.String({ maxLength: 16 })),
          domain: Type.Optional(Type.String({ maxLength: 64 })),
          targetGroup: Type.Optional(Type.String({ maxLength: 64 })),
          by: Type.Optional(
            Type.String({ pattern: '^((domain|targetGroup)(,(domain|targetGroup))?)?$' }),
          ),
        }),
        response: {
          200: success(SignalCountListSchema, 'The weekly counts'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const { level = 'gemeente', from, to, region, domain, targetGroup, by } = request.query;
      const bad = [
        ...(from && !isIsoWeek(from)
          ? [{ name: 'query.from', reason: 'no such ISO week', value: from }]
          : []),
        ...(to && !isIsoWeek(to)
          ? [{ name: 'query.to', reason: 'no such ISO week', value: to }]
          : []),
        ...(domain && !isSignalDomain(domain)
          ? [{ name: 'query.domain', reason: 'not a signal domain', value: domain }]
          : []),
        ...(targetGroup && !isTargetGroup(targetGroup)
          ? [{ name: 'query.targetGroup', reason: 'not a target group', value: targetGroup }]
          : []),
      ];
      if (bad.length > 0) throw invalidInput('The count query is invalid.', bad);
      const split = by === undefined ? ['domain', 'targetGroup'] : by.split(',');
      const items = await signalWeeklyCounts(handle.db, {
        level,
        ...(from ? { fromWeek: from } : {}),
        ...(to ? { toWeek: to } : {}),
        ...(region ? { regionCode: region } : {}),
        ...(domain && isSignalDomain(domain) ? { domain } : {}),
        ...(targetGroup && isTargetGroup(targetGroup) ? { targetGroup } : {}),
        groupBy: { domain: split.includes('domain'), targetGroup: split.includes('targetGroup') },
      });
      const demo = await handle.db
        .selectFrom('signal')
        .select('id')
        .where('is_demo', '=', true)
        .limit(1)
        .executeTakeFirst();
      return { level, from: from ?? null, to: to ?? null, demo: demo !== undefined, items };
    },
  );
};
