// The simulated payer's app for Recurring: the page an agreement's vippsConfirmationUrl
// opens, and a phone's active agreements with a stop button each.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { pageQuery, pageSchema } from '../page.js';
import type { Runtime } from '../../runtime.js';
import { VppError } from '../../domain/errors.js';
import { normalizePhone } from '../../domain/payments/payer.js';
import type { Agreement } from '../../domain/recurring/agreement.js';
import { answerAgreement } from '../../operations/recurring/answer-agreement.js';
import { findAgreementForPayer, listPayerAgreements, stopAgreementAsPayer, unitNamesOf } from '../../operations/recurring/payer-agreements.js';
import { html } from '../render.js';
import { formValues } from '../form-values.js';
import { FormGuard } from './form-guard.js';
import { NotFoundPage } from './pages.js';
import { AgreementsPage, ConfirmAgreementPage } from './recurring-pages.js';
import { page, TOKEN } from './app-page.js';


export const payerRecurringRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const guard = new FormGuard(rt.box);
  const db = rt.store.db;
  const byToken = (token: unknown) =>
    typeof token === 'string' && TOKEN.test(token) ? findAgreementForPayer({ db, token, now: rt.clock.now() }) : Promise.resolve(undefined);
  const nameOf = async (a: Agreement) => (await unitNamesOf({ db, agreements: [a] })).get(a.msn) ?? a.msn;
  const missing = (reply: FastifyReply) => page(reply, html(<NotFoundPage message="This agreement link is not valid. Ask the merchant for a new one." />), 404);
  const expiredForm = (reply: FastifyReply) => page(reply, html(<NotFoundPage message="This form has expired or did not come from this page. Go back, reload the page and try again." />), 403);

  app.get('/app/recurring', { schema: pageSchema("Payer's app: accept or reject a Recurring agreement", { querystring: pageQuery('token') }) }, async (req, reply) => {
    const a = await byToken(req.query.token);
    if (!a) return missing(reply);
    return page(reply, html(<ConfirmAgreementPage agreement={a} unitName={await nameOf(a)} csrf={guard.tokenFor(req, reply)} phone={a.phoneNumber ?? ''} />));
  });

  app.post('/app/recurring', { schema: pageSchema("Payer's app: answer a Recurring agreement") }, async (req, reply) => {
    const form: Partial<Record<string, string>> = formValues(req).texts();
    if (!guard.check(req, form.csrf)) return expiredForm(reply);
    const a = await byToken(form.token);
    if (!a) return missing(reply);
    try {
      const n = normalizePhone(form.phone ?? '');
      if ('problem' in n) throw new VppError('validation', n.problem);
      const maxAmount = form.maxAmount ? Number(form.maxAmount) : undefined;
      if (maxAmount !== undefined && !Number.isInteger(maxAmount)) throw new VppError('validation', 'The max amount must be a whole number of øre.');
      const r = await answerAgreement({ db, agreementId: a.id, decision: form.decision === 'reject' ? 'reject' : 'accept', phone: n.phone, maxAmount, now: rt.clock.now() });
      // To the agreement's page, which confirms the answer and returns to the merchant by
      // itself (fetched with GET, so a reload does not answer again).
      return reply.redirect(`/app/recurring?token=${encodeURIComponent(r.agreement.confirmationToken)}`, 303);
    } catch (err) {
      if (!(err instanceof VppError)) throw err;
      const now = (await byToken(form.token)) ?? a;
      return page(reply, html(<ConfirmAgreementPage agreement={now} unitName={await nameOf(now)} csrf={guard.tokenFor(req, reply)} phone={form.phone ?? ''} error={err.detail} />), err.kind === 'validation' ? 400 : 409);
    }
  });

  app.get('/app/agreements', { schema: pageSchema("Payer's app: a phone number's active agreements", { querystring: pageQuery('phone') }) }, async (req, reply) => {
    const given = req.query.phone;
    const csrf = guard.tokenFor(req, reply);
    if (!given) return page(reply, html(<AgreementsPage phone="" items={null} csrf={csrf} />));
    const n = normalizePhone(given);
    if ('problem' in n) return page(reply, html(<AgreementsPage phone={given} items={null} csrf={csrf} error={n.problem} />), 400);
    const list = await listPayerAgreements({ db, phone: n.phone });
    const names = await unitNamesOf({ db, agreements: list });
    return page(reply, html(<AgreementsPage phone={n.phone} items={list.map((agreement) => ({ agreement, unitName: names.get(agreement.msn) ?? agreement.msn }))} csrf={csrf} />));
  });

  app.post('/app/agreements/stop', { schema: pageSchema("Payer's app: stop an agreement") }, async (req, reply) => {
    const form: Partial<Record<string, string>> = formValues(req).texts();
    if (!guard.check(req, form.csrf)) return expiredForm(reply);
    const n = normalizePhone(form.phone ?? '');
    if ('problem' in n || !form.agreementId) return missing(reply);
    try {
      await stopAgreementAsPayer({ db, agreementId: form.agreementId, phone: n.phone, now: rt.clock.now() });
    } catch (err) {
      if (!(err instanceof VppError)) throw err;
      return page(reply, html(<NotFoundPage message={err.detail} />), err.kind === 'not_found' ? 404 : 409);
    }
    return reply.redirect(`/app/agreements?phone=${encodeURIComponent(n.phone)}`, 303);
  });
};
