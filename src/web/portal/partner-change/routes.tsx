// Changing partner, the merchant's side: an admin asks to move a unit, and may withdraw.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VppError } from '../../../domain/errors.js';
import { listPartnerChangesOfUnits } from '../../../operations/partner-change/list-partner-changes-of-merchant.js';
import { requestPartnerChange } from '../../../operations/partner-change/request-partner-change.js';
import { withdrawPartnerChange } from '../../../operations/partner-change/withdraw-partner-change.js';
import { requireMerchantAccess } from '../../../operations/portal/require-merchant-access.js';
import type { Runtime } from '../../../runtime.js';
import { FormText, formValues, statusOf, tryAction } from '../../form-values.js';
import { pageConfig, pageSchema, seeOther, sendPage } from '../../page.js';
import { checkCsrf } from '../../sessions.js';
import { merchantPath } from '../access-links.js';
import { PartnerChangePage } from './pages.js';

const Orgno = Type.Object({ orgno: Type.String({ pattern: '^\\d{9}$' }) });
const OrgnoId = Type.Object({ orgno: Type.String({ pattern: '^\\d{9}$' }), id: Type.String({ format: 'uuid' }) });
const Done = Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) });
const RequestForm = Type.Object({ _csrf: FormText(), msn: FormText(6), partner: FormText(20), understood: FormText(10) });

const DONE: Record<string, string> = {
  requested: "Your request is registered. Ask the new partner to order the reconfiguration of the MSN from Vipps MobilePay; we move the unit when their order arrives.",
  withdrawn: 'The request was withdrawn. The sales unit keeps its partner.',
};

export const portalPartnerChangeRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;
  const admin = async (req: FastifyRequest, orgno: string) => {
    const { person } = req.portal!;
    const access = await requireMerchantAccess({ db, nin: person.nin, orgno, permission: 'ADMIN' });
    return { nin: person.nin, name: person.name, access };
  };
  const show = async (req: FastifyRequest, reply: FastifyReply, orgno: string, extra: { status?: number; ok?: string | null; error?: VppError; chosen?: { msn: string; partner: string } } = {}) => {
    const a = await admin(req, orgno);
    const data = await listPartnerChangesOfUnits({ db, access: a.access });
    const { status, ...rest } = extra;
    return sendPage(reply, <PartnerChangePage access={a.access} csrf={req.portal!.session.csrf} {...data} {...rest} />, status);
  };

  app.get('/portal/merchants/:orgno/partner-change', { config: pageConfig, schema: pageSchema('Portal: ask to move a sales unit to another partner', { params: Orgno, querystring: Done }) }, async (req, reply) => {
    const { done } = req.query;
    return show(req, reply, req.params.orgno, { ok: done ? DONE[done] : null });
  });

  app.post('/portal/merchants/:orgno/partner-change', { config: pageConfig, schema: pageSchema('Portal: send a request to change partner', { params: Orgno, body: RequestForm }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const a = await admin(req, req.params.orgno);
    const f = formValues(req);
    const chosen = { msn: f.text('msn'), partner: f.text('partner') };
    const done = await tryAction(() => requestPartnerChange({ db, admin: a, msn: chosen.msn, toPartnerId: chosen.partner, understood: f.checked('understood'), now: rt.clock.now() }));
    if (done.error) return show(req, reply, req.params.orgno, { status: statusOf(done.error), error: done.error, chosen });
    return seeOther(reply, `${merchantPath(a.access.orgno, 'partner-change')}?done=requested`);
  });

  app.post('/portal/merchants/:orgno/partner-change/:id/withdraw', { config: pageConfig, schema: pageSchema('Portal: withdraw a request to change partner', { params: OrgnoId, body: Type.Object({ _csrf: FormText() }) }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const a = await admin(req, req.params.orgno);
    await withdrawPartnerChange({ db, admin: a, id: req.params.id, now: rt.clock.now() });
    return seeOther(reply, `${merchantPath(a.access.orgno, 'partner-change')}?done=withdrawn`);
  });
};
