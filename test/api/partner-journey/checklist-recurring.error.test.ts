// A new partner whose Recurring traffic misses each item judged from traffic: no
// Vipps-System-* headers, modifying calls without an Idempotency-Key (refused, and retried
// unchanged), an accepted agreement never read, no charges, and most endpoints never used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { checklistOf, newPartnerWithKeys, type NewPartner } from '../../support/checklist-verdicts.js';
import { TINDESPORT } from '../../support/partner-journey.js';
import { accept, auth, createAgreement, type Caller } from '../../support/recurring.js';

describe('Recurring checklist: traffic that misses each item', () => {
  let t: TestApp;
  let p: NewPartner;
  let c: Caller;
  let A: string;
  let agreementId: string;

  beforeAll(async () => {
    t = await startTestApp();
    p = await newPartnerWithKeys(t, TINDESPORT);
    c = { keys: p.creds, msn: p.msn };
    ({ agreementId } = await createAgreement(t, {}, c));
    A = `/recurring/v3/agreements/${agreementId}`;
    // The payer accepts; the integration relies on the redirect and never reads it.
    await accept(t, agreementId);
    // The same update three times, each without an Idempotency-Key.
    for (let i = 0; i < 3; i++) {
      const res = await t.inject({ method: 'PATCH', url: A, headers: await auth(t, c), payload: { productName: 'Avis Digital Pluss' } });
      expect(res.statusCode, res.body).toBe(400);
    }
  });
  afterAll(() => t.close());

  it('counts the calls without the Vipps-System-* headers', async () => {
    expect((await checklistOf(t, p, 'recurring')).item('system-headers')).toMatchObject({ state: 'not_yet', evidence: '0 of 4 calls (0%) sent the Vipps-System-* headers.' });
  });

  it('counts the modifying calls without an Idempotency-Key', async () => {
    expect((await checklistOf(t, p, 'recurring')).item('idempotency-key')).toMatchObject({ state: 'not_yet', evidence: '1 of 4 modifying calls (25%) sent an Idempotency-Key.' });
  });

  it('sees the refused update the integration kept repeating', async () => {
    expect((await checklistOf(t, p, 'recurring')).item('repeated-errors')).toMatchObject({ state: 'not_yet', evidence: 'Still repeating: 400 from PATCH /recurring/v3/agreements/:agreementId (3 times).' });
  });

  it('names every endpoint not yet used successfully, and is not all met', async () => {
    const list = await checklistOf(t, p, 'recurring');
    expect(list.item('endpoints').state).toBe('not_yet');
    expect(list.item('endpoints').evidence).toMatch(/^Not yet used successfully: Retrieve an agreement \(GET \/recurring\/v3\/agreements\/:agreementId\), Update an agreement \(PATCH /);
    expect(list.item('endpoints').evidence).toContain('Capture a reserved charge (POST /recurring/v3/agreements/:agreementId/charges/:chargeId/capture).');
    expect(list.allMet).toBe(false);
  });

  it('names the accepted agreement never read after acceptance, and has no stopped agreement nor RECURRING charge', async () => {
    const list = await checklistOf(t, p, 'recurring');
    expect(list.item('polls-agreement')).toMatchObject({ state: 'not_yet', references: [agreementId], evidence: `1 of 1 accepted agreements were not read after acceptance, for example ${agreementId}.` });
    expect(list.item('agreement-active')).toMatchObject({ state: 'met', references: [agreementId] });
    for (const key of ['agreement-stopped', 'charge-charged', 'charge-refunded']) expect(list.item(key), key).toMatchObject({ state: 'not_yet', evidence: 'No such agreement among the recent ones.' });
  });

  it('is met for the header items once the integration sends them, and the error stops counting once the update succeeds', async () => {
    const fixed = { ...(await auth(t, c)), 'vipps-system-name': 'tindekasse', 'idempotency-key': 'update-1' };
    expect((await t.inject({ method: 'PATCH', url: A, headers: fixed, payload: { productName: 'Avis Digital Pluss' } })).statusCode).toBe(204);
    const list = await checklistOf(t, p, 'recurring');
    expect(list.item('repeated-errors')).toMatchObject({ state: 'met', evidence: '3 error responses in all, none kept repeating.' });
    // The earlier calls without the headers still count in the share.
    expect(list.item('system-headers')).toMatchObject({ state: 'not_yet', evidence: '1 of 5 calls (20%) sent the Vipps-System-* headers.' });
  });
});
