// eCom's error vocabulary: every error names a group and a code (the reference's table);
// validation errors name the field as their code.
import { VppError, type ErrorKind } from '../errors.js';

export const ECOM_ERROR_GROUPS = ['Authentication', 'Payment', 'InvalidRequest', 'VippsError', 'User', 'Merchant'] as const;
export type EcomErrorGroup = (typeof ECOM_ERROR_GROUPS)[number];

const CODE = /^(\w+):(.+)$/;

export function ecomError(kind: ErrorKind, group: EcomErrorGroup, code: string, message: string): VppError {
  return new VppError(kind, message, { code: `${group}:${code}` });
}

/** The group and code of an error, also of the shared layers' errors (which carry none). */
export function ecomCodeOf(err: VppError): { errorGroup: EcomErrorGroup; errorCode: string } {
  const m = err.opts.code ? CODE.exec(err.opts.code) : null;
  if (m && (ECOM_ERROR_GROUPS as readonly string[]).includes(m[1]!)) return { errorGroup: m[1] as EcomErrorGroup, errorCode: m[2]! };
  switch (err.kind) {
    case 'validation':
      return { errorGroup: 'InvalidRequest', errorCode: err.fields?.[0]?.name ?? 'request' };
    case 'unauthenticated':
      return { errorGroup: 'Authentication', errorCode: '401' };
    case 'forbidden':
    case 'not_found':
      // The sales unit is missing, not connected to the caller, deactivated or not for payments.
      return { errorGroup: 'Merchant', errorCode: '37' };
    case 'conflict':
      return { errorGroup: 'VippsError', errorCode: '92' };
    default:
      return { errorGroup: 'VippsError', errorCode: '98' };
  }
}
