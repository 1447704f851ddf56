// What the pre-filled order page (the prefillUrl) shows: a sent order with where it stands
// and the back office's questions; an order waiting for the company's merchant agreement;
// or the form with the partner's fields locked.
import type { FieldProblem } from '../../domain/errors.js';
import { hasPermission } from '../../domain/portal/permissions.js';
import type { TopLevelField } from '../../domain/signup/order-form.js';
import { productName } from '../../domain/signup/products.js';
import type { Queryable } from '../../store/db.js';
import { findOrganisation } from '../../store/registry-repo.js';
import { findCaseOf, listCaseEvents } from '../../store/signup-cases-repo.js';
import { findPartnerContact, findPricePackage } from '../../store/signup-units-repo.js';
import { caseViewOf, type CaseView } from '../backoffice/case-view.js';
import { agreementStateOf, type AgreementState } from './agreement-state.js';
import { requireCompanyAccess } from './portal-access.js';
import { findLiveOrder, lockedValues, packageChoices } from './submit-prefilled-order.js';

export interface LoadPrefilledOrderPageOptions {
  db: Queryable;
  /** The person looking; refused unless they may read the company's orders. */
  nin: string;
  orderId: string;
}

/** A product order as the merchant reads it on the pre-filled order page. */
export interface PrefilledOrder {
  id: string;
  orgno: string;
  status: string;
  productType: string;
  /** The sales unit approval made. */
  msn: string | null;
  /** The pre-fill was invalid, so the form starts empty. */
  invalid: boolean;
  salesUnitName: string | null;
  settlementAccount: string | null;
  website: { url?: string; termsUrl?: string } | null;
  submittedAt: number | null;
}

interface Common {
  order: PrefilledOrder;
  title: string;
  companyName: string;
  partnerName: string | null;
  /** Who prepared the order, in words. */
  by: string;
  /** Whether the person may send the order and answer questions (admin, CEO or chair). */
  canAct: boolean;
}

export type PrefilledOrderPage =
  | (Common & { stage: 'sent'; case: CaseView | undefined; events: { at: number; actor: string; kind: string; text: string | null }[]; packageName: string | null })
  | (Common & { stage: 'needs-agreement' })
  | (Common & {
      stage: 'form';
      agreement: AgreementState;
      locked: Partial<Record<TopLevelField, unknown>>;
      choices: Awaited<ReturnType<typeof packageChoices>>;
      lockedPackageName: string | undefined;
      reasons: FieldProblem[];
    });

export async function loadPrefilledOrderPage(o: LoadPrefilledOrderPageOptions): Promise<PrefilledOrderPage> {
  const { db } = o;
  const order = await findLiveOrder(db, o.orderId);
  const access = await requireCompanyAccess({ db, nin: o.nin, orgno: order.orgno, permission: 'READ', what: 'open this product order' });
  const org = await findOrganisation(db, order.orgno);
  const companyName = org?.name ?? order.orgno;
  const partner = order.partner_id ? await findPartnerContact(db, order.partner_id) : undefined;
  const common: Common = {
    order: {
      id: order.id,
      orgno: order.orgno,
      status: order.status,
      productType: order.product_type,
      msn: order.msn,
      invalid: order.invalid === 1,
      salesUnitName: order.sales_unit_name,
      settlementAccount: order.settlement_account,
      website: order.website ? (JSON.parse(order.website) as { url?: string; termsUrl?: string }) : null,
      submittedAt: order.submitted_at === null ? null : Number(order.submitted_at),
    },
    title: `${productName(order.product_type)} for ${companyName}`,
    companyName,
    partnerName: partner?.name ?? null,
    by: partner?.name ?? order.created_by,
    canAct: hasPermission(access, 'ADMIN'),
  };

  if (order.status !== 'CREATED' && order.status !== 'OPENED') {
    const c = await findCaseOf(db, 'product-order', order.id);
    const events = c ? await listCaseEvents(db, c.id, { merchantView: true }) : [];
    const pkg = order.price_package_id ? await findPricePackage(db, order.price_package_id) : undefined;
    const seen = events.map((e) => ({ at: Number(e.at), actor: e.actor, kind: e.kind, text: e.text }));
    return { ...common, stage: 'sent', case: c && caseViewOf(c), events: seen, packageName: pkg?.name ?? null };
  }

  const agreement = await agreementStateOf(db, order.orgno);
  if (agreement.state === 'NONE') return { ...common, stage: 'needs-agreement' };

  const locked = lockedValues(order);
  const choices = await packageChoices(db, order);
  const pkg = typeof locked.pricePackageId === 'string' ? await findPricePackage(db, locked.pricePackageId.toLowerCase()) : undefined;
  return {
    ...common,
    stage: 'form',
    agreement: agreement.state,
    locked,
    choices,
    lockedPackageName: pkg ? `${pkg.name}: ${pkg.description}` : undefined,
    reasons: order.invalid ? (JSON.parse(order.invalid_reasons ?? '[]') as FieldProblem[]) : [],
  };
}
