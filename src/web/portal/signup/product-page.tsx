// /portal/register/{vippspanett|vippscheckout|vippsikasse|vippslogginn}: manual signup. The
// merchant picks the company, the partner and one of that partner's price packages offered
// in the signup form, and fills in the order.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VppError, type FieldProblem } from '../../../domain/errors.js';
import { PRODUCT_SLUG } from '../../../domain/product-orders/prefill-url.js';
import { productName } from '../../../domain/signup/products.js';
import { loadProductOrderForm, type ProductOrderForm } from '../../../operations/signup/load-product-order-form.js';
import { orderProduct } from '../../../operations/signup/order-product.js';
import type { Runtime } from '../../../runtime.js';
import { formValues } from '../../form-values.js';
import { pageConfig, pageSchema, seeOther, sendPage } from '../../page.js';
import { formIdOf, newFormId } from '../../../domain/form-submission.js';
import { Layout } from '../../render.js';
import { checkCsrf } from '../../sessions.js';
import { portalNav } from '../home.js';
import { describedBy, ErrorSummary, FieldError } from '../../components/field-errors.js';
import { Notice } from '../../components/notice.js';
import { ORDER_LABELS, OrderFields, type Values } from './order-fields.js';

export interface ProductOrderFormProps {
  productType: string;
  slug: string;
  form: ProductOrderForm;
  csrf: string;
  values: Values;
  problems: FieldProblem[];
}

export function ProductOrderFormPage({ productType, slug, form, csrf, values: v, problems }: ProductOrderFormProps) {
  const { companies, packages, partners } = form;
  const ready = companies.filter((c) => c.agreement !== 'NONE');
  return (
    <Layout title={`Order ${productName(productType)}`} area="Merchant portal" nav={portalNav}>
      <h1>Order {productName(productType)}</h1>
      <p class="muted">If your partner can pre-fill the order for you through the Management API, use their link instead: it is faster and gets everything right.</p>
      {companies
        .filter((c) => c.agreement === 'NONE')
        .map((c) => (
          <Notice kind="info">
            {c.name} has no merchant agreement yet. <a href={`/portal/register/${c.orgno}`}>Sign the merchant agreement</a> first, then order.
          </Notice>
        ))}
      <ErrorSummary problems={problems} title="The order was not sent. Fix these and send again:" labels={ORDER_LABELS} />
      {!ready.length ? (
        <Notice kind="warn">There is no company you may order products for yet. You need to be its CEO, chair or an admin, and it needs a merchant agreement.</Notice>
      ) : (
        <>
          <form method="post" action={`/portal/register/${slug}`} class="stack wide" novalidate>
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="_form" value={formIdOf(v._form) ?? newFormId()} />
            <h2>Who orders, with which partner</h2>
            <label id="f-orgno">
              Company
              <select name="orgno" aria-describedby={describedBy(problems, 'orgno')}>
                {ready.map((c) => (
                  <option value={c.orgno} selected={v.orgno === c.orgno}>
                    {c.name} ({c.orgno})
                  </option>
                ))}
              </select>
              <FieldError problems={problems} name="orgno" />
            </label>
            <label id="f-partnerId">
              Partner
              <span class="hint">the company that integrates {productName(productType)} for you</span>
              <select name="partnerId" aria-describedby={describedBy(problems, 'partnerId')}>
                <option value="">Choose…</option>
                {partners.map(([id, name]) => (
                  <option value={id} selected={v.partnerId === id}>
                    {name}
                  </option>
                ))}
              </select>
              <FieldError problems={problems} name="partnerId" />
            </label>
            <label id="f-pricePackageId">
              Price package
              <span class="hint">one of the chosen partner's packages</span>
              <select name="pricePackageId" aria-describedby={describedBy(problems, 'pricePackageId')}>
                <option value="">Choose…</option>
                {partners.map(([id, name]) => (
                  <optgroup label={name}>
                    {packages
                      .filter((p) => p.partner_id === id)
                      .map((p) => (
                        <option value={p.id} selected={v.pricePackageId === p.id}>
                          {p.name}: {p.description}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
              <FieldError problems={problems} name="pricePackageId" />
            </label>
            <OrderFields productType={productType} values={v} problems={problems} locked={{}} lockedBy="" />
            <div class="actions">
              <button type="submit">Send the order</button>
            </div>
          </form>
        </>
      )}
    </Layout>
  );
}

export async function productPageRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const db = rt.store.db;

  for (const [productType, slug] of Object.entries(PRODUCT_SLUG)) {
    const render = async (req: FastifyRequest, reply: FastifyReply, o: { values: Values; problems?: FieldProblem[]; status?: number }) => {
      const { person, session } = req.portal!;
      const form = await loadProductOrderForm({ db, nin: person.nin, productType });
      return sendPage(
        reply,
        <ProductOrderFormPage productType={productType} slug={slug} form={form} csrf={session.csrf} values={o.values} problems={o.problems ?? []} />,
        o.status ?? 200,
      );
    };

    app.get(`/portal/register/${slug}`, { config: pageConfig, schema: pageSchema('Portal: order a product (manual signup)') }, (req, reply) => render(req, reply, { values: {} }));

    app.post(`/portal/register/${slug}`, { config: pageConfig, schema: pageSchema('Portal: send a product order (manual signup)') }, async (req, reply) => {
      const { person, session } = req.portal!;
      checkCsrf(req, session);
      const values: Values = formValues(req).texts();
      try {
        const { orderId } = await orderProduct({ db, nin: person.nin, personName: person.name, productType, body: values, now: rt.clock.now() });
        return seeOther(reply, `/portal/register/${slug}/${orderId}?sent=1`);
      } catch (err) {
        if (err instanceof VppError && err.kind === 'validation') return render(req, reply, { values, problems: err.fields ?? [], status: 400 });
        throw err;
      }
    });
  }
}
