// A pre-fill may carry a password (website.testWebsitePassword, for the test website the
// back office reviews). It is stored sealed, never in plaintext; the portal and back office
// open it with the same box when they show it.
import type { SecretBox } from './secret-box.js';

const PREFIX = 'sealed:';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of a pre-fill (in either API's shape) with its website password sealed. */
export function sealPrefillSecrets<T>(box: SecretBox, prefill: T): T {
  if (!isRecord(prefill) || !isRecord(prefill.website) || typeof prefill.website.testWebsitePassword !== 'string') return prefill;
  return { ...prefill, website: { ...prefill.website, testWebsitePassword: PREFIX + box.encrypt(prefill.website.testWebsitePassword) } };
}

/** The plaintext of a sealed value (values that were never sealed are returned as they are). */
export function openPrefillSecret(box: SecretBox, value: string): string {
  return value.startsWith(PREFIX) ? box.decrypt(value.slice(PREFIX.length)) : value;
}
