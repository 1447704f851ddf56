// eCom captures race like ePayment ones (one engine): 50 simultaneous 1 NOK captures of a
// 10 NOK reservation capture exactly 10 NOK; one X-Request-Id sent to every node at once
// captures once. On PostgreSQL split across two vpp processes; on SQLite one process.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PG_URL } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { RACE_WHERE, raceNodes } from '../support/payment-race.js';

const MSN = DEMO.units.partnerNett;
const title = PG_URL
  ? 'eCom: 50 simultaneous captures split across two vpp processes sharing PostgreSQL'
  : 'eCom: 50 simultaneous captures on one vpp process on SQLite (the two-process variant needs VPP_TEST_DATABASE_URL)';

describe(title, () => {
  const race = raceNodes({ msn: MSN, extraArgs: ['--no-worker'] });

  async function reservedOrder(amount: number) {
    const orderId = `race-${randomUUID().slice(0, 30)}`;
    const res = await race.first().call('POST', '/ecomm/v2/payments', await race.headersFor(race.nodes[0]!), {
      customerInfo: { mobileNumber: '91234567' },
      merchantInfo: { merchantSerialNumber: MSN, callbackPrefix: 'https://shop.example/cb', fallBack: 'https://shop.example/back' },
      transaction: { orderId, amount, transactionText: 'race' },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect((await race.last().call('POST', `/_sim/ecom/${MSN}/${orderId}/approve`, {}, {})).status).toBe(200);
    return orderId;
  }

  const capture = (orderId: string, count: number, amount: number, requestId: () => string) =>
    race.spread(count, (api, headers) =>
      api.call('POST', `/ecomm/v2/payments/${orderId}/capture`, { ...headers, 'x-request-id': requestId() }, { merchantInfo: { merchantSerialNumber: MSN }, transaction: { amount, transactionText: 'part' } }),
    );
  const details = async (orderId: string) => (await race.first().call('GET', `/ecomm/v2/payments/${orderId}/details`, await race.headersFor(race.nodes[0]!))).json;

  it('captures exactly 10 NOK and refuses the other 40 with Payment 61', async () => {
    const orderId = await reservedOrder(1000);
    const results = await capture(orderId, 50, 100, () => randomUUID().slice(0, 36));
    const ok = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 400 && r.json[0]?.errorCode === '61').length;
    const d = await details(orderId);
    const captures = d.transactionLogHistory.filter((e: { operation: string }) => e.operation === 'CAPTURE').length;
    process.stdout.write(`ecom concurrency (${RACE_WHERE}): ${ok} captured, ${refused} refused, captured ${d.transactionSummary.capturedAmount}, ${captures} CAPTURE entries\n`);
    expect(ok).toBe(10);
    expect(refused).toBe(40);
    expect(d.transactionSummary.capturedAmount).toBe(1000);
    expect(captures).toBe(10);
  });

  it('one X-Request-Id sent to every node at once captures once, with one answer', async () => {
    const orderId = await reservedOrder(1000);
    const results = await capture(orderId, 20, 300, () => 'same-request');
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(results.map((r) => JSON.stringify(r.json))).size).toBe(1);
    expect((await details(orderId)).transactionSummary.capturedAmount).toBe(300);
  });
});
