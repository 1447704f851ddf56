// /backoffice/cases/{id}: one case with its checks and history, and the operator's actions:
// approve, ask the merchant for more information, or decline with an internal reason.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { VppError, type FieldProblem } from '../../../domain/errors.js';
import { WEB_PRODUCTS } from '../../../domain/signup/products.js';
import { approveCase } from '../../../operations/backoffice/approve-case.js';
import { confirmOrgNumber } from '../../../operations/backoffice/confirm-org-number.js';
import { declineCase } from '../../../operations/backoffice/decline-case.js';
import { loadCasePage } from '../../../operations/backoffice/load-case.js';
import { requestInformation } from '../../../operations/backoffice/request-information.js';
import type { Runtime } from '../../../runtime.js';
import { getAgreementPdf } from '../../../operations/backoffice/get-agreement-pdf.js';
import { formValues, type FormValues } from '../../form-values.js';
import { pageConfig, pageParams, pageQuery, pageSchema, seeOther, sendPage } from '../../page.js';
import { Layout } from '../../render.js';
import { checkCsrf } from '../../sessions.js';
import { FieldError } from '../../components/field-errors.js';
import { Notice } from '../../components/notice.js';
import { backofficeNav, OperatorBar } from '../layout.js';
import { AgreementFacts, Checks, Company, History, OrderFacts } from './case-details.js';
import { CaseState, caseWhat } from './queue.js';

const DONE: Record<string, string> = {
  approved: 'Approved.',
  declined: 'Declined. The merchant was emailed; the partner was told nothing.',
  asked: 'The question was emailed to the merchant and is shown in the portal.',
  checked: 'Saved.',
};

