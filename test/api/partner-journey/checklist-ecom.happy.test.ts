// A new partner whose eCom traffic, made through the real eCom API with its partner keys,
// meets every item of the eCom checklist that vpp judges from traffic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { checklistOf, newPartnerWithKeys, SYSTEM_HEADERS, type NewPartner } from '../../support/checklist-verdicts.js';
import { action, cancel, details, drain, initiate, initiateBody, payer } from '../../support/ecom.js';
import { TINDESPORT } from '../../support/partner-journey.js';

describe('eCom checklist: traffic that meets every item', () => {
  let t: TestApp;
  let p: NewPartner;
  const orders: Record<'refunded' | 'voided', string> = { refunded: '', voided: '' };
  const h = async () => ({ ...(await t.auth(p.creds, p.msn)), ...SYSTEM_HEADERS });
  const ok = (res: { statusCode: number; body: string }) => expect(res.statusCode, res.body).toBe(200);

  beforeAll(async () => {
    t = await startTestApp();
    p = await newPartnerWithKeys(t, TINDESPORT);
    // An order captured and refunded, each step read back with GET …/details.
    const sold = await initiate(t, await h(), initiateBody({ msn: p.msn }));
    orders.refunded = sold.orderId;
    await payer(t, p.msn, sold.orderId, 'approve');
    ok(await details(t, await h(), sold.orderId));
    ok(await action(t, await h(), sold.orderId, 'capture', 20000, 'capture-1', p.msn));
    ok(await action(t, await h(), sold.orderId, 'refund', 5000, 'refund-1', p.msn));
    ok(await details(t, await h(), sold.orderId));
    // An order cancelled after the payer approved it.
    const voided = await initiate(t, await h(), initiateBody({ msn: p.msn }));
    orders.voided = voided.orderId;
    await payer(t, p.msn, voided.orderId, 'approve');
    ok(await details(t, await h(), voided.orderId));
    ok(await cancel(t, await h(), voided.orderId, undefined, p.msn));
    await drain(t);
  });
  afterAll(() => t.close());

  it('judges every traffic item met, with what vpp saw as evidence', async () => {
    const c = await checklistOf(t, p, 'ecom');
    expect(c.used).toBe(true);
    expect(c.trafficKeys()).toEqual(['endpoints', 'system-headers', 'ended-refund', 'ended-void', 'polls-details', 'repeated-errors']);
    expect(c.item('endpoints')).toMatchObject({ state: 'met', evidence: 'All 5 endpoints used successfully.' });
    expect(c.item('system-headers')).toMatchObject({ state: 'met', evidence: '8 of 8 calls (100%) sent the Vipps-System-* headers.' });
    expect(c.item('repeated-errors')).toMatchObject({ state: 'met', evidence: 'No error responses.' });
  });

  it('names the orders that ended in REFUND and VOID, and sees every reserved order read with GET …/details', async () => {
    const c = await checklistOf(t, p, 'ecom');
    expect(c.item('ended-refund')).toMatchObject({ state: 'met', references: [orders.refunded] });
    expect(c.item('ended-void')).toMatchObject({ state: 'met', references: [orders.voided] });
    expect(c.item('polls-details')).toMatchObject({ state: 'met', evidence: 'All 2 recent authorized payments were read with GET …/details after authorization.' });
  });

  it('leaves the items traffic cannot show to attachments, so the checklist is not all met yet', async () => {
    const c = await checklistOf(t, p, 'ecom');
    expect(c.allMet).toBe(false);
    expect(c.items.filter((i) => i.state === 'not_yet').map((i) => i.judgedFrom)).toEqual(c.items.filter((i) => i.judgedFrom === 'attachment').map(() => 'attachment'));
  });

  it('keeps the eCom traffic out of the ePayment checklist', async () => {
    const c = await checklistOf(t, p, 'epayment');
    expect(c.used).toBe(false);
    expect(c.item('system-headers')).toMatchObject({ state: 'not_yet', evidence: 'No calls recorded yet.' });
  });
});
