import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { accept, activeAgreement, auth, createAgreement, createCharge, dayAhead, getCharge, headers, PAYER, processDay, RECURRING_WORLD } from '../../support/recurring.js';
import { advanceMinutes, setProcessingMinutes } from '../../support/recurring-processing.js';
import type { World } from '../../../src/domain/world/world-schema.js';

// A payer's card may take time to process a charge (api-guide, "Charge times": around an
// hour). With a processing time set, a charge whose due date comes shows PROCESSING until
// the clock has moved past that time; without one (the default) it settles at once.
const events = (c: { history: { event: string }[] }) => c.history.map((e) => e.event);

describe('Recurring charges that take time to process', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => setProcessingMinutes(t, PAYER, 0));

  async function dueCharge(over: Record<string, unknown> = {}) {
    const agreementId = await activeAgreement(t);
    const due = dayAhead(t, 2);
    const chargeId = await createCharge(t, agreementId, { due, ...over });
    return { agreementId, chargeId, due };
  }

  it('PROCESSING while the card processes (get and list show it), then CHARGED exactly once after the processing time', async () => {
    await setProcessingMinutes(t, PAYER, 60);
    const { agreementId, chargeId, due } = await dueCharge();
    expect((await processDay(t, due)).attempted).toBeGreaterThanOrEqual(1);
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'PROCESSING', transactionId: null, summary: { captured: 0 } });
    const listed = await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${agreementId}/charges?status=PROCESSING`, headers: await auth(t) });
    expect((listed.json() as { id: string }[]).map((c) => c.id)).toEqual([chargeId]);
    const byId = await t.inject({ method: 'GET', url: `/recurring/v3/charges/${chargeId}`, headers: await auth(t) });
    expect(byId.json().status).toBe('PROCESSING');

    // Half the time: still processing, and the timer leaves it alone.
    await advanceMinutes(t, 30);
    expect((await getCharge(t, agreementId, chargeId)).status).toBe('PROCESSING');
    await advanceMinutes(t, 31);
    const charged = await getCharge(t, agreementId, chargeId);
    expect(charged).toMatchObject({ status: 'CHARGED', summary: { captured: 29900 } });
    expect(events(charged)).toEqual(['CREATE', 'CAPTURE']);
    // Later passes find nothing more to do with it.
    expect((await advanceMinutes(t, 120)).attempted).toBe(0);
    expect(events(await getCharge(t, agreementId, chargeId))).toEqual(['CREATE', 'CAPTURE']);
  });

  it('RESERVE_CAPTURE: PROCESSING, then RESERVED and capturable', async () => {
    await setProcessingMinutes(t, PAYER, 45);
    const { agreementId, chargeId, due } = await dueCharge({ transactionType: 'RESERVE_CAPTURE' });
    await processDay(t, due);
    expect((await getCharge(t, agreementId, chargeId)).status).toBe('PROCESSING');
    await advanceMinutes(t, 45);
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'RESERVED', summary: { captured: 0 } });
    const cap = await t.inject({ method: 'POST', url: `/recurring/v3/agreements/${agreementId}/charges/${chargeId}/capture`, headers: await headers(t), payload: { amount: 29900, description: 'All' } });
    expect(cap.statusCode, cap.body).toBe(204);
  });

  it('cancel while PROCESSING: 202 Accepted, still PROCESSING, then CANCELLED when the processing ends, with nothing charged', async () => {
    await setProcessingMinutes(t, PAYER, 60);
    const { agreementId, chargeId, due } = await dueCharge();
    await processDay(t, due);
    const h = await headers(t);
    const url = `/recurring/v3/agreements/${agreementId}/charges/${chargeId}`;
    const res = await t.inject({ method: 'DELETE', url, headers: h });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.body).toBe('');
    // The same request again (same key) gets the same answer.
    expect((await t.inject({ method: 'DELETE', url, headers: h })).statusCode).toBe(202);
    expect((await getCharge(t, agreementId, chargeId)).status).toBe('PROCESSING');
    await advanceMinutes(t, 60);
    const cancelled = await getCharge(t, agreementId, chargeId);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', transactionId: null, summary: { captured: 0, cancelled: 29900 } });
    expect(events(cancelled)).toEqual(['CREATE', 'CANCEL']);
    // Now it is settled: a cancel is refused.
    expect((await t.inject({ method: 'DELETE', url, headers: await headers(t) })).statusCode).toBe(409);
  });

  it('stopping the agreement while a charge is PROCESSING: 204, and the charge ends CANCELLED, never charged', async () => {
    await setProcessingMinutes(t, PAYER, 60);
    const { agreementId, chargeId, due } = await dueCharge();
    await processDay(t, due);
    const stop = await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${agreementId}`, headers: await headers(t), payload: { status: 'STOPPED' } });
    expect(stop.statusCode, stop.body).toBe(204);
    await advanceMinutes(t, 60);
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'CANCELLED', summary: { captured: 0 } });
  });

  it("the initial charge is paid while the payer accepts: no processing time, CHARGED at once", async () => {
    await setProcessingMinutes(t, PAYER, 60);
    const { agreementId, chargeId } = await createAgreement(t, { initialCharge: { amount: 10000, description: 'Start', transactionType: 'DIRECT_CAPTURE' } });
    expect((await accept(t, agreementId)).initialChargeStatus).toBe('CHARGED');
    expect((await getCharge(t, agreementId, chargeId!)).status).toBe('CHARGED');
  });

  it('without a processing time (the default) the due charge is CHARGED in the same pass', async () => {
    const { agreementId, chargeId, due } = await dueCharge();
    await processDay(t, due);
    expect((await getCharge(t, agreementId, chargeId)).status).toBe('CHARGED');
  });
});

describe("Recurring processing time from the world file's card.processingMinutes", () => {
  const SLOW = '4748000077';
  let t: TestApp;
  beforeAll(async () => {
    const world = { ...RECURRING_WORLD, vippsUsers: [...(RECURRING_WORLD.vippsUsers ?? []), { phone: SLOW, firstName: 'Sakte', lastName: 'Kort', email: 'sakte@example.com', card: { processingMinutes: 90, outcome: 'insufficient_funds' } }] } as World;
    t = await startTestApp({ world });
  });
  afterAll(() => t.close());

  it("a failing card takes its processing time too: PROCESSING, then FAILED with the card's reason", async () => {
    const agreementId = await activeAgreement(t, {}, undefined, SLOW);
    const due = dayAhead(t, 2);
    const chargeId = await createCharge(t, agreementId, { due, retryDays: 0 });
    await processDay(t, due);
    expect((await getCharge(t, agreementId, chargeId)).status).toBe('PROCESSING');
    await advanceMinutes(t, 89);
    expect((await getCharge(t, agreementId, chargeId)).status).toBe('PROCESSING');
    await advanceMinutes(t, 1);
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'FAILED', failureReason: 'user_action_required' });
  });
});
