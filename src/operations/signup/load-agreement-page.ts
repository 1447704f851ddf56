// What the portal's merchant agreement page shows: the agreement as signed, the back
// office's questions, and the company's product orders still waiting to be sent.
import type { AgreementRecord } from '../../domain/agreements/agreement-document.js';
import { hasPermission } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';
import { findCaseOf, listCaseEvents } from '../../store/signup-cases-repo.js';
import { ordersOfOrgs } from '../../store/signup-units-repo.js';
import { openMerchantAgreement } from './open-merchant-agreement.js';

export interface LoadAgreementPageOptions {
  db: Queryable;
  id: string;
  nin: string;
}

export async function loadAgreementPage(o: LoadAgreementPageOptions) {
  const { agreement, access } = await openMerchantAgreement(o);
  const record = JSON.parse(agreement.form_data) as AgreementRecord;
  const c = await findCaseOf(o.db, 'agreement', agreement.id);
  const events = c ? await listCaseEvents(o.db, c.id, { merchantView: true }) : [];
  const waiting = (await ordersOfOrgs(o.db, [agreement.orgno])).filter((x) => x.status === 'CREATED' || x.status === 'OPENED');
  return { agreement, record, case: c, events, waiting, canAnswer: hasPermission(access, 'ADMIN') };
}

export type AgreementPage = Awaited<ReturnType<typeof loadAgreementPage>>;
