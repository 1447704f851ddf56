// The merchant sends a pre-filled product order: the partner's fields stay as they were
// (locked), the merchant's are checked with the pre-fill rules, and the order moves from
// CREATED/OPENED to SUBMITTED by compare-and-set, into the back office's queue.
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { prefillColumns } from '../../domain/product-orders/normalize-prefill.js';
import { readOrderForm, TOP_LEVEL_FIELDS, type TopLevelField } from '../../domain/signup/order-form.js';
import type { Db, Queryable } from '../../store/db.js';
import { findProductOrder, moveProductOrder } from '../../store/product-orders-repo.js';
import { signupPackages } from '../../store/signup-units-repo.js';
import type { ProductOrderRow } from '../../store/tables/management.js';
import { openCase } from '../backoffice/open-case.js';
import { agreementStateOf } from './agreement-state.js';
import { orderInputProblems, orderInvalid } from './check-order-input.js';
import { requireCompanyAccess } from './portal-access.js';

/** The pre-filled values the merchant may not change (none for an invalid legacy order). */
export function lockedValues(order: ProductOrderRow): Partial<Record<TopLevelField, unknown>> {
  if (order.invalid) return {};
  const prefill = JSON.parse(order.prefill) as Record<string, unknown>;
  const locked = JSON.parse(order.locked_fields) as string[];
  const out: Partial<Record<TopLevelField, unknown>> = {};
  for (const f of TOP_LEVEL_FIELDS) if (locked.includes(f) && prefill[f] !== null && prefill[f] !== undefined) out[f] = prefill[f];
  return out;
}

/** The price packages the merchant may choose from for this order (empty when locked or none apply). */
export async function packageChoices(db: Queryable, order: ProductOrderRow) {
  if ('pricePackageId' in lockedValues(order) || !order.partner_id) return [];
  return (await signupPackages(db, order.product_type)).filter((p) => p.partner_id === order.partner_id);
}

export async function findLiveOrder(db: Queryable, id: string): Promise<ProductOrderRow> {
  const order = /^[0-9a-f-]{36}$/i.test(id) ? await findProductOrder(db, id.toLowerCase()) : undefined;
  if (!order || order.deleted_at !== null) {
    throw notFound('There is no such product order, or whoever pre-filled it has withdrawn it. Ask your partner for a new link.');
  }
  return order;
}

export interface SubmitPrefilledOrderOptions {
  db: Db;
  orderId: string;
  nin: string;
  personName: string;
  body: Record<string, unknown>;
  now: number;
}

/**
 * 'already-sent': the order had been sent before this post (the form posted twice, or sent
 * from another tab); nothing changed and the merchant is shown the order as it stands.
 */
export async function submitPrefilledOrder(o: SubmitPrefilledOrderOptions): Promise<'sent' | 'already-sent'> {
  const order = await findLiveOrder(o.db, o.orderId);
  await requireCompanyAccess({ db: o.db, nin: o.nin, orgno: order.orgno, permission: 'ADMIN', what: 'send this product order' });
  if ((await agreementStateOf(o.db, order.orgno)).state === 'NONE') {
    throw conflict('The company has no merchant agreement yet. Sign the merchant agreement first, then open this link again.');
  }
  if (order.status !== 'CREATED' && order.status !== 'OPENED') return 'already-sent';
  const choices = await packageChoices(o.db, order);
  const input = readOrderForm({ body: o.body, orgno: order.orgno, productType: order.product_type, locked: lockedValues(order) });
  const problems = orderInputProblems(input, choices.length ? choices.map((p) => p.id) : null);
  if (problems.length) throw invalid(orderInvalid(problems), problems);
  const moved = await o.db.transaction().execute(async (tx) => {
    const moved = await moveProductOrder(tx, {
      id: order.id,
      from: ['CREATED', 'OPENED'],
      set: { status: 'SUBMITTED', submitted_at: o.now, updated_at: o.now, ...prefillColumns(input) },
    });
    if (!moved) return false;
    await openCase({ tx, kind: 'product-order', subjectId: order.id, orgno: order.orgno, now: o.now, actor: o.personName, event: 'submitted', text: 'Sent the product order' });
    return true;
  });
  if (moved) return 'sent';
  // Another post moved it at the same moment: sent by it, unless it was withdrawn meanwhile.
  await findLiveOrder(o.db, order.id);
  return 'already-sent';
}
