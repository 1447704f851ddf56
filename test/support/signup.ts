// Helpers for the signup and back-office tests: people, pre-fills, signing, sending, deciding.
import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';
import { DEMO } from './demo.js';
import { Browser, csrfOf } from './forms.js';
import { fullPrefill, newKey } from './management.js';
import { insertProductOrder } from '../../src/store/product-orders-repo.js';
import { EMPTY_PREFILL } from '../../src/domain/product-orders/normalize-prefill.js';

export const PEOPLE = {
  kari: '15857710069', // CEO of Fjellbakeriet AS (a merchant)
  ola: '02829010030', // chair of Fjellbakeriet AS
  hanne: '07888010038', // board member of Fjellbakeriet AS: may not sign
  ingrid: '31928210076', // CEO of Havblikk Sjømat AS (a merchant)
  sigrid: '28889510031', // CEO of Nordlys Kaffe AS (not a merchant yet)
  marit: '17916010060', // CEO of Tindesport AS (not a merchant yet)
  erik: '09899910092', // board member of Tindesport AS
  nora: '24838410096', // CEO of Byhagen Blomster AS
  anders: '21869110024', // no role anywhere
};

export async function portalAs(t: TestApp, nin: string): Promise<Browser> {
  const b = new Browser(t);
  const res = await b.post('/portal/login', { _csrf: csrfOf((await b.get('/portal/login')).body), nin });
  if (res.statusCode !== 303) throw new Error(`log-in of ${nin} failed: ${res.statusCode}`);
  return b;
}

export async function operator(t: TestApp, username = 'saksbehandler', password = 'backoffice-demo'): Promise<Browser> {
  const b = new Browser(t);
  const res = await b.post('/backoffice/login', { _csrf: csrfOf((await b.get('/backoffice/login')).body), username, password });
  if (res.statusCode !== 303) throw new Error(`operator log-in failed: ${res.statusCode}`);
  return b;
}

/** Pre-fills through the Management API; returns the id and the link's path. */
export async function prefill(t: TestApp, body: Record<string, unknown> = fullPrefill(), keys = DEMO.partnerKeys): Promise<{ id: string; path: string }> {
  const res = await t.inject({ method: 'POST', url: '/management/v1/product-orders', headers: { ...(await t.auth(keys)), 'idempotency-key': newKey() }, payload: body });
  if (res.statusCode !== 201) throw new Error(`pre-fill failed: ${res.statusCode} ${res.body}`);
  const { prefilledOrderId, prefillUrl } = res.json() as { prefilledOrderId: string; prefillUrl: string };
  return { id: prefilledOrderId, path: new URL(prefillUrl).pathname };
}

export const agreementAnswers = (over: Record<string, string> = {}): Record<string, string> => ({
  'contact.name': 'Sigrid Berg',
  'contact.email': 'sigrid.berg@nordlyskaffe.example',
  'contact.phone': '4795678901',
  'owners.0.name': 'Sigrid Berg',
  'owners.0.nin': '28889510031',
  'owners.0.share': '60',
  'owners.0.role': 'DIRECT_OWNER',
  'owners.1.name': 'Lars Haugen',
  'owners.1.birthDate': '1985-05-05',
  'owners.1.share': '40',
  'owners.1.role': 'INDIRECT_OWNER',
  pep: 'no',
  action: 'sign',
  ...over,
});

/** Signs the agreement for `orgno` as the logged-in person; returns the response. */
export async function signAgreementAs(b: Browser, orgno: string, over: Record<string, string> = {}) {
  await b.get(`/portal/register/${orgno}`);
  // The session's token (the form is not shown when the company has an agreement already).
  const home = await b.get('/portal');
  return b.post(`/portal/register/${orgno}`, { _csrf: csrfOf(home.body), ...agreementAnswers(over) });
}

/** Opens the order link and sends the form with these values. */
export async function sendOrder(b: Browser, path: string, values: Record<string, string> = {}) {
  const page = await b.get(path);
  return b.post(path, { _csrf: csrfOf(page.body), ...values });
}

/** The back office's case id of an agreement or order (from the store). */
export async function caseOf(t: TestApp, subjectId: string): Promise<string> {
  const row = await t.rt.store.db.selectFrom('signup_cases').select('id').where('subject_id', '=', subjectId).executeTakeFirstOrThrow();
  return row.id;
}

export async function agreementIdOf(t: TestApp, orgno: string): Promise<string> {
  const row = await t.rt.store.db.selectFrom('merchant_agreements').select('id').where('orgno', '=', orgno).orderBy('signed_at', 'desc').executeTakeFirstOrThrow();
  return row.id;
}

/** Takes an operator action on a case; returns the response. */
export async function decide(op: Browser, caseId: string, action: 'approve' | 'decline' | 'request-information' | 'org-number', form: Record<string, string> = {}) {
  const page = await op.get(`/backoffice/cases/${caseId}`);
  return op.post(`/backoffice/cases/${caseId}/${action}`, { _csrf: csrfOf(page.body), ...form });
}

export async function emails(t: TestApp, to?: string): Promise<{ to: string; subject: string; body: string }[]> {
  const res = await t.inject({ method: 'GET', url: `/_sim/emails${to ? `?to=${encodeURIComponent(to)}` : ''}` });
  return res.json().emails;
}

/** An order the legacy Partner API accepted although it fails the full rules (stored as invalid). */
export async function legacyInvalidOrder(t: TestApp, orgno: string): Promise<{ id: string; path: string }> {
  const id = randomUUID();
  const now = t.rt.clock.now();
  await insertProductOrder(t.rt.store.db, {
    id,
    source: 'partner-api',
    status: 'CREATED',
    scheme: 'business:NO:ORG',
    orgno,
    product_type: 'VIPPS_PA_NETT',
    partner_id: '100001',
    owner_merchant_id: null,
    key_set_id: null,
    created_by: DEMO.partners.premium,
    prefill: JSON.stringify({ orgno, salesUnitName: 'Way too long a name for a sales unit in the app', settlementAccountNumber: '1234', productType: 'VIPPS_PA_NETT' }),
    locked_fields: JSON.stringify(['salesUnitName', 'settlementBankAccount']),
    invalid: 1,
    invalid_reasons: JSON.stringify([
      { name: 'salesUnitName', reason: 'must NOT have more than 30 characters' },
      { name: 'settlementAccountNumber', reason: 'must be exactly 11 digits' },
    ]),
    ...EMPTY_PREFILL,
    msn: null,
    status_reason: null,
    created_at: now,
    opened_at: null,
    submitted_at: null,
    processing_at: null,
    awaiting_customer_at: null,
    approved_at: null,
    stopped_at: null,
    deleted_at: null,
    updated_at: now,
  });
  return { id, path: `/portal/register/vippspanett/${id}` };
}

/** Where a request acting for `msn` with these keys lands in the authorization model. */
export async function partnerReachesUnit(t: TestApp, keys: typeof DEMO.partnerKeys, msn: string): Promise<'reaches' | string> {
  // As a partner would check it: the Management API, then the ePayment API (payments allowed).
  const headers = await t.auth(keys, msn);
  const unit = await t.inject({ method: 'GET', url: `/management/v1/sales-units/${msn}`, headers });
  if (unit.statusCode !== 200) return unit.json().detail as string;
  const payment = await t.inject({ method: 'GET', url: '/epayment/v1/payments/no-such-payment-here', headers });
  // 404 "no such payment" means the keys reached the unit and may pay for it.
  return payment.statusCode === 404 && !/No sales unit with MSN/.test(payment.json().detail) ? 'reaches' : (payment.json().detail as string);
}
