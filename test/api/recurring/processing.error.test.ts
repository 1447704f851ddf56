import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { activeAgreement, createCharge, dayAhead, getCharge, headers, PAYER, processDay } from '../../support/recurring.js';
import { setProcessingMinutes } from '../../support/recurring-processing.js';

describe('Recurring processing time: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const put = (phone: string, payload: unknown) => t.inject({ method: 'PUT', url: `/_sim/payers/${phone}/charge-processing`, payload: payload as object });

  it('an unknown phone number: 404 pointing at the world file; a bad one or a bad time: 400 naming the field; nothing changes', async () => {
    const unknown = await put('4799999999', { minutes: 10 });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toContain('vippsUsers');
    const badPhone = await put('12', { minutes: 10 });
    expect(badPhone.statusCode).toBe(400);
    for (const minutes of [-1, 961, 1.5, '60']) expect((await put(PAYER, { minutes })).statusCode, String(minutes)).toBe(400);
    // The payer's card still settles at once.
    const agreementId = await activeAgreement(t);
    const due = dayAhead(t, 2);
    const chargeId = await createCharge(t, agreementId, { due });
    await processDay(t, due);
    expect((await getCharge(t, agreementId, chargeId)).status).toBe('CHARGED');
  });

  it('capture or refund of a PROCESSING charge: 409, and nothing moves', async () => {
    await setProcessingMinutes(t, PAYER, 60);
    const agreementId = await activeAgreement(t);
    const due = dayAhead(t, 2);
    const chargeId = await createCharge(t, agreementId, { due, transactionType: 'RESERVE_CAPTURE' });
    await processDay(t, due);
    for (const action of ['capture', 'refund']) {
      const res = await t.inject({ method: 'POST', url: `/recurring/v3/agreements/${agreementId}/charges/${chargeId}/${action}`, headers: await headers(t), payload: { amount: 100, description: 'x' } });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().detail).toContain('PROCESSING');
    }
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'PROCESSING', summary: { captured: 0, refunded: 0 } });
    await setProcessingMinutes(t, PAYER, 0);
  });
});
