// Row type of the request log's details: headers and bodies for the inspector (migration 027).
import type { Generated } from 'kysely';

export interface ApiRequestDetailRow {
  request_id: string;
  at: number;
  method: string;
  url: string;
  status: number;
  key_set_id: string | null;
  request_headers: string;
  request_body: string | null;
  response_headers: string;
  response_body: string | null;
  replayable: number;
}

export const API_REQUEST_DETAIL_COLUMNS = [
  'request_id',
  'at',
  'method',
  'url',
  'status',
  'key_set_id',
  'request_headers',
  'request_body',
  'response_headers',
  'response_body',
  'replayable',
] as const satisfies readonly (keyof ApiRequestDetailRow)[];

declare module '../schema.js' {
  interface Database {
    api_requests_detail: ApiRequestDetailRow & { seq: Generated<number> };
  }
}
