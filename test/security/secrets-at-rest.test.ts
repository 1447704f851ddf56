// Secrets never appear in the log or in plaintext in the database: make requests that
// carry them, then search what was written.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { runVpp, tempDir, type VppProcess } from '../support/spawn.js';
import { startTestApp } from '../support/app.js';

// A world whose key sets get generated (unpublished) credentials.
const WORLD = `
partners:
  - { name: Hemmelig Partner, type: platform, level: Partner Premium, contact: { name: Ann, email: ann@hemmelig.example } }
keySets:
  - { kind: partner, owner: Hemmelig Partner }
`;

let proc: VppProcess | undefined;
afterEach(() => {
  if (proc?.proc.exitCode === null) proc.proc.kill('SIGKILL');
});

async function exercise(base: string, creds: { clientId: string; clientSecret: string; subscriptionKey: string }) {
  const token = await fetch(`${base}/accesstoken/get`, {
    method: 'POST',
    headers: { client_id: creds.clientId, client_secret: creds.clientSecret, 'ocp-apim-subscription-key': creds.subscriptionKey },
  });
  expect(token.status).toBe(200);
  const { access_token } = await token.json();
  const who = await fetch(`${base}/management/v1/partners/whoami`, { headers: { authorization: `Bearer ${access_token}`, 'ocp-apim-subscription-key': creds.subscriptionKey } });
  expect(who.status).toBe(200);
  // A failed attempt carrying the secret in the wrong place.
  const bad = await fetch(`${base}/accesstoken/get?client_secret=${encodeURIComponent(creds.clientSecret)}`, {
    method: 'POST',
    headers: { client_id: creds.clientId, client_secret: creds.clientSecret + 'x', 'ocp-apim-subscription-key': creds.subscriptionKey },
  });
  expect(bad.status).toBe(401);
  expect(await bad.text()).not.toContain(creds.clientSecret);
}

describe('secrets', () => {
  it('are neither in the log output nor in the SQLite files, even at debug level', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const world = join(dir, 'world.yaml');
    writeFileSync(world, WORLD);
    const summaryFile = join(dir, 'summary.json');
    proc = runVpp(['start', '--data-dir', data, '--world', world, '--port', '0', '--summary-file', summaryFile, '--log-level', 'debug']);
    await proc.listening();
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    const creds = summary.keySets[0];
    expect(creds.clientSecret.length).toBeGreaterThan(20);
    await exercise(summary.baseUrl, creds);
    proc.proc.kill('SIGTERM');
    expect(await proc.exited).toBe(0);

    const log = proc.output();
    expect(log).toContain('request completed'); // the log did capture the requests
    expect(log).toContain(creds.clientId); // generated credentials are not printed, but client ids are
    for (const secret of [creds.clientSecret, creds.subscriptionKey]) {
      expect(log).not.toContain(secret);
      expect(log).not.toContain(encodeURIComponent(secret));
    }
    const files = readdirSync(data);
    expect(files).toContain('vpp.sqlite');
    for (const f of files) {
      const bytes = readFileSync(join(data, f));
      for (const secret of [creds.clientSecret, creds.subscriptionKey]) {
        expect(bytes.includes(Buffer.from(secret)), `${secret} in ${f}`).toBe(false);
      }
    }
  });

  it('are not stored in plaintext in any table (on this test run\'s store)', async () => {
    const t = await startTestApp({ world: (await import('yaml')).parse(WORLD) });
    try {
      const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { buildSummary } = await import('../../src/summary.js');
      const creds = (await buildSummary(t.rt, address)).keySets[0]!;
      await exercise(address, creds);
      await t.rt.requestLog.flush();
      const tables = ['settings', 'key_sets', 'api_requests', 'partners', 'outbox'];
      for (const table of tables) {
        const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(t.rt.store.db);
        const text = JSON.stringify(rows.rows);
        for (const secret of [creds.clientSecret, creds.subscriptionKey]) expect(text.includes(secret), `${table}`).toBe(false);
      }
      const all = t.logs.join('');
      expect(all).not.toContain(creds.clientSecret);
      expect(all).not.toContain(creds.subscriptionKey);
    } finally {
      await t.close();
    }
  });
});
