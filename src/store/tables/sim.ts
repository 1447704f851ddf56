// Row type of the simulation's snapshots (migration 021).
export interface SimSnapshotRow {
  name: string;
  taken_at: number;
  clock_offset_ms: number;
  data: string; // JSON: table name → rows
}

declare module '../schema.js' {
  interface Database {
    sim_snapshots: SimSnapshotRow;
  }
}

// Row type of the namespaces' registry (migration 022).
export interface SimNamespaceRow {
  name: string;
  location: string;
  created_at: number;
  source: string;
}

declare module '../schema.js' {
  interface Database {
    sim_namespaces: SimNamespaceRow;
  }
}
