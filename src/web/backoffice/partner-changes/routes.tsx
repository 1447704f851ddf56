// Changing partner, the back office's side: see the requests, record the new partner's
// order, reconfigure the MSN, or decline.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VppError } from '../../../domain/errors.js';
import { completePartnerChange } from '../../../operations/partner-change/complete-partner-change.js';
import { declinePartnerChange } from '../../../operations/partner-change/decline-partner-change.js';
import { getPartnerChangeCase } from '../../../operations/partner-change/get-partner-change-case.js';
import { listAllPartnerChanges } from '../../../operations/partner-change/list-all-partner-changes.js';
import { recordNewPartnerOrder } from '../../../operations/partner-change/record-new-partner-order.js';
import type { Runtime } from '../../../runtime.js';
import { FormText, formValues, statusOf, tryAction } from '../../form-values.js';
import { pageConfig, pageSchema, seeOther, sendPage } from '../../page.js';
import { checkCsrf } from '../../sessions.js';
import { PartnerChangeCasePage, PartnerChangesPage } from './pages.js';

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Done = Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) });

const DONE: Record<string, string> = {
  order: "The new partner's order is recorded. The MSN can be reconfigured now.",
  completed: 'The MSN has its new partner. The merchant and both partners were emailed.',
  declined: 'Declined. The merchant was emailed the reason.',
};

export const backofficePartnerChangeRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;
  const operatorOf = (req: FastifyRequest) => ({ id: req.backoffice!.operator.id, name: req.backoffice!.operator.name });

  app.get('/backoffice/partner-changes', { config: pageConfig, schema: pageSchema('Back office: requests to change partner') }, async (req, reply) => {
    const { open, closed } = await listAllPartnerChanges({ db, closed: 50 });
    return sendPage(reply, <PartnerChangesPage operator={req.backoffice!.operator.name} csrf={req.backoffice!.session.csrf} open={open} closed={closed} />);
  });

  const showCase = async (req: FastifyRequest, reply: FastifyReply, id: string, extra: { status?: number; ok?: string | null; error?: VppError; errorFor?: 'order' | 'decline' | 'complete' } = {}) => {
    const data = await getPartnerChangeCase({ db, id });
    const { status, ...rest } = extra;
    return sendPage(reply, <PartnerChangeCasePage operator={req.backoffice!.operator.name} csrf={req.backoffice!.session.csrf} {...data} {...rest} />, status);
  };

  app.get('/backoffice/partner-changes/:id', { config: pageConfig, schema: pageSchema('Back office: one request to change partner', { params: Id, querystring: Done }) }, async (req, reply) => {
    const { done } = req.query;
    return showCase(req, reply, req.params.id, { ok: done ? DONE[done] : null });
  });

  /** Runs an action; a refusal shows on the case page next to its form. */
  const act = async (req: FastifyRequest, reply: FastifyReply, id: string, errorFor: 'order' | 'decline' | 'complete', done: string, run: () => Promise<unknown>) => {
    checkCsrf(req, req.backoffice!.session);
    const result = await tryAction(run);
    if (result.error) return showCase(req, reply, id, { status: statusOf(result.error), error: result.error, errorFor });
    return seeOther(reply, `/backoffice/partner-changes/${id}?done=${done}`);
  };
  const opts = (body: Record<string, ReturnType<typeof FormText>>) => ({ config: pageConfig, schema: pageSchema('Back office: act on a request to change partner', { params: Id, body: Type.Object({ _csrf: FormText(), ...body }) }) });

  app.post(
    '/backoffice/partner-changes/:id/order',
    opts({ reference: FormText(400) }),
    (req, reply) =>
      act(req, reply, req.params.id, 'order', 'order', () =>
        recordNewPartnerOrder({ db, operator: operatorOf(req), id: req.params.id, reference: formValues(req).text('reference'), now: rt.clock.now() }),
      ),
  );

  app.post(
    '/backoffice/partner-changes/:id/complete',
    opts({}),
    (req, reply) =>
      act(req, reply, req.params.id, 'complete', 'completed', () =>
        completePartnerChange({ db, operator: operatorOf(req), id: req.params.id, smtp: !!rt.config.smtpUrl, now: rt.clock.now() }),
      ),
  );

  app.post(
    '/backoffice/partner-changes/:id/decline',
    opts({ reason: FormText(1200) }),
    (req, reply) =>
      act(req, reply, req.params.id, 'decline', 'declined', () =>
        declinePartnerChange({ db, operator: operatorOf(req), id: req.params.id, reason: formValues(req).text('reason'), smtp: !!rt.config.smtpUrl, now: rt.clock.now() }),
      ),
  );
};
