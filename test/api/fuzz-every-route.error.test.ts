// Every route the OpenAPI document lists, sent malformed and mutated input over a real
// socket: bodies that are not JSON or of the wrong shape, odd content types and headers,
// odd path values. None may answer 5xx or close the connection without an answer.
// The cases come from a fixed seed, so a failure repeats.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';

/** mulberry32: small, deterministic. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_PATH_VALUES = ['%00', '..%2F..%2Fetc', 'a'.repeat(300), '%ZZ', '%CE%A9%E2%89%88', '-1', '1e309', '%20', "'%20OR%201=1", '{}'];
const ODD_HEADER_VALUES = ['-1', '1e309', 'a'.repeat(300), "' OR 1=1", ' ', 'øæå', '0x10', '999999999999999999999'];
const ODD_CONTENT_TYPES = ['text/xml', 'multipart/form-data', 'application/json; charset=utf-16', 'application/x-www-form-urlencoded', '', 'application/octet-stream', '*/*'];
const ODD_BODIES = ['{', '[]', 'null', '"x"', '1', '{"a":', '\u0000', '{"amount":{"value":"1","currency":1}}', 'a=1&a=2&b[c]=3', '<x/>'];

function mutate(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * 9);
  switch (pick) {
    case 0: return null;
    case 1: return -Math.floor(r() * 1e12);
    case 2: return 'x'.repeat(Math.floor(r() * 5000));
    case 3: return r() < 0.5;
    case 4: return 1.5e308 * 10;
    case 5: return depth < 3 ? [mutate(r, depth + 1), mutate(r, depth + 1)] : [];
    case 6: return '\uD800';
    default: {
      if (depth >= 3) return {};
      const o: Record<string, unknown> = {};
      for (const k of ['amount', 'value', 'currency', 'reference', 'url', 'events', 'paymentMethod', 'customer', 'msn', 'name', 'modificationAmount', '__proto__', 'constructor']) {
        if (r() < 0.4) o[k] = mutate(r, depth + 1);
      }
      return o;
    }
  }
}

interface Answer { status: number; closedWithoutAnswer: boolean }

function send(port: number, agent: http.Agent, o: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, agent, method: o.method, path: o.path, headers: o.headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, closedWithoutAnswer: false }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, closedWithoutAnswer: true }));
    });
    req.on('error', () => resolve({ status: 0, closedWithoutAnswer: true }));
    if (o.body !== undefined) req.end(o.body);
    else req.end();
  });
}

describe('every route in /openapi.json, fuzzed', () => {
  let t: TestApp;
  let port: number;
  let routes: { method: string; path: string }[];
  let auth: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
    const doc = (await t.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((m) => ({ method: m.toUpperCase(), path })),
    );
    auth = await t.auth(DEMO.partnerKeys, DEMO.units.partnerNett);
  });
  afterAll(async () => t?.close());

  it('answers every case with a status below 500, on a connection that stays open', async () => {
    expect(routes.length).toBeGreaterThan(20);
    const r = rng(18_10);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const failures: string[] = [];
    let sent = 0;
    for (const route of routes) {
      for (let i = 0; i < 8; i++) {
        const path = route.path.replace(/\{[^}]+\}/g, () => ODD_PATH_VALUES[Math.floor(r() * ODD_PATH_VALUES.length)]!);
        const headers: Record<string, string> = r() < 0.6 ? { ...auth } : {};
        let body: string | undefined;
        if (route.method !== 'GET' && route.method !== 'DELETE') {
          body = r() < 0.5 ? ODD_BODIES[Math.floor(r() * ODD_BODIES.length)]! : JSON.stringify(mutate(r));
          headers['content-type'] = r() < 0.6 ? 'application/json' : ODD_CONTENT_TYPES[Math.floor(r() * ODD_CONTENT_TYPES.length)]!;
        }
        const odd = Math.floor(r() * 6);
        if (odd === 0) headers['idempotency-key'] = 'k'.repeat(Math.floor(r() * 200));
        if (odd === 1) headers['vipps-system-name'] = 'n'.repeat(40);
        if (odd === 2) headers['merchant-serial-number'] = ODD_HEADER_VALUES[Math.floor(r() * ODD_HEADER_VALUES.length)]!;
        if (odd === 3) headers.authorization = 'Bearer ' + 'e'.repeat(Math.floor(r() * 3000));
        if (odd === 4) headers['ocp-apim-subscription-key'] = 'ø'.repeat(40);
        const query = r() < 0.3 ? '?pageSize=-1&page=x&from=%ZZ&a[b]=1' : '';
        const answer = await send(port, agent, { method: route.method, path: path + query, headers, body });
        sent++;
        if (answer.closedWithoutAnswer || answer.status >= 500 || answer.status === 0) {
          failures.push(`${route.method} ${path + query} (${headers['content-type'] ?? '-'}; ${String(body).slice(0, 60)}): ${answer.closedWithoutAnswer ? 'closed without an answer' : answer.status}`);
        }
      }
    }
    agent.destroy();
    expect(sent).toBe(routes.length * 8);
    expect(failures).toEqual([]);
  }, 120_000);
});
