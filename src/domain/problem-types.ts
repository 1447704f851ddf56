// Problem JSON `type` values. Integrators branch on `type` (the ePayment FAQ says so), so
// each documented error has its own, and it never depends on where vpp runs: the
// platform's form, https://developer.vippsmobilepay.com/<api>/<version>/<error>, as in its
// error documentation (`…/api-name/v1/validation-error`).
import type { ErrorKind, VppError } from './errors.js';

export const PROBLEM_TYPE_HOST = 'https://developer.vippsmobilepay.com';

/** The type of an error that has no more specific documented title. */
export const KIND_TYPE: Record<ErrorKind, string> = {
  validation: 'validation-error',
  unauthenticated: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'not-found',
  conflict: 'conflict',
  gone: 'gone',
  too_large: 'payload-too-large',
  rate_limited: 'too-many-requests',
};
export const INTERNAL_ERROR_TYPE = 'internal-error';

/** The path segment of each API family (its route config `api`) in a problem type. */
const API_PATH: Record<string, string> = {
  epayment: 'epayment/v1',
  webhooks: 'webhooks/v1',
  management: 'management/v1',
  'partner-api': 'partner-api/v1',
  signup: 'signup/v1',
  recurring: 'recurring/v3',
  ecom: 'ecomm/v2',
  accesstoken: 'access-token/v1',
};

export const apiPathOf = (api: string | undefined) => (api ? (API_PATH[api] ?? `${api}/v1`) : 'vpp/v1');

/** `Capture amount too high` → `capture-amount-too-high`. */
export const slugOfTitle = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The last segment of an error's type: given, else its documented title's, else its kind's. */
export function problemSlug(err: VppError | null): string {
  if (!err) return INTERNAL_ERROR_TYPE;
  if (err.opts.type) return err.opts.type;
  if (err.opts.title) return slugOfTitle(err.opts.title);
  return KIND_TYPE[err.kind];
}

export function problemTypeUri(api: string | undefined, err: VppError | null): string {
  return `${PROBLEM_TYPE_HOST}/${apiPathOf(api)}/${problemSlug(err)}`;
}
