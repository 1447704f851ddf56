// Norwegian identifiers and the platform's own ids, checked with their real rules.
// Each check returns null when the value is valid, else a sentence saying what is wrong.

export type Check = (value: string) => string | null;

function mod11(digits: string, weights: number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null; // no valid check digit exists for this base
  return rest;
}

/** Organisation number (Brønnøysund): 9 digits, the last a mod-11 check digit. */
export const checkOrgno: Check = (v) => {
  if (!/^\d{9}$/.test(v)) return 'must be exactly 9 digits';
  const k = mod11(v, [3, 2, 7, 6, 5, 4, 3, 2]);
  if (k === null || k !== Number(v[8])) return 'fails the mod-11 check digit of a Norwegian organisation number';
  return null;
};

/** National identity number (fødselsnummer, D-number or synthetic test number): 11 digits, two check digits. */
export const checkNin: Check = (v) => {
  if (!/^\d{11}$/.test(v)) return 'must be exactly 11 digits';
  const k1 = mod11(v, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = mod11(v, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k1 === null || k1 !== Number(v[9]) || k2 === null || k2 !== Number(v[10])) {
    return 'fails the check digits of a Norwegian national identity number';
  }
  if (!ninBirthDate(v)) return 'does not start with a valid birth date (ddmmyy)';
  return null;
};

/** The birth date a national identity number encodes (D-numbers and synthetic test numbers included). */
export function ninBirthDate(v: string): { day: number; month: number; year2: number } | null {
  let day = Number(v.slice(0, 2));
  let month = Number(v.slice(2, 4));
  if (day > 40) day -= 40; // D-number
  if (month > 80) month -= 80; // synthetic (Tenor) test number
  else if (month > 40) month -= 40; // synthetic (NAV) test number
  const year2 = Number(v.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { day, month, year2 };
}

/** Norwegian bank account number (BBAN): 11 digits, the last a mod-11 check digit. */
export const checkAccountNumber: Check = (v) => {
  if (!/^\d{11}$/.test(v)) return 'must be exactly 11 digits';
  const k = mod11(v, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k === null || k !== Number(v[10])) return 'fails the mod-11 check digit of a Norwegian bank account number';
  return null;
};

/** Merchant serial number of a sales unit: 5 or 6 digits. */
export const checkMsn: Check = (v) => (/^\d{5,6}$/.test(v) ? null : 'must be 5 or 6 digits');

/**
 * Phone number as an MSISDN: country code and subscriber number, digits only, no "+" or
 * leading zeros. Norway (47) and Denmark (45) have 8-digit subscriber numbers.
 */
export const checkMsisdn: Check = (v) => {
  if (/^\d{8}$/.test(v)) return 'must start with the country code: 47 for Norway, 45 for Denmark (like 4791234567)';
  if (!/^[1-9]\d{8,14}$/.test(v)) return 'must be an MSISDN: country code and number, digits only (like 4791234567)';
  if ((v.startsWith('47') || v.startsWith('45')) && v.length !== 10) {
    return 'must have 8 digits after the country code 47 (Norway) or 45 (Denmark)';
  }
  return null;
};

export const checkUuid: Check = (v) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) ? null : 'must be a UUID';

export const checkEmail: Check = (v) =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) && v.length <= 254 ? null : 'must be an email address';
