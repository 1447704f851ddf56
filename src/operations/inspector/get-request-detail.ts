// One logged request with its headers and bodies (secrets already taken out), for the inspector.
import type { Queryable } from '../../store/db.js';
import { findRequestDetail } from '../../store/request-details-repo.js';
import type { ApiRequestDetailRow } from '../../store/tables/request-details.js';

export type RequestDetail = Omit<ApiRequestDetailRow, 'request_headers' | 'response_headers'> & {
  requestHeaders: Record<string, string>;
  responseHeaders: Record<string, string>;
};

export interface GetRequestDetailOptions {
  db: Queryable;
  requestId: string;
}

export async function getRequestDetail(o: GetRequestDetailOptions): Promise<RequestDetail | undefined> {
  const row = await findRequestDetail(o.db, o.requestId);
  if (!row) return undefined;
  const { request_headers, response_headers, ...rest } = row;
  return { ...rest, at: Number(rest.at), requestHeaders: JSON.parse(request_headers), responseHeaders: JSON.parse(response_headers) };
}
