// One logged request with its headers and bodies (secrets already taken out), for the inspector.
import type { Queryable } from '../../store/db.js';
import { findRequestDetail } from '../../store/request-details-repo.js';

export interface RequestDetail {
  requestId: string;
  at: number;
  method: string;
  url: string;
  status: number;
  requestHeaders: Record<string, string>;
  requestBody: string | null;
  responseHeaders: Record<string, string>;
  responseBody: string | null;
  /** False when the body was cut or had secrets taken out: sending it again would not be the same request. */
  replayable: boolean;
}

export interface GetRequestDetailOptions {
  db: Queryable;
  requestId: string;
}

export async function getRequestDetail(o: GetRequestDetailOptions): Promise<RequestDetail | undefined> {
  const row = await findRequestDetail(o.db, o.requestId);
  if (!row) return undefined;
  return {
    requestId: row.request_id,
    at: Number(row.at),
    method: row.method,
    url: row.url,
    status: row.status,
    requestHeaders: JSON.parse(row.request_headers) as Record<string, string>,
    requestBody: row.request_body,
    responseHeaders: JSON.parse(row.response_headers) as Record<string, string>,
    responseBody: row.response_body,
    replayable: Boolean(row.replayable),
  };
}
