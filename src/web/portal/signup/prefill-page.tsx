// /portal/register/{product}/{prefilledOrderId}: the link a partner's pre-fill returns.
// Opening it marks the order OPENED. Without a merchant agreement the merchant is sent to
// sign one first; with one, the pre-filled order is shown with the partner's fields locked,
// to be completed and sent. Afterwards the same link shows where the order stands.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { VppError, type FieldProblem } from '../../../domain/errors.js';
import { PRODUCT_SLUG } from '../../../domain/product-orders/prefill-url.js';
import { markProductOrderOpened } from '../../../operations/product-orders/mark-product-order.js';
import { loadPrefilledOrderPage } from '../../../operations/signup/load-prefilled-order-page.js';
import { requireCompanyAccess } from '../../../operations/signup/portal-access.js';
import { findLiveOrder, submitPrefilledOrder } from '../../../operations/signup/submit-prefilled-order.js';
import type { Runtime } from '../../../runtime.js';
import { formValues } from '../../form-values.js';
import { pageConfig, pageParams, pageQuery, pageSchema, seeOther, sendPage } from '../../page.js';
import { checkCsrf } from '../../sessions.js';
import type { Values } from './order-fields.js';
import { PrefilledOrderView } from './prefilled-order-view.js';

const Params = pageParams('slug', 'orderId');

export const prefillPageRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;

  const render = async (req: FastifyRequest, reply: FastifyReply, orderId: string, o: { notices?: { sent: boolean; answered: boolean }; values?: Values; problems?: FieldProblem[]; status?: number } = {}) => {
    const { person, session } = req.portal!;
    const page = await loadPrefilledOrderPage({ db, nin: person.nin, orderId });
    const view = <PrefilledOrderView page={page} csrf={session.csrf} action={req.url.split('?')[0]} notices={o.notices ?? { sent: false, answered: false }} values={o.values} problems={o.problems} />;
    return sendPage(reply, view, page.stage === 'needs-agreement' ? 200 : o.status);
  };

  app.get('/portal/register/:slug/:orderId', { config: pageConfig, schema: pageSchema('Portal: a pre-filled product order (the prefillUrl)', { params: Params, querystring: pageQuery('sent', 'answered') }) }, async (req, reply) => {
    const { slug, orderId } = req.params;
    const order = await findLiveOrder(db, orderId);
    const right = PRODUCT_SLUG[order.product_type as keyof typeof PRODUCT_SLUG];
    if (right && right !== slug) return seeOther(reply, `/portal/register/${right}/${order.id}`);
    await requireCompanyAccess({ db, nin: req.portal!.person.nin, orgno: order.orgno, permission: 'READ', what: 'open this product order' });
    const opened = await markProductOrderOpened({ db, id: order.id, now: rt.clock.now() });
    return render(req, reply, opened.id, { notices: { sent: !!req.query.sent, answered: !!req.query.answered } });
  });

  app.post('/portal/register/:slug/:orderId', { config: pageConfig, schema: pageSchema('Portal: complete and send a pre-filled product order', { params: Params }) }, async (req, reply) => {
    const { person, session } = req.portal!;
    checkCsrf(req, session);
    const { orderId } = req.params;
    const values: Values = formValues(req).texts();
    try {
      // Sent now, or by an earlier post of the same form: either way the merchant lands on
      // the order as sent, never on an error for having pressed twice.
      await submitPrefilledOrder({ db, orderId, nin: person.nin, personName: person.name, body: values, now: rt.clock.now() });
    } catch (err) {
      if (err instanceof VppError && err.kind === 'validation') return render(req, reply, orderId, { values, problems: err.fields ?? [], status: 400 });
      throw err;
    }
    return seeOther(reply, `${req.url.split('?')[0]}?sent=1`);
  });
};
