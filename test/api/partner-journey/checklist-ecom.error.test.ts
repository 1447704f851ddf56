// A new partner whose eCom traffic misses each item judged from traffic: calls without the
// Vipps-System-* headers, a capture it kept retrying on an order the payer never approved,
// and endpoints it never used successfully.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { checklistOf, newPartnerWithKeys, SYSTEM_HEADERS, type NewPartner } from '../../support/checklist-verdicts.js';
import { action, details, initiate, initiateBody } from '../../support/ecom.js';
import { TINDESPORT } from '../../support/partner-journey.js';

describe('eCom checklist: traffic that misses each item', () => {
  let t: TestApp;
  let p: NewPartner;
  let orderId: string;

  beforeAll(async () => {
    t = await startTestApp();
    p = await newPartnerWithKeys(t, TINDESPORT);
    ({ orderId } = await initiate(t, { ...(await t.auth(p.creds, p.msn)), ...SYSTEM_HEADERS }, initiateBody({ msn: p.msn })));
    // The payer has not approved: each capture fails, and the integration keeps trying.
    for (let i = 0; i < 3; i++) {
      const res = await action(t, { ...(await t.auth(p.creds, p.msn)), ...SYSTEM_HEADERS }, orderId, 'capture', 20000, `capture-${i}`, p.msn);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
    }
    // Read once without the system headers.
    expect((await details(t, await t.auth(p.creds, p.msn), orderId)).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('counts the call without the Vipps-System-* headers, as a share', async () => {
    expect((await checklistOf(t, p, 'ecom')).item('system-headers')).toMatchObject({ state: 'not_yet', evidence: '4 of 5 calls (80%) sent the Vipps-System-* headers.' });
  });

  it('names the endpoints never used successfully', async () => {
    expect((await checklistOf(t, p, 'ecom')).item('endpoints')).toMatchObject({
      state: 'not_yet',
      evidence: 'Not yet used successfully: Capture (POST /ecomm/v2/payments/:orderId/capture), Cancel (PUT /ecomm/v2/payments/:orderId/cancel), Refund (POST /ecomm/v2/payments/:orderId/refund).',
    });
  });

  it('sees the failing capture the integration kept repeating, until a capture succeeds', async () => {
    const before = (await checklistOf(t, p, 'ecom')).item('repeated-errors');
    expect(before.state).toBe('not_yet');
    expect(before.evidence).toMatch(/^Still repeating: 4\d\d from POST \/ecomm\/v2\/payments\/:orderId\/capture \(3 times\)\.$/);
    await t.inject({ method: 'POST', url: `/_sim/ecom/${p.msn}/${orderId}/approve`, payload: {} });
    expect((await action(t, { ...(await t.auth(p.creds, p.msn)), ...SYSTEM_HEADERS }, orderId, 'capture', 20000, 'capture-ok', p.msn)).statusCode).toBe(200);
    expect((await checklistOf(t, p, 'ecom')).item('repeated-errors')).toMatchObject({ state: 'met', evidence: '3 error responses in all, none kept repeating.' });
  });

  it('names the order approved but never read with GET …/details afterwards, and has no order ending in REFUND or VOID', async () => {
    const c = await checklistOf(t, p, 'ecom');
    expect(c.item('polls-details')).toMatchObject({ state: 'not_yet', references: [orderId], evidence: `1 of 1 authorized payments were not read after authorization, for example ${orderId}.` });
    expect(c.item('ended-refund')).toMatchObject({ state: 'not_yet', references: [] });
    expect(c.item('ended-void')).toMatchObject({ state: 'not_yet', references: [] });
  });

  it('is not all met, and a partner with no eCom traffic at all has not used it', async () => {
    const c = await checklistOf(t, p, 'ecom');
    expect(c).toMatchObject({ allMet: false, used: true });
    const recurring = await checklistOf(t, p, 'recurring');
    expect(recurring.used).toBe(false);
    expect(recurring.item('endpoints').state).toBe('not_yet');
  });
});
