/** Requests per sales unit, day (since 1970-01-01 UTC), endpoint and status: API quality. */
export interface ApiRequestCountRow {
  msn: string;
  day: number;
  method: string;
  route: string;
  status: number;
  count: number;
}

declare module '../schema.js' {
  interface Database {
    api_request_counts: ApiRequestCountRow;
  }
}
