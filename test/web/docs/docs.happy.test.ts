import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { problemFormat } from '../../../src/api/problem.js';
import { VppError, type ErrorKind } from '../../../src/domain/errors.js';

/** Every METHOD path the app serves, read from Fastify's route tree (HEAD is implied by GET). */
function servedRoutes(tree: string): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  const stack: { depth: number; path: string }[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)(?:[└├]── )?(\S.*?) \(([A-Z, ]+)\)$/.exec(line.replace(/\s+$/, ''));
    if (!m) continue;
    const depth = m[1]!.length + (line.includes('── ') ? 4 : 0);
    while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const parent = stack[stack.length - 1]?.path ?? '';
    const segment = m[2]!;
    const path = parent === '' ? segment : parent.endsWith('/') || segment.startsWith('/') ? parent + segment : `${parent}/${segment}`;
    stack.push({ depth, path });
    for (const method of m[3]!.split(', ')) if (method !== 'HEAD') out.push({ method, path });
  }
  return out;
}

describe('our OpenAPI document and its pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('/openapi.json covers every route vpp serves', async () => {
    const doc = (await t.inject({ method: 'GET', url: '/openapi.json' })).json();
    const routes = servedRoutes(t.app.printRoutes({ commonPrefix: false }));
    expect(routes.length).toBeGreaterThan(25);
    // Where routes name a parameter differently at the same place, the tree prints `:a|:b`:
    // the route is documented if one of the names is.
    const spellings = (path: string): string[] => {
      const alt = /:([A-Za-z0-9_]+(?:\|:[A-Za-z0-9_]+)+)/.exec(path);
      if (!alt) return [path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')];
      return alt[1]!.split('|:').flatMap((name) => spellings(path.replace(alt[0], `:${name}`)));
    };
    const missing = routes.filter((r) => !spellings(r.path).some((p) => doc.paths[p]?.[r.method.toLowerCase()]));
    expect(missing).toEqual([]);
    expect(doc.paths['/management/v1/product-orders'].post.requestBody.content['application/json'].schema.properties.businessIdentifier).toBeDefined();
    expect(doc.paths['/partner-api/v1/products/orders'].post.deprecated).toBe(true);
  });

  it('/docs leads to /docs/api, which renders /openapi.json with swagger-ui served from the package (no external resources)', async () => {
    const old = await t.inject({ method: 'GET', url: '/docs' });
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/docs/api');
    const res = await t.inject({ method: 'GET', url: '/docs/api' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('src="/assets/vendor/swagger-ui-bundle.js"');
    expect(res.body).toContain("url: '/openapi.json'");
    expect(res.body).not.toMatch(/(src|href)="https?:/);
    for (const [file, type] of [['swagger-ui-bundle.js', 'javascript'], ['swagger-ui.css', 'text/css']]) {
      const asset = await t.inject({ method: 'GET', url: `/assets/vendor/${file}` });
      expect(asset.statusCode, file).toBe(200);
      expect(asset.headers['content-type']).toContain(type);
    }
  });

  it('/openapi.json gives unions of literals as enums and every response a description of its status', async () => {
    const doc = (await t.inject({ method: 'GET', url: '/openapi.json' })).json();
    const pkg = doc.paths['/management/v1/partners/price-packages'].get.responses['200'].content['application/json'].schema.items.properties.productType;
    expect(pkg.anyOf).toBeUndefined();
    expect(pkg.enum).toEqual(['ePayment', 'ePaymentCustomerPresent', 'checkout']);
    const text = JSON.stringify(doc);
    expect(text).not.toContain('Default Response');
    expect(text).not.toMatch(/"anyOf":\[\{"type":"string","enum":\["[^"]*"\]\},\{"type":"string","enum"/);
    const create = doc.paths['/epayment/v1/payments'].post.responses;
    expect(create['201'].description).toBe('Created');
    expect(create['400'].description).toMatch(/^Invalid request/);
  });

  it('/docs/problems has a section for the type of every error the APIs answer with', async () => {
    const res = await t.inject({ method: 'GET', url: '/docs/problems' });
    expect(res.statusCode).toBe(200);
    const kinds: (ErrorKind | null)[] = ['validation', 'unauthenticated', 'forbidden', 'not_found', 'conflict', 'gone', 'too_large', 'rate_limited', null];
    for (const kind of kinds) {
      const { body } = problemFormat(kind ? new VppError(kind, 'x') : null, { requestId: 'r', method: 'GET', url: '/', publicUrl: 'http://vpp.test', api: 'epayment' }) as { body: { type: string } };
      const slug = body.type.split('/').pop()!;
      expect(body.type).toBe(`https://developer.vippsmobilepay.com/epayment/v1/${slug}`);
      expect(res.body, slug).toContain(`id="${slug}"`);
    }
    for (const slug of ['capture-amount-too-high', 'not-enough-refundable', 'payment-already-refunded', 'invalid-currency', 'invalid-msn', 'reference-already-exists', 'idempotency-key-conflict']) {
      expect(res.body, slug).toContain(`id="${slug}"`);
    }
  });
});
