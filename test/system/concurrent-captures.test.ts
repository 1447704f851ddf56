// Money never moves twice: 50 simultaneous 1 NOK captures on a 10 NOK authorisation capture
// exactly 10 NOK. On PostgreSQL the captures are split across two vpp processes sharing the
// database; on SQLite (one process per database file) one process takes them all.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PG_URL } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { RACE_WHERE, raceNodes, type RaceApi } from '../support/payment-race.js';

const title = PG_URL
  ? '50 simultaneous 1 NOK captures split across two vpp processes sharing PostgreSQL'
  : '50 simultaneous 1 NOK captures on one vpp process on SQLite (the PostgreSQL variant with two processes needs VPP_TEST_DATABASE_URL)';

describe(title, () => {
  const race = raceNodes({ extraArgs: ['--no-worker'] });

  async function authorizedPayment(value: number) {
    const reference = `race-${randomUUID()}`;
    const res = await race.first().call('POST', '/epayment/v1/payments', { ...(await race.headersFor(race.nodes[0]!)), 'idempotency-key': randomUUID() }, {
      amount: { currency: 'NOK', value },
      paymentMethod: { type: 'WALLET' },
      reference,
      userFlow: 'WEB_REDIRECT',
      returnUrl: 'https://shop.example/back',
    });
    expect(res.status).toBe(201);
    // Approved through the other node: both see the same database.
    expect((await race.last().call('POST', `/_sim/payments/${DEMO.units.partnerNett}/${reference}/approve`, {}, { phoneNumber: '4791234567' })).status).toBe(200);
    return reference;
  }

  const capture = (reference: string, value: number, key: string) => (api: RaceApi, headers: Record<string, string>) =>
    api.call('POST', `/epayment/v1/payments/${reference}/capture`, { ...headers, 'idempotency-key': key }, { modificationAmount: { currency: 'NOK', value } });

  it('capture exactly 10 NOK and refuse the other 40', async () => {
    const reference = await authorizedPayment(1000);
    const results = await race.spread(50, (api, headers) => capture(reference, 100, randomUUID())(api, headers));
    const ok = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 400 && r.json.title === 'Capture amount too high').length;
    const byNode = race.nodes.map((_, n) => results.filter((r, i) => i % race.nodes.length === n && r.status === 200).length);
    const payment = await race.first().call('GET', `/epayment/v1/payments/${reference}`, await race.headersFor(race.nodes[0]!));
    const events = await race.last().call('GET', `/epayment/v1/payments/${reference}/events`, await race.headersFor(race.nodes.at(-1)!));
    const captures = events.json.filter((e: { name: string }) => e.name === 'CAPTURED').length;
    process.stdout.write(`concurrency (${RACE_WHERE}): ${ok} captured (per node ${byNode.join('+')}), ${refused} refused, captured ${payment.json.aggregate.capturedAmount.value} of ${payment.json.aggregate.authorizedAmount.value}, ${captures} CAPTURED events\n`);
    expect(ok).toBe(10);
    expect(refused).toBe(40);
    expect(payment.json.aggregate.capturedAmount.value).toBe(1000);
    expect(captures).toBe(10);
  });

  it('one Idempotency-Key sent to every node at once captures once, and every answer is the same', async () => {
    const reference = await authorizedPayment(1000);
    const key = randomUUID();
    const results = await race.spread(20, capture(reference, 300, key));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(results.map((r) => JSON.stringify(r.json))).size).toBe(1);
    const payment = await race.first().call('GET', `/epayment/v1/payments/${reference}`, await race.headersFor(race.nodes[0]!));
    expect(payment.json.aggregate.capturedAmount.value).toBe(300);
  });
});
