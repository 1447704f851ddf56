// /portal/agreements/{id}: a signed merchant agreement, its status and PDF, the back
// office's questions, and the product orders waiting for it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { prefillUrl } from '../../../domain/product-orders/prefill-url.js';
import { productName } from '../../../domain/signup/products.js';
import { loadAgreementPage, type AgreementPage } from '../../../operations/signup/load-agreement-page.js';
import { openMerchantAgreement } from '../../../operations/signup/open-merchant-agreement.js';
import type { Runtime } from '../../../runtime.js';
import { pageConfig, pageParams, pageQuery, pageSchema, sendPage } from '../../page.js';
import { Layout } from '../../render.js';
import { portalNav } from '../home.js';
import { Notice } from '../../components/notice.js';
import { formatTime } from '../../form-values.js';
import { Conversation, StatusBadge } from './components.js';

export function AgreementView({ page, csrf, notices }: { page: AgreementPage; csrf: string; notices: { signed?: boolean; answered?: boolean } }) {
  const { agreement: a, record, case: c, events, waiting } = page;
  return (
    <Layout title="Merchant agreement" area="Merchant portal" nav={portalNav}>
      <h1>Merchant agreement: {record.company.name}</h1>
      {notices.signed && <Notice kind="ok">Signed. Vipps MobilePay processes the agreement now; you can already send your product orders.</Notice>}
      {notices.answered && <Notice kind="ok">Thank you: your answer was sent, and the application is back in processing.</Notice>}
      {a.status === 'DECLINED' && <Notice kind="error">Vipps MobilePay could not approve this agreement. We have emailed the contact person.</Notice>}
      <section class="card">
        <dl class="facts">
          <dt>Status</dt>
          <dd>
            <StatusBadge status={a.status} of="agreement" />
          </dd>
          <dt>Organisation number</dt>
          <dd class="mono">{a.orgno}</dd>
          <dt>Signed by</dt>
          <dd>
            {record.signer.name}, {formatTime(a.signed_at)}
          </dd>
          <dt>Contact</dt>
          <dd>
            {record.answers.contact.name}, {record.answers.contact.email}
          </dd>
          <dt>Beneficial owners</dt>
          <dd>{record.answers.owners.length ? record.answers.owners.map((o) => `${o.name} (${o.share} %)`).join(', ') : 'Nobody above 25 %'}</dd>
          <dt>Document</dt>
          <dd>
            <a href={`/portal/agreements/${a.id}/pdf`}>The signed agreement (PDF)</a>
          </dd>
        </dl>
      </section>
      {c && <Conversation caseId={c.id} events={events} open={c.state === 'AWAITING-CUSTOMER'} csrf={csrf} canAnswer={page.canAnswer} problems={[]} />}
      {waiting.length > 0 && (
        <section>
          <h2>Product orders waiting for you</h2>
          <ul>
            {waiting.map((o) => (
              <li>
                <a href={prefillUrl({ publicUrl: '', productType: o.product_type, id: o.id })}>
                  {productName(o.product_type)}
                  {o.partner_name ? ` from ${o.partner_name}` : ''}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <a href="/portal">Back to the portal home</a>
      </p>
    </Layout>
  );
}

export const agreementPageRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;

  app.get('/portal/agreements/:id', { config: pageConfig, schema: pageSchema('Portal: a merchant agreement, its status and questions', { params: pageParams('id'), querystring: pageQuery('signed', 'answered') }) }, async (req, reply) => {
    const { person, session } = req.portal!;
    const page = await loadAgreementPage({ db, id: req.params.id, nin: person.nin });
    const q = req.query;
    return sendPage(reply, <AgreementView page={page} csrf={session.csrf} notices={{ signed: !!q.signed, answered: !!q.answered }} />);
  });

  app.get('/portal/agreements/:id/pdf', { config: pageConfig, schema: pageSchema('Portal: the signed merchant agreement as PDF', { produces: ['application/pdf'], params: pageParams('id') }) }, async (req, reply) => {
    const { agreement: a } = await openMerchantAgreement({ db, id: req.params.id, nin: req.portal!.person.nin });
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="merchant-agreement-${a.orgno}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(a.pdf));
  });
};
