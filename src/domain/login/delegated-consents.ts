// The delegatedConsents claim: the consents a merchant collects through Login, in the shape
// the Login API's Userinfo answer documents. In the simulated app the person accepts the
// merchant's consents together with the login, so every consent is accepted.
export const DELEGATED_CONSENTS = [
  { id: 'email', required: true, textDisplayedToUser: 'Receive offers via email' },
  { id: 'sms', required: false, textDisplayedToUser: 'Receive offers via SMS' },
  { id: 'digital', required: false, textDisplayedToUser: 'I would like to receive digital marketing' },
  { id: 'personal', required: false, textDisplayedToUser: 'Get customized offers' },
] as const;

export function delegatedConsentsClaim(merchantName: string, consentedAt: number) {
  return {
    language: 'EN',
    heading: 'Give consent',
    text: `${merchantName} wants to send you relevant offers through their digital channels.`,
    termsDescription: `By confirming, you accept ${merchantName}'s terms of membership. They are responsible for processing the consents. You can withdraw them at any time on their website.`,
    confirmConsentButtonText: 'Confirm',
    links: {
      termsLinkText: 'Read the terms of use.',
      termsLinkUrl: 'https://www.vipps.no/vilkar/vilkar-privat/',
      privacyStatementLinkText: 'Read the privacy policy.',
      privacyStatementLinkUrl: 'https://www.vipps.no/vilkar/cookie-og-personvern/',
    },
    timeOfConsent: new Date(consentedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    consents: DELEGATED_CONSENTS.map((c) => ({ id: c.id, accepted: true, required: c.required, textDisplayedToUser: c.textDisplayedToUser })),
  };
}