export const casePageRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;

  const render = async (req: FastifyRequest, reply: FastifyReply, caseId: string, o: { done?: string; problems?: FieldProblem[]; error?: string; status?: number } = {}) => {
    const { operator, session } = req.backoffice!;
    const d = await loadCasePage({ db, caseId });
    const done = DONE[o.done ?? ''];
    const open = d.case.state === 'QUEUED' || d.case.state === 'AWAITING-CUSTOMER';
    const base = `/backoffice/cases/${d.case.id}`;
    const problems = o.problems ?? [];
    return sendPage(
      reply,
      <Layout title={caseWhat(d)} area="Back office" nav={backofficeNav}>
        <OperatorBar name={operator.name} csrf={session.csrf} />
        <p class="small">
          <a href="/backoffice">← Queue</a>
        </p>
        <div class="actions" style="justify-content: space-between">
          <h1 style="margin-bottom: .25rem">{caseWhat(d)}</h1>
          <CaseState d={d} />
        </div>
        {done && <Notice kind="ok">{done}</Notice>}
        {o.error && <Notice kind="error">{o.error}</Notice>}
        {d.case.state === 'DECLINED' && <Notice kind="warn">Internal reason (never shown to the merchant or the partner): {d.case.internalReason}</Notice>}
        <section class="card">
          <Company d={d} />
        </section>
        <section class="card">{d.agreement ? <AgreementFacts d={d} /> : <OrderFacts d={d} />}</section>
        <h2>Checks</h2>
        <Checks checks={d.checks} />
        {open && d.order && WEB_PRODUCTS.includes(d.order.productType) && (
          <form method="post" action={`${base}/org-number`} class="actions">
            <input type="hidden" name="_csrf" value={session.csrf} />
            <label class="check">
              <input type="checkbox" name="visible" value="yes" checked={d.case.orgNumberVisible} /> The website shows the organisation number
            </label>
            <button type="submit" class="secondary">
              Save
            </button>
          </form>
        )}
        {open && (
          <>
            <h2>Decide</h2>
            <div class="decide">
              <form method="post" action={`${base}/approve`} class="card stack">
                <input type="hidden" name="_csrf" value={session.csrf} />
                <p style="margin: 0">{d.agreement ? 'The agreement becomes active and the company a merchant.' : 'Creates the sales unit with a new MSN and its keys, and emails the merchant and the partner.'}</p>
                <div class="actions">
                  <button type="submit">Approve</button>
                </div>
              </form>
              {d.case.state === 'QUEUED' && (
                <form method="post" action={`${base}/request-information`} class="card stack">
                  <input type="hidden" name="_csrf" value={session.csrf} />
                  <label id="f-question">
                    Ask the merchant for more information
                    <span class="hint">emailed to the merchant and shown in the portal</span>
                    <textarea name="question" rows={3} />
                    <FieldError problems={problems} name="question" />
                  </label>
                  <div class="actions">
                    <button type="submit" class="secondary">
                      Send the question
                    </button>
                  </div>
                </form>
              )}
              <form method="post" action={`${base}/decline`} class="card stack">
                <input type="hidden" name="_csrf" value={session.csrf} />
                <label id="f-reason">
                  Decline
                  <span class="hint">the internal reason stays in the back office; the merchant is told only that it was not approved, the partner nothing</span>
                  <textarea name="reason" rows={3} />
                  <FieldError problems={problems} name="reason" />
                </label>
                <div class="actions">
                  <button type="submit" class="danger">
                    Decline
                  </button>
                </div>
              </form>
            </div>
          </>
        )}
        <h2>History</h2>
        <History d={d} />
      </Layout>,
      o.status ?? 200,
    );
  };

  app.get(
    '/backoffice/cases/:id',
    { config: pageConfig, schema: pageSchema('Back office: a case with its checks and history', { params: pageParams('id'), querystring: pageQuery('done') }) },
    (req, reply) => render(req, reply, req.params.id, { done: req.query.done }),
  );

  app.get('/backoffice/agreements/:id/pdf', { config: pageConfig, schema: pageSchema('Back office: a merchant agreement as PDF', { produces: ['application/pdf'], params: pageParams('id') }) }, async (req, reply) => {
    const a = await getAgreementPdf({ db, id: req.params.id });
    return reply.type('application/pdf').header('content-disposition', `inline; filename="merchant-agreement-${a.orgno}.pdf"`).header('cache-control', 'private, no-store').send(a.pdf);
  });

  const action = (path: string, done: string, run: (ctx: { caseId: string; actor: string; form: FormValues }) => Promise<unknown>) =>
    app.post(`/backoffice/cases/:id/${path}`, { config: pageConfig, schema: pageSchema(`Back office: ${path.replace('-', ' ')} on a case`, { params: pageParams('id') }) }, async (req, reply) => {
      const { operator, session } = req.backoffice!;
      checkCsrf(req, session);
      const caseId = req.params.id;
      try {
        await run({ caseId, actor: `${operator.name} (back office)`, form: formValues(req) });
      } catch (err) {
        if (err instanceof VppError && err.kind === 'validation') return render(req, reply, caseId, { problems: err.fields ?? [], error: err.detail, status: 400 });
        if (err instanceof VppError && err.kind === 'conflict') return render(req, reply, caseId, { error: err.detail, status: 409 });
        throw err;
      }
      return seeOther(reply, `/backoffice/cases/${caseId}?done=${done}`);
    });

  const ctx = (caseId: string, actor: string) => ({ db, caseId, actor, now: rt.clock.now(), publicUrl: rt.config.publicUrl, smtp: !!rt.config.smtpUrl });
  action('approve', 'approved', (c) => approveCase({ ...ctx(c.caseId, c.actor), box: rt.box }));
  action('decline', 'declined', (c) => declineCase({ ...ctx(c.caseId, c.actor), reason: c.form.text('reason') }));
  action('request-information', 'asked', (c) => requestInformation({ ...ctx(c.caseId, c.actor), question: c.form.text('question') }));
  action('org-number', 'checked', (c) => confirmOrgNumber({ db, caseId: c.caseId, visible: c.form.text('visible') === 'yes', actor: c.actor, now: rt.clock.now() }));
};
