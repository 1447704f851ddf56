// Answers are handed to the kernel in bursts (api/http-tuning/coalesce-socket-writes.ts): over real
// sockets, every request still gets its own whole answer, in order, and a client that hangs
// up early harms nobody else.
import { Agent, request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

interface Answer {
  status: number;
  requestId: string | undefined;
  body: string;
}

function get(port: number, path: string, agent: Agent, requestId: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { 'x-request-id': requestId } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, requestId: res.headers['x-request-id'] as string | undefined, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('answers over real sockets', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('300 requests at once on 8 keep-alive sockets each get their own answer', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    try {
      const ids = Array.from({ length: 300 }, (_, i) => `burst-${i}`);
      const answers = await Promise.all(ids.map((id) => get(port, '/health', agent, id)));
      expect(answers.map((a) => a.requestId)).toEqual(ids);
      for (const a of answers) {
        expect(a.status).toBe(200);
        expect(JSON.parse(a.body)).toMatchObject({ status: 'ok' });
      }
    } finally {
      agent.destroy();
    }
  });

  it('a large answer arrives whole, the same as the one answered in-process', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    try {
      const expected = (await t.inject({ method: 'GET', url: '/openapi.json' })).body;
      expect(expected.length).toBeGreaterThan(100_000);
      const answers = await Promise.all([1, 2, 3, 4].map((i) => get(port, '/openapi.json', agent, `big-${i}`)));
      for (const a of answers) expect(a.body).toBe(expected);
    } finally {
      agent.destroy();
    }
  });

  it('a client that hangs up before its answer does not stop the next one', async () => {
    for (let i = 0; i < 20; i++) {
      const s = connect(port, '127.0.0.1');
      await new Promise<void>((r) => s.once('connect', () => r()));
      s.write('GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n');
      s.destroy();
    }
    const agent = new Agent({ keepAlive: false });
    const a = await get(port, '/health', agent, 'after-hang-ups');
    expect(a.status).toBe(200);
    expect(a.requestId).toBe('after-hang-ups');
  });
});
