// The Login API's 4 operations and the Userinfo API's 2 are in /openapi.json at the
// reference's paths, with the CIBA endpoint the guide documents.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('lists the Login and Userinfo operations', async () => {
  const doc = (await t.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>> };
  const op = (path: string, method: string) => doc.paths[path]?.[method]?.operationId;
  expect(op('/access-management-1.0/access/.well-known/openid-configuration', 'get')).toBe('discoverOpenIDConfiguration');
  expect(op('/access-management-1.0/access/oauth2/auth', 'get')).toBe('oauthAuth');
  expect(op('/access-management-1.0/access/oauth2/token', 'post')).toBe('oauth2Token');
  expect(op('/access-management-1.0/access/.well-known/jwks.json', 'get')).toBe('wellKnown');
  expect(op('/vipps-login-ciba/api/backchannel/authentication', 'post')).toBe('backchannelAuthentication');
  expect(op('/vipps-userinfo-api/userinfo/', 'get')).toBe('userinfoAuthorizationCode');
  expect(op('/vipps-userinfo-api/userinfo/{sub}', 'get')).toBe('getUserinfo');
});
