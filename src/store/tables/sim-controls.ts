// Row types of the test controls (migration 023): fault rules and rate-limit counters.
export interface SimFaultRuleRow {
  id: string;
  kind: string;
  partner: string | null;
  msn: string | null;
  method: string | null;
  route: string | null;
  share: number;
  remaining: number | null;
  status: number | null;
  delay_ms: number | null;
  timeout: string | null;
  created_at: number;
}

export interface RateLimitCounterRow {
  key: string;
  started_at: number;
  count: number;
}

declare module '../schema.js' {
  interface Database {
    sim_fault_rules: SimFaultRuleRow;
    rate_limit_counters: RateLimitCounterRow;
  }
}
