// The Login and Userinfo APIs' documented paths.
export const LOGIN_BASE = '/access-management-1.0/access';
export const LOGIN_PATHS = {
  discovery: `${LOGIN_BASE}/.well-known/openid-configuration`,
  authorization: `${LOGIN_BASE}/oauth2/auth`,
  token: `${LOGIN_BASE}/oauth2/token`,
  jwks: `${LOGIN_BASE}/.well-known/jwks.json`,
  backchannel: '/vipps-login-ciba/api/backchannel/authentication',
  userinfo: '/vipps-userinfo-api/userinfo',
} as const;

/** Seconds a CIBA client must wait between polls (returned as `interval`). */
export const CIBA_INTERVAL_S = 5;
