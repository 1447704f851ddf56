// A webhook receiver for tests: records every request; answers with the statuses queued
// (200 once the queue is empty), or never answers while `hang` is set.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentHash, signWebhookRequest } from '../../src/domain/webhooks/sign-request.js';

export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
}

export interface Receiver {
  url: (path?: string) => string;
  received: Received[];
  /** Statuses for the next answers, in order. */
  answers: number[];
  hang: boolean;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const state = { answers: [] as number[], hang: false };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ path: req.url ?? '', headers: req.headers, body, json: body ? JSON.parse(body) : {} });
      if (state.hang) return; // the sender's timeout ends it
      const status = state.answers.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'thanks' : `not now (${status})`);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    received,
    get answers() {
      return state.answers;
    },
    set answers(v: number[]) {
      state.answers = v;
    },
    get hang() {
      return state.hang;
    },
    set hang(v: boolean) {
      state.hang = v;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** What a receiver does with the secret from registration: recompute and compare. */
export function verifySignature(r: Received, secret: string, url: string): boolean {
  if (r.headers['x-ms-content-sha256'] !== contentHash(r.body)) return false;
  const expected = signWebhookRequest({ secret, url, body: r.body, date: String(r.headers['x-ms-date']) });
  return r.headers.authorization === expected.authorization && r.headers.host === expected.host;
}
