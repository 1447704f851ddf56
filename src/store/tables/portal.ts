export interface PortalUserRow {
  orgno: string;
  nin: string;
  /** JSON array of PortalPermission. */
  permissions: string;
  /** JSON: "all", or an array of MSNs. */
  units: string;
  /** National identity number of the admin who added the user. */
  added_by: string;
  created_at: number;
  updated_at: number;
}

declare module '../schema.js' {
  interface Database {
    portal_users: PortalUserRow;
  }
}
