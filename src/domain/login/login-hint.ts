// CIBA's login_hint: the platform takes a phone number as urn:msisdn:<MSISDN> (also
// accepted: urn:mobilenumber:<MSISDN>).
export function parseLoginHint(hint: string): { msisdn: string } | { problem: string } {
  const m = /^urn:(msisdn|mobilenumber):\+?(\d{8,15})$/.exec(hint.trim());
  if (!m) return { problem: `login_hint "${hint}" is not a phone number hint; send login_hint=urn:msisdn:<country code and number>, like urn:msisdn:4791234567` };
  return { msisdn: m[2]! };
}
