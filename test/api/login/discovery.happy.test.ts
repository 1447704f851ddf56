// Discovery and JWKS, read by openid-client as a relying party would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { BASIC_CLIENT, ISSUER, discover } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('Login discovery', () => {
  it('serves the OpenID configuration at the documented path, with the documented endpoints and scopes', async () => {
    const config = await discover(t, BASIC_CLIENT);
    const m = config.serverMetadata();
    expect(m.issuer).toBe(ISSUER);
    expect(m.authorization_endpoint).toBe('http://vpp.test/access-management-1.0/access/oauth2/auth');
    expect(m.token_endpoint).toBe('http://vpp.test/access-management-1.0/access/oauth2/token');
    expect(m.jwks_uri).toBe('http://vpp.test/access-management-1.0/access/.well-known/jwks.json');
    expect(m.userinfo_endpoint).toBe('http://vpp.test/vipps-userinfo-api/userinfo');
    expect(m.backchannel_authentication_endpoint).toBe('http://vpp.test/vipps-login-ciba/api/backchannel/authentication');
    expect(m.scopes_supported).toEqual(expect.arrayContaining(['openid', 'name', 'email', 'phoneNumber', 'address', 'birthDate', 'nin', 'accountNumbers', 'delegatedConsents']));
    expect(m.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(['client_secret_basic', 'client_secret_post']));
    expect(m.code_challenge_methods_supported).toEqual(['S256']);
    expect(m.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'urn:openid:params:grant-type:ciba']));
  });

  it('publishes the RS256 signing key in the JWKS, without its private part', async () => {
    const res = await t.inject({ method: 'GET', url: '/access-management-1.0/access/.well-known/jwks.json' });
    expect(res.statusCode).toBe(200);
    const { keys } = res.json() as { keys: Record<string, string>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]!.kid).toMatch(/^public:/);
    expect(keys[0]).not.toHaveProperty('d');
  });
});
