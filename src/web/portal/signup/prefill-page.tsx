// /portal/register/{product}/{prefilledOrderId}: the link a partner's pre-fill returns.
// Opening it marks the order OPENED. Without a merchant agreement the merchant is sent to
// sign one first; with one, the pre-filled order is shown with the partner's fields locked,
// to be completed and sent. Afterwards the same link shows where the order stands.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VppError, type FieldProblem } from '../../../domain/errors.js';
import { hasPermission } from '../../../domain/portal/permissions.js';
import { PRODUCT_SLUG } from '../../../domain/product-orders/prefill-url.js';
import { productName } from '../../../domain/signup/products.js';
import { markProductOrderOpened } from '../../../operations/product-orders/mark-product-order.js';
import { agreementStateOf } from '../../../operations/signup/agreement-state.js';
import { requireCompanyAccess } from '../../../operations/signup/portal-access.js';
import { findLiveOrder, lockedValues, packageChoices, submitPrefilledOrder } from '../../../operations/signup/submit-prefilled-order.js';
import type { Runtime } from '../../../runtime.js';
import { findOrganisation } from '../../../store/registry-repo.js';
import { findCaseOf, listCaseEvents } from '../../../store/signup-cases-repo.js';
import { findPartnerContact, findPricePackage } from '../../../store/signup-units-repo.js';
import type { ProductOrderRow } from '../../../store/tables/management.js';
import { pageConfig, pageSchema, seeOther, sendPage } from '../../page.js';
import { Layout } from '../../render.js';
import { checkCsrf } from '../../sessions.js';
import { portalNav } from '../home.js';
import { Conversation, ErrorSummary, Notice } from './components.js';
import { ORDER_LABELS, OrderFields, type Values } from './order-fields.js';
import { OrderSummary } from './order-summary.js';

type Params = { slug: string; orderId: string };

