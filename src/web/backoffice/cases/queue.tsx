// /backoffice: the queue of merchant agreements and product orders, oldest first, with the
// number of checks that need attention, and the cases decided lately.
import type { FastifyInstance } from 'fastify';
import { openChecks } from '../../../domain/backoffice/case-checks.js';
import { productName } from '../../../domain/signup/products.js';
import { automaticSettings } from '../../../operations/backoffice/automatic-settings.js';
import type { CaseDetails } from '../../../operations/backoffice/load-case.js';
import type { Runtime } from '../../../runtime.js';
import { loadQueue } from '../../../operations/backoffice/load-queue.js';
import { pageConfig, pageSchema, sendPage } from '../../page.js';
import { formatTime } from '../../form-values.js';
import { Layout } from '../../render.js';
import { backofficeNav, OperatorBar } from '../layout.js';

export const caseWhat = (d: CaseDetails) => (d.case.kind === 'agreement' ? 'Merchant agreement' : `Product order: ${productName(d.order!.productType)}`);

export function CaseState({ d }: { d: CaseDetails }) {
  const s = d.case.state;
  if (s === 'QUEUED') return <span class="badge">{d.case.questionsAsked ? 'Answered: to review' : 'To review'}</span>;
  if (s === 'AWAITING-CUSTOMER') return <span class="badge warn">Waiting for the merchant</span>;
  if (s === 'APPROVED') return <span class="badge ok">Approved</span>;
  return <span class="badge bad">Declined</span>;
}

function CaseTable({ cases, decided }: { cases: CaseDetails[]; decided?: boolean }) {
  return (
    <div class="table-wrap">
      <table class="stacked">
        <thead>
          <tr>
            <th>{decided ? 'Decided' : 'Submitted'}</th>
            <th>Company</th>
            <th>Case</th>
            <th>Partner</th>
            <th>{decided ? 'By' : 'Checks'}</th>
            <th>State</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((d) => {
            const open = openChecks(d.checks);
            return (
              <tr>
                <td class="small" data-label={decided ? 'Decided' : 'Submitted'}>
                  {formatTime(decided ? d.case.decidedAt! : d.case.submittedAt)}
                </td>
                <td data-label="Company">
                  {d.companyName}
                  <div class="small muted mono">{d.case.orgno}</div>
                </td>
                <td data-label="Case">
                  <a href={`/backoffice/cases/${d.case.id}`}>{caseWhat(d)}</a>
                  {d.order?.salesUnitName && <div class="small muted">{d.order.salesUnitName}</div>}
                </td>
                <td data-label="Partner">{d.partnerName ?? '—'}</td>
                <td data-label={decided ? 'By' : 'Checks'}>{decided ? <span class="small">{d.case.decidedBy}</span> : open ? <span class="badge warn">{open} to look at</span> : <span class="badge ok">all passed</span>}</td>
                <td data-label="State">
                  <CaseState d={d} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export async function queueRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const db = rt.store.db;
  app.get('/backoffice', { config: pageConfig, schema: pageSchema('Back office: the queue of cases, oldest first') }, async (req, reply) => {
    const { operator, session } = req.backoffice!;
    const { open, decided } = await loadQueue({ db, decided: 20 });
    const auto = await automaticSettings(db, rt.config.autoApproveAfterSeconds);
    const queued = open.filter((d) => d.case.state === 'QUEUED');
    const waiting = open.filter((d) => d.case.state !== 'QUEUED');
    return sendPage(
      reply,
      <Layout title="Back office" area="Back office" nav={backofficeNav}>
        <OperatorBar name={operator.name} csrf={session.csrf} />
        <h1>Queue</h1>
        <p class="muted small">
          {auto.afterSeconds === null
            ? 'Automatic processing is off: every case waits for an operator.'
            : `Automatic processing: cases are decided ${auto.afterSeconds} simulated seconds after they enter the queue${auto.declineOrgnos.length ? `; declined for ${auto.declineOrgnos.join(', ')}` : ''}${auto.moreInformationOrgnos.length ? `; more information asked from ${auto.moreInformationOrgnos.join(', ')}` : ''}.`}
        </p>
        {queued.length ? <CaseTable cases={queued} /> : <p class="muted">Nothing waits for review.</p>}
        {waiting.length > 0 && (
          <>
            <h2>Waiting for the merchant</h2>
            <CaseTable cases={waiting} />
          </>
        )}
        {decided.length > 0 && (
          <>
            <h2>Decided lately</h2>
            <CaseTable cases={decided} decided />
          </>
        )}
      </Layout>,
    );
  });
}
