// A phone number as a person types it ("+47 912 34 567", "0047…", "91234567") to the
// MSISDN the registry keeps ("4791234567").
import { checkMsisdn } from '../identifiers.js';

export type NormalizedPhone = { msisdn: string; problem?: undefined } | { msisdn?: undefined; problem: string };

export function normalizePhone(typed: string): NormalizedPhone {
  let v = typed.replace(/[\s().-]/g, '');
  if (v === '') return { problem: 'Type the phone number of the person to add.' };
  if (v.startsWith('+')) v = v.slice(1);
  else if (v.startsWith('00')) v = v.slice(2);
  // The portal is Norwegian: eight digits without a country code are a Norwegian number.
  else if (/^\d{8}$/.test(v)) v = `47${v}`;
  const why = checkMsisdn(v);
  return why ? { problem: `The phone number ${why}.` } : { msisdn: v };
}
