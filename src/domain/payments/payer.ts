// The simulated payer: the phone number they give, and the stable subject id the platform
// hands out for them when a merchant asked for profile sharing.
import { createHash } from 'node:crypto';
import { checkMsisdn } from '../identifiers.js';

/** "+47 912 34 567", "91234567" or "4791234567" → "4791234567"; or what is wrong. */
export function normalizePhone(input: string): { phone: string } | { problem: string } {
  let digits = input.replace(/[\s.()-]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  if (/^[49]\d{7}$/.test(digits)) digits = `47${digits}`; // a Norwegian mobile number without country code
  const why = checkMsisdn(digits);
  return why ? { problem: `The phone number ${why}.` } : { phone: digits };
}

const uuidOf = (text: string) => {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** vpp's own id of the person behind one phone number (never shown to merchants). */
export function subjectOf(phone: string): string {
  return uuidOf(`vpp payer ${phone}`);
}

/**
 * The `sub` one sales unit sees for the person: the same in Login, profile sharing and
 * Recurring for that unit, different at every other unit, as the Login and Userinfo APIs
 * document (one sub per MSN).
 */
export function subjectAtUnit(phone: string, msn: string): string {
  return uuidOf(`vpp payer ${phone} at ${msn}`);
}
