// /portal/agreements/{id}: a signed merchant agreement, its status and PDF, the back
// office's questions, and the product orders waiting for it.
import type { FastifyInstance } from 'fastify';
import type { AgreementRecord } from '../../../domain/agreements/agreement-document.js';
import { notFound } from '../../../domain/errors.js';
import { hasPermission } from '../../../domain/portal/permissions.js';
import { prefillUrl } from '../../../domain/product-orders/prefill-url.js';
import { productName } from '../../../domain/signup/products.js';
import { requireCompanyAccess } from '../../../operations/signup/portal-access.js';
import type { Runtime } from '../../../runtime.js';
import { findAgreement } from '../../../store/signup-agreements-repo.js';
import { findCaseOf, listCaseEvents } from '../../../store/signup-cases-repo.js';
import { ordersOfOrgs } from '../../../store/signup-units-repo.js';
import { pageConfig, pageSchema, sendPage } from '../../page.js';
import { Layout } from '../../render.js';
import { portalNav } from '../home.js';
import { Conversation, Notice, StatusBadge, when } from './components.js';

const ID = /^[0-9a-f-]{36}$/i;

export async function agreementPageRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const db = rt.store.db;
  const load = async (id: string, nin: string) => {
    const a = ID.test(id) ? await findAgreement(db, id.toLowerCase()) : undefined;
    if (!a) throw notFound('There is no such merchant agreement.');
    const access = await requireCompanyAccess({ db, nin, orgno: a.orgno, permission: 'READ', what: 'see the merchant agreement' });
    return { a, access };
  };

  app.get('/portal/agreements/:id', { config: pageConfig, schema: pageSchema('Portal: a merchant agreement, its status and questions') }, async (req, reply) => {
    const { person, session } = req.portal!;
    const { a, access } = await load((req.params as { id: string }).id, person.nin);
    const record = JSON.parse(a.form_data) as AgreementRecord;
    const c = await findCaseOf(db, 'agreement', a.id);
    const events = c ? await listCaseEvents(db, c.id, { merchantView: true }) : [];
    const waiting = (await ordersOfOrgs(db, [a.orgno])).filter((o) => o.status === 'CREATED' || o.status === 'OPENED');
    const q = req.query as Record<string, string | undefined>;
    return sendPage(
      reply,
      <Layout title="Merchant agreement" area="Merchant portal" nav={portalNav}>
        <h1>Merchant agreement: {record.company.name}</h1>
        {q.signed && <Notice kind="ok">Signed. Vipps MobilePay processes the agreement now; you can already send your product orders.</Notice>}
        {q.answered && <Notice kind="ok">Thank you: your answer was sent, and the application is back in processing.</Notice>}
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
              {record.signer.name}, {when(a.signed_at)}
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
        {c && <Conversation caseId={c.id} events={events} open={c.state === 'AWAITING-CUSTOMER'} csrf={session.csrf} canAnswer={hasPermission(access, 'ADMIN')} problems={[]} />}
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
      </Layout>,
    );
  });

  app.get('/portal/agreements/:id/pdf', { config: pageConfig, schema: pageSchema('Portal: the signed merchant agreement as PDF', { produces: ['application/pdf'] }) }, async (req, reply) => {
    const { a } = await load((req.params as { id: string }).id, req.portal!.person.nin);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="merchant-agreement-${a.orgno}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(a.pdf));
  });
}
