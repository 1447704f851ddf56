// A partner whose recorded traffic meets every ePayment item judged from traffic.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import type { KeyCreds } from '../../support/demo.js';
import { csrfOf } from '../../support/forms.js';
import { becomePartner, partnerKeysFromPortal, TINDESPORT } from '../../support/partner-journey.js';
import { payerDecides, paymentBody } from '../../support/payments.js';
import { portalAs } from '../../support/portal-session.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';

interface Item { key: string; state: string; evidence: string; references: string[] }

describe('ePayment checklist: traffic that meets every item', () => {
  let t: TestApp;
  let rx: Receiver;
  let partnerId: string;
  let msn: string;
  let creds: KeyCreds;
  const refs: Record<string, string> = {};

  const h = async (extra: Record<string, string> = {}) => ({ ...(await t.auth(creds, msn)), 'vipps-system-name': 'tindekasse', 'vipps-system-version': '2.1', ...extra });
  const modifying = async () => h({ 'idempotency-key': randomUUID() });
  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const res = await t.inject({ method, url, headers: method === 'GET' ? await h() : await modifying(), ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res;
  };
  const newPayment = async () => {
    const body = paymentBody();
    await call('POST', '/epayment/v1/payments', body);
    return body.reference;
  };
  const verdicts = async (keys = creds) => {
    await t.rt.requestLog.flush();
    const res = await t.inject({ method: 'GET', url: `/integration-checklists/v1/partners/${partnerId}/checklists?api=epayment`, headers: await t.auth(keys) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { allMet: boolean; checklists: { allMet: boolean; items: Item[] }[] };
  };
  const item = (v: Awaited<ReturnType<typeof verdicts>>, key: string) => v.checklists[0]!.items.find((i) => i.key === key)!;

  beforeAll(async () => {
    t = await startTestApp();
    rx = await startReceiver();
    ({ partnerId, msn } = await becomePartner(t, TINDESPORT, 'Partner Plus'));
    creds = await partnerKeysFromPortal(t, TINDESPORT, 'partner');

    await call('POST', '/webhooks/v1/webhooks', { url: rx.url(), events: ['epayments.payment.captured.v1', 'epayments.payment.authorized.v1'] });
    refs.captured = await newPayment();
    await payerDecides(t, msn, refs.captured, 'approve');
    await call('GET', `/epayment/v1/payments/${refs.captured}`);
    await call('GET', `/epayment/v1/payments/${refs.captured}/events`);
    await call('POST', `/epayment/v1/payments/${refs.captured}/capture`, { modificationAmount: { currency: 'NOK', value: 1000 } });

    refs.refunded = await newPayment();
    await payerDecides(t, msn, refs.refunded, 'approve');
    await call('GET', `/epayment/v1/payments/${refs.refunded}`);
    await call('POST', `/epayment/v1/payments/${refs.refunded}/capture`, { modificationAmount: { currency: 'NOK', value: 1000 } });
    await call('POST', `/epayment/v1/payments/${refs.refunded}/refund`, { modificationAmount: { currency: 'NOK', value: 1000 } });

    refs.cancelled = await newPayment();
    await payerDecides(t, msn, refs.cancelled, 'approve');
    await call('GET', `/epayment/v1/payments/${refs.cancelled}`);
    await call('POST', `/epayment/v1/payments/${refs.cancelled}/cancel`);

    refs.aborted = await newPayment();
    await payerDecides(t, msn, refs.aborted, 'reject');
    await call('GET', `/epayment/v1/payments/${refs.aborted}`);

    while ((await t.rt.outbox.runOnce()) > 0);
  });
  afterAll(async () => {
    await rx.close();
    await t.close();
  });

  it('judges every traffic item met, with the evidence and references vpp saw', async () => {
    const v = await verdicts();
    for (const key of ['endpoints', 'system-headers', 'idempotency-key', 'polls-after-redirect', 'captures-after-authorized', 'handles-webhooks', 'repeated-errors']) {
      expect(item(v, key), key).toMatchObject({ state: 'met' });
    }
    expect(item(v, 'system-headers').evidence).toMatch(/^(\d+) of \1 calls \(100%\) sent the Vipps-System-\* headers\.$/);
    expect(item(v, 'ended-captured')).toMatchObject({ state: 'met', references: [refs.captured] });
    expect(item(v, 'ended-refunded')).toMatchObject({ state: 'met', references: [refs.refunded] });
    expect(item(v, 'ended-cancelled')).toMatchObject({ state: 'met', references: [refs.cancelled] });
    expect(item(v, 'ended-aborted-or-expired')).toMatchObject({ state: 'met', references: [refs.aborted] });
    expect(item(v, 'handles-webhooks').evidence).toMatch(/^[1-9]\d* delivered, 0 given up/);
  });

  it('is not all met until the partner attaches evidence for what traffic cannot show', async () => {
    const before = await verdicts();
    expect(before.allMet).toBe(false);
    const manual = before.checklists[0]!.items.filter((i) => i.state === 'not_yet').map((i) => i.key);
    expect(manual).toEqual(['handle-responses', 'handle-redirects', 'design-guidelines', 'customer-support']);
    const b = await portalAs(t, TINDESPORT.ceo);
    const csrf = csrfOf((await b.get(`/portal/partner/${TINDESPORT.orgno}`)).body);
    for (const key of manual) {
      const res = await b.post(`/portal/partner/${TINDESPORT.orgno}/evidence`, { _csrf: csrf, api: 'epayment', item: key, link: `https://docs.tindesport.example/${key}`, note: '' });
      expect(res.statusCode).toBe(303);
    }
    const after = await verdicts();
    expect(after.allMet).toBe(true);
    expect(item(after, 'design-guidelines')).toMatchObject({ state: 'met' });
  });

  it('shows the same verdicts on the partner portal page', async () => {
    const b = await portalAs(t, TINDESPORT.ceo);
    const page = (await b.get(`/portal/partner/${TINDESPORT.orgno}`)).body;
    expect(page).toContain('data-item="ended-captured" data-state="met"');
    expect(page).toContain(refs.captured);
  });
});
