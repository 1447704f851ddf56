// The partner journey's JSON API: apply to become a partner (no keys needed yet), and a
// partner's integration checklist verdicts for CI (the partner's own keys).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { forbidden } from '../../domain/errors.js';
import { qualifyingLevel } from '../../domain/partner-journey/partner-level.js';
import { applyToBecomePartner } from '../../operations/partner-journey/apply-to-become-partner.js';
import { getChecklistVerdicts } from '../../operations/partner-journey/get-checklist-verdicts.js';
import type { Runtime } from '../../runtime.js';
import { requireActor, requireCaller } from '../caller.js';
import { Problem } from '../problem-schema.js';
import { SystemHeaders } from '../system-headers.js';
import { ApplicationRequest, ApplicationResponse, ChecklistQuery, ChecklistsResponse, PartnerParams } from './schemas.js';

const Headers = Type.Object({ ...SystemHeaders });

export const partnerApplicationApi: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.post(
    '/partner-applications/v1/applications',
    {
      config: { api: 'partner-applications', errorFormat: 'problem' },
      schema: {
        tags: ['Partner applications'],
        summary: 'Apply to become a partner',
        description: 'The application goes to the back office. On approval the contact is emailed where the test-environment keys are.',
        headers: Headers,
        body: ApplicationRequest,
        response: { 201: ApplicationResponse, 400: Problem, 409: Problem },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const input = { ...b, expectedRevenue: b.expectedAnnualRevenue };
      const row = await applyToBecomePartner({ db: rt.store.db, input, now: rt.clock.now() });
      const qualifiesFor = qualifyingLevel({ revenue: b.expectedAnnualRevenue, merchants: b.expectedMerchants, products: row.products.length });
      return reply.code(201).send({ applicationId: row.id, status: 'PENDING', qualifiesFor });
    },
  );
};

export const integrationChecklistApi: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  requireCaller(app, rt);
  app.get(
    '/integration-checklists/v1/partners/:partnerId/checklists',
    {
      config: { api: 'integration-checklists', errorFormat: 'problem' },
      schema: {
        tags: ['Integration checklists'],
        summary: "A partner's checklist verdicts, judged from its recorded traffic",
        description: 'Authenticate with the partner\'s own partner or management keys. `allMet` is false while any item is not yet met: `jq -e .allMet` fails a pipeline then.',
        headers: Headers,
        params: PartnerParams,
        querystring: ChecklistQuery,
        response: { 200: ChecklistsResponse, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req) => {
      const { partnerId } = req.params;
      const actor = requireActor(req);
      if (actor.partnerId !== partnerId) {
        throw forbidden(actor.partnerId ? `These keys belong to partner ${actor.partnerId}; use partner ${partnerId}'s own keys.` : "Checklists are read with the partner's own partner or management keys, not merchant or accounting keys.");
      }
      return getChecklistVerdicts({ db: rt.store.db, partnerId, api: req.query.api });
    },
  );
};
