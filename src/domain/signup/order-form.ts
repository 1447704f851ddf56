// The product order form of the merchant portal: which inputs it has, and how a posted
// form becomes an order in the Management API's pre-fill shape, so one set of rules
// (prefill-schema.ts, check-prefill.ts) checks what partners send and what merchants type.
// Input names are the fields' paths, so each problem lands next to its input.

export const TOP_LEVEL_FIELDS = [
  'salesUnitName',
  'salesUnitLogo',
  'settlementBankAccount',
  'pricePackageId',
  'productUseCase',
  'annualTurnover',
  'intendedPurpose',
  'website',
  'complianceData',
] as const;
export type TopLevelField = (typeof TOP_LEVEL_FIELDS)[number];

export type ComplianceInput = { name: string; label: string; kind: 'text' | 'yes-no' | 'validity'; required: boolean };

/** complianceData, category by category, as the form asks for it. */
export const COMPLIANCE_FORM: Record<string, { label: string; fields: ComplianceInput[] }> = {
  giftCard: {
    label: 'Gift cards',
    fields: [
      { name: 'isSalesPercentageLessThanTen', label: 'Are gift cards less than 10 % of sales?', kind: 'yes-no', required: true },
      { name: 'validityDuration', label: 'How long is a gift card valid?', kind: 'text', required: false },
      { name: 'giftCardTurnoverShare', label: 'Share of turnover from gift cards', kind: 'text', required: false },
    ],
  },
  membership: {
    label: 'Memberships',
    fields: [
      { name: 'turnoverShare', label: 'Share of turnover', kind: 'text', required: true },
      { name: 'membershipValidity', label: 'A membership is valid', kind: 'validity', required: false },
      { name: 'periodDistribution', label: 'How the periods are distributed', kind: 'text', required: true },
    ],
  },
  subscription: {
    label: 'Subscriptions',
    fields: [
      { name: 'turnoverShare', label: 'Share of turnover', kind: 'text', required: true },
      { name: 'periodDistribution', label: 'How the periods are distributed', kind: 'text', required: true },
    ],
  },
  course: {
    label: 'Courses',
    fields: [
      { name: 'turnoverShare', label: 'Share of turnover', kind: 'text', required: true },
      { name: 'timeBeforeOrder', label: 'Time from order to the course', kind: 'text', required: true },
      { name: 'period', label: 'How long a course lasts', kind: 'text', required: true },
      { name: 'isOnlineCourseOffered', label: 'Online courses offered?', kind: 'yes-no', required: false },
      { name: 'onlineAccessibleTime', label: 'How long an online course is available', kind: 'text', required: false },
    ],
  },
  ticket: {
    label: 'Tickets',
    fields: [
      { name: 'turnoverShare', label: 'Share of turnover', kind: 'text', required: true },
      { name: 'prepurchaseTime', label: 'How long before the event tickets are bought', kind: 'text', required: true },
    ],
  },
  rent: {
    label: 'Rent',
    fields: [
      { name: 'turnoverShare', label: 'Share of turnover', kind: 'text', required: true },
      { name: 'prepurchaseTime', label: 'How long before the rental it is paid', kind: 'text', required: true },
      { name: 'averageRentalDuration', label: 'Average rental period', kind: 'text', required: true },
    ],
  },
  prepaidServices: {
    label: 'Prepaid services',
    fields: [
      { name: 'turnoverShare', label: 'Share of turnover', kind: 'text', required: true },
      { name: 'prepurchaseTime', label: 'How long before the service it is paid', kind: 'text', required: true },
    ],
  },
  donation: { label: 'Donations', fields: [{ name: 'acceptsDonation', label: 'Do you accept donations?', kind: 'yes-no', required: true }] },
};

type Body = Record<string, unknown>;
const text = (b: Body, k: string) => (typeof b[k] === 'string' ? (b[k] as string).trim() : '');
const orNull = (v: string) => (v === '' ? null : v);

