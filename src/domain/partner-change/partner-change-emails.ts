// What the merchant and both partners are told when a sales unit changes partner. The old
// partner learns that the unit left it, not who took it over.
export interface EmailText { to: string; subject: string; body: string }

export interface PartnerChangeFacts {
  orgno: string;
  merchantName: string;
  msn: string;
  unitName: string;
  from: { name: string; email: string } | null;
  to: { name: string; email: string };
  merchantEmail: string;
  at: number;
}

const when = (ms: number) => `${new Date(ms).toISOString().replace('T', ' ').slice(0, 16)} UTC`;

export function partnerChangeEmails(f: PartnerChangeFacts): EmailText[] {
  const unit = `${f.unitName} (MSN ${f.msn}) of ${f.merchantName} (organisation number ${f.orgno})`;
  const out: EmailText[] = [
    {
      to: f.merchantEmail,
      subject: `Sales unit ${f.msn} now has ${f.to.name} as partner`,
      body: [
        `Your sales unit ${unit} was reconfigured at ${when(f.at)}.`,
        `Partner before: ${f.from?.name ?? 'none'}. Partner now: ${f.to.name}.`,
        `${f.to.name} can now act for the unit with its partner keys${f.from ? `; the partner keys of ${f.from.name} no longer work for it` : ''}.`,
        "The unit's own API keys still work. Regenerate them in the portal (API keys) when no one else should use them any more.",
      ].join('\n\n'),
    },
    {
      to: f.to.email,
      subject: `Sales unit ${f.msn} is now connected to ${f.to.name}`,
      body: [
        `The sales unit ${unit} was connected to you as partner at ${when(f.at)}, at the merchant's request.`,
        'Your partner keys work for this MSN from now on: send it in the Merchant-Serial-Number header. Check the unit with the Management API.',
      ].join('\n\n'),
    },
  ];
  if (f.from) {
    out.push({
      to: f.from.email,
      subject: `Sales unit ${f.msn} is no longer connected to ${f.from.name}`,
      body: [
        `At the merchant's request, the sales unit ${unit} is no longer connected to you as partner since ${when(f.at)}.`,
        'Your partner keys no longer work for this MSN. If you still need to make API calls for it, use the API keys the merchant gives you.',
      ].join('\n\n'),
    });
  }
  return out;
}
