import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { accept, activeAgreement, auth, createAgreement, createCharge, dayAhead, headers, initialCharge, NETT, processDay } from '../../support/recurring.js';

const EVENTS = [
  'recurring.agreement-activated.v1',
  'recurring.agreement-rejected.v1',
  'recurring.agreement-stopped.v1',
  'recurring.agreement-expired.v1',
  'recurring.charge-reserved.v1',
  'recurring.charge-captured.v1',
  'recurring.charge-canceled.v1',
  'recurring.charge-failed.v1',
];

describe('Recurring webhooks: every event type, through the outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: await auth(t), payload: { url: 'https://shop.example/recurring-hook', events: EVENTS } });
    expect(res.statusCode, res.body).toBe(201);
  });
  afterAll(() => t.close());

  const delivered = async (reference: string) => {
    const res = await t.inject({ method: 'GET', url: `/_sim/webhooks/deliveries?msn=${NETT}&reference=${reference}` });
    return (res.json().deliveries as { eventType: string; body: Record<string, unknown> }[]).reverse();
  };

  it('agreement activated, rejected, stopped and expired', async () => {
    const a = (await createAgreement(t)).agreementId;
    await accept(t, a);
    await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${a}`, headers: await headers(t), payload: { status: 'STOPPED' } });
    expect((await delivered(a)).map((d) => d.eventType)).toEqual(['recurring.agreement-activated.v1', 'recurring.agreement-stopped.v1']);
    const [first] = await delivered(a);
    expect(first!.body).toMatchObject({ agreementId: a, msn: NETT, eventType: 'recurring.agreement-activated.v1', actor: 'USER' });

    const r = (await createAgreement(t)).agreementId;
    await t.inject({ method: 'POST', url: `/_sim/recurring/agreements/${r}/reject`, payload: { phoneNumber: '4791234567' } });
    expect((await delivered(r)).map((d) => d.eventType)).toEqual(['recurring.agreement-rejected.v1']);

    const e = (await createAgreement(t)).agreementId;
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 601 } });
    await t.app.recurringProcessor.runOnce();
    expect((await delivered(e)).map((d) => d.eventType)).toEqual(['recurring.agreement-expired.v1']);
  });

  it('charge reserved, captured, canceled and failed', async () => {
    const reserved = await initialCharge(t, 'RESERVE_CAPTURE');
    await t.inject({ method: 'POST', url: `/recurring/v3/agreements/${reserved.agreementId}/charges/${reserved.chargeId}/capture`, headers: await headers(t), payload: { amount: 10000, description: 'Shipped' } });
    expect((await delivered(reserved.chargeId)).map((d) => d.eventType)).toEqual(['recurring.charge-reserved.v1', 'recurring.charge-captured.v1']);
    expect((await delivered(reserved.chargeId))[1]!.body).toMatchObject({ chargeId: reserved.chargeId, agreementId: reserved.agreementId, amount: 10000, currency: 'NOK', chargeType: 'INITIAL' });

    const id = await activeAgreement(t);
    const cancelled = await createCharge(t, id);
    await t.inject({ method: 'DELETE', url: `/recurring/v3/agreements/${id}/charges/${cancelled}`, headers: await headers(t) });
    expect((await delivered(cancelled)).map((d) => d.eventType)).toEqual(['recurring.charge-canceled.v1']);

    const poor = await activeAgreement(t, {}, undefined, '4748000001');
    const due = dayAhead(t, 2);
    const failing = await createCharge(t, poor, { due, retryDays: 0 });
    await processDay(t, due);
    const failed = await delivered(failing);
    expect(failed.map((d) => d.eventType)).toEqual(['recurring.charge-failed.v1']);
    expect(failed[0]!.body).toMatchObject({ failureReason: 'user_action_required' });
  });
});
