// Manual signup: a merchant orders a product in the portal, choosing the partner and one of
// that partner's price packages offered in the signup form. The order goes straight to the
// back office's queue (source "portal").
import { randomUUID } from 'node:crypto';
import { invalid, type FieldProblem } from '../../domain/errors.js';
import { readOrderForm } from '../../domain/signup/order-form.js';
import { hasPermission } from '../../domain/portal/permissions.js';
import type { Db } from '../../store/db.js';
import { findProductOrder, insertPortalOrder } from '../../store/product-orders-repo.js';
import { isUniqueViolation } from '../../store/db-errors.js';
import { formIdOf, idForForm } from '../../domain/form-submission.js';
import { signupPackages } from '../../store/signup-units-repo.js';
import { openCase } from '../backoffice/open-case.js';
import { accessToCompany } from '../portal/access-of-person.js';
import { agreementStateOf } from './agreement-state.js';
import { orderInputProblems, orderInvalid } from './check-order-input.js';

export interface OrderProductOptions {
  db: Db;
  nin: string;
  personName: string;
  productType: string;
  body: Record<string, unknown>;
  now: number;
}

/** The body's `_form` (see domain/form-submission.ts) makes a second post of the same form land on the first order. */
export async function orderProduct(o: OrderProductOptions): Promise<{ orderId: string }> {
  const formId = formIdOf(o.body._form);
  const id = formId ? idForForm('product-order', o.nin, formId) : randomUUID();
  if (formId && (await findProductOrder(o.db, id))) return { orderId: id };
  const text = (k: string) => (typeof o.body[k] === 'string' ? (o.body[k] as string).trim() : '');
  const orgno = text('orgno');
  const partnerId = text('partnerId');
  const problems: FieldProblem[] = [];
  const access = orgno ? await accessToCompany({ db: o.db, nin: o.nin, orgno }) : null;
  if (!orgno) problems.push({ name: 'orgno', reason: 'is required: choose the company that orders' });
  else if (!access || !hasPermission(access, 'ADMIN')) problems.push({ name: 'orgno', reason: 'is not a company you may order products for (you need to be its CEO, chair or an admin)' });
  else if ((await agreementStateOf(o.db, orgno)).state === 'NONE') {
    problems.push({ name: 'orgno', reason: `has no merchant agreement yet: sign it first at /portal/register/${orgno}` });
  }
  const packages = await signupPackages(o.db, o.productType);
  const ofPartner = packages.filter((p) => p.partner_id === partnerId);
  if (!partnerId) problems.push({ name: 'partnerId', reason: 'is required: choose the partner that integrates the product for you' });
  else if (!ofPartner.length) problems.push({ name: 'partnerId', reason: 'must be one of the partners offered in this form' });

  const input = readOrderForm({ body: o.body, orgno: orgno || '000000000', productType: o.productType, locked: {} });
  for (const p of orderInputProblems(input, ofPartner.length ? ofPartner.map((p) => p.id) : null)) {
    if (p.name === 'pricePackageId' && partnerId && !ofPartner.length) continue;
    if (p.name === 'pricePackageId' && ofPartner.length && input.pricePackageId !== undefined) p.reason = `must be one of ${ofPartner[0]!.partner_name}'s price packages`;
    problems.push(p);
  }
  if (!partnerId && input.pricePackageId === undefined) problems.push({ name: 'pricePackageId', reason: 'is required: choose one of the price packages' });
  if (problems.length) throw invalid(orderInvalid(problems), problems);

  try {
    await o.db.transaction().execute(async (tx) => {
      await insertPortalOrder(tx, { id, orgno, productType: o.productType, partnerId, personName: o.personName, input, now: o.now });
      await openCase({ tx, kind: 'product-order', subjectId: id, orgno, now: o.now, actor: o.personName, event: 'submitted', text: 'Ordered the product in the portal' });
    });
  } catch (err) {
    // The same form's other post got there first (at the same moment): its order is this one.
    if (formId && isUniqueViolation(err) && (await findProductOrder(o.db, id))) return { orderId: id };
    throw err;
  }
  return { orderId: id };
}
