// A partner key set revoked in the back office of one node stops working on the next
// request on every node: two vpp processes on one PostgreSQL database (on SQLite, one
// process, as in scale-out.test.ts).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { csrfOf } from '../support/forms.js';
import { client, freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';

/** A browser over fetch: keeps cookies, follows nothing. */
function browser(baseUrl: string) {
  const cookies = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      cookies.set(k!, v ?? '');
    }
    return res;
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    get: async (path: string) => keep(await fetch(baseUrl + path, { headers: { cookie: cookie() }, redirect: 'manual' })),
    post: async (path: string, form: Record<string, string>) =>
      keep(await fetch(baseUrl + path, { method: 'POST', redirect: 'manual', headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) })),
  };
}

describe(PG_URL ? 'revoked partner keys stop on the next request on both of two nodes' : 'revoked partner keys stop on the next request (one SQLite node; the two-node run needs VPP_TEST_DATABASE_URL)', () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  const nodes: VppProcess[] = [];
  const masterKey = randomBytes(32).toString('hex');

  beforeAll(async () => {
    store = await freshStore();
    const start = () => startVpp({ ...store, masterKey, extraArgs: ['--pool-size', '3'] });
    nodes.push(await start());
    if (PG_URL) nodes.push(await start());
  });
  afterAll(async () => {
    for (const n of nodes) await n.kill('SIGTERM');
    await store?.dispose();
  });

  it('a token and the credentials work on every node until an operator on one node revokes them', async () => {
    const last = nodes[nodes.length - 1]!;
    const headers = async (n: VppProcess) => ({ authorization: `Bearer ${await client(n.baseUrl).token(DEMO.partnerKeys)}`, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey });
    const tokens = await Promise.all(nodes.map(headers));
    for (const [i, n] of nodes.entries()) expect((await client(n.baseUrl).call('GET', '/management/v1/partners/whoami', tokens[i]!)).status).toBe(200);

    const op = browser(last.baseUrl);
    const form = await op.get('/backoffice/login');
    expect((await op.post('/backoffice/login', { _csrf: csrfOf(await form.text()), username: 'saksbehandler', password: 'backoffice-demo' })).status).toBe(303);
    const page = await (await op.get('/backoffice/partners/100001')).text();
    const keySetId = new RegExp(`data-key-set="([^"]+)"><td>partner</td><td class="mono small">${DEMO.partnerKeys.clientId}<`).exec(page)![1]!;
    const revoked = await op.post(`/backoffice/partners/100001/keys/${keySetId}/revoke`, { _csrf: csrfOf(page) });
    expect(revoked.status).toBe(303);

    for (const [i, n] of nodes.entries()) {
      // The token issued before, on this node, is refused on the very next request.
      const res = await client(n.baseUrl).call('GET', '/management/v1/partners/whoami', tokens[i]!);
      expect(res.status).toBe(401);
      // And the revoked credentials get no new token.
      await expect(client(n.baseUrl).token(DEMO.partnerKeys)).rejects.toThrow(/^token: 401/);
    }
    const after = await (await op.get('/backoffice/partners/100001')).text();
    expect(after).toMatch(new RegExp(`data-key-set="${keySetId}">[\\s\\S]*?Revoked`));
  });
});
