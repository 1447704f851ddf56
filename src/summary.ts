// What a script needs to talk to a running vpp: its URL, mode, API keys and sales units.
// Written to --summary-file, and shown (public demo credentials only) when vpp starts.
import { listKeySets } from './store/key-sets-repo.js';
import { revealCredentials } from './security/seal-credentials.js';
import { readDemoWorld } from './world/read-world-file.js';
import type { Runtime } from './runtime.js';

export interface Summary {
  baseUrl: string;
  mode: string;
  keySets: { kind: string; owner: string; clientId: string; clientSecret: string; subscriptionKey: string; public: boolean }[];
  salesUnits: { msn: string; name: string; orgno: string; partner: string | null }[];
}

export async function buildSummary(rt: Runtime, baseUrl: string): Promise<Summary> {
  const demoSecrets = new Set((readDemoWorld().keySets ?? []).map((k) => `${k.clientId}|${k.clientSecret}`));
  const keySets = (await listKeySets(rt.store.db)).map((row) => {
    const c = revealCredentials(rt.box, row);
    return {
      kind: row.kind,
      owner: row.partner_name ?? row.msn ?? row.merchant_orgno ?? '',
      clientId: c.clientId,
      clientSecret: c.clientSecret,
      subscriptionKey: c.subscriptionKey,
      // The demo world's keys are published in the repository; any others are real secrets.
      public: demoSecrets.has(`${c.clientId}|${c.clientSecret}`),
    };
  });
  const salesUnits = await rt.store.db
    .selectFrom('sales_units as u')
    .innerJoin('merchants as m', 'm.id', 'u.merchant_id')
    .leftJoin('partners as p', 'p.id', 'u.partner_id')
    .select(['u.msn', 'u.name', 'm.orgno', 'p.name as partner'])
    .orderBy('u.msn')
    .execute();
  return { baseUrl, mode: rt.config.mode, keySets, salesUnits };
}
