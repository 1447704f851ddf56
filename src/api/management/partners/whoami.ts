// GET /management/v1/partners/whoami: the partner behind the keys making the request.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { levelName } from '../../../domain/partners/describe-partner.js';
import { getOwnPartner } from '../../../operations/management/get-own-partner.js';
import { requireActor } from '../../caller.js';
import type { Runtime } from '../../../runtime.js';
import { ManagementHeaders, problemResponses, routeConfig } from '../schemas.js';

const PartnerResponse = Type.Object({
  partnerId: Type.String({ pattern: '^\\d{3,10}$' }),
  name: Type.String(),
  level: Type.Union([Type.Literal('Vipps Partner'), Type.Literal('Vipps Partner Plus'), Type.Literal('Vipps Partner Premium')]),
  partnerContactName: Type.String(),
  partnerContactEmail: Type.String(),
  status: Type.Union([Type.Literal('PENDING'), Type.Literal('ACTIVE'), Type.Literal('DEACTIVATED')]),
});

export const whoamiRoute: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.get(
    '/management/v1/partners/whoami',
    {
      config: routeConfig,
      schema: { tags: ['Management API: partners'], summary: 'The partner making the request', headers: ManagementHeaders, response: { 200: PartnerResponse, ...problemResponses } },
    },
    async (req) => {
      const p = await getOwnPartner({ db: rt.store.db, actor: requireActor(req) });
      return {
        partnerId: p.id,
        name: p.name,
        level: levelName(p.level) as 'Vipps Partner',
        partnerContactName: p.contact_name,
        partnerContactEmail: p.contact_email,
        status: 'ACTIVE' as const,
      };
    },
  );
};
