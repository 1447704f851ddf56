// The namespaces scenario (--only namespaces): how long making a namespace of the demo world
// and resetting one take, and 20 namespaces in use at once, each a CI job making, approving
// and reading payments, checked for isolation. Runs once, after the load scenarios.
import { randomUUID } from 'node:crypto';
import { MSN } from './scenarios.js';

export interface NamespaceResult {
  firstCreateMs: number;
  createMs: { median: number; max: number };
  resetMs: { median: number; max: number };
  inUse: { namespaces: number; requests: number; seconds: number; p50Ms: number; p99Ms: number };
  deleteMs: { median: number; max: number };
  problems: string[];
}

type Keys = { clientId: string; clientSecret: string; subscriptionKey: string };

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: Math.round(s[Math.floor(s.length / 2)]! * 10) / 10, max: Math.round(s.at(-1)! * 10) / 10 };
};

async function call(url: string, method: string, headers: Record<string, string> = {}, body?: unknown): Promise<{ status: number; json: any; ms: number }> {
  const t = performance.now();
  const res = await fetch(url, { method, headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, body: body !== undefined ? JSON.stringify(body) : undefined });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, ms: performance.now() - t };
}

export async function runNamespaces(baseUrl: string, keys: Keys, count = 20, paymentsEach = 10): Promise<NamespaceResult> {
  const problems: string[] = [];
  const made = async (name: string) => {
    const r = await call(`${baseUrl}/_sim/namespaces`, 'POST', {}, { name, world: 'demo' });
    if (r.status !== 201) problems.push(`create ${name}: ${r.status} ${JSON.stringify(r.json)}`);
    return r.ms;
  };
  // The first one also makes the template the others are copied from.
  const firstCreateMs = await made('bench-first');
  await call(`${baseUrl}/_sim/namespaces/bench-first`, 'DELETE');
  const creates: number[] = [];
  for (let i = 0; i < count; i++) creates.push(await made(`bench-${i}`));

  // Every namespace used at once: a token, then payments made, approved and read.
  const latencies: number[] = [];
  const t = performance.now();
  const refs = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const ns = `${baseUrl}/ns/bench-${i}`;
      const tok = await call(`${ns}/accesstoken/get`, 'POST', { client_id: keys.clientId, client_secret: keys.clientSecret, 'ocp-apim-subscription-key': keys.subscriptionKey });
      latencies.push(tok.ms);
      const h = { authorization: `Bearer ${tok.json?.access_token}`, 'ocp-apim-subscription-key': keys.subscriptionKey, 'merchant-serial-number': MSN };
      const mine: string[] = [];
      for (let p = 0; p < paymentsEach; p++) {
        const reference = `ns-bench-${i}-${randomUUID()}`;
        const c = await call(`${ns}/epayment/v1/payments`, 'POST', { ...h, 'idempotency-key': randomUUID() }, { amount: { currency: 'NOK', value: 1000 }, paymentMethod: { type: 'WALLET' }, reference, userFlow: 'WEB_REDIRECT', returnUrl: 'https://shop.example/back' });
        const a = await call(`${ns}/_sim/payments/${MSN}/${reference}/approve`, 'POST', {}, { phoneNumber: '4791234567' });
        const g = await call(`${ns}/epayment/v1/payments/${reference}`, 'GET', h);
        latencies.push(c.ms, a.ms, g.ms);
        if (c.status !== 201 || a.status !== 200 || g.json?.state !== 'AUTHORIZED') problems.push(`namespace ${i} payment ${p}: ${c.status}/${a.status}/${g.json?.state}`);
        mine.push(reference);
      }
      return mine;
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  // Isolation: no namespace sees another's payments.
  for (let i = 0; i < count; i++) {
    const other = refs[(i + 1) % count]![0]!;
    const r = await call(`${baseUrl}/ns/bench-${i}/_sim/payments/${MSN}/${other}`, 'GET');
    if (r.status !== 404) problems.push(`namespace ${i} sees a payment of namespace ${(i + 1) % count}: ${r.status}`);
  }
  const resets: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = await call(`${baseUrl}/ns/bench-${i}/_sim/reset`, 'POST');
    if (r.status !== 200) problems.push(`reset ${i}: ${r.status}`);
    resets.push(r.ms);
  }
  const deletes: number[] = [];
  for (let i = 0; i < count; i++) deletes.push((await call(`${baseUrl}/_sim/namespaces/bench-${i}`, 'DELETE')).ms);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    firstCreateMs: Math.round(firstCreateMs),
    createMs: stats(creates),
    resetMs: stats(resets),
    inUse: { namespaces: count, requests: latencies.length, seconds: Math.round(seconds * 10) / 10, p50Ms: Math.round(sorted[Math.floor(sorted.length / 2)]!), p99Ms: Math.round(sorted[Math.floor(sorted.length * 0.99)]!) },
    deleteMs: stats(deletes),
    problems,
  };
}
