// Schemas of the Login API's routes, for /openapi.json. oidc-provider itself checks every
// request (OpenID Connect's own rules and errors); these describe the documented shapes.
import Type from 'typebox';
import { SystemHeaders } from '../system-headers.js';

export const LoginError = Type.Object(
  {
    error: Type.String({ description: 'OAuth 2.0 error code, like invalid_request, invalid_client, invalid_grant, authorization_pending' }),
    error_description: Type.Optional(Type.String({ description: 'What is wrong and what to fix' })),
    error_code: Type.Optional(Type.Integer({ description: 'The HTTP status' })),
  },
  { additionalProperties: true },
);

export const WellKnown = Type.Object(
  {
    issuer: Type.String(),
    authorization_endpoint: Type.String(),
    token_endpoint: Type.String(),
    jwks_uri: Type.String(),
    userinfo_endpoint: Type.Optional(Type.String()),
    backchannel_authentication_endpoint: Type.Optional(Type.String()),
    scopes_supported: Type.Optional(Type.Array(Type.String())),
    response_types_supported: Type.Array(Type.String()),
    subject_types_supported: Type.Array(Type.String()),
    id_token_signing_alg_values_supported: Type.Array(Type.String()),
    token_endpoint_auth_methods_supported: Type.Optional(Type.Array(Type.String())),
    claims_supported: Type.Optional(Type.Array(Type.String())),
    grant_types_supported: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: true },
);

export const JsonWebKeySet = Type.Object({ keys: Type.Array(Type.Object({ kty: Type.String(), kid: Type.String(), alg: Type.Optional(Type.String()), use: Type.Optional(Type.String()) }, { additionalProperties: true })) });

export const TokenResponse = Type.Object(
  {
    access_token: Type.String(),
    expires_in: Type.Integer(),
    id_token: Type.Optional(Type.String({ description: 'Signed (RS256) with a key of the JWKS' })),
    scope: Type.String(),
    token_type: Type.String({ description: 'Bearer' }),
  },
  { additionalProperties: true },
);

export const TokenRequest = Type.Object({
  grant_type: Type.String({ description: 'authorization_code; urn:openid:params:grant-type:ciba for login from phone number; urn:vipps:params:grant-type:ciba-redirect with the code from the redirect to browser' }),
  code: Type.Optional(Type.String()),
  redirect_uri: Type.Optional(Type.String({ description: 'Exactly the redirect URI of the authorization request' })),
  code_verifier: Type.Optional(Type.String({ description: 'PKCE (RFC 7636)' })),
  auth_req_id: Type.Optional(Type.String({ description: 'CIBA: from the backchannel authentication response' })),
  client_id: Type.Optional(Type.String({ description: 'client_secret_post only' })),
  client_secret: Type.Optional(Type.String({ description: 'client_secret_post only' })),
});

export const BackchannelRequest = Type.Object({
  scope: Type.String({ description: 'Space-separated: openid and the scopes to ask for' }),
  login_hint: Type.String({ description: 'urn:msisdn:<MSISDN>, like urn:msisdn:4791234567' }),
  binding_message: Type.Optional(Type.String({ description: '5 to 8 characters of A-Z, 0-9 and -' })),
  requested_flow: Type.Optional(Type.String({ description: 'login_to_webpage: redirect to browser once the user confirms (needs redirect_uri)' })),
  redirect_uri: Type.Optional(Type.String({ description: 'Redirect to browser: a redirect URI registered for the client; the browser arrives with ?code=' })),
  state: Type.Optional(Type.String()),
  nonce: Type.Optional(Type.String()),
  client_id: Type.Optional(Type.String()),
  client_secret: Type.Optional(Type.String()),
});

export const BackchannelResponse = Type.Object({ auth_req_id: Type.String(), expires_in: Type.Integer(), interval: Type.Integer() });

export const Userinfo = Type.Object(
  {
    sub: Type.String(),
    name: Type.Optional(Type.String()),
    given_name: Type.Optional(Type.String()),
    family_name: Type.Optional(Type.String()),
    email: Type.Optional(Type.String()),
    email_verified: Type.Optional(Type.Boolean()),
    phone_number: Type.Optional(Type.String()),
    birthdate: Type.Optional(Type.String()),
    nin: Type.Optional(Type.String()),
    address: Type.Optional(Type.Object({}, { additionalProperties: true })),
    other_addresses: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }))),
    accounts: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }))),
  },
  { additionalProperties: true },
);

export const LoginHeaders = Type.Object({
  authorization: Type.Optional(Type.String({ description: 'Basic (client_secret_basic), or Bearer with a partner access token from POST /accesstoken/get' })),
  'merchant-serial-number': Type.Optional(Type.String({ description: 'Partner keys: the MSN of the merchant acted for' })),
  ...SystemHeaders,
});
