// The eCom API v2's scenarios beside ePayment's: initiate, capture (1 NOK at a time, with
// a check that no capture moved money twice) and details. They share the payment engine,
// so they should keep ePayment's ratios to the bare handler.
import { randomUUID } from 'node:crypto';
import { MSN, type Api, type Scenario } from './scenarios.js';

const initiateBody = (orderId: string, amount: number) =>
  JSON.stringify({
    customerInfo: { mobileNumber: '91234567' },
    merchantInfo: { merchantSerialNumber: MSN, callbackPrefix: 'https://shop.example/cb', fallBack: 'https://shop.example/back', authToken: 'bench-token' },
    transaction: { orderId, amount, transactionText: 'Benchmark' },
  });

/** Orders made by the initiate scenario, for the details scenario. */
const initiated: string[] = [];

export function ecomInitiateScenario(run: string): Scenario {
  let n = 0;
  return {
    name: 'POST /ecomm/v2/payments',
    baseline: 'POST',
    request: (api) => ({
      method: 'POST',
      path: '/ecomm/v2/payments',
      headers: { ...api.headers, 'content-type': 'application/json' },
      setupRequest(req, context) {
        const orderId = `bench-ecom-${run}-${++n}`;
        context.orderId = orderId;
        return { ...req, body: initiateBody(orderId, 1000) };
      },
      onResponse(status, _body, context) {
        if (status === 200) initiated.push(context.orderId as string);
      },
    }),
    async checkStored(store) {
      const rows = await store.query<{ reference: string }>(`SELECT reference FROM payments WHERE msn = ? AND reference LIKE ?`, [MSN, `bench-ecom-${run}-%`]);
      const stored = new Set(rows.map((r) => r.reference));
      const lost = initiated.filter((r) => r.startsWith(`bench-ecom-${run}-`) && !stored.has(r));
      return lost.length ? `${lost.length} acknowledged eCom orders are not stored (e.g. ${lost[0]})` : null;
    },
  };
}

export function ecomDetailsScenario(): Scenario {
  let i = 0;
  return {
    name: 'GET /ecomm/v2/payments/{orderId}/details',
    baseline: 'GET',
    async prepare(api) {
      while (initiated.length < 1000) {
        const orderId = `bench-ecom-get-${randomUUID().slice(0, 30)}`;
        const res = await api.call('POST', '/ecomm/v2/payments', api.headers, JSON.parse(initiateBody(orderId, 1000)));
        if (res.status !== 200) throw new Error(`could not initiate an order to read: ${res.status} ${JSON.stringify(res.body)}`);
        initiated.push(orderId);
      }
    },
    request: (api) => ({
      method: 'GET',
      path: `/ecomm/v2/payments/${initiated[0]}/details`,
      headers: api.headers,
      setupRequest(req) {
        return { ...req, path: `/ecomm/v2/payments/${initiated[i++ % initiated.length]}/details` };
      },
    }),
  };
}

/** Orders approved beforehand, each captured 1 NOK at a time with its own X-Request-Id. */
export function ecomCaptureScenario(run: string, orders = 200, reserved = 10_000_000): Scenario {
  const ids: string[] = [];
  const reported = new Map<string, number>();
  let i = 0;
  return {
    name: 'POST /ecomm/v2/payments/{orderId}/capture',
    baseline: 'POST',
    async prepare(api: Api) {
      for (let k = 0; k < orders; k++) {
        const orderId = `bench-ecap-${run}-${k}`;
        const res = await api.call('POST', '/ecomm/v2/payments', api.headers, JSON.parse(initiateBody(orderId, reserved)));
        if (res.status !== 200) throw new Error(`could not initiate an order to capture: ${res.status} ${JSON.stringify(res.body)}`);
        const ok = await api.call('POST', `/_sim/ecom/${MSN}/${orderId}/approve`, {}, {});
        if (ok.status !== 200) throw new Error(`could not approve ${orderId}: ${ok.status} ${JSON.stringify(ok.body)}`);
        ids.push(orderId);
        reported.set(orderId, 0);
      }
    },
    request: (api) => ({
      method: 'POST',
      path: `/ecomm/v2/payments/${ids[0]}/capture`,
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ merchantInfo: { merchantSerialNumber: MSN }, transaction: { amount: 100, transactionText: 'Part shipped' } }),
      setupRequest(req, context) {
        const orderId = ids[i++ % ids.length]!;
        context.orderId = orderId;
        return { ...req, path: `/ecomm/v2/payments/${orderId}/capture`, headers: { ...req.headers, 'x-request-id': randomUUID().slice(0, 36) } };
      },
      onResponse(status, _body, context) {
        const id = context.orderId as string;
        if (status === 200) reported.set(id, reported.get(id)! + 100);
      },
    }),
    async check(api) {
      const wrong: string[] = [];
      for (const [orderId, sum] of reported) {
        const res = await api.call('GET', `/ecomm/v2/payments/${orderId}/details`, api.headers);
        const captures = (res.body.transactionLogHistory as { operation: string; amount: number }[]).filter((e) => e.operation === 'CAPTURE');
        const captured = res.body.transactionSummary.capturedAmount as number;
        const logged = captures.reduce((n, e) => n + e.amount, 0);
        if (captured < sum) wrong.push(`${orderId}: answered 200 for ${sum}, captured only ${captured}`);
        if (logged !== captured) wrong.push(`${orderId}: the log records ${logged}, the summary says ${captured}`);
        if (captures.some((e) => e.amount !== 100)) wrong.push(`${orderId}: a capture of another amount than 100`);
      }
      return wrong.length ? wrong.slice(0, 5).join('; ') : null;
    },
  };
}
