// What the benchmark drives, each scenario with the requests autocannon sends and, where
// money or payments are involved, a check afterwards that nothing moved twice or got lost.
import { randomUUID } from 'node:crypto';
import type { BenchStore } from './store.js';

export interface Api {
  baseUrl: string;
  /** Partner keys' headers for the unit the payments are made for. */
  headers: Record<string, string>;
  call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: any }>;
}

type Ctx = Record<string, unknown>;
export interface ScenarioRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: any, context: Ctx) => any;
  onResponse?: (status: number, body: string, context: Ctx) => void;
}

export interface Scenario {
  name: string;
  /** The bare handler it is compared with. */
  baseline: 'GET' | 'POST';
  prepare?(api: Api): Promise<void>;
  request(api: Api): ScenarioRequest;
  /** After the load, through the API: null when all is well, else what is wrong. */
  check?(api: Api): Promise<string | null>;
  /** After vpp has stopped (SQLite's file is vpp's alone while it runs), in its database. */
  checkStored?(store: BenchStore): Promise<string | null>;
}

export const MSN = '212345';

/** Requests that may be in flight when a load run stops: one per connection. */
let inFlightBound = 50;
export const setConnections = (n: number) => {
  inFlightBound = n;
};
const PAYMENT_BODY = (reference: string, value: number) =>
  JSON.stringify({
    amount: { currency: 'NOK', value },
    paymentMethod: { type: 'WALLET' },
    reference,
    userFlow: 'WEB_REDIRECT',
    returnUrl: 'https://shop.example/back',
    paymentDescription: 'Benchmark',
  });

export function accessTokenScenario(creds: { clientId: string; clientSecret: string; subscriptionKey: string }): Scenario {
  return {
    name: 'POST /accesstoken/get',
    baseline: 'POST',
    request: () => ({
      method: 'POST',
      path: '/accesstoken/get',
      headers: { client_id: creds.clientId, client_secret: creds.clientSecret, 'ocp-apim-subscription-key': creds.subscriptionKey },
    }),
  };
}

export const salesUnitScenario: Scenario = {
  name: 'GET /management/v1/sales-units/{msn}',
  baseline: 'GET',
  request: (api) => ({ method: 'GET', path: `/management/v1/sales-units/${MSN}`, headers: api.headers }),
};

/** Payments created by the create scenario (and its warm-up), for the GET scenario. */
export const created: string[] = [];
let createdRefused = 0;

export function createPaymentScenario(run: string): Scenario {
  let n = 0;
  return {
    name: 'POST /epayment/v1/payments',
    baseline: 'POST',
    request: (api) => ({
      method: 'POST',
      path: '/epayment/v1/payments',
      headers: { ...api.headers, 'content-type': 'application/json' },
      setupRequest(req, context) {
        const reference = `bench-${run}-${++n}`;
        context.reference = reference;
        return { ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() }, body: PAYMENT_BODY(reference, 1000) };
      },
      onResponse(status, _body, context) {
        if (status === 201) created.push(context.reference as string);
        else createdRefused++;
      },
    }),
    async checkStored(store) {
      // Every payment acknowledged (201) is stored, once. A request still in flight when the
      // load generator stopped may be stored without its answer having been read: at most
      // one per connection per run.
      const rows = await store.query<{ reference: string }>(`SELECT reference FROM payments WHERE msn = ? AND reference LIKE ?`, [MSN, `bench-${run}-%`]);
      const stored = new Set(rows.map((r) => r.reference));
      if (stored.size !== rows.length) return `${rows.length - stored.size} references are stored twice`;
      const lost = created.filter((r) => r.startsWith(`bench-${run}-`) && !stored.has(r));
      if (lost.length) return `${lost.length} acknowledged payments are not stored (e.g. ${lost[0]})`;
      const unanswered = stored.size - created.filter((r) => r.startsWith(`bench-${run}-`)).length;
      if (unanswered > 2 * inFlightBound) return `${unanswered} payments stored without an answer, more than the ${2 * inFlightBound} requests that can be in flight`;
      return null;
    },
  };
}

/** GET of a payment, or with `events` of its event log (eCom details' ePayment counterpart). */
export function getPaymentScenario(events = false): Scenario {
  let i = 0;
  const tail = events ? '/events' : '';
  return {
    name: `GET /epayment/v1/payments/{reference}${tail}`,
    baseline: 'GET',
    async prepare(api) {
      // Without the create scenario, make some payments to read.
      for (let k = 0; created.length < 1000; k++) {
        const reference = `bench-get-${randomUUID()}`;
        const res = await api.call('POST', '/epayment/v1/payments', { ...api.headers, 'idempotency-key': randomUUID() }, JSON.parse(PAYMENT_BODY(reference, 1000)));
        if (res.status !== 201) throw new Error(`could not create a payment to read: ${res.status} ${JSON.stringify(res.body)}`);
        created.push(reference);
      }
    },
    request: (api) => ({
      method: 'GET',
      path: `/epayment/v1/payments/${created[0]}${tail}`,
      headers: api.headers,
      setupRequest(req) {
        return { ...req, path: `/epayment/v1/payments/${created[i++ % created.length]}${tail}` };
      },
    }),
  };
}

