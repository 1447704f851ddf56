// Helpers for Management API and Partner API tests.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { pngBase64 } from './png.js';

export const FJORDKASSA_PACKAGE_NETT = '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a01';
export const FJORDKASSA_PACKAGE_KASSE = '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a02';
export const BOLGE_PACKAGE = '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a04';
export const NORDLYS_PACKAGE = '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a05';

/** A complete, valid pre-fill for Nordlys Kaffe AS (in the registry, not yet a merchant). */
export function fullPrefill(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    businessIdentifier: { scheme: 'business:NO:ORG', id: '975312461' },
    salesUnitName: 'Nordlys Kaffe (Tromsø)',
    salesUnitLogo: pngBase64(120, 100),
    settlementBankAccount: { scheme: 'BBAN:NO', id: '15031234562' },
    pricePackageId: FJORDKASSA_PACKAGE_NETT,
    productType: 'VIPPS_PA_NETT',
    productUseCase: 'WebsiteWithTest',
    annualTurnover: 100000,
    intendedPurpose: 'Coffee beans and mugs sold in the web shop, shipped by post.',
    website: {
      url: 'https://nordlyskaffe.no',
      termsUrl: 'https://nordlyskaffe.no/terms',
      testWebsiteUrl: 'https://test.nordlyskaffe.no',
      testWebsiteUsername: 'tester',
      testWebsitePassword: 'not-a-secret',
    },
    complianceData: {
      giftCard: { isSalesPercentageLessThanTen: true, validityDuration: '3 years', giftCardTurnoverShare: 'about 5%' },
      membership: { turnoverShare: 'about 10%', membershipValidity: 'OneYearFromPayment', periodDistribution: 'all yearly' },
      subscription: { turnoverShare: 'about 20%', periodDistribution: '80% monthly' },
      course: { turnoverShare: 'about 1%', timeBeforeOrder: '2 weeks', period: 'one evening', isOnlineCourseOffered: false },
      ticket: { turnoverShare: 'none', prepurchaseTime: 'none' },
      rent: { turnoverShare: 'none', prepurchaseTime: 'none', averageRentalDuration: 'none' },
      prepaidServices: { turnoverShare: 'none', prepurchaseTime: 'none' },
      donation: { acceptsDonation: false },
    },
    ...over,
  };
}

export const newKey = () => randomUUID();

/** The problem body without what differs per request (its trace ids). */
export function withoutTrace(res: LightMyRequestResponse): Record<string, unknown> {
  const { traceId: _t, instance: _i, ...rest } = res.json() as Record<string, unknown>;
  return rest;
}

/** The extraDetails of a Management API problem as a map from field path to reason. */
export function problemFields(res: LightMyRequestResponse): Record<string, string> {
  const details = (res.json().extraDetails ?? []) as { key: string; value: string }[];
  return Object.fromEntries(details.map((d) => [d.key, d.value]));
}

/** Records a signed merchant agreement, as the portal will. */
export async function signAgreement(db: import('../../src/store/db.js').Db, orgno: string, pdfText = '%PDF-1.4 test agreement'): Promise<string> {
  const { insertMerchantAgreement } = await import('../../src/store/merchant-agreements-repo.js');
  const id = randomUUID();
  await insertMerchantAgreement(db, {
    id,
    orgno,
    status: 'ACTIVE',
    signer_nin: '15857710069',
    signed_at: Date.now(),
    pdf: Buffer.from(pdfText),
    form_data: '{}',
    created_at: Date.now(),
    updated_at: Date.now(),
  });
  return id;
}
