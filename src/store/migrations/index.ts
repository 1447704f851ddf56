// Every migration, in order. Names sort in the order they run; append, never edit one
// that has shipped.
import type { VppMigration } from './types.js';
import { foundation } from './001_foundation.js';
import { idempotency } from './002_idempotency.js';
import { payments } from './004_payments.js';
import { webhooks } from './005_webhooks.js';

export const migrations: Record<string, VppMigration> = {
  '001_foundation': foundation,
  '002_idempotency': idempotency,
  '004_payments': payments,
  '005_webhooks': webhooks,
};
