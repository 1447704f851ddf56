// The set-up the money races share: one vpp process on SQLite, or two sharing PostgreSQL,
// each caller with the demo partner's keys for one sales unit, and calls spread over the
// nodes so that both take part in every race.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { PG_URL } from './app.js';
import { DEMO } from './demo.js';
import { client, freshStore, startVpp, type VppProcess } from './vpp-process.js';

export type RaceApi = ReturnType<typeof client>;

export const RACE_WHERE = PG_URL ? 'postgres, 2 processes' : 'sqlite, 1 process';

export interface RaceNodes {
  nodes: VppProcess[];
  /** The partner's headers for the unit, with a token from this node. */
  headersFor(node: VppProcess): Promise<Record<string, string>>;
  /** `count` calls at once, the i-th on node i mod n with that node's headers. */
  spread<T>(count: number, call: (api: RaceApi, headers: Record<string, string>, i: number) => Promise<T>): Promise<T[]>;
  /** The first node's and the last node's client (the same node on SQLite). */
  first(): RaceApi;
  last(): RaceApi;
}

/** Registers the nodes' start and stop with the enclosing describe. */
export function raceNodes(o: { msn?: string; extraArgs?: string[] } = {}): RaceNodes {
  const msn = o.msn ?? DEMO.units.partnerNett;
  const nodes: VppProcess[] = [];
  const masterKey = randomBytes(32).toString('hex');
  let store: Awaited<ReturnType<typeof freshStore>>;

  beforeAll(async () => {
    store = await freshStore();
    // One after the other: the first migrates and seeds the demo world.
    nodes.push(await startVpp({ ...store, masterKey, extraArgs: o.extraArgs }));
    if (PG_URL) nodes.push(await startVpp({ ...store, masterKey, extraArgs: o.extraArgs }));
  }, 180_000); // starting two processes on a busy shared machine

  afterAll(async () => {
    for (const n of nodes) await n.kill('SIGTERM');
    await store.dispose();
  });

  async function headersFor(node: VppProcess) {
    const token = await client(node.baseUrl).token(DEMO.partnerKeys);
    return { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey, 'merchant-serial-number': msn };
  }

  return {
    nodes,
    headersFor,
    async spread(count, call) {
      const headers = await Promise.all(nodes.map(headersFor));
      return Promise.all(Array.from({ length: count }, (_, i) => call(client(nodes[i % nodes.length]!.baseUrl), headers[i % nodes.length]!, i)));
    },
    first: () => client(nodes[0]!.baseUrl),
    last: () => client(nodes.at(-1)!.baseUrl),
  };
}
