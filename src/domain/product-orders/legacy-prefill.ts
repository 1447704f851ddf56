// The legacy Partner API's pre-fill request in the Management API's shape: `orgno` becomes
// the business identifier and `settlementAccountNumber` a BBAN:NO account. Problems found
// in it are reported under the legacy field names.
import { NORWEGIAN_ACCOUNT_SCHEME, NORWEGIAN_ORG_SCHEME } from './check-prefill.js';

export function fromLegacyPrefill(body: Record<string, unknown>): Record<string, unknown> {
  const { orgno, settlementAccountNumber, ...rest } = body;
  return {
    businessIdentifier: { scheme: NORWEGIAN_ORG_SCHEME, id: orgno },
    ...(settlementAccountNumber === undefined
      ? {}
      : { settlementBankAccount: settlementAccountNumber === null ? null : { scheme: NORWEGIAN_ACCOUNT_SCHEME, id: settlementAccountNumber } }),
    ...rest,
  };
}

export function legacyFieldName(path: string): string {
  if (path === 'businessIdentifier.id' || path === 'businessIdentifier') return 'orgno';
  if (path.startsWith('settlementBankAccount')) return 'settlementAccountNumber';
  return path;
}
