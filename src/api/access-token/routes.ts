// POST /accesstoken/get: client credentials and a subscription key in, an RS256 access
// token out. Also answers as /accessToken/get, the spelling some guides use.
import { randomUUID } from 'node:crypto';
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { buildTokenClaims } from '../../domain/access/token-claims.js';
import { checkTokenCredentials } from '../../operations/access/check-token-credentials.js';
import { TokenCache } from '../../security/token-cache.js';
import type { Runtime } from '../../runtime.js';
import { SystemHeaders } from '../system-headers.js';
import './errors.js';

const TokenResponse = Type.Object({
  token_type: Type.String({ description: 'Always "Bearer"' }),
  expires_in: Type.String({ description: 'Lifetime in seconds: 3600 in test mode, 86400 in production mode' }),
  ext_expires_in: Type.String(),
  expires_on: Type.String({ description: 'Expiry as epoch seconds' }),
  not_before: Type.String({ description: 'Issue time as epoch seconds' }),
  resource: Type.String(),
  access_token: Type.String({ description: 'The RS256 JWT to send as "Authorization: Bearer …"' }),
});

const OAuthError = Type.Object({ error: Type.String(), error_description: Type.String(), trace_id: Type.String() });
const GatewayError = Type.Object({ statusCode: Type.Integer(), message: Type.String() });

const Headers = Type.Object({
  client_id: Type.Optional(Type.String({ description: 'The key set\'s client id ("username")' })),
  client_secret: Type.Optional(Type.String({ description: 'The key set\'s secret ("password")' })),
  'ocp-apim-subscription-key': Type.Optional(Type.String({ description: 'Primary or secondary subscription key' })),
  'merchant-serial-number': Type.Optional(Type.String()),
  ...SystemHeaders,
});

/** The resource value the identity service reports; clients ignore it. */
const RESOURCE = '00000002-0000-0000-c000-000000000000';

export async function accessTokenRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const schema = {
    tags: ['Access Token API'],
    summary: 'Get an access token',
    headers: Headers,
    response: { 200: TokenResponse, 400: OAuthError, 401: Type.Union([OAuthError, GatewayError]) },
  };
  const tokens = new TokenCache();
  const handler = async (req: FastifyRequest) => {
    const h = req.headers as Record<string, string | undefined>;
    const sub = h['ocp-apim-subscription-key'];
    const keySet = await checkTokenCredentials({ db: rt.store.db, box: rt.box, mode: rt.config.mode, clientId: h.client_id, clientSecret: h.client_secret, subscriptionKey: sub });
    const nowMs = rt.clock.now();
    const issue = () => {
      const c = buildTokenClaims({ keySet, nowMs, mode: rt.config.mode, issuer: rt.config.publicUrl, tokenId: randomUUID() });
      return { token: rt.signer.sign({ ...c }), claims: c };
    };
    const { token, claims } = rt.config.noCache ? issue() : tokens.get(keySet, rt.config.mode, nowMs, issue, rt.config.publicUrl);
    req.logMsn = h['merchant-serial-number'] ?? keySet.msn;
    return {
      token_type: 'Bearer',
      expires_in: String(claims.exp - Math.floor(nowMs / 1000)),
      ext_expires_in: '0',
      expires_on: String(claims.exp),
      not_before: String(claims.nbf),
      resource: RESOURCE,
      access_token: token,
    };
  };
  const config = { errorFormat: 'access-token', api: 'accesstoken' };
  app.post('/accesstoken/get', { schema, config }, handler);
  app.post('/accessToken/get', { schema: { ...schema, summary: 'The same, at the capitalised path the quick start guides use' }, config }, handler);
}
