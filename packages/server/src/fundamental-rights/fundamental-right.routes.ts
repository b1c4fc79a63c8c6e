import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FUNDAMENTAL_RIGHTS, RIGHTS_INSTRUMENTS, RIGHTS_INSTRUMENT_INFO } from '@weegschaal/core';
import { problemResponses, success } from '../http/responses.ts';

const FundamentalRightsSchema = Type.Object({
  instruments: Type.Array(
    Type.Object({
      instrument: Type.Enum(RIGHTS_INSTRUMENTS),
      nameNl: Type.String(),
      nameEn: Type.String(),
      url: Type.String(),
    }),
  ),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      instrument: Type.Enum(RIGHTS_INSTRUMENTS),
      article: Type.String(),
      titleNl: Type.String(),
      titleEn: Type.String(),
    }),
  ),
});

/** The reference list that fiches cite and the weighing framework grounds its values in. */
export const fundamentalRightRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/fundamental-rights',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listFundamentalRights',
        tags: ['Fiches'],
        summary: 'Reference list of fundamental rights (Grondwet, ECHR, ICESCR, UN CRC, UN CRPD)',
        response: {
          200: success(FundamentalRightsSchema, 'The reference list'),
          500: problemResponses[500],
        },
      },
    },
    () => ({ instruments: [...RIGHTS_INSTRUMENT_INFO], items: [...FUNDAMENTAL_RIGHTS] }),
  );
};
