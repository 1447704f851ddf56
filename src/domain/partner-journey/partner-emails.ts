// What vpp writes to a partner about its application and its integration's verification.
import type { NewEmail } from '../email.js';

const SIGNATURE = 'Vipps MobilePay partner team (simulated by vpp)';

export function applicationApprovedEmail(to: string, f: { partnerName: string; partnerId: string; level: string; portalUrl: string; keyKinds: string[]; testMsn: string }): NewEmail {
  return {
    to,
    subject: `Welcome as a ${f.level}: your test environment is ready`,
    body: [
      `${f.partnerName} is approved as a ${f.level} (partner id ${f.partnerId}).`,
      '',
      `Your test-environment keys (${f.keyKinds.join(', ')}) are on your partner page in the portal:`,
      f.portalUrl,
      'Log in with BankID as a person with a role in your company. The keys are never sent by email.',
      '',
      `Your test sales unit ${f.testMsn} and its merchant keys come into the portal with your portal access: order Vipps Logg inn for your own company on the same page.`,
      '',
      'Next: integrate the APIs you offer, then follow your checklists on the same page. vpp judges them from your test traffic.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

export function applicationDeclinedEmail(to: string, f: { orgName: string; reason: string }): NewEmail {
  return {
    to,
    subject: `Your partner application for ${f.orgName}`,
    body: [`We cannot approve ${f.orgName} as a partner at this time.`, '', `Reason: ${f.reason}`, '', SIGNATURE].join('\n'),
  };
}

export function moreInformationEmail(to: string, f: { partnerName: string; api: string; note: string; portalUrl: string }): NewEmail {
  return {
    to,
    subject: `Your ${f.api} integration: we need more before going live`,
    body: [`We reviewed the ${f.api} checklist ${f.partnerName} submitted and need more:`, '', f.note, '', `Update it and submit again: ${f.portalUrl}`, '', SIGNATURE].join('\n'),
  };
}

export function integrationApprovedEmail(to: string, f: { partnerName: string; api: string; listUrl: string }): NewEmail {
  return {
    to,
    subject: `${f.partnerName} is live: listed in the signup forms`,
    body: [
      `The ${f.api} integration of ${f.partnerName} is verified.`,
      'Merchants signing up on the portal can now select you as their partner, and you are on the public partner list:',
      f.listUrl,
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
