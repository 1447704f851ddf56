// The data directory as an operator leaves it: the database readable by its owner only, and
// a token issued in one mode refused after the same directory restarts in the other.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';
import { DEMO } from '../support/demo.js';

let running: VppProcess[] = [];
let disposers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const p of running) await p.kill('SIGKILL');
  for (const d of disposers) await d();
  running = [];
  disposers = [];
});

const tokenFor = async (base: string) => {
  const k = DEMO.merchantKeys;
  const res = await fetch(`${base}/accesstoken/get`, { method: 'POST', headers: { client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': k.subscriptionKey } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
};
const getPayment = (base: string, token: string) =>
  fetch(`${base}/epayment/v1/payments/no-such-reference`, {
    headers: { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': DEMO.merchantKeys.subscriptionKey, 'merchant-serial-number': DEMO.units.noPartner },
  });

describe('a data directory restarted in another mode', () => {
  for (const [first, second] of [['test', 'production'], ['production', 'test']] as const) {
    it(`refuses a token issued in ${first} mode once it runs in ${second} mode`, async () => {
      const store = await freshStore();
      disposers.push(store.dispose);
      const masterKey = randomBytes(32).toString('hex');
      const a = await startVpp({ ...store, masterKey, extraArgs: ['--mode', first] });
      running.push(a);
      const token = await tokenFor(a.baseUrl);
      expect((await getPayment(a.baseUrl, token)).status).toBe(404); // the token works here
      await a.kill('SIGTERM');

      const b = await startVpp({ ...store, masterKey, extraArgs: ['--mode', second] });
      running.push(b);
      const res = await getPayment(b.baseUrl, token);
      expect(res.status).toBe(401);
      expect(await res.text()).toMatch(new RegExp(`issued in ${first} mode`));
      // A token fetched in this mode works.
      expect((await getPayment(b.baseUrl, await tokenFor(b.baseUrl))).status).toBe(404);
    }, 120_000);
  }
});

describe('the embedded database file', () => {
  it('is created readable and writable by its owner only, with its -wal and -shm files', async () => {
    const store = await freshStore();
    disposers.push(store.dispose);
    const vpp = await startVpp({ dataDir: store.dataDir, masterKey: randomBytes(32).toString('hex') });
    running.push(vpp);
    await tokenFor(vpp.baseUrl); // something written
    const file = join(store.dataDir, 'vpp.sqlite');
    const files = [file, `${file}-wal`, `${file}-shm`].filter((f) => existsSync(f));
    expect(files).toContain(file);
    for (const f of files) expect({ f, mode: (statSync(f).mode & 0o777).toString(8) }).toEqual({ f, mode: '600' });
  }, 60_000);
});