/** Payments approved beforehand, each captured 1 NOK at a time. */
export function captureScenario(run: string, payments = 200, authorised = 10_000_000): Scenario {
  const refs: string[] = [];
  const reported = new Map<string, number>();
  let i = 0;
  return {
    name: 'POST /epayment/v1/payments/{reference}/capture',
    baseline: 'POST',
    async prepare(api) {
      for (let k = 0; k < payments; k++) {
        const reference = `bench-cap-${run}-${k}`;
        const res = await api.call('POST', '/epayment/v1/payments', { ...api.headers, 'idempotency-key': randomUUID() }, JSON.parse(PAYMENT_BODY(reference, authorised)));
        if (res.status !== 201) throw new Error(`could not create a payment to capture: ${res.status} ${JSON.stringify(res.body)}`);
        const ok = await api.call('POST', `/_sim/payments/${MSN}/${reference}/approve`, {}, { phoneNumber: '4791234567' });
        if (ok.status !== 200) throw new Error(`could not approve ${reference}: ${ok.status} ${JSON.stringify(ok.body)}`);
        refs.push(reference);
        reported.set(reference, 0);
      }
    },
    request: (api) => ({
      method: 'POST',
      path: `/epayment/v1/payments/${refs[0]}/capture`,
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ modificationAmount: { currency: 'NOK', value: 100 } }),
      setupRequest(req, context) {
        const reference = refs[i++ % refs.length]!;
        context.reference = reference;
        return { ...req, path: `/epayment/v1/payments/${reference}/capture`, headers: { ...req.headers, 'idempotency-key': randomUUID() } };
      },
      onResponse(status, _body, context) {
        const r = context.reference as string;
        if (status === 200) reported.set(r, reported.get(r)! + 100);
      },
    }),
    async check(api) {
      // Through the API, right after the run. A capture still in flight when the load
      // generator stopped may have moved money without its answer being read: at most one
      // per connection per run.
      const seen: CaptureState[] = [];
      for (const reference of reported.keys()) {
        const res = await api.call('GET', `/_sim/payments/${MSN}/${reference}`, {});
        const events = (res.body.events as { name: string; amount: { value: number }; success: boolean }[]).filter((e) => e.name === 'CAPTURED' && e.success);
        seen.push({ reference, captured: res.body.payment.aggregate.capturedAmount.value, eventAmounts: events.map((e) => e.amount.value) });
      }
      const wrong = captureProblems(seen, reported, authorised);
      const unanswered = seen.reduce((n, p) => n + (p.captured - reported.get(p.reference)!) / 100, 0);
      if (unanswered > 2 * inFlightBound) wrong.push(`${unanswered} captures moved money without an answer, more than the ${2 * inFlightBound} that can be in flight`);
      return wrong.length ? wrong.slice(0, 5).join('; ') : null;
    },
    async checkStored(store) {
      // The same in the database once vpp has stopped, when no request can be half done.
      const rows = await store.query<{ reference: string; captured: number | string; amount: number | string | null }>(
        `SELECT p.reference, p.captured, e.amount
           FROM payments p LEFT JOIN payment_events e ON e.payment_id = p.id AND e.name = 'CAPTURED' AND e.success = 1
          WHERE p.msn = ? AND p.reference LIKE ?`,
        [MSN, `bench-cap-${run}-%`],
      );
      const stored = new Map<string, CaptureState>();
      for (const r of rows) {
        let p = stored.get(r.reference);
        if (!p) stored.set(r.reference, (p = { reference: r.reference, captured: Number(r.captured), eventAmounts: [] }));
        if (r.amount !== null) p.eventAmounts.push(Number(r.amount));
      }
      if (stored.size !== refs.length) return `${stored.size} of the ${refs.length} payments captured are stored`;
      const wrong = captureProblems([...stored.values()], reported, authorised);
      return wrong.length ? wrong.slice(0, 5).join('; ') : null;
    },
  };
}

/** A captured payment as a check saw it: its aggregate and its CAPTURED events' amounts. */
interface CaptureState { reference: string; captured: number; eventAmounts: number[] }

/**
 * Every capture answered 200 moved exactly 1 NOK; the event log records exactly what the
 * aggregate says; nothing exceeds the authorisation.
 */
function captureProblems(payments: CaptureState[], reported: Map<string, number>, authorised: number): string[] {
  const wrong: string[] = [];
  for (const { reference, captured, eventAmounts } of payments) {
    const sum = reported.get(reference)!;
    const logged = eventAmounts.reduce((n, a) => n + a, 0);
    if (captured < sum) wrong.push(`${reference}: answered 200 for ${sum}, captured only ${captured}`);
    if (logged !== captured) wrong.push(`${reference}: events record ${logged}, aggregate says ${captured}`);
    if (eventAmounts.some((a) => a !== 100)) wrong.push(`${reference}: a capture event of another amount than 100`);
    if (captured > authorised) wrong.push(`${reference}: captured ${captured} of ${authorised} authorised`);
  }
  return wrong;
}

export const refusedCreates = () => createdRefused;
