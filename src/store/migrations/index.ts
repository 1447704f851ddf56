// Every migration, in order. Names sort in the order they run; append, never edit one
// that has shipped.
import type { VppMigration } from './types.js';
import { foundation } from './001_foundation.js';
import { idempotency } from './002_idempotency.js';
import { managementProductOrders } from './003_management_product_orders.js';
import { web } from './006_web.js';
import { portalUsers } from './007_portal_users.js';
import { signupCases } from './008_signup_cases.js';

export const migrations: Record<string, VppMigration> = {
  '001_foundation': foundation,
  '002_idempotency': idempotency,
  '003_management_product_orders': managementProductOrders,
  '006_web': web,
  '007_portal_users': portalUsers,
  '008_signup_cases': signupCases,
};
