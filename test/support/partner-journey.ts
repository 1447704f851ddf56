// Drives the partner journey the way its people do: apply through the API, approve in the
// back office, read the keys on the partner's portal page.
import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';
import { payerDecides, paymentBody } from './payments.js';
import type { KeyCreds } from './demo.js';
import { csrfOf } from './forms.js';
import { backofficeAs, portalAs } from './portal-session.js';

export const TINDESPORT = { orgno: '913579240', ceo: '17916010060' };
export const SOLSIDEN = { orgno: '998877660', ceo: '01817010055' };

export function application(orgno: string, over: Record<string, unknown> = {}) {
  return {
    orgno,
    contactName: 'Marit Dahl',
    contactEmail: `partner-${orgno}@example.test`,
    partnerType: 'platform',
    products: ['VIPPS_PA_NETT', 'VIPPS_I_KASSA'],
    expectedMerchants: 40,
    expectedAnnualRevenue: 20_000_000_00,
    ...over,
  };
}

export async function apply(t: TestApp, body: Record<string, unknown>) {
  return t.inject({ method: 'POST', url: '/partner-applications/v1/applications', payload: body });
}

/** Applies, approves at `level` in the back office; returns the new partner and its test unit. */
export async function becomePartner(t: TestApp, company: { orgno: string; ceo: string }, level = 'Partner Plus', over: Record<string, unknown> = {}) {
  const res = await apply(t, application(company.orgno, over));
  if (res.statusCode !== 201) throw new Error(`apply failed: ${res.statusCode} ${res.body}`);
  const { applicationId } = res.json() as { applicationId: string };
  const op = await backofficeAs(t);
  const approved = await op.post(`/backoffice/partner-applications/${applicationId}/approve`, { _csrf: op.csrf, level });
  if (approved.statusCode !== 303) throw new Error(`approve failed: ${approved.statusCode} ${approved.body}`);
  const app = await t.rt.store.db.selectFrom('partner_applications').select('partner_id').where('id', '=', applicationId).executeTakeFirstOrThrow();
  const unit = await t.rt.store.db.selectFrom('sales_units').select('msn').where('partner_id', '=', app.partner_id!).executeTakeFirstOrThrow();
  return { applicationId, partnerId: app.partner_id!, msn: unit.msn, op };
}

/** The keys of one kind as the partner's CEO sees them on the portal page. */
export async function partnerKeysFromPortal(t: TestApp, company: { orgno: string; ceo: string }, kind: 'partner' | 'management'): Promise<KeyCreds & { keySetId: string }> {
  const b = await portalAs(t, company.ceo);
  const page = await b.get(`/portal/partner/${company.orgno}`);
  if (page.statusCode !== 200) throw new Error(`partner page: ${page.statusCode} ${page.body.slice(0, 300)}`);
  const label = kind === 'partner' ? 'Partner keys' : 'Management keys';
  const m = new RegExp(`${label}[\\s\\S]*?action="/portal/partner/${company.orgno}/keys/([^/"]+)/reveal"`).exec(page.body);
  if (!m) throw new Error(`no ${kind} keys on the partner page`);
  const shown = await b.post(`/portal/partner/${company.orgno}/keys/${m[1]}/reveal`, { _csrf: csrfOf(page.body) });
  const field = (name: string) => new RegExp(`data-${name}[^>]*>([^<]+)<`).exec(shown.body)![1]!.trim();
  return { keySetId: m[1]!, clientId: field('client-id'), clientSecret: field('client-secret'), subscriptionKey: field('subscription-key'), secondarySubscriptionKey: '' };
}

/**
 * Traffic that meets every ePayment item judged from traffic, made through the real APIs
 * with these keys: a webhook, and payments ending captured, refunded, cancelled and aborted,
 * each read with GET after the payer acted. Returns the references by ending.
 */
export async function meetEpaymentTraffic(t: TestApp, creds: KeyCreds, msn: string, webhookUrl: string): Promise<Record<'captured' | 'refunded' | 'cancelled' | 'aborted', string>> {
  const h = async (extra: Record<string, string> = {}) => ({ ...(await t.auth(creds, msn)), 'vipps-system-name': 'tindekasse', 'vipps-system-version': '2.1', ...extra });
  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const res = await t.inject({ method, url, headers: method === 'GET' ? await h() : await h({ 'idempotency-key': randomUUID() }), ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res;
  };
  const newPayment = async (decision: 'approve' | 'reject') => {
    const body = paymentBody();
    await call('POST', '/epayment/v1/payments', body);
    await payerDecides(t, msn, body.reference, decision);
    await call('GET', `/epayment/v1/payments/${body.reference}`);
    return body.reference;
  };
  const amount = { modificationAmount: { currency: 'NOK', value: 1000 } };
  await call('POST', '/webhooks/v1/webhooks', { url: webhookUrl, events: ['epayments.payment.captured.v1', 'epayments.payment.authorized.v1'] });
  const captured = await newPayment('approve');
  await call('GET', `/epayment/v1/payments/${captured}/events`);
  await call('POST', `/epayment/v1/payments/${captured}/capture`, amount);
  const refunded = await newPayment('approve');
  await call('POST', `/epayment/v1/payments/${refunded}/capture`, amount);
  await call('POST', `/epayment/v1/payments/${refunded}/refund`, amount);
  const cancelled = await newPayment('approve');
  await call('POST', `/epayment/v1/payments/${cancelled}/cancel`);
  const aborted = await newPayment('reject');
  while ((await t.rt.outbox.runOnce()) > 0);
  await t.rt.requestLog.flush();
  return { captured, refunded, cancelled, aborted };
}

/** The partner's own Login orders (for its portal access), newest first. */
export async function ownLoginOrdersOf(t: TestApp, orgno: string) {
  return t.rt.store.db.selectFrom('product_orders').select(['id', 'status', 'msn']).where('orgno', '=', orgno).where('product_type', '=', 'VIPPS_LOGG_INN').orderBy('created_at', 'desc').execute();
}

/** The partner's CEO orders Vipps Logg inn on the partner page; returns the answer. */
export async function orderPortalAccess(t: TestApp, company: { orgno: string; ceo: string }) {
  const b = await portalAs(t, company.ceo);
  return b.post(`/portal/partner/${company.orgno}/portal-access`, { _csrf: b.csrf });
}
