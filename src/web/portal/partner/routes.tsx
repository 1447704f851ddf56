// The partner's own page in the portal, for the people of a partner company.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VppError } from '../../../domain/errors.js';
import { attachChecklistEvidence } from '../../../operations/partner-journey/attach-checklist-evidence.js';
import { getPartnerPortal } from '../../../operations/partner-journey/get-partner-portal.js';
import { orderPartnerPortalAccess } from '../../../operations/partner-journey/order-partner-portal-access.js';
import { revealPartnerKeys } from '../../../operations/partner-journey/reveal-partner-keys.js';
import { submitForVerification } from '../../../operations/partner-journey/submit-for-verification.js';
import type { Runtime } from '../../../runtime.js';
import { FormList, FormText, formValues, statusOf, tryAction } from '../../form-values.js';
import { pageConfig, pageSchema, seeOther, sendPage } from '../../page.js';
import { checkCsrf } from '../../sessions.js';
import { PartnerPortalPage } from './pages.js';

const Orgno = Type.Object({ orgno: Type.String({ pattern: '^\\d{9}$' }) });
const OrgnoKey = Type.Object({ orgno: Type.String({ pattern: '^\\d{9}$' }), keySetId: Type.String({ maxLength: 64 }) });
const Done = Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) });
const DONE: Record<string, string> = {
  attached: 'Evidence attached.',
  ordered: 'Vipps Logg inn ordered. The back office reviews the order; you are emailed when it is approved.',
  submitted: 'Submitted. The integration team will verify it and write to your contact.',
};

export const portalPartnerRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;
  const who = (req: FastifyRequest, orgno: string) => ({ nin: req.portal!.person.nin, orgno });

  const show = async (req: FastifyRequest, reply: FastifyReply, orgno: string, extra: { status?: number; done?: string; error?: VppError; shown?: Awaited<ReturnType<typeof revealPartnerKeys>> } = {}) => {
    const data = await getPartnerPortal({ db, ...who(req, orgno) });
    if (extra.shown) reply.header('referrer-policy', 'no-referrer');
    return sendPage(reply, <PartnerPortalPage orgno={orgno} csrf={req.portal!.session.csrf} {...data} ok={extra.done ? DONE[extra.done] : null} error={extra.error} shown={extra.shown} />, extra.status);
  };

  const act = async (req: FastifyRequest, reply: FastifyReply, orgno: string, done: string, run: () => Promise<unknown>) => {
    checkCsrf(req, req.portal!.session);
    const result = await tryAction(run);
    if (result.error) return show(req, reply, orgno, { status: statusOf(result.error), error: result.error });
    return seeOther(reply, `/portal/partner/${orgno}?done=${done}`);
  };

  app.get('/portal/partner/:orgno', { config: pageConfig, schema: pageSchema("Portal: the partner's keys and integration checklists", { params: Orgno, querystring: Done }) }, (req, reply) =>
    show(req, reply, req.params.orgno, { done: req.query.done }),
  );

  app.post('/portal/partner/:orgno/keys/:keySetId/reveal', { config: pageConfig, schema: pageSchema("Portal: show one of the partner's key sets", { params: OrgnoKey, body: Type.Object({ _csrf: FormText() }) }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const { orgno, keySetId } = req.params;
    const shown = await revealPartnerKeys({ db, box: rt.box, ...who(req, orgno), keySetId });
    return show(req, reply, orgno, { shown });
  });

  app.post(
    '/portal/partner/:orgno/portal-access',
    { config: pageConfig, schema: pageSchema("Portal: order Vipps Logg inn for the partner's own portal access", { params: Orgno, body: Type.Object({ _csrf: FormText() }) }) },
    (req, reply) =>
      act(req, reply, req.params.orgno, 'ordered', () => {
        const { person } = req.portal!;
        return orderPartnerPortalAccess({ db, ...who(req, req.params.orgno), personName: person.name, now: rt.clock.now() });
      }),
  );

  app.post(
    '/portal/partner/:orgno/evidence',
    { config: pageConfig, schema: pageSchema('Portal: attach evidence for a checklist item', { params: Orgno, body: Type.Object({ _csrf: FormText(), api: FormText(40), item: FormText(80), link: FormText(2000), note: FormText(500) }) }) },
    (req, reply) =>
      act(req, reply, req.params.orgno, 'attached', () => {
        const f = formValues(req);
        return attachChecklistEvidence({ db, ...who(req, req.params.orgno), api: f.text('api'), item: f.text('item'), link: f.text('link'), note: f.text('note'), now: rt.clock.now() });
      }),
  );

  app.post(
    '/portal/partner/:orgno/submit',
    {
      config: pageConfig,
      schema: pageSchema('Portal: submit a checklist for verification', {
        params: Orgno,
        body: Type.Object({ _csrf: FormText(), api: FormText(40), references: FormList(200), pilotOrgno: FormText(20), description: FormText(4000) }),
      }),
    },
    (req, reply) =>
      act(req, reply, req.params.orgno, 'submitted', () => {
        const f = formValues(req);
        return submitForVerification({ db, ...who(req, req.params.orgno), api: f.text('api'), references: f.list('references'), pilotOrgno: f.text('pilotOrgno'), description: f.text('description'), now: rt.clock.now() });
      }),
  );
};
