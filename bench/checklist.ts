// The checklist benchmark: one partner (Fjordkassa Platform, 100001) with 1,000,000
// recorded ePayment requests, stored in bulk before vpp starts, in the request log and in
// the aggregates the checklists read (what the request-log hook would have written for the
// same requests). Then its verdicts (JSON) and its back-office page under load, and one at a
// time.
import { tallyBatch } from '../src/domain/checklists/counting.js';
import { CHECKLISTS } from '../src/domain/checklists/registry.js';
import type { TrafficFact } from '../src/domain/checklists/types.js';
import type { Api, Scenario } from './scenarios.js';
import { preloadPayments, type BenchStore } from './store.js';

export const PARTNER_ID = '100001';
const UNIT = '212346';
const P = '/epayment/v1/payments';
/** Each payment's requests, in order: create, GET, capture, GET. */
const STEPS = [
  { method: 'POST', route: P, status: 201, idem: true },
  { method: 'GET', route: `${P}/:reference`, status: 200, idem: false },
  { method: 'POST', route: `${P}/:reference/capture`, status: 200, idem: true },
  { method: 'GET', route: `${P}/:reference`, status: 200, idem: false },
] as const;

const series = (store: BenchStore, from: number, to: number, select: string, into: string) =>
  store.kind === 'postgres'
    ? store.exec(`INSERT INTO ${into} SELECT ${select} FROM generate_series(${from}, ${to}) AS n`)
    : store.exec(`WITH RECURSIVE seq(n) AS (SELECT ${from} UNION ALL SELECT n + 1 FROM seq WHERE n < ${to}) INSERT INTO ${into} SELECT ${select} FROM seq`);

/** `requests` recorded requests (a quarter as many payments), their aggregates, and the payments. */
export async function preloadPartnerTraffic(store: BenchStore, requests: number): Promise<void> {
  const payments = Math.ceil(requests / STEPS.length);
  const now = Date.now();
  await preloadPayments(store, payments);
  // The request log: request i is step i % 4 of payment ⌊i / 4⌋ + 1.
  const ref = `'${P}/pre-' || (n / 4 + 1)`;
  const step = (col: 'method' | 'route' | 'status') => `CASE n % 4 ${STEPS.map((st, i) => `WHEN ${i} THEN ${col === 'status' ? st.status : `'${st[col]}'`}`).join(' ')} END`;
  const path = `CASE n % 4 WHEN 0 THEN '${P}' WHEN 2 THEN ${ref} || '/capture' ELSE ${ref} END`;
  const columns = 'id, at, api, method, route, path, status, latency_ms, msn, key_set_id, key_kind, owner, system_name, system_version, plugin_name, plugin_version';
  const chunk = 200_000;
  for (let from = 0; from < requests; from += chunk) {
    const to = Math.min(requests, from + chunk) - 1;
    await series(store, from, to, `'bench-' || n, ${now - 3_600_000} + n, 'epayment', ${step('method')}, ${step('route')}, ${path}, ${step('status')}, 3, '${UNIT}', NULL, 'partner', 'Fjordkassa Platform', 'fjordkassa', '4.2', NULL, NULL`, `api_requests (${columns})`);
  }
  // The counters, as the hook's tally of the same requests: each payment's four facts, times the payments.
  const facts: (TrafficFact & { partnerId: string })[] = STEPS.map((s, i) => ({ partnerId: PARTNER_ID, api: 'epayment', method: s.method, route: s.route, status: s.status, at: now - 3_600_000 + i, msn: UNIT, reference: null, systemHeaders: true, idempotencyKey: s.idem }));
  const { counters } = tallyBatch(CHECKLISTS, facts);
  for (const c of counters) {
    await store.exec(`INSERT INTO checklist_counters (partner_id, api, counter, n, last_at) VALUES ('${c.partner_id}', '${c.api}', '${c.counter}', ${c.n * payments}, ${now})`);
  }
  // The references the ePayment rules note: every payment created, polled, capture attempted and captured.
  for (const item of ['created', 'polled', 'capture-attempt', 'captured']) {
    for (let from = 1; from <= payments; from += chunk) {
      const to = Math.min(payments, from + chunk - 1);
      await series(store, from, to, `'${PARTNER_ID}', 'epayment', '${item}', 'pre-' || n, '${UNIT}', ${now - 3_600_000} + n * 4, ${now - 3_600_000} + n * 4 + 3`, 'checklist_references (partner_id, api, item, reference, msn, first_at, last_at)');
    }
  }
  if (store.kind === 'postgres') await store.exec('ANALYZE api_requests; ANALYZE checklist_references; ANALYZE checklist_counters');
}

/** Sequential answers' times, to report how long one request waits without a queue. */
async function oneAtATime(label: string, run: () => Promise<number>): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    const status = await run();
    ms.push(performance.now() - t);
    if (status !== 200) throw new Error(`${label}: ${status}`);
  }
  ms.sort((a, b) => a - b);
  process.stdout.write(`    ${label}, one at a time (20): median ${ms[10]!.toFixed(1)} ms, max ${ms[19]!.toFixed(1)} ms\n`);
}

export function checklistJsonScenario(): Scenario {
  const path = `/integration-checklists/v1/partners/${PARTNER_ID}/checklists`;
  return {
    name: `GET ${path.replace(PARTNER_ID, '{partnerId}')} (1M requests recorded)`,
    baseline: 'GET',
    async prepare(api: Api) {
      await oneAtATime('checklist JSON', async () => (await api.call('GET', path, api.headers)).status);
    },
    request: (api) => ({ method: 'GET', path, headers: api.headers }),
    async check(api: Api) {
      const res = await api.call('GET', path, api.headers);
      const epayment = (res.body.checklists as { api: string; items: { key: string; state: string; evidence: string }[] }[]).find((c) => c.api === 'epayment')!;
      const headers = epayment.items.find((i) => i.key === 'system-headers')!;
      return /^1000\d{3} of 1000\d{3} calls/.test(headers.evidence) ? null : `unexpected evidence: ${headers.evidence}`;
    },
  };
}

export function checklistPageScenario(): Scenario {
  const path = `/backoffice/partners/${PARTNER_ID}`;
  let cookie = '';
  return {
    name: `GET ${path.replace(PARTNER_ID, '{partnerId}')} (page, 1M requests recorded)`,
    baseline: 'GET',
    async prepare(api: Api) {
      const form = await fetch(`${api.baseUrl}/backoffice/login`);
      const csrfCookie = form.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
      const login = await fetch(`${api.baseUrl}/backoffice/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, username: 'saksbehandler', password: 'backoffice-demo' }),
      });
      cookie = login.headers.getSetCookie().find((c) => c.startsWith('vpp_backoffice='))!.split(';')[0]!;
      await oneAtATime('checklist page', async () => (await fetch(api.baseUrl + path, { headers: { cookie } })).status);
    },
    request: () => ({ method: 'GET', path, headers: { cookie } }),
  };
}
