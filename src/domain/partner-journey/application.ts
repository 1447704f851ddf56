// What an application to become a partner must hold, checked before it is stored.
import { invalid, type FieldProblem } from '../errors.js';
import { PARTNER_TYPES, PRODUCT_TYPES } from '../world/world-schema.js';

export interface ApplicationInput {
  orgno: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | null;
  partnerType: string;
  products: string[];
  expectedMerchants: number;
  /** Expected annual revenue through Vipps MobilePay, NOK øre. */
  expectedRevenue: number;
}

export function checkApplication(a: ApplicationInput): void {
  const problems: FieldProblem[] = [];
  if (!/^\d{9}$/.test(a.orgno)) problems.push({ name: 'orgno', reason: 'must be a 9-digit Norwegian organisation number' });
  if (!a.contactName.trim()) problems.push({ name: 'contactName', reason: 'is required' });
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a.contactEmail)) problems.push({ name: 'contactEmail', reason: 'must be an email address' });
  if (!(PARTNER_TYPES as readonly string[]).includes(a.partnerType)) problems.push({ name: 'partnerType', reason: `must be one of ${PARTNER_TYPES.join(', ')}` });
  if (!a.products.length) problems.push({ name: 'products', reason: 'name at least one product you will offer' });
  const unknown = a.products.filter((p) => !(PRODUCT_TYPES as readonly string[]).includes(p));
  if (unknown.length) problems.push({ name: 'products', reason: `unknown product ${unknown.join(', ')}; use ${PRODUCT_TYPES.join(', ')}` });
  if (!Number.isInteger(a.expectedMerchants) || a.expectedMerchants < 0) problems.push({ name: 'expectedMerchants', reason: 'must be a whole number, 0 or more' });
  if (!Number.isInteger(a.expectedRevenue) || a.expectedRevenue < 0) problems.push({ name: 'expectedRevenue', reason: 'must be a whole number of øre, 0 or more' });
  if (problems.length) throw invalid(`The application is not complete: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);
}
