// npm run bench: vpp's hot paths side by side with a bare Fastify handler, in one run on
// this machine, with the load generator (autocannon) in this process.
//
//   npm run bench -- [--connections 50] [--duration 10] [--warmup 3]
//                    [--store sqlite|postgres --database-url postgres://…] [--rows N]
//                    [--only token,unit,create,get,get-events,capture,ecom-initiate,ecom-details,ecom-capture,agreement,charge,code,ciba,userinfo,due,checklist,namespaces]
//                    [--due-agreements N] [--recorded N]  (requests recorded for the checklist scenarios; 1,000,000)
//                    [--out bench/results.json]
//                    [--cpu-prof DIR]  (a V8 CPU profile of the vpp process, written when it stops)
//                    [--vpp-args=--no-worker]  (more arguments for `vpp start`, space-separated)
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { parse } from 'yaml';
import { cpuTimeMs, peakRssMb, ROOT, runVppCommand, startBare, startVpp, type Child } from './processes.js';
import { postgresStore, preloadPayments, sqliteStore, type BenchStore } from './store.js';
import { checklistJsonScenario, checklistPageScenario, preloadPartnerTraffic } from './checklist.js';
import {
  accessTokenScenario,
  captureScenario,
  createPaymentScenario,
  getPaymentScenario,
  MSN,
  refusedCreates,
  salesUnitScenario,
  setConnections,
  type Api,
  type Scenario,
  type ScenarioRequest,
} from './scenarios.js';
import { ecomCaptureScenario, ecomDetailsScenario, ecomInitiateScenario } from './ecom-scenarios.js';
import { checkDueDate, createAgreementScenario, createChargeScenario, preloadDueCharges, runDueDate } from './recurring.js';
import { cibaPollScenario, codeExchangeScenario, userinfoScenario } from './login-scenarios.js';
import { runNamespaces } from './namespaces.js';

const { values: flags } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    store: { type: 'string', default: 'sqlite' },
    'database-url': { type: 'string' },
    rows: { type: 'string', default: '0' },
    recorded: { type: 'string', default: '1000000' },
    'due-agreements': { type: 'string', default: '100000' },
    only: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'bench', 'results.json') },
    'cpu-prof': { type: 'string' },
    'vpp-args': { type: 'string' },
  },
});
const connections = Number(flags.connections);
const duration = Number(flags.duration);
const warmup = Number(flags.warmup);
const rows = Number(flags.rows);
const dueAgreements = Number(flags['due-agreements']);
const only = (flags.only ?? 'token,unit,create,get,get-events,capture,ecom-initiate,ecom-details,ecom-capture,agreement,charge,code,ciba,userinfo').split(',');
// Due-date processing is no load scenario: it runs once, after the load scenarios.
const withDue = only.includes('due');
// Namespaces are no load scenario either: made, used 20 at once, reset and deleted, once.
const withNamespaces = only.includes('namespaces');
setConnections(connections);
if (flags.store === 'postgres' && !flags['database-url']) throw new Error('--store postgres needs --database-url postgres://…');

interface Row {
  scenario: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  ratio: number | null;
  /** The bare handler's req/s this scenario's ratio is taken against. */
  bareReqPerSec?: number;
  /** The server's CPU time per request while measured, in µs (background work included). */
  cpuUs: number | null;
  check: string;
}

function load(baseUrl: string, req: ScenarioRequest, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [req as autocannon.Request],
  });
}

async function measure(baseUrl: string, req: ScenarioRequest, pid: number): Promise<{ r: autocannon.Result; cpuUs: number | null }> {
  if (warmup > 0) await load(baseUrl, req, warmup);
  const before = cpuTimeMs(pid);
  const r = await load(baseUrl, req, duration);
  const after = cpuTimeMs(pid);
  const cpuUs = before === null || after === null || !r.requests.total ? null : ((after - before) * 1000) / r.requests.total;
  return { r, cpuUs };
}

