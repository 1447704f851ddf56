// The simulated payer's app: the landing page a payment's redirectUrl leads to, a phone's
// list of payment requests, and the QR codes of QR payments.
import { pageParams, pageQuery, pageSchema } from '../page.js';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { VppError } from '../../domain/errors.js';
import { normalizePhone } from '../../domain/payments/payer.js';
import type { Payment } from '../../domain/payments/payment.js';
import { actAsPayer } from '../../operations/payments/act-as-payer.js';
import { listPayerRequests, openPaymentLink, unitNameOf } from '../../operations/simulation/open-payment-link.js';
import { html } from '../render.js';
import { formValues } from '../form-values.js';
import { FormGuard } from './form-guard.js';
import { LandingPage, NotFoundPage, RequestsPage } from './pages.js';
import { qrPng, qrSvg } from './qr-code.js';
import { page, TOKEN } from './app-page.js';


export const payerAppRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const guard = new FormGuard(rt.box);
  const db = rt.store.db;

  /** The payment behind a landing token, expired first if its time ran out. */
  async function byToken(token: unknown): Promise<Payment | undefined> {
    if (typeof token !== 'string' || !TOKEN.test(token)) return undefined;
    return openPaymentLink({ db, token, now: rt.clock.now() });
  }
  const nameOf = (p: Payment) => unitNameOf(db, p);
  const missing = (reply: FastifyReply) => page(reply, html(<NotFoundPage message="This payment link is not valid. Ask the merchant for a new one." />), 404);

  app.get('/app/landing', { schema: pageSchema("Payer's app: the landing page of a payment", { querystring: pageQuery('token') }) }, async (req, reply) => {
    const p = await byToken(req.query.token);
    if (!p) return missing(reply);
    return page(reply, html(<LandingPage payment={p} unitName={await nameOf(p)} csrf={guard.tokenFor(req, reply)} phone={p.customerPhone ?? ''} />));
  });

  app.post('/app/landing', { schema: pageSchema("Payer's app: approve or reject a payment") }, async (req, reply) => {
    const form: Partial<Record<string, string>> = formValues(req).texts();
    if (!guard.check(req, form.csrf)) {
      return page(reply, html(<NotFoundPage message="This form has expired or did not come from this page. Go back, reload the page and try again." />), 403);
    }
    const p = await byToken(form.token);
    if (!p) return missing(reply);
    const decision = form.decision === 'reject' ? 'reject' : 'approve';
    try {
      const after = await actAsPayer({ db, paymentId: p.id, decision, phone: form.phone, now: rt.clock.now() });
      // To a page that confirms the answer (fetched with GET, so a reload does not post
      // again); from there the payer goes back to the merchant or to the list.
      const token = encodeURIComponent(after.landingToken);
      if (form.from === 'list') return reply.redirect(`/app?phone=${encodeURIComponent(after.payerPhone ?? form.phone ?? '')}&answered=${token}`, 303);
      return reply.redirect(`/app/landing?token=${token}`, 303);
    } catch (err) {
      if (!(err instanceof VppError)) throw err;
      const now = (await byToken(form.token)) ?? p;
      const props = { payment: now, unitName: await nameOf(now), csrf: guard.tokenFor(req, reply), phone: form.phone ?? '', error: err.detail };
      return page(reply, html(<LandingPage {...props} />), err.kind === 'validation' ? 400 : 409);
    }
  });

  app.get('/app', { schema: pageSchema("Payer's app: a phone number's pending payment requests", { querystring: pageQuery('phone', 'answered') }) }, async (req, reply) => {
    const given = req.query.phone;
    const csrf = guard.tokenFor(req, reply);
    if (!given) return page(reply, html(<RequestsPage phone="" items={null} csrf={csrf} />));
    const n = normalizePhone(given);
    if ('problem' in n) return page(reply, html(<RequestsPage phone={given} items={null} csrf={csrf} error={n.problem} />), 400);
    const items = await listPayerRequests({ db, phone: n.phone, now: rt.clock.now() });
    // The request this phone just answered from the list, confirmed above it.
    const done = await byToken(req.query.answered);
    const answered = done && done.state !== 'CREATED' && done.payerPhone === n.phone ? { payment: done, unitName: await nameOf(done) } : undefined;
    return page(reply, html(<RequestsPage phone={n.phone} items={items} csrf={csrf} answered={answered} />));
  });

  app.get('/app/open', { schema: pageSchema("Payer's app: open a payment link or QR code", { querystring: pageQuery('link') }) }, async (req, reply) => {
    const link = req.query.link ?? '';
    const token = /[?&]token=([\w-]+)/.exec(link)?.[1] ?? /\/app\/qr\/([\w-]+)\.(svg|png)/.exec(link)?.[1] ?? link.trim();
    if (!(await byToken(token))) return missing(reply);
    return reply.redirect(`/app/landing?token=${token}`, 303);
  });

  app.get('/app/qr/:file', { schema: pageSchema("Payer's app: a payment's QR code as SVG or PNG", { produces: ['image/svg+xml', 'image/png'], params: pageParams('file'), querystring: pageQuery('size') }) }, async (req, reply) => {
    const m = /^([\w-]+)\.(svg|png)$/.exec(req.params.file);
    const p = m ? await byToken(m[1]) : undefined;
    if (!m || !p) return missing(reply);
    const target = `${rt.config.publicUrl}/app/landing?token=${p.landingToken}`;
    if (m[2] === 'svg') return reply.type('image/svg+xml').header('cache-control', 'no-store').send(qrSvg(target));
    const size = Math.min(2000, Math.max(100, Number(req.query.size) || 1024));
    return reply.type('image/png').header('cache-control', 'no-store').send(qrPng(target, size));
  });
};
