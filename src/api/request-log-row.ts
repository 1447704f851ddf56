// The request log's row for an API request: who called, for which unit, with what answer.
import type { FastifyRequest } from 'fastify';
import type { Runtime } from '../runtime.js';

type ApiRequestRow = Parameters<Runtime['requestLog']['record']>[0];

declare module 'fastify' {
  interface FastifyRequest {
    /** The fault a rule injected into this request (its X-Vpp-Fault), for the request log. */
    fault: string | null;
  }
}

export function requestLogRow(req: FastifyRequest, o: { api: string; route: string; status: number; latencyMs: number; at: number }): ApiRequestRow {
  const actor = req.actor;
  const h = req.headers as Record<string, string | undefined>;
  return {
    id: req.id,
    at: o.at,
    api: o.api,
    method: req.method,
    route: o.route,
    path: req.url.split('?')[0]!,
    status: o.status,
    latency_ms: o.latencyMs,
    msn: req.logMsn ?? actor?.requestedMsn ?? actor?.msn ?? null,
    key_set_id: actor?.keySetId ?? null,
    key_kind: actor?.kind ?? null,
    owner: actor?.owner ?? null,
    system_name: h['vipps-system-name'] ?? null,
    system_version: h['vipps-system-version'] ?? null,
    plugin_name: h['vipps-system-plugin-name'] ?? null,
    plugin_version: h['vipps-system-plugin-version'] ?? null,
    fault: req.fault,
  };
}
