// Sales units: the caller's, one by MSN with its changelog, changes to one; and API quality.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getApiQuality } from '../../../operations/management/get-api-quality.js';
import { getSalesUnit } from '../../../operations/management/get-sales-unit.js';
import { listSalesUnits } from '../../../operations/management/list-sales-units.js';
import { updateSalesUnit } from '../../../operations/management/update-sales-unit.js';
import { SalesUnitLogo, SalesUnitName } from '../../../domain/product-orders/prefill-schema.js';
import type { Runtime } from '../../../runtime.js';
import { ManagementHeaders, MsnParam, problemResponses, routeConfig } from '../schemas.js';
import { msnInfo, MsnInfoJson, salesUnitJson, SalesUnitJson } from '../shapes.js';
import { requireActor } from '../../caller.js';

const tags = ['Management API: sales units'];
const MsnParams = Type.Object({ msn: MsnParam });

const UnitPatchBody = Type.Object(
  {
    name: Type.Optional(SalesUnitName),
    salesUnitLogo: Type.Optional(SalesUnitLogo),
    status: Type.Optional(Type.Union([Type.Literal('ACTIVE'), Type.Literal('DEACTIVATED')], { description: 'Deactivate or reactivate the unit' })),
  },
  { additionalProperties: false },
);

const QualityItem = Type.Object(
  {
    endpoint: Type.String({ description: 'METHOD:/path, like POST:/epayment/v1/payments' }),
    'total Requests': Type.Number({ description: 'Requests to this endpoint for the unit' }),
    successRate: Type.Number({ description: 'Percentage of 2xx responses' }),
  },
  { additionalProperties: Type.Integer({ description: 'statusNNN: how many responses had status NNN' }) },
);

export const salesUnitRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;

  app.get(
    '/management/v1/sales-units',
    {
      config: routeConfig,
      schema: {
        tags,
        summary: 'All your active sales units of active merchants',
        headers: ManagementHeaders,
        response: { 200: Type.Array(MsnInfoJson), ...problemResponses },
      },
    },
    async (req) => (await listSalesUnits({ db, actor: requireActor(req) })).map(msnInfo),
  );

  app.get(
    '/management/v1/sales-units/:msn',
    {
      config: routeConfig,
      schema: {
        tags,
        summary: 'A sales unit by MSN, with its changelog',
        description: '404 unless both the unit and its merchant are active and the unit is connected to you.',
        headers: ManagementHeaders,
        params: MsnParams,
        response: { 200: SalesUnitJson, ...problemResponses },
      },
    },
    async (req) => {
      const { msn } = req.params;
      const found = await getSalesUnit({ db, actor: requireActor(req), msn });
      req.logMsn = msn;
      return salesUnitJson(found);
    },
  );

  app.patch(
    '/management/v1/sales-units/:msn',
    {
      config: routeConfig,
      schema: {
        tags,
        summary: "Change a sales unit's name, logo or status",
        description: 'Each change is recorded in the changelog with whose keys made it and when. Returns the unit.',
        headers: ManagementHeaders,
        params: MsnParams,
        body: UnitPatchBody,
        response: { 200: SalesUnitJson, ...problemResponses },
      },
    },
    async (req) => {
      const { msn } = req.params;
      const updated = await updateSalesUnit({ db, actor: requireActor(req), msn, patch: req.body, now: rt.clock.now() });
      req.logMsn = msn;
      return salesUnitJson(updated);
    },
  );

  app.get(
    '/management/v1/api-quality/sales-units/:msn',
    {
      config: routeConfig,
      schema: {
        tags: ['Management API: API quality'],
        summary: "API quality of a sales unit's integration",
        description: 'Per endpoint: requests, success rate and the count of each status code, from the request log of the unit.',
        headers: ManagementHeaders,
        params: MsnParams,
        response: { 200: Type.Object({ ApiQualityItems: Type.Array(QualityItem) }), ...problemResponses },
      },
    },
    async (req) => {
      const { msn } = req.params;
      const items = await getApiQuality({ db, actor: requireActor(req), msn });
      req.logMsn = msn;
      return { ApiQualityItems: items };
    },
  );
};
