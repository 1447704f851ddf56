// The simulated app for eCom orders: /app/ecom?token=… (the url of the initiate response).
// After the payer answers, the app confirms it and then returns to the merchant's fallBack.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { VppError } from '../../domain/errors.js';
import { actOnEcomPayment } from '../../operations/ecom/act-on-ecom-payment.js';
import { askShippingOptions } from '../../operations/ecom/ask-shipping-options.js';
import { removeEcomConsent } from '../../operations/ecom/remove-ecom-consent.js';
import { openEcomOrderLink } from '../../operations/simulation/open-payment-link.js';
import { pageQuery, pageSchema } from '../page.js';
import { html } from '../render.js';
import { EcomPage } from './ecom-pages.js';
import { formValues } from '../form-values.js';
import { FormGuard } from './form-guard.js';
import { NotFoundPage } from './pages.js';
import { page, TOKEN } from './app-page.js';


export const ecomAppRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const guard = new FormGuard(rt.box);
  const db = rt.store.db;

  /** The order behind a link's token (expired first if its time ran out), with its unit's name. */
  async function byToken(token: unknown) {
    if (typeof token !== 'string' || !TOKEN.test(token)) return undefined;
    return openEcomOrderLink({ db, token, now: rt.clock.now() });
  }
  const missing = (reply: FastifyReply) => page(reply, html(<NotFoundPage message="This payment link is not valid. Ask the merchant for a new one." />), 404);
  const expired = (reply: FastifyReply) => page(reply, html(<NotFoundPage message="This form has expired or did not come from this page. Go back, reload the page and try again." />), 403);

  app.get('/app/ecom', { schema: pageSchema("Payer's app: an eCom order (regular or Express checkout)", { querystring: pageQuery('token') }) }, async (req, reply) => {
    const found = await byToken(req.query.token);
    if (!found) return missing(reply);
    const p = found.payment;
    return page(reply, html(<EcomPage payment={p} unitName={found.unitName} address={found.address} csrf={guard.tokenFor(req, reply)} phone={p.ecom?.expressPhone ?? p.customerPhone ?? ''} />));
  });

  app.post('/app/ecom', { schema: pageSchema("Payer's app: continue, approve or reject an eCom order") }, async (req, reply) => {
    const form: Partial<Record<string, string>> = formValues(req).texts();
    if (!guard.check(req, form.csrf)) return expired(reply);
    const found = await byToken(form.token);
    if (!found) return missing(reply);
    const p = found.payment;
    try {
      if (form.decision === 'continue') {
        await askShippingOptions({ db, paymentId: p.id, phone: form.phone ?? '', now: rt.clock.now() });
        rt.outbox.kick();
        return reply.redirect(`/app/ecom?token=${p.landingToken}`, 303);
      }
      const decision = form.decision === 'reject' ? 'reject' : 'approve';
      await actOnEcomPayment({ db, paymentId: p.id, decision, phone: form.phone, shippingMethodId: form.shippingMethodId, addressConfirmed: form.addressConfirmed === 'yes', now: rt.clock.now() });
      rt.outbox.kick();
      // To the order's page, which confirms the answer and returns to the fallBack by itself
      // (fetched with GET, so a reload does not post again).
      return reply.redirect(`/app/ecom?token=${p.landingToken}`, 303);
    } catch (err) {
      if (!(err instanceof VppError)) throw err;
      const now = (await byToken(form.token)) ?? found;
      const props = { payment: now.payment, unitName: now.unitName, address: now.address, csrf: guard.tokenFor(req, reply), phone: form.phone ?? '', error: err.detail };
      return page(reply, html(<EcomPage {...props} />), err.kind === 'validation' ? 400 : 409);
    }
  });

  app.post('/app/ecom/consent', { schema: pageSchema("Payer's app: withdraw the consent given to an Express checkout") }, async (req, reply) => {
    const form: Partial<Record<string, string>> = formValues(req).texts();
    if (!guard.check(req, form.csrf)) return expired(reply);
    const found = await byToken(form.token);
    if (!found) return missing(reply);
    const { payment: p, unitName } = found;
    try {
      await removeEcomConsent({ db, paymentId: p.id, now: rt.clock.now() });
      rt.outbox.kick();
      return page(reply, html(<EcomPage payment={p} unitName={unitName} csrf={guard.tokenFor(req, reply)} phone="" notice="Consent withdrawn: the merchant has been told to delete your details." />));
    } catch (err) {
      if (!(err instanceof VppError)) throw err;
      return page(reply, html(<EcomPage payment={p} unitName={unitName} csrf={guard.tokenFor(req, reply)} phone="" error={err.detail} />), 409);
    }
  });
};