function apiFor(baseUrl: string, headers: Record<string, string>): Api {
  return {
    baseUrl,
    headers,
    async call(method, path, h, body) {
      const res = await fetch(baseUrl + path, {
        method,
        headers: { ...h, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}

async function main() {
  const run = Date.now().toString(36);
  const dataDir = mkdtempSync(join(tmpdir(), 'vpp-bench-'));
  const logFile = join(dataDir, 'vpp.log');
  // The scenarios repeat calls on one payment far beyond the documented limits: they measure
  // the hot paths, not the limits (VPP_RATE_LIMITS=on measures with them).
  const env: NodeJS.ProcessEnv = { VPP_RATE_LIMITS: 'off', ...process.env, VPP_MASTER_KEY: 'b'.repeat(64), LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  const store: BenchStore = flags.store === 'postgres' ? await postgresStore(flags['database-url']!) : await sqliteStore(dataDir);
  const demo = parse(readFileSync(join(ROOT, 'worlds', 'demo.yaml'), 'utf8'));
  const partner = demo.keySets.find((k: { owner: string; kind: string }) => k.kind === 'partner' && k.owner === 'Fjordkassa Platform');

  // The webhook receiver partners would run: answers every delivery at once.
  let deliveries = 0;
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      deliveries++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`;

  let vpp: Child | undefined;
  let bare: Child | undefined;
  try {
    process.stdout.write(`vpp benchmark: ${connections} connections, ${duration} s per scenario (+${warmup} s warm-up), store ${store.kind}, ${rows} preloaded payments\n`);
    await runVppCommand(['migrate', '--data-dir', dataDir, ...store.vppArgs], env);
    const checklists = (flags.only ?? '').split(',').includes('checklist');
    if (rows > 0 || checklists || withDue) await runVppCommand(['seed', '--data-dir', dataDir, '--world', join(ROOT, 'worlds', 'demo.yaml'), ...store.vppArgs], env);
    if (rows > 0) {
      const t = performance.now();
      await preloadPayments(store, rows);
      process.stdout.write(`preloaded ${rows} payments in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    }
    if (checklists) {
      const t = performance.now();
      await preloadPartnerTraffic(store, Number(flags.recorded));
      process.stdout.write(`recorded ${flags.recorded} requests of partner 100001 in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    }
    if (withDue) {
      const t = performance.now();
      await preloadDueCharges(store, dueAgreements, MSN);
      process.stdout.write(`preloaded ${dueAgreements} active agreements with a charge due in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    }
    vpp = await startVpp({ dataDir, args: [...store.vppArgs, ...(flags['vpp-args']?.split(/\s+/).filter(Boolean) ?? [])], env, logFile, cpuProfDir: flags['cpu-prof'] });
    bare = await startBare();
    process.stdout.write(`vpp listening after ${Math.round(vpp.startMs)} ms; bare handler after ${Math.round(bare.startMs)} ms\n`);

    const token = await apiFor(vpp.baseUrl, {}).call('POST', '/accesstoken/get', {
      client_id: partner.clientId,
      client_secret: partner.clientSecret,
      'ocp-apim-subscription-key': partner.subscriptionKey,
    });
    const headers = {
      authorization: `Bearer ${token.body.access_token}`,
      'ocp-apim-subscription-key': partner.subscriptionKey,
      'merchant-serial-number': MSN,
    };
    const api = apiFor(vpp.baseUrl, headers);
    const hook = await api.call('POST', '/webhooks/v1/webhooks', { ...headers, 'idempotency-key': `bench-${run}` }, {
      url: receiverUrl,
      events: ['epayments.payment.created.v1', 'epayments.payment.authorized.v1', 'epayments.payment.captured.v1'],
    });
    if (hook.status !== 201) throw new Error(`could not register the webhook: ${hook.status} ${JSON.stringify(hook.body)}`);

    const all: Record<string, Scenario> = {
      token: accessTokenScenario(partner),
      unit: salesUnitScenario,
      create: createPaymentScenario(run),
      get: getPaymentScenario(),
      'get-events': getPaymentScenario(true),
      capture: captureScenario(run),
      checklist: checklistJsonScenario(),
      'checklist-page': checklistPageScenario(),
      'ecom-initiate': ecomInitiateScenario(run),
      'ecom-details': ecomDetailsScenario(),
      'ecom-capture': ecomCaptureScenario(run),
      agreement: createAgreementScenario(),
      charge: createChargeScenario(),
      code: codeExchangeScenario(),
      ciba: cibaPollScenario(),
      userinfo: userinfoScenario(),
    };
    // `checklist` measures the verdicts as JSON and the page that shows them; `due` runs on its own below.
    const names = only.filter((s) => s !== 'due' && s !== 'namespaces').flatMap((s) => (s === 'checklist' ? ['checklist', 'checklist-page'] : [s]));
    const chosen = names.map((s) => {
      if (!all[s]) throw new Error(`unknown scenario ${s}: choose from ${Object.keys(all).join(', ')}`);
      return all[s]!;
    });

    const results: Row[] = [];
    // This machine's speed drifts within minutes (the same code varies by up to a third
    // between runs): each scenario is compared with the bare handler measured right before
    // it and the next one of the same method after it, the faster of the two (the stricter).
    const bareRows: Row[] = [];
    const measureBare = async (method: 'GET' | 'POST', when: string): Promise<Row> => {
      const { r, cpuUs } = await measure(bare!.baseUrl, { method, path: '/bare', headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{"x":1}' : undefined }, bare!.proc.pid!);
      const row: Row = { scenario: `bare Fastify ${method} (${when})`, reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx, ratio: null, cpuUs, check: '' };
      bareRows.push(row);
      return row;
    };
    /** Per method, the scenario still waiting for the next bare run of it, with the bare run before it. */
    const waiting = new Map<'GET' | 'POST', { row: Row; before: Row }>();
    const compareWithBare = (method: 'GET' | 'POST', next: Row) => {
      const w = waiting.get(method);
      if (!w) return;
      w.row.bareReqPerSec = Math.max(w.before.reqPerSec, next.reqPerSec);
      w.row.ratio = w.row.reqPerSec / w.row.bareReqPerSec;
      waiting.delete(method);
    };
    const storedChecks: { row: Row; check: (store: BenchStore) => Promise<string | null> }[] = [];
    for (const s of chosen) {
      await s.prepare?.(api);
      const before = await measureBare(s.baseline, `before ${s.name}`);
      compareWithBare(s.baseline, before);
      const { r, cpuUs } = await measure(vpp.baseUrl, s.request(api), vpp.proc.pid!);
      // Webhooks of the writes just measured are still being delivered: let that finish, so
      // the next scenario is measured alone. Only then check: requests the load generator
      // left in flight are still being served (on PostgreSQL for up to half a second), and a
      // check that read a payment while one of them committed would see it half done.
      const t = performance.now();
      const deliveredBefore = deliveries;
      const cpuBefore = cpuTimeMs(vpp.proc.pid!);
      await settled(() => deliveries);
      const cpuAfter = cpuTimeMs(vpp.proc.pid!);
      const settledInS = (performance.now() - t) / 1000;
      const problem = s.check ? await s.check(api) : null;
      const row: Row = {
        scenario: s.name,
        reqPerSec: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors,
        non2xx: r.non2xx,
        ratio: null,
        cpuUs,
        check: s.check ? (problem ?? 'ok') : '',
      };
      if (s.checkStored) storedChecks.push({ row, check: s.checkStored });
      results.push(row);
      waiting.set(s.baseline, { row, before });
      process.stdout.write(`  ${s.name}: ${Math.round(r.requests.average)} req/s against ${Math.round(before.reqPerSec)} bare${problem ? ` — CHECK FAILED: ${problem}` : ''}\n`);
      if (deliveries > deliveredBefore) {
        const each = cpuBefore === null || cpuAfter === null ? '' : ` (vpp CPU ${Math.round(((cpuAfter - cpuBefore) * 1000) / (deliveries - deliveredBefore))} µs per delivery)`;
        process.stdout.write(`    then ${deliveries - deliveredBefore} more webhook deliveries in ${settledInS.toFixed(1)} s${each}\n`);
      }
    }
    for (const method of waiting.keys()) compareWithBare(method, await measureBare(method, 'after'));
    results.push(...bareRows);
    let due: { seconds: number; counts: Record<string, number>; rss: number | null } | undefined;
    if (withDue) {
      const r = await runDueDate(api, dueAgreements, MSN);
      due = { ...r, rss: peakRssMb(vpp.proc.pid!) };
      process.stdout.write(`due-date processing: ${dueAgreements} charges due, one clock move, ${r.counts.CHARGED ?? 0} CHARGED after ${r.seconds.toFixed(1)} s (counts ${JSON.stringify(r.counts)}); vpp peak RSS ${due.rss ?? '?'} MB\n`);
    }
    if (withNamespaces) {
      const rssBefore = peakRssMb(vpp.proc.pid!);
      const r = await runNamespaces(vpp.baseUrl, partner);
      process.stdout.write(
        `namespaces (demo world): first create ${r.firstCreateMs} ms (makes the template); create median ${r.createMs.median} ms, max ${r.createMs.max} ms; reset median ${r.resetMs.median} ms, max ${r.resetMs.max} ms; delete median ${r.deleteMs.median} ms\n` +
          `  ${r.inUse.namespaces} namespaces in use at once: ${r.inUse.requests} requests in ${r.inUse.seconds} s, p50 ${r.inUse.p50Ms} ms, p99 ${r.inUse.p99Ms} ms; peak RSS ${rssBefore ?? '?'} → ${peakRssMb(vpp.proc.pid!) ?? '?'} MB\n` +
          `  check: ${r.problems.length ? `FAILED: ${r.problems.slice(0, 5).join('; ')}` : 'ok, every payment made and approved in its namespace, none seen by another'}\n`,
      );
      if (r.problems.length) process.exitCode = 1;
    }
    const rss = peakRssMb(vpp.proc.pid!);
    await vpp.stop();
    if (withDue) {
      const problem = await checkDueDate(store, dueAgreements);
      process.stdout.write(`due-date processing check (in the stopped database): ${problem ?? 'ok, every charge CHARGED once with one CAPTURE event'}\n`);
      if (problem) process.exitCode = 1;
    }
    for (const { row, check } of storedChecks) {
      const problem = await check(store);
      if (problem) process.stdout.write(`  ${row.scenario}: CHECK FAILED: ${problem}\n`);
      row.check = problem ?? (row.check || 'ok');
    }
    report(results, { rss, startMs: vpp.startMs, store: store.kind, rows, deliveries, refused: refusedCreates() });
  } finally {
    await vpp?.stop();
    await bare?.stop();
    receiver.close();
    await store.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Resolves once `count` has not changed for a second (two minutes at most). */
async function settled(count: () => number): Promise<void> {
  const until = performance.now() + 120_000;
  let last = count();
  let quietSince = performance.now();
  while (performance.now() < until && performance.now() - quietSince < 1000) {
    await new Promise((r) => setTimeout(r, 100));
    if (count() !== last) {
      last = count();
      quietSince = performance.now();
    }
  }
}

function report(results: Row[], meta: { rss: number | null; startMs: number; store: string; rows: number; deliveries: number; refused: number }) {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'bare req/s', 'ratio', 'CPU µs/req', 'check'];
  const lines = results.map((r) => [
    r.scenario,
    Math.round(r.reqPerSec).toString(),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    String(r.errors),
    String(r.non2xx),
    r.bareReqPerSec === undefined ? '' : Math.round(r.bareReqPerSec).toString(),
    r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
    r.cpuUs === null ? '?' : Math.round(r.cpuUs).toString(),
    r.check,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  const table = [fmt(header), '| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |', ...lines.map(fmt)].join('\n');
  process.stdout.write(`\n${table}\n\nvpp peak RSS ${meta.rss ?? '?'} MB; vpp start to listening ${Math.round(meta.startMs)} ms; webhook deliveries received ${meta.deliveries}\n`);
  const failed = results.filter((r) => r.check && r.check !== 'ok');
  writeFileSync(
    flags.out!,
    JSON.stringify({ at: new Date().toISOString(), connections, duration, warmup, store: meta.store, rows: meta.rows, peakRssMb: meta.rss, startMs: Math.round(meta.startMs), webhookDeliveries: meta.deliveries, results }, null, 2) + '\n',
  );
  process.stdout.write(`results written to ${flags.out}\n`);
  if (failed.length) {
    process.stderr.write(`correctness checks failed: ${failed.map((f) => `${f.scenario}: ${f.check}`).join('; ')}\n`);
    process.exitCode = 1;
  }
}

await main();
