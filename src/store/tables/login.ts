// Row types of the Login API's tables (migration 019).
export interface LoginClientRow {
  client_id: string;
  msn: string;
  client_secret: string; // sealed
  redirect_uris: string; // JSON string[]
  token_auth_method: string;
  created_at: number;
  updated_at: number;
}

export interface LoginOidcModelRow {
  model: string;
  id: string;
  payload: string;
  grant_id: string | null;
  uid: string | null;
  account_id: string | null;
  expires_at: number | null;
  consumed_at: number | null;
}

export interface LoginConsentRow {
  sub: string;
  client_id: string;
  scopes: string;
  granted_at: number;
}

export interface LoginCibaRedirectRow {
  auth_req_id: string;
  client_id: string;
  redirect_uri: string;
  code_hash: string | null;
  code_expires_at: number | null;
  code_used_at: number | null;
  created_at: number;
}

declare module '../schema.js' {
  interface Database {
    login_ciba_redirects: LoginCibaRedirectRow;
    login_clients: LoginClientRow;
    login_oidc_models: LoginOidcModelRow;
    login_consents: LoginConsentRow;
  }
}
