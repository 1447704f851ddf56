// A new partner whose Recurring traffic, made through the real Recurring API with its
// partner keys, meets every item of the Recurring checklist that vpp judges from traffic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { checklistOf, newPartnerWithKeys, SYSTEM_HEADERS, type NewPartner } from '../../support/checklist-verdicts.js';
import { TINDESPORT } from '../../support/partner-journey.js';
import { accept, auth, createAgreement, createCharge, dayAhead, headers, processDay, type Caller } from '../../support/recurring.js';

describe('Recurring checklist: traffic that meets every item', () => {
  let t: TestApp;
  let p: NewPartner;
  let c: Caller;
  const ids: Record<'kept' | 'stopped', string> = { kept: '', stopped: '' };
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => {
    const res = await t.inject({ method, url, headers: method === 'GET' ? await auth(t, c) : await headers(t, c), ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res;
  };

  beforeAll(async () => {
    t = await startTestApp();
    p = await newPartnerWithKeys(t, TINDESPORT);
    c = { keys: p.creds, msn: p.msn, extra: SYSTEM_HEADERS };
    // An agreement with a reserved initial charge, read after the payer accepted it.
    const { agreementId, chargeId } = await createAgreement(t, { initialCharge: { amount: 10000, description: 'Start', transactionType: 'RESERVE_CAPTURE' } }, c);
    ids.kept = agreementId;
    await accept(t, agreementId);
    const A = `/recurring/v3/agreements/${agreementId}`;
    expect((await call('GET', A)).json()).toMatchObject({ status: 'ACTIVE' });
    await call('GET', `${A}/charges`);
    await call('GET', `${A}/charges/${chargeId!}`);
    await call('POST', `${A}/charges/${chargeId!}/capture`, { amount: 10000, description: 'Start' });
    await call('POST', `${A}/charges/${chargeId!}/refund`, { amount: 2500, description: 'Goodwill' });
    // A charge for next month, cancelled before it is due; then the agreement is renamed.
    const next = await createCharge(t, agreementId, {}, c);
    await call('DELETE', `${A}/charges/${next}`);
    await call('PATCH', A, { productName: 'Avis Digital Pluss' });
    // Two RECURRING charges charged on their due day; one of them refunded in full.
    const due = dayAhead(t, 3);
    const kept = await createCharge(t, agreementId, { due }, c);
    const refunded = await createCharge(t, agreementId, { due, description: 'Extra' }, c);
    await processDay(t, due);
    expect((await call('GET', `${A}/charges/${kept}`)).json()).toMatchObject({ status: 'CHARGED' });
    await call('POST', `${A}/charges/${refunded}/refund`, { amount: 29900, description: 'Refund' });
    // A second agreement, read after acceptance, then stopped.
    ids.stopped = (await createAgreement(t, {}, c)).agreementId;
    await accept(t, ids.stopped);
    await call('GET', `/recurring/v3/agreements/${ids.stopped}`);
    await call('PATCH', `/recurring/v3/agreements/${ids.stopped}`, { status: 'STOPPED' });
  });
  afterAll(() => t.close());

  it('judges every traffic item met, with what vpp saw as evidence', async () => {
    const list = await checklistOf(t, p, 'recurring');
    expect(list.used).toBe(true);
    expect(list.trafficKeys()).toEqual(['endpoints', 'system-headers', 'idempotency-key', 'agreement-active', 'agreement-stopped', 'charge-charged', 'charge-refunded', 'polls-agreement', 'repeated-errors']);
    expect(list.item('endpoints')).toMatchObject({ state: 'met', evidence: 'All 9 endpoints used successfully.' });
    expect(list.item('system-headers')).toMatchObject({ state: 'met', evidence: '16 of 16 calls (100%) sent the Vipps-System-* headers.' });
    expect(list.item('idempotency-key')).toMatchObject({ state: 'met', evidence: '11 of 11 modifying calls (100%) sent an Idempotency-Key.' });
    expect(list.item('repeated-errors')).toMatchObject({ state: 'met', evidence: 'No error responses.' });
  });

  it('names the agreements that ended ACTIVE and STOPPED and the ones whose RECURRING charges ended CHARGED and REFUNDED, each read after acceptance', async () => {
    const list = await checklistOf(t, p, 'recurring');
    expect(list.item('agreement-active')).toMatchObject({ state: 'met', references: [ids.kept] });
    expect(list.item('agreement-stopped')).toMatchObject({ state: 'met', references: [ids.stopped] });
    expect(list.item('charge-charged')).toMatchObject({ state: 'met', references: [ids.kept] });
    expect(list.item('charge-refunded')).toMatchObject({ state: 'met', references: [ids.kept] });
    expect(list.item('polls-agreement')).toMatchObject({ state: 'met', evidence: 'All 2 recent accepted agreements were read with GET after acceptance.' });
  });

  it('is not all met until the partner links what traffic cannot show', async () => {
    const list = await checklistOf(t, p, 'recurring');
    expect(list.allMet).toBe(false);
    expect(list.items.filter((i) => i.state === 'not_yet').map((i) => i.key)).toEqual(['subscription-tools', 'design-guidelines', 'customer-support']);
  });
});
