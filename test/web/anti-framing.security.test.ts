// No page of vpp may be shown inside another site's frame (clickjacking).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

describe('pages refuse to be framed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  for (const url of ['/', '/portal/login', '/backoffice/login', '/mailbox', '/inspector', '/docs/api']) {
    it(`GET ${url}`, async () => {
      const res = await t.inject({ method: 'GET', url });
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    });
  }
});
