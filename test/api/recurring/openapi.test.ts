import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startTestApp, type TestApp } from '../../support/app.js';

describe('GET /openapi.json: the Recurring API v3', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("has every v3 operation of the reference spec, with the reference's paths and methods", async () => {
    const doc = (await t.inject({ method: 'GET', url: '/openapi.json' })).json();
    const spec = parse(await readFile('/work/shared/reference/recurring/recurring.openapi.yaml', 'utf8').catch(() => '')) as { paths?: Record<string, Record<string, unknown>> } | null;
    // The reference's v3 operations; listed here too, so the test stands without the reference file.
    const expected = [
      'get /recurring/v3/agreements',
      'post /recurring/v3/agreements',
      'get /recurring/v3/agreements/{agreementId}',
      'patch /recurring/v3/agreements/{agreementId}',
      'patch /recurring/v3/agreements/{agreementId}/accept',
      'get /recurring/v3/agreements/{agreementId}/charges',
      'post /recurring/v3/agreements/{agreementId}/charges',
      'get /recurring/v3/agreements/{agreementId}/charges/{chargeId}',
      'delete /recurring/v3/agreements/{agreementId}/charges/{chargeId}',
      'get /recurring/v3/charges/{chargeId}',
      'post /recurring/v3/agreements/{agreementId}/charges/{chargeId}/capture',
      'post /recurring/v3/agreements/{agreementId}/charges/{chargeId}/refund',
    ];
    if (spec?.paths) {
      const fromSpec = Object.entries(spec.paths)
        .filter(([p]) => p.startsWith('/recurring/v3/'))
        .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
      expect(fromSpec.sort()).toEqual([...expected].sort());
    }
    const ours = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    for (const op of expected) expect(ours).toContain(op);
    expect(ours).toContain('post /recurring/v3/agreements/charges');
    expect(Object.keys(doc.paths['/recurring/v3/agreements'].post.responses).sort()).toEqual(['201', '400', '401', '403', '404', '409']);
  });
});