export async function prefillPageRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const db = rt.store.db;

  const render = async (req: FastifyRequest, reply: FastifyReply, order: ProductOrderRow, o: { values?: Values; problems?: FieldProblem[]; status?: number } = {}) => {
    const { person, session } = req.portal!;
    const access = await requireCompanyAccess({ db, nin: person.nin, orgno: order.orgno, permission: 'READ', what: 'open this product order' });
    const org = await findOrganisation(db, order.orgno);
    const companyName = org?.name ?? order.orgno;
    const partner = order.partner_id ? await findPartnerContact(db, order.partner_id) : undefined;
    const by = partner?.name ?? order.created_by;
    const title = `${productName(order.product_type)} for ${companyName}`;
    const q = req.query as Record<string, string | undefined>;
    const layout = (children: preact.ComponentChildren) => (
      <Layout title={title} area="Merchant portal" nav={portalNav}>
        <h1>{title}</h1>
        {children}
      </Layout>
    );

    if (order.status !== 'CREATED' && order.status !== 'OPENED') {
      const c = await findCaseOf(db, 'product-order', order.id);
      const events = c ? await listCaseEvents(db, c.id, { merchantView: true }) : [];
      const pkg = order.price_package_id ? await findPricePackage(db, order.price_package_id) : undefined;
      return sendPage(
        reply,
        layout(
          <>
            {q.sent && <Notice kind="ok">Sent. Vipps MobilePay processes the order and emails you when it is done.</Notice>}
            {q.answered && <Notice kind="ok">Thank you: your answer was sent, and the order is back in processing.</Notice>}
            {order.status === 'APPROVED' && <Notice kind="ok">Approved: your new sales unit has MSN {order.msn}. We emailed you and {partner ? partner.name : 'the ordering party'} the details.</Notice>}
            {order.status === 'STOPPED' && <Notice kind="error">Vipps MobilePay could not approve this order. We have emailed your contact person.</Notice>}
            {c && <Conversation caseId={c.id} events={events} open={c.state === 'AWAITING-CUSTOMER'} csrf={session.csrf} canAnswer={hasPermission(access, 'ADMIN')} problems={o.problems ?? []} />}
            <OrderSummary order={order} partnerName={partner?.name ?? null} packageName={pkg?.name ?? null} />
            <p>
              <a href="/portal">Back to the portal home</a>
            </p>
          </>,
        ),
        o.status,
      );
    }

    const agreement = await agreementStateOf(db, order.orgno);
    if (agreement.state === 'NONE') {
      return sendPage(
        reply,
        layout(
          <>
            <Notice kind="info">
              <p style="margin-top: 0">
                <strong>Sign the merchant agreement first.</strong> {by} has prepared an order for {productName(order.product_type)}, but {companyName} has no merchant agreement with Vipps MobilePay yet.
              </p>
              <p>The agreement is signed once per company, with BankID, by the CEO or the chair. It tells us who owns the company. Then come back to this link to check and send the order.</p>
            </Notice>
            <p>
              <a class="button" href={`/portal/register/${order.orgno}`}>
                Fill in and sign the merchant agreement
              </a>
            </p>
          </>,
        ),
      );
    }

    const locked = lockedValues(order);
    const choices = await packageChoices(db, order);
    const pkg = typeof locked.pricePackageId === 'string' ? await findPricePackage(db, locked.pricePackageId.toLowerCase()) : undefined;
    const canSend = hasPermission(access, 'ADMIN');
    const reasons = order.invalid ? (JSON.parse(order.invalid_reasons ?? '[]') as FieldProblem[]) : [];
    return sendPage(
      reply,
      layout(
        <>
          {order.invalid ? (
            <Notice kind="warn">
              <p style="margin-top: 0">
                <strong>The pre-filled information from {by} was not valid, so this form starts empty.</strong> Fill it in yourself, or ask {by} to send you a new link with correct information.
              </p>
              <details>
                <summary>What was wrong</summary>
                <ul>
                  {reasons.map((r) => (
                    <li>
                      <code>{r.name}</code> {r.reason}
                    </li>
                  ))}
                </ul>
              </details>
            </Notice>
          ) : (
            <p class="muted">{by} has filled in this order for you. Check it, complete what is empty and send it. Fields marked “set by {by}” cannot be changed here; if one is wrong, ask {by} for a new link.</p>
          )}
          {agreement.state === 'PROCESSING' && <Notice kind="info">Your merchant agreement is being processed; you can send the order now.</Notice>}
          <ErrorSummary problems={o.problems ?? []} title="The order was not sent. Fix these and send again:" labels={ORDER_LABELS} />
          <form method="post" action={req.url.split('?')[0]} class="stack wide" novalidate>
            <input type="hidden" name="_csrf" value={session.csrf} />
            <OrderFields productType={order.product_type} values={o.values ?? {}} problems={o.problems ?? []} locked={locked} lockedBy={by} lockedPackageName={pkg ? `${pkg.name}: ${pkg.description}` : undefined} packages={choices} />
            <div class="actions">{canSend ? <button type="submit">Send the order</button> : <p class="muted">Only an admin, the CEO or the chair of {companyName} can send the order.</p>}</div>
          </form>
        </>,
      ),
      o.status ?? 200,
    );
  };

  app.get('/portal/register/:slug/:orderId', { config: pageConfig, schema: pageSchema('Portal: a pre-filled product order (the prefillUrl)') }, async (req, reply) => {
    const { slug, orderId } = req.params as Params;
    const order = await findLiveOrder(db, orderId);
    const right = PRODUCT_SLUG[order.product_type as keyof typeof PRODUCT_SLUG];
    if (right && right !== slug) return seeOther(reply, `/portal/register/${right}/${order.id}`);
    await requireCompanyAccess({ db, nin: req.portal!.person.nin, orgno: order.orgno, permission: 'READ', what: 'open this product order' });
    const opened = await markProductOrderOpened({ db, id: order.id, now: rt.clock.now() });
    return render(req, reply, opened);
  });

  app.post('/portal/register/:slug/:orderId', { config: pageConfig, schema: pageSchema('Portal: complete and send a pre-filled product order') }, async (req, reply) => {
    const { person, session } = req.portal!;
    checkCsrf(req, session);
    const { orderId } = req.params as Params;
    const values = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Values;
    try {
      await submitPrefilledOrder({ db, orderId, nin: person.nin, personName: `${person.first_name} ${person.last_name}`, body: values, now: rt.clock.now() });
    } catch (err) {
      if (err instanceof VppError && err.kind === 'validation') return render(req, reply, await findLiveOrder(db, orderId), { values, problems: err.fields ?? [], status: 400 });
      throw err;
    }
    return seeOther(reply, `${req.url.split('?')[0]}?sent=1`);
  });
}
