// Recurring in the benchmark: create-agreement and create-charge load scenarios beside
// ePayment's, and due-date processing (many active agreements with a charge due, one clock
// move across the due date, time until every charge is CHARGED).
import { randomUUID } from 'node:crypto';
import type { Api, Scenario } from './scenarios.js';
import type { BenchStore } from './store.js';

const AGREEMENT_BODY = (n: number) =>
  JSON.stringify({
    pricing: { type: 'LEGACY', amount: 29900, currency: 'NOK' },
    interval: { unit: 'MONTH', count: 1 },
    merchantRedirectUrl: 'https://shop.example/redirect',
    merchantAgreementUrl: 'https://shop.example/agreement',
    phoneNumber: '4791234567',
    productName: 'Benchmark subscription',
    externalId: `bench-${n}`,
  });

export function createAgreementScenario(): Scenario {
  let n = 0;
  return {
    name: 'POST /recurring/v3/agreements',
    baseline: 'POST',
    request: (api) => ({
      method: 'POST',
      path: '/recurring/v3/agreements',
      headers: { ...api.headers, 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() }, body: AGREEMENT_BODY(++n) }),
    }),
  };
}

export function createChargeScenario(agreements = 200): Scenario {
  const ids: string[] = [];
  let i = 0;
  const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  return {
    name: 'POST /recurring/v3/agreements/{agreementId}/charges',
    baseline: 'POST',
    async prepare(api: Api) {
      for (let k = 0; k < agreements; k++) {
        const res = await api.call('POST', '/recurring/v3/agreements', { ...api.headers, 'idempotency-key': randomUUID() }, JSON.parse(AGREEMENT_BODY(k)));
        if (res.status !== 201) throw new Error(`could not create an agreement: ${res.status} ${JSON.stringify(res.body)}`);
        const ok = await api.call('POST', `/_sim/recurring/agreements/${res.body.agreementId}/accept`, {}, { phoneNumber: '4791234567' });
        if (ok.status !== 200) throw new Error(`could not accept: ${ok.status} ${JSON.stringify(ok.body)}`);
        ids.push(res.body.agreementId);
      }
    },
    request: (api) => ({
      method: 'POST',
      path: `/recurring/v3/agreements/${ids[0]}/charges`,
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 29900, transactionType: 'DIRECT_CAPTURE', description: 'Benchmark', due, retryDays: 0 }),
      setupRequest: (req) => ({ ...req, path: `/recurring/v3/agreements/${ids[i++ % ids.length]}/charges`, headers: { ...req.headers, 'idempotency-key': randomUUID() } }),
    }),
  };
}

/** The due day of the preloaded charges: two days after today (UTC). */
export const preloadDue = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

/**
 * Stores `count` ACTIVE agreements of unit 212345, each with one DIRECT_CAPTURE charge due
 * on preloadDue(), directly in bulk (before vpp starts: SQLite's file is then vpp's alone).
 */
export async function preloadDueCharges(store: BenchStore, count: number, msn: string): Promise<void> {
  const now = Date.now();
  const due = preloadDue();
  const attemptAt = Date.parse(`${due}T07:00:00Z`);
  const agreementCols = `id, uuid, msn, status, pricing_type, currency, amount, interval_unit, interval_count, product_name, merchant_agreement_url, merchant_redirect_url, payer_phone, confirmation_token, created_at, start_at, expires_at, updated_at, skip_landing_page, is_app`;
  const agreementSelect = `'agr_due' || n, 'uuid-due-' || n, '${msn}', 'ACTIVE', 'LEGACY', 'NOK', 10000, 'MONTH', 1, 'Bench', 'https://shop.example/a', 'https://shop.example/r', '4791234567', 'tok-due-' || n, ${now}, ${now}, ${now + 600_000}, ${now}, 0, 0`;
  const chargeCols = `msn, id, agreement_id, type, transaction_type, status, currency, amount, reserved, captured, refunded, cancelled, description, due, retry_days, next_attempt_at, last_attempt_at, created_at, updated_at`;
  const chargeSelect = `'${msn}', 'due-' || n, 'agr_due' || n, 'RECURRING', 'DIRECT_CAPTURE', 'PENDING', 'NOK', 10000, 0, 0, 0, 0, 'Bench', '${due}', 0, ${attemptAt}, ${attemptAt}, ${now}, ${now}`;
  const chunk = 50_000;
  for (let from = 1; from <= count; from += chunk) {
    const to = Math.min(count, from + chunk - 1);
    for (const [table, cols, select] of [
      ['recurring_agreements', agreementCols, agreementSelect],
      ['recurring_charges', chargeCols, chargeSelect],
    ] as const) {
      if (store.kind === 'postgres') await store.exec(`INSERT INTO ${table} (${cols}) SELECT ${select} FROM generate_series(${from}, ${to}) AS n`);
      else await store.exec(`WITH RECURSIVE seq(n) AS (SELECT ${from} UNION ALL SELECT n + 1 FROM seq WHERE n < ${to}) INSERT INTO ${table} (${cols}) SELECT ${select} FROM seq`);
    }
  }
  if (store.kind === 'postgres') await store.exec('ANALYZE recurring_agreements; ANALYZE recurring_charges');
}

/** Moves the clock across the due date once and waits until every preloaded charge is CHARGED. */
export async function runDueDate(api: Api, count: number, msn: string): Promise<{ seconds: number; counts: Record<string, number> }> {
  const clock = await api.call('GET', '/_sim/clock', {});
  const now = Date.parse(clock.body.now);
  const ahead = Math.ceil((Date.parse(`${preloadDue()}T07:00:00Z`) - now) / 1000) + 60;
  const started = performance.now();
  const moved = await api.call('POST', '/_sim/clock', {}, { advanceSeconds: ahead });
  if (moved.status !== 200) throw new Error(`could not move the clock: ${moved.status}`);
  for (;;) {
    const res = await api.call('GET', `/_sim/recurring/charges/counts?msn=${msn}`, {});
    const counts = res.body.counts as Record<string, number>;
    if ((counts.CHARGED ?? 0) >= count || performance.now() - started > 600_000) return { seconds: (performance.now() - started) / 1000, counts };
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** After vpp stopped: every preloaded charge charged once, with one CAPTURE event. */
export async function checkDueDate(store: BenchStore, count: number): Promise<string | null> {
  const [charged] = await store.query<{ n: number }>(`SELECT COUNT(*) AS n FROM recurring_charges WHERE id LIKE 'due-%' AND status = 'CHARGED' AND captured = amount`);
  const [events] = await store.query<{ n: number }>(`SELECT COUNT(*) AS n FROM recurring_charge_events WHERE charge_id LIKE 'due-%' AND event = 'CAPTURE'`);
  if (Number(charged!.n) !== count) return `${charged!.n} of ${count} charges CHARGED`;
  if (Number(events!.n) !== count) return `${events!.n} CAPTURE events for ${count} charges`;
  return null;
}
