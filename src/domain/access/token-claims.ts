import type { Mode } from '../mode.js';
import type { KeySetView } from './key-set-view.js';

/** Token lifetime per mode, as the Access Token API documents it. */
export const TOKEN_LIFETIME_SECONDS: Record<Mode, number> = { test: 3600, production: 86400 };

export interface TokenClaims {
  iss: string;
  sub: string; // client id
  ksid: string; // key set id
  gen: number; // key set generation: regenerating the keys ends every older token
  kind: string;
  iat: number;
  nbf: number;
  exp: number;
  tid: string; // token id
}

export function buildTokenClaims(opts: { keySet: KeySetView; nowMs: number; mode: Mode; issuer: string; tokenId: string }): TokenClaims {
  const iat = Math.floor(opts.nowMs / 1000);
  return {
    iss: opts.issuer,
    sub: opts.keySet.clientId,
    ksid: opts.keySet.id,
    gen: opts.keySet.generation,
    kind: opts.keySet.kind,
    iat,
    nbf: iat,
    exp: iat + TOKEN_LIFETIME_SECONDS[opts.mode],
    tid: opts.tokenId,
  };
}

export function isTokenClaims(c: Record<string, unknown>): c is Record<string, unknown> & TokenClaims {
  return typeof c.ksid === 'string' && typeof c.gen === 'number' && typeof c.exp === 'number' && typeof c.nbf === 'number' && typeof c.sub === 'string';
}