function yesNo(v: string): boolean | string | undefined {
  if (v === '') return undefined;
  return v === 'yes' ? true : v === 'no' ? false : v;
}

function readWebsite(b: Body): Record<string, string> | null {
  const names = ['url', 'termsUrl', 'testWebsiteUrl', 'testWebsiteUsername', 'testWebsitePassword'];
  const site: Record<string, string> = {};
  for (const n of names) {
    const v = text(b, `website.${n}`);
    if (v) site[n] = v;
  }
  return Object.keys(site).length ? site : null;
}

function readCompliance(b: Body): Record<string, Record<string, unknown>> | null {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [category, { fields }] of Object.entries(COMPLIANCE_FORM)) {
    const entry: Record<string, unknown> = {};
    for (const f of fields) {
      const raw = text(b, `complianceData.${category}.${f.name}`);
      const value = f.kind === 'yes-no' ? yesNo(raw) : orNull(raw);
      if (value !== undefined && value !== null) entry[f.name] = value;
    }
    if (Object.keys(entry).length) out[category] = entry;
  }
  return Object.keys(out).length ? out : null;
}

/** One top-level field as the form gives it. */
function readField(b: Body, field: TopLevelField): unknown {
  switch (field) {
    case 'salesUnitName':
      return orNull(text(b, 'salesUnitName'));
    case 'salesUnitLogo':
      return null; // the portal keeps a pre-filled logo; uploading one comes later
    case 'settlementBankAccount': {
      const id = text(b, 'settlementBankAccount.id').replace(/[\s.]/g, '');
      return id ? { scheme: 'BBAN:NO', id } : null;
    }
    case 'pricePackageId':
      return orNull(text(b, 'pricePackageId').toLowerCase());
    case 'productUseCase':
      return orNull(text(b, 'productUseCase'));
    case 'annualTurnover': {
      const v = text(b, 'annualTurnover').replace(/[\s.]/g, '');
      return v === '' ? null : /^\d{1,15}$/.test(v) ? Number(v) : v;
    }
    case 'intendedPurpose':
      return orNull(text(b, 'intendedPurpose'));
    case 'website':
      return readWebsite(b);
    case 'complianceData':
      return readCompliance(b);
  }
}

/**
 * The order the merchant sends: locked fields keep what the partner pre-filled, every other
 * field is what the form says. Empty fields are left out.
 */
export function readOrderForm(o: { body: Body; orgno: string; productType: string; locked: Partial<Record<TopLevelField, unknown>> }): Record<string, unknown> {
  const input: Record<string, unknown> = { businessIdentifier: { scheme: 'business:NO:ORG', id: o.orgno }, productType: o.productType };
  for (const field of TOP_LEVEL_FIELDS) {
    const value = field in o.locked ? o.locked[field] : readField(o.body, field);
    if (value !== null && value !== undefined) input[field] = value;
  }
  return input;
}

/** What the portal needs beyond the pre-fill rules before it sends an order. */
export function portalOrderProblems(input: Record<string, unknown>, pricePackageIds: readonly string[] | null): { name: string; reason: string }[] {
  const problems: { name: string; reason: string }[] = [];
  if (input.salesUnitName === undefined) problems.push({ name: 'salesUnitName', reason: 'is required: the name customers see in the app (1–30 characters)' });
  if (input.settlementBankAccount === undefined) problems.push({ name: 'settlementBankAccount.id', reason: 'is required: the Norwegian account (11 digits) the payments are settled to' });
  if (pricePackageIds?.length) {
    if (input.pricePackageId === undefined) problems.push({ name: 'pricePackageId', reason: 'is required: choose one of the price packages' });
    else if (!pricePackageIds.includes(String(input.pricePackageId))) problems.push({ name: 'pricePackageId', reason: 'must be one of the price packages offered in this form' });
  }
  return problems;
}
