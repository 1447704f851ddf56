// A webhook receiver that keeps a ledger of what it acknowledged. A delivery counts as
// delivered only when the receiver answered 2xx and the answer went out on a connection that
// was still open: a request whose sender died before the answer does not count. It can hold
// its answer to the next delivery, so a test can kill the sender while it is in flight.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Received } from './receiver.js';

export interface LedgerEntry extends Received {
  eventId: string;
  deliveryId: string;
  reference: string;
  name: string;
  /** held: waiting for release(); dropped: the connection closed before an answer went out. */
  outcome: 'received' | 'held' | 'answered' | 'dropped';
}

export interface LedgerReceiver {
  url(path?: string): string;
  /** Every request, in the order they arrived. */
  entries: LedgerEntry[];
  /** The deliveries answered 2xx on an open connection, in the order of the answers. */
  delivered: LedgerEntry[];
  /** Holds the answer to the next request; resolves with it once it has arrived. */
  holdNext(): Promise<LedgerEntry>;
  /** Answers the held request with 200, if its connection is still open. */
  release(): void;
  /** Resolves once the held request's connection has closed without an answer. */
  dropped(): Promise<void>;
  close(): Promise<void>;
}

export async function startLedgerReceiver(): Promise<LedgerReceiver> {
  const entries: LedgerEntry[] = [];
  const delivered: LedgerEntry[] = [];
  let arm: ((e: LedgerEntry) => void) | undefined;
  let held: { entry: LedgerEntry; res: http.ServerResponse; closed: Promise<void> } | undefined;

  const answer = (entry: LedgerEntry, res: http.ServerResponse) => {
    if (res.destroyed || entry.outcome === 'dropped') return;
    res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks', () => {
      entry.outcome = 'answered';
      delivered.push(entry);
    });
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const json = JSON.parse(body) as Record<string, unknown>;
      const entry: LedgerEntry = {
        path: req.url ?? '',
        headers: req.headers,
        body,
        json,
        eventId: String(req.headers['x-vpp-event-id']),
        deliveryId: String(req.headers['x-vpp-delivery-id']),
        reference: String(json.reference),
        name: String(json.name),
        outcome: 'received',
      };
      entries.push(entry);
      // The sender going away before the answer was written: not delivered.
      const closed = new Promise<void>((r) =>
        res.on('close', () => {
          if (!res.writableFinished) entry.outcome = 'dropped';
          r();
        }),
      );
      if (arm) {
        const resolve = arm;
        arm = undefined;
        entry.outcome = 'held';
        held = { entry, res, closed };
        resolve(entry);
      } else answer(entry, res);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;

  return {
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    entries,
    delivered,
    holdNext: () => new Promise<LedgerEntry>((r) => (arm = r)),
    release() {
      if (held) answer(held.entry, held.res);
      held = undefined;
    },
    async dropped() {
      if (!held) throw new Error('nothing is held');
      await held.closed;
      if (held.entry.outcome !== 'dropped') throw new Error('the held request was answered, not dropped');
      held = undefined;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
