// The HTTP server's limits over a real socket: too large headers answer 431, too long URLs
// 414, and sockets left idle or fed headers slowly are closed instead of held forever.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { startTestApp, type TestApp } from '../support/app.js';
import type { FastifyInstance } from 'fastify';

/** Sends `data` on a fresh connection and collects everything until the server closes it. */
function exchange(port: number, data: string | (() => AsyncIterable<string>)): Promise<{ text: string; reset: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    let reset = false;
    socket.on('data', (c) => (text += c.toString('latin1')));
    socket.on('error', () => (reset = true));
    socket.on('close', () => resolve({ text, reset }));
    socket.on('connect', async () => {
      if (typeof data === 'string') socket.write(data);
      else for await (const piece of data()) if (!socket.destroyed) socket.write(piece);
    });
  });
}

describe('HTTP server limits', () => {
  let t: TestApp;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp();
    // A second server over the same runtime, with deadlines short enough to watch.
    app = await buildApp(t.rt, { limits: { idleTimeoutMs: 600, keepAliveTimeoutMs: 300, headersTimeoutMs: 500, requestTimeoutMs: 1_000 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('answers 431 to a 17 KB header, and the client reads the answer', async () => {
    const { text } = await exchange(port, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17 * 1024)}\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1.1 431 /);
    expect(text).toContain('"status":431');
  });

  it('answers 414 to a 19 KB URL', async () => {
    const { text } = await exchange(port, `GET /health?q=${'a'.repeat(19 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1.1 414 /);
  });

  it('answers 414 to a 10 KB URL (within the header limit, beyond the URL limit)', async () => {
    const { text } = await exchange(port, `GET /health?q=${'a'.repeat(10 * 1024)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1.1 414 /);
    expect(text).toContain('URI Too Long');
  });

  it('closes a connection that never sends anything', async () => {
    const { text } = await exchange(port, '');
    expect(text).toBe('');
  });

  it('with the default limits too, closes a connection that never sends anything (it is not held forever)', async () => {
    const plain = await buildApp(t.rt);
    await plain.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { text } = await exchange((plain.server.address() as AddressInfo).port, '');
      expect(text).toBe('');
    } finally {
      await plain.close();
    }
  }, 40_000);

  it('closes a connection whose headers arrive a byte at a time, past the headers deadline', async () => {
    let sent = 0;
    const { text } = await exchange(port, async function* () {
      yield 'GET /health HTTP/1.1\r\nHost: x\r\n';
      // Well past the deadline in all, one byte per 100 ms keeps the socket from being idle.
      for (; sent < 60; sent++) {
        await new Promise((r) => setTimeout(r, 100));
        yield 'X';
      }
      yield ': y\r\n\r\n';
    });
    expect(sent).toBeLessThan(60);
    expect(text).not.toMatch(/^HTTP\/1.1 200/);
  });

  it('closes a keep-alive connection left idle after an answer', async () => {
    const { text } = await exchange(port, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1.1 200 /);
  });
});
