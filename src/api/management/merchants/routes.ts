// Merchants: all of the caller's, one by business identifier, its sales units, its contracts.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { findVisibleMerchant } from '../../../operations/management/find-visible-merchant.js';
import { getMerchantContractPdf, listMerchantContracts } from '../../../operations/management/list-merchant-contracts.js';
import { listMerchants } from '../../../operations/management/list-merchants.js';
import type { Runtime } from '../../../runtime.js';
import { ManagementHeaders, problemResponses, routeConfig } from '../schemas.js';
import { merchantJson, MerchantJson, msnInfo, MsnInfoJson } from '../shapes.js';
import { requireActor } from '../../caller.js';

const tags = ['Management API: merchants'];

const MerchantParams = Type.Object({
  scheme: Type.String({ description: 'The kind of business identifier: business:NO:ORG' }),
  id: Type.String({ description: 'The organisation number' }),
});

const ContractParams = Type.Object({
  ...MerchantParams.properties,
  file: Type.String({ pattern: '^[0-9a-fA-F-]{36}\\.pdf$', description: '<contract id>.pdf, as listed by .../contracts' }),
});

export const merchantRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;

  app.get(
    '/management/v1/merchants',
    {
      config: routeConfig,
      schema: {
        tags,
        summary: 'All merchants with a sales unit connected to you',
        description: "With a merchant's own keys: just that merchant.",
        headers: ManagementHeaders,
        response: { 200: Type.Object({ merchants: Type.Array(MerchantJson) }), ...problemResponses },
      },
    },
    async (req) => ({ merchants: (await listMerchants({ db, actor: requireActor(req) })).map(merchantJson) }),
  );

  app.get(
    '/management/v1/merchants/:scheme/:id',
    {
      config: routeConfig,
      schema: { tags, summary: 'A merchant by business identifier', headers: ManagementHeaders, params: MerchantParams, response: { 200: MerchantJson, ...problemResponses } },
    },
    async (req) => merchantJson((await findVisibleMerchant({ db, actor: requireActor(req), ...req.params })).merchant),
  );

  app.get(
    '/management/v1/merchants/:scheme/:id/sales-units',
    {
      config: routeConfig,
      schema: {
        tags,
        summary: "A merchant's sales units",
        description: 'For a partner, only the active units connected to the partner.',
        headers: ManagementHeaders,
        params: MerchantParams,
        response: { 200: Type.Array(MsnInfoJson), ...problemResponses },
      },
    },
    async (req) => (await findVisibleMerchant({ db, actor: requireActor(req), ...req.params })).units.map(msnInfo),
  );

  app.get(
    '/management/v1/merchants/:scheme/:id/contracts',
    {
      config: routeConfig,
      schema: {
        tags,
        summary: "Links to a merchant's signed merchant agreements (PDF)",
        headers: ManagementHeaders,
        params: MerchantParams,
        response: { 200: Type.Object({ urls: Type.Array(Type.String({ format: 'uri' })) }), ...problemResponses },
      },
    },
    async (req) => ({ urls: await listMerchantContracts({ db, actor: requireActor(req), ...req.params, publicUrl: rt.config.publicUrl }) }),
  );

  app.get(
    '/management/v1/merchants/:scheme/:id/contracts/:file',
    {
      config: routeConfig,
      schema: {
        tags,
        summary: 'A signed merchant agreement as PDF',
        description: 'Authorised like the merchant itself.',
        headers: ManagementHeaders,
        params: ContractParams,
        produces: ['application/pdf'],
        response: { 200: Type.Unsafe<Buffer>(Type.String({ description: 'The PDF', contentMediaType: 'application/pdf' })), ...problemResponses },
      },
    },
    async (req, reply) => {
      const { file, ...merchant } = req.params;
      const pdf = await getMerchantContractPdf({ db, actor: requireActor(req), ...merchant, contractId: file.slice(0, -'.pdf'.length).toLowerCase() });
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${file}"`).send(pdf);
    },
  );
};
