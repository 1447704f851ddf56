// Every migration, in order. Names sort in the order they run; append, never edit one
// that has shipped.
import type { VppMigration } from './types.js';
import { foundation } from './001_foundation.js';
import { idempotency } from './002_idempotency.js';
import { managementProductOrders } from './003_management_product_orders.js';
import { managementSalesUnitChanges } from './003_management_sales_unit_changes.js';
import { payments } from './004_payments.js';
import { webhooks } from './005_webhooks.js';
import { web } from './006_web.js';
import { portalUsers } from './007_portal_users.js';
import { outboxPendingIndex } from './010_outbox_pending_index.js';
import { requestLogSequence } from './011_request_log_sequence.js';
import { outboxPendingOrdering } from './012_outbox_pending_ordering.js';
import { outboxDueOrder } from './030_outbox_due_order.js';
import { recurringProcessing } from './031_recurring_processing.js';
import { requestLogOneIndex } from './013_request_log_one_index.js';
import { requestCounts } from './016_request_counts.js';
import { signupCases } from './008_signup_cases.js';
import { portalKeyAudit } from './009_portal_key_audit.js';
import { portalPartnerChanges } from './009_portal_partner_changes.js';
import { vippsUsers } from './014_vipps_users.js';
import { partnerJourney } from './020_partner_journey.js';
import { unitLongLiving } from './015_unit_long_living.js';
import { ecom } from './018_ecom.js';
import { recurring } from './017_recurring.js';
import { simSnapshots } from './021_sim_snapshots.js';
import { webhookDeliveryCounts } from './024a_webhook_delivery_counts.js';
import { loginCibaRedirects } from './024b_login_ciba_redirects.js';
import { recurringContinuationTokens } from './025_recurring_continuation_tokens.js';
import { requestLogDetails } from './027_request_log_details.js';
import { profileShareSubs } from './029_profile_share_subs.js';
import { login } from './019_login.js';
import { simNamespaces } from './022_sim_namespaces.js';
import { faultsAndRateLimits } from './023_faults_and_rate_limits.js';

export const migrations: Record<string, VppMigration> = {
  '001_foundation': foundation,
  '002_idempotency': idempotency,
  '003_management_product_orders': managementProductOrders,
  '003_management_sales_unit_changes': managementSalesUnitChanges,
  '004_payments': payments,
  '005_webhooks': webhooks,
  '006_web': web,
  '007_portal_users': portalUsers,
  '008_signup_cases': signupCases,
  '009_portal_key_audit': portalKeyAudit,
  '009_portal_partner_changes': portalPartnerChanges,
  '010_outbox_pending_index': outboxPendingIndex,
  '011_request_log_sequence': requestLogSequence,
  '012_outbox_pending_ordering': outboxPendingOrdering,
  '013_request_log_one_index': requestLogOneIndex,
  '014_vipps_users': vippsUsers,
  '015_unit_long_living': unitLongLiving,
  '016_request_counts': requestCounts,
  '017_recurring': recurring,
  '018_ecom': ecom,
  '019_login': login,
  '020_partner_journey': partnerJourney,
  '021_sim_snapshots': simSnapshots,
  '022_sim_namespaces': simNamespaces,
  '023_faults_and_rate_limits': faultsAndRateLimits,
  '024a_webhook_delivery_counts': webhookDeliveryCounts,
  '024b_login_ciba_redirects': loginCibaRedirects,
  '025_recurring_continuation_tokens': recurringContinuationTokens,
  '027_request_log_details': requestLogDetails,
  '029_profile_share_subs': profileShareSubs,
  '030_outbox_due_order': outboxDueOrder,
  '031_recurring_processing': recurringProcessing,
};
