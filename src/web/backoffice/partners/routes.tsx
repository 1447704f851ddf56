// The back office's side of the partner journey: decide applications, manage a partner's
// level and keys, verify submitted integrations.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound, type VppError } from '../../../domain/errors.js';
import { approveIntegration, askForMore } from '../../../operations/partner-journey/decide-integration.js';
import { approvePartnerApplication, declinePartnerApplication } from '../../../operations/partner-journey/decide-partner-application.js';
import { changePartnerLevel } from '../../../operations/partner-journey/change-partner-level.js';
import { getChecklistVerdicts } from '../../../operations/partner-journey/get-checklist-verdicts.js';
import { getPartnerApplication } from '../../../operations/partner-journey/get-partner-application.js';
import { getPartnerOverview } from '../../../operations/partner-journey/get-partner-overview.js';
import { issuePartnerKeySet } from '../../../operations/partner-journey/issue-partner-key-set.js';
import { getSubmission, listApplicationQueue, listIntegrationQueue } from '../../../operations/partner-journey/list-partner-queues.js';
import { revokePartnerKeySet } from '../../../operations/partner-journey/revoke-partner-key-set.js';
import type { Runtime } from '../../../runtime.js';
import { FormText, formValues, statusOf, tryAction } from '../../form-values.js';
import { pageConfig, pageSchema, seeOther, sendPage } from '../../page.js';
import { checkCsrf } from '../../sessions.js';
import { ApplicationPage, ApplicationsPage, IntegrationPage, IntegrationsPage, PartnerPage } from './pages.js';

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const PartnerId = Type.Object({ partnerId: Type.String({ pattern: '^\\d{3,10}$' }) });
const PartnerKey = Type.Object({ partnerId: Type.String({ pattern: '^\\d{3,10}$' }), keySetId: Type.String({ maxLength: 64 }) });
const Done = Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) });
const form = (fields: Record<string, ReturnType<typeof FormText>> = {}) => Type.Object({ _csrf: FormText(), ...fields });

/** What a page shows: a refusal with its status, or the notice of a finished action. */
type Shown = { status?: number; error?: VppError; ok?: string | null };

const DONE: Record<string, string> = {
  approved: 'Approved. The partner exists with its test keys, and the contact was emailed where to find them.',
  declined: 'Declined. The applicant was emailed the reason.',
  level: 'The level is changed.',
  issued: 'New keys issued.',
  revoked: 'The keys are revoked: they stop working on the next request.',
  live: 'Approved: the partner is live in the signup forms and on the partner list.',
  more: 'The partner was emailed what is missing.',
};

