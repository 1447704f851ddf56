// The webhook sender's HTTP POST: the receiver gets exactly the signed headers (Host
// included), a long answer is cut to its excerpt without spoiling the connection for the
// next delivery, and a receiver that does not answer in time is reported as such.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { httpPost } from '../../src/jobs/http-post.js';

describe('httpPost', () => {
  let server: Server;
  let url: string;
  let connections: number;
  const seen: { headers: IncomingHttpHeaders; body: string }[] = [];

  beforeEach(async () => {
    seen.length = 0;
    connections = 0;
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        if (req.url === '/slow') return; // never answers
        if (req.url === '/drip') {
          // Answers at once, then a byte now and then, never finishing.
          res.writeHead(200, { 'content-type': 'text/plain' });
          const t = setInterval(() => res.write('.'), 50);
          res.on('close', () => clearInterval(t));
          return;
        }
        if (req.url === '/endless') {
          res.writeHead(200, { 'content-type': 'text/plain' });
          const chunk = 'y'.repeat(64 * 1024);
          const pump = () => {
            while (res.write(chunk));
          };
          res.on('drain', pump);
          pump();
          return;
        }
        if (req.url === '/long') {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('x'.repeat(50_000));
          return;
        }
        res.writeHead(200);
        res.end('ok');
      });
    });
    server.on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('sends the body with exactly the given headers, Host included', async () => {
    const r = await httpPost({ url: `${url}/hook?shop=1`, headers: { host: 'shop.example:8443', 'x-ms-date': 'Sun, 29 Nov 2026 12:00:00 GMT', 'content-type': 'application/json' }, body: '{"a":1}', timeoutMs: 2000 });
    expect(r).toEqual({ status: 200, excerpt: 'ok' });
    expect(seen[0]!.body).toBe('{"a":1}');
    expect(seen[0]!.headers).toMatchObject({ host: 'shop.example:8443', 'x-ms-date': 'Sun, 29 Nov 2026 12:00:00 GMT', 'content-type': 'application/json', 'content-length': '7' });
  });

  it('keeps only an excerpt of a long answer, and the next delivery reuses the connection', async () => {
    const long = await httpPost({ url: `${url}/long`, headers: {}, body: 'first', timeoutMs: 2000, maxExcerpt: 100 });
    expect(long.status).toBe(500);
    expect(long.excerpt).toBe('x'.repeat(100));
    await new Promise((r) => setTimeout(r, 20)); // the connection returns to the pool
    const next = await httpPost({ url: `${url}/next`, headers: {}, body: 'second', timeoutMs: 2000 });
    expect(next.status).toBe(200);
    expect(seen.map((s) => s.body)).toEqual(['first', 'second']);
    expect(connections).toBe(1);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    await expect(httpPost({ url: `${url}/slow`, headers: {}, body: '{}', timeoutMs: 150 })).rejects.toThrow('no complete answer within 150 ms');
  });

  it('gives up on a receiver that answers at once but sends its body a byte at a time, at one deadline for the whole answer', async () => {
    await expect(httpPost({ url: `${url}/drip`, headers: {}, body: '{}', timeoutMs: 600 })).rejects.toThrow('no complete answer within 600 ms');
  });

  it('stops reading an endless answer after its excerpt', async () => {
    const r = await httpPost({ url: `${url}/endless`, headers: {}, body: '{}', timeoutMs: 60_000, maxExcerpt: 10 });
    expect(r).toEqual({ status: 200, excerpt: 'y'.repeat(10) });
  });

  it('ends at once when told to stop', async () => {
    const stop = new AbortController();
    const post = httpPost({ url: `${url}/slow`, headers: {}, body: '{}', timeoutMs: 60_000, signal: stop.signal });
    await expect.poll(() => seen.length).toBe(1);
    stop.abort(new Error('vpp is stopping'));
    await expect(post).rejects.toThrow('vpp is stopping');
  });

  it('reports a receiver that cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    await expect(httpPost({ url: `http://127.0.0.1:${port}/hook`, headers: {}, body: '{}', timeoutMs: 1000 })).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
