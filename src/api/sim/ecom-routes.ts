// The payer's side of eCom orders for scripts: what the app shows (shipping options), and
// the payer continuing (Express), approving with a shipping option, rejecting, or
// withdrawing consent, as the app's pages do.
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { shippingOptionsOf } from '../../domain/ecom/ecom-payment.js';
import type { Payment } from '../../domain/payments/payment.js';
import { actOnEcomPayment } from '../../operations/ecom/act-on-ecom-payment.js';
import { askShippingOptions } from '../../operations/ecom/ask-shipping-options.js';
import { findEcomOrder } from '../../operations/ecom/find-ecom-order.js';
import { removeEcomConsent } from '../../operations/ecom/remove-ecom-consent.js';

const tags = ['Simulation'];
const Params = Type.Object({ msn: Type.String({ pattern: '^\\d{4,6}$' }), orderId: Type.String({ pattern: '^[a-zA-Z0-9-]{1,50}$' }) });
const PayerBody = Type.Object(
  {
    phoneNumber: Type.Optional(Type.String({ maxLength: 20 })),
    shippingMethodId: Type.Optional(Type.String({ maxLength: 100 })),
    /** Express with useExplicitCheckoutFlow: the payer confirms the address shown. */
    addressConfirmed: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const optionalBody = { ...PayerBody, type: undefined };

export async function simEcomRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const db = rt.store.db;
  const view = (p: Payment) => ({
    msn: p.msn,
    orderId: p.reference,
    state: p.state,
    amount: p.amount,
    paymentType: p.ecom?.paymentType ?? null,
    payerPhoneNumber: p.ecom?.expressPhone ?? p.payerPhone,
    shippingOptions: p.ecom ? (shippingOptionsOf(p.ecom) ?? null) : null,
    // The payer must choose shipping and confirm the address (no default is taken).
    explicitCheckout: p.ecom?.useExplicitCheckoutFlow ?? false,
    shippingProblem: p.ecom?.shippingProblem ?? null,
    shipping: p.ecom?.shipping ?? null,
    url: `${rt.config.publicUrl}/app/ecom?token=${p.landingToken}`,
  });
  const order = (req: { params: unknown }) => findEcomOrder({ db, ...(req.params as Static<typeof Params>) });
  const body = (req: { body: unknown }) => (req.body && typeof req.body === 'object' ? req.body : {}) as Static<typeof PayerBody>;

  app.get('/_sim/ecom/:msn/:orderId', { schema: { tags, summary: 'An eCom order as the payer\'s app shows it (shipping options too)', params: Params } }, async (req) => view(await order(req)));

  app.post('/_sim/ecom/:msn/:orderId/continue', { schema: { tags, summary: 'Express: the payer gives their phone number; the merchant is asked for shipping options', params: Params, body: optionalBody } }, async (req) => {
    const p = await order(req);
    const after = await askShippingOptions({ db, paymentId: p.id, phone: body(req).phoneNumber ?? '', now: rt.clock.now() });
    rt.outbox.kick();
    return view(after);
  });

  for (const decision of ['approve', 'reject'] as const) {
    app.post(`/_sim/ecom/:msn/:orderId/${decision}`, { schema: { tags, summary: `The payer ${decision}s an eCom order (Express: with a shippingMethodId, and addressConfirmed in the explicit checkout flow)`, params: Params, body: optionalBody } }, async (req) => {
      const p = await order(req);
      const b = body(req);
      const after = await actOnEcomPayment({ db, paymentId: p.id, decision, phone: b.phoneNumber, shippingMethodId: b.shippingMethodId, addressConfirmed: b.addressConfirmed, now: rt.clock.now() });
      rt.outbox.kick();
      return { ...view(after), fallBack: after.ecom?.fallBack ?? null };
    });
  }

  app.post('/_sim/ecom/:msn/:orderId/remove-consent', { schema: { tags, summary: 'The payer withdraws consent given to an Express checkout', params: Params } }, async (req) => {
    const p = await order(req);
    await removeEcomConsent({ db, paymentId: p.id, now: rt.clock.now() });
    rt.outbox.kick();
    return {};
  });
}