export const backofficePartnerRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;
  const op = (req: FastifyRequest) => ({ operator: req.backoffice!.operator.name, csrf: req.backoffice!.session.csrf });
  const okOf = (done: string | undefined) => (done ? DONE[done] ?? null : null);
  const ctx = (req: FastifyRequest) => ({ db, operator: req.backoffice!.operator.name, now: rt.clock.now(), publicUrl: rt.config.publicUrl, smtp: !!rt.config.smtpUrl });

  /** A form's action; a refusal shows on its page, success goes back to it (`to`) with a notice. */
  const act = async (req: FastifyRequest, reply: FastifyReply, show: (extra: Shown) => Promise<unknown>, to: string, run: () => Promise<unknown>) => {
    checkCsrf(req, req.backoffice!.session);
    const result = await tryAction(run);
    if (result.error) return show({ status: statusOf(result.error), error: result.error });
    rt.outbox.kick();
    return seeOther(reply, to);
  };

  app.get('/backoffice/partner-applications', { config: pageConfig, schema: pageSchema('Back office: partner applications') }, async (req, reply) =>
    sendPage(reply, <ApplicationsPage {...op(req)} {...await listApplicationQueue({ db })} />),
  );

  const showApplication = async (req: FastifyRequest, reply: FastifyReply, id: string, extra: Shown = {}) =>
    sendPage(reply, <ApplicationPage {...op(req)} ok={extra.ok ?? null} error={extra.error} {...await getPartnerApplication({ db, id })} />, extra.status);

  app.get('/backoffice/partner-applications/:id', { config: pageConfig, schema: pageSchema('Back office: one partner application', { params: Id, querystring: Done }) }, (req, reply) =>
    showApplication(req, reply, req.params.id, { ok: okOf(req.query.done) }),
  );
  app.post(
    '/backoffice/partner-applications/:id/approve',
    { config: pageConfig, schema: pageSchema('Back office: approve a partner application', { params: Id, body: form({ level: FormText(40) }) }) },
    (req, reply) =>
      act(req, reply, (e) => showApplication(req, reply, req.params.id, e), `/backoffice/partner-applications/${req.params.id}?done=approved`, () =>
        approvePartnerApplication({ ...ctx(req), box: rt.box, id: req.params.id, level: formValues(req).text('level') }),
      ),
  );
  app.post(
    '/backoffice/partner-applications/:id/decline',
    { config: pageConfig, schema: pageSchema('Back office: decline a partner application', { params: Id, body: form({ reason: FormText(2000) }) }) },
    (req, reply) =>
      act(req, reply, (e) => showApplication(req, reply, req.params.id, e), `/backoffice/partner-applications/${req.params.id}?done=declined`, () =>
        declinePartnerApplication({ ...ctx(req), box: rt.box, id: req.params.id, reason: formValues(req).text('reason') }),
      ),
  );

  const showPartner = async (req: FastifyRequest, reply: FastifyReply, partnerId: string, extra: Shown = {}) =>
    sendPage(reply, <PartnerPage {...op(req)} ok={extra.ok ?? null} error={extra.error} {...await getPartnerOverview({ db, partnerId })} />, extra.status);
  const toPartner = (partnerId: string, d: string) => `/backoffice/partners/${partnerId}?done=${d}`;

  app.get('/backoffice/partners/:partnerId', { config: pageConfig, schema: pageSchema("Back office: a partner's level, keys and checklists", { params: PartnerId, querystring: Done }) }, (req, reply) =>
    showPartner(req, reply, req.params.partnerId, { ok: okOf(req.query.done) }),
  );
  app.post(
    '/backoffice/partners/:partnerId/level',
    { config: pageConfig, schema: pageSchema("Back office: change a partner's level", { params: PartnerId, body: form({ level: FormText(40) }) }) },
    (req, reply) => {
      const { partnerId } = req.params;
      return act(req, reply, (e) => showPartner(req, reply, partnerId, e), toPartner(partnerId, 'level'), () =>
        changePartnerLevel({ db, box: rt.box, partnerId, level: formValues(req).text('level'), operator: req.backoffice!.operator.name, now: rt.clock.now() }),
      );
    },
  );
  app.post(
    '/backoffice/partners/:partnerId/keys',
    { config: pageConfig, schema: pageSchema('Back office: issue keys to a partner', { params: PartnerId, body: form({ kind: FormText(20) }) }) },
    (req, reply) => {
      const { partnerId } = req.params;
      return act(req, reply, (e) => showPartner(req, reply, partnerId, e), toPartner(partnerId, 'issued'), () =>
        issuePartnerKeySet({ db, box: rt.box, partnerId, kind: formValues(req).text('kind'), now: rt.clock.now() }),
      );
    },
  );
  app.post(
    '/backoffice/partners/:partnerId/keys/:keySetId/revoke',
    { config: pageConfig, schema: pageSchema("Back office: revoke a partner's keys", { params: PartnerKey, body: form() }) },
    (req, reply) => {
      const { partnerId, keySetId } = req.params;
      return act(req, reply, (e) => showPartner(req, reply, partnerId, e), toPartner(partnerId, 'revoked'), () =>
        revokePartnerKeySet({ db, box: rt.box, partnerId, keySetId, operator: req.backoffice!.operator.name, now: rt.clock.now() }),
      );
    },
  );

  app.get('/backoffice/integrations', { config: pageConfig, schema: pageSchema('Back office: integrations to verify') }, async (req, reply) =>
    sendPage(reply, <IntegrationsPage {...op(req)} {...await listIntegrationQueue({ db })} />),
  );
  const showIntegration = async (req: FastifyRequest, reply: FastifyReply, id: string, extra: Shown = {}) => {
    const submission = await getSubmission({ db, id });
    if (!submission) throw notFound(`There is no submission ${id}.`);
    const { checklists } = await getChecklistVerdicts({ db, partnerId: submission.partner_id, api: submission.api });
    return sendPage(reply, <IntegrationPage {...op(req)} ok={extra.ok ?? null} error={extra.error} submission={submission} checklist={checklists[0]!} />, extra.status);
  };
  app.get('/backoffice/integrations/:id', { config: pageConfig, schema: pageSchema('Back office: one submitted integration', { params: Id, querystring: Done }) }, (req, reply) =>
    showIntegration(req, reply, req.params.id, { ok: okOf(req.query.done) }),
  );
  app.post(
    '/backoffice/integrations/:id/approve',
    { config: pageConfig, schema: pageSchema('Back office: approve an integration (the partner goes live)', { params: Id, body: form() }) },
    (req, reply) =>
      act(req, reply, (e) => showIntegration(req, reply, req.params.id, e), `/backoffice/integrations/${req.params.id}?done=live`, () => approveIntegration({ ...ctx(req), id: req.params.id })),
  );
  app.post(
    '/backoffice/integrations/:id/more',
    { config: pageConfig, schema: pageSchema('Back office: ask a partner for more before going live', { params: Id, body: form({ note: FormText(2000) }) }) },
    (req, reply) =>
      act(req, reply, (e) => showIntegration(req, reply, req.params.id, e), `/backoffice/integrations/${req.params.id}?done=more`, () =>
        askForMore({ ...ctx(req), id: req.params.id, note: formValues(req).text('note') }),
      ),
  );
};
