// The Management API's response shapes, and how stored rows become them.
import Type from 'typebox';
import type { MerchantView, UnitView } from '../../domain/merchants/merchant-views.js';
import type { UnitWithChanges } from '../../operations/management/get-sales-unit.js';

const NORWEGIAN_ORG = 'business:NO:ORG';

export const BusinessIdentifierJson = Type.Object({
  scheme: Type.String({ description: 'business:NO:ORG' }),
  id: Type.String({ description: 'The organisation number' }),
});

const AddressJson = Type.Union([
  Type.Object({
    lines: Type.Array(Type.String()),
    postCode: Type.Union([Type.String(), Type.Null()]),
    city: Type.Union([Type.String(), Type.Null()]),
    countryCode: Type.Union([Type.String(), Type.Null()]),
  }),
  Type.Null(),
]);

export const MerchantJson = Type.Object({
  businessIdentifier: BusinessIdentifierJson,
  name: Type.String(),
  status: Type.Union([Type.Literal('ACTIVE'), Type.Literal('DEACTIVATED')]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  countryCode: Type.String(),
  businessAddress: AddressJson,
  businessPostAddress: AddressJson,
});

export const MsnInfoJson = Type.Object({ msn: Type.String(), name: Type.String() });

export const ChangeJson = Type.Object({
  timestamp: Type.String({ format: 'date-time' }),
  change: Type.String({ description: 'What changed, in words' }),
  changedBy: Type.String({ description: 'Whose keys made the change, and through what' }),
  field: Type.String(),
  oldValue: Type.Union([Type.String(), Type.Null()]),
  newValue: Type.Union([Type.String(), Type.Null()]),
});

export const SalesUnitJson = Type.Object({
  msn: Type.String(),
  name: Type.String(),
  businessIdentifier: BusinessIdentifierJson,
  status: Type.Union([Type.Literal('ACTIVE'), Type.Literal('DEACTIVATED')]),
  configuration: Type.Object({
    paymentAllowed: Type.Boolean(),
    captureType: Type.String(),
    skipLandingPageAllowed: Type.Boolean(),
    recurringAllowed: Type.Boolean(),
  }),
  changelog: Type.Array(ChangeJson, { description: 'Every change made to the unit through the API, oldest first' }),
});

function address(json: string | null) {
  if (!json) return null;
  const a = JSON.parse(json) as { addressLine1?: string; addressLine2?: string; postCode?: string; city?: string; countryCode?: string };
  return { lines: [a.addressLine1, a.addressLine2].filter((l): l is string => !!l), postCode: a.postCode ?? null, city: a.city ?? null, countryCode: a.countryCode ?? 'NO' };
}

export function merchantJson(m: MerchantView) {
  return {
    businessIdentifier: { scheme: NORWEGIAN_ORG, id: m.orgno },
    name: m.name,
    status: m.status as 'ACTIVE',
    createdAt: new Date(m.created_at).toISOString(),
    updatedAt: new Date(m.updated_at).toISOString(),
    countryCode: 'NO',
    businessAddress: address(m.business_address),
    businessPostAddress: address(m.postal_address ?? m.business_address),
  };
}

export const msnInfo = (u: UnitView) => ({ msn: u.msn, name: u.name });

const CHANGE_WORDS: Record<string, (o: string | null, n: string | null) => string> = {
  name: (o, n) => `name changed from "${o}" to "${n}"`,
  logo: (o, n) => (o ? `logo replaced: ${o} → ${n}` : `logo set: ${n}`),
  status: (_o, n) => `status set to ${n}`,
};

export function salesUnitJson({ unit: u, changes }: UnitWithChanges) {
  return {
    msn: u.msn,
    name: u.name,
    businessIdentifier: { scheme: NORWEGIAN_ORG, id: u.orgno },
    status: u.status as 'ACTIVE',
    configuration: {
      paymentAllowed: u.payment_allowed === 1,
      captureType: u.capture_type,
      skipLandingPageAllowed: u.skip_landing_page === 1,
      recurringAllowed: u.recurring_allowed === 1,
    },
    changelog: changes.map((c) => ({
      timestamp: new Date(c.at).toISOString(),
      change: (CHANGE_WORDS[c.field] ?? ((o, n) => `${c.field} changed from ${o} to ${n}`))(c.old_value, c.new_value),
      changedBy: `${c.changed_by}, using the ${c.channel}`,
      field: c.field,
      oldValue: c.old_value,
      newValue: c.new_value,
    })),
  };
}
