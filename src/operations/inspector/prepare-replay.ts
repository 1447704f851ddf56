// Replaying a logged request: the same method, path, headers and body, sent again as the
// same key set. The log holds no secret, so the credentials are filled in from the key set
// as it is now (sealed at rest) and a fresh access token is issued for it: whoever may see
// the inspector may already act for every key set in it, and nobody has to paste a token.
import { randomUUID } from 'node:crypto';
import { buildTokenClaims } from '../../domain/access/token-claims.js';
import { conflict, notFound } from '../../domain/errors.js';
import { REDACTED } from '../../domain/inspector/redact.js';
import type { Mode } from '../../domain/mode.js';
import type { JwtSigner } from '../../security/jwt.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Queryable } from '../../store/db.js';
import { findKeySetById, keySetViewOf } from '../../store/key-sets-repo.js';
import { findRequestDetail } from '../../store/request-details-repo.js';

export interface PrepareReplayOptions {
  db: Queryable;
  box: SecretBox;
  signer: JwtSigner;
  mode: Mode;
  issuer: string;
  now: number;
  requestId: string;
}

export interface Replay {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

// Set anew by whoever sends the request.
const NOT_REPLAYED = new Set(['content-length', 'connection', 'keep-alive', 'transfer-encoding', 'x-request-id', 'host', 'cookie']);

export async function prepareReplay(o: PrepareReplayOptions): Promise<Replay> {
  const d = await findRequestDetail(o.db, o.requestId);
  if (!d) throw notFound(`There is no logged request ${o.requestId} with its headers and bodies; only the newest requests keep them.`);
  if (!d.replayable) throw conflict('This request cannot be replayed: its body was cut at the size limit or had secrets taken out, so the log no longer holds it as sent.');
  const sent: Record<string, string> = JSON.parse(d.request_headers);
  const keys = d.key_set_id ? await findKeySetById(o.db, d.key_set_id) : undefined;
  if (d.key_set_id && !keys) throw conflict('The key set that sent this request no longer exists; it cannot be replayed as the same caller.');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(sent)) {
    const lower = name.toLowerCase();
    if (NOT_REPLAYED.has(lower)) continue;
    if (!value.includes(REDACTED)) {
      headers[lower] = value;
      continue;
    }
    if (!keys) continue; // a credential nobody can fill in: sent without it, as a caller without keys would
    if (lower === 'authorization') {
      const claims = buildTokenClaims({ keySet: keySetViewOf(keys), nowMs: o.now, mode: o.mode, issuer: o.issuer, tokenId: randomUUID() });
      headers[lower] = `Bearer ${o.signer.sign({ ...claims })}`;
    } else if (lower === 'ocp-apim-subscription-key') headers[lower] = o.box.decrypt(keys.sub_primary_enc);
    else if (lower === 'client_secret') headers[lower] = o.box.decrypt(keys.client_secret_enc);
  }
  headers['x-vpp-replay-of'] = d.request_id;
  let payload: string | undefined;
  if (d.request_body !== null) {
    const type = headers['content-type'] ?? '';
    payload = type.includes('x-www-form-urlencoded') ? new URLSearchParams(JSON.parse(d.request_body) as Record<string, string>).toString() : d.request_body;
  }
  return { method: d.method, url: d.url, headers, payload };
}
