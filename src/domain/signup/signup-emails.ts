// What vpp writes to merchants and partners about agreements and product orders. An
// approval reads the same for the merchant and the partner; a decline goes to the merchant
// only and never says why.
import type { NewEmail } from '../email.js';
import { productName } from './products.js';

export interface ApprovalFacts {
  orgno: string;
  merchantName: string;
  msn: string;
  unitName: string;
  productType: string;
}

export function approvalEmail(to: string, f: ApprovalFacts): NewEmail {
  return {
    to,
    subject: `${productName(f.productType)} approved for ${f.merchantName}: MSN ${f.msn}`,
    body: [
      `The product order for ${productName(f.productType)} is approved, and the sales unit is ready.`,
      '',
      `Organisation number: ${f.orgno}`,
      `Merchant: ${f.merchantName}`,
      `MSN (Merchant Serial Number): ${f.msn}`,
      `Sales unit: ${f.unitName}`,
      '',
      'The merchant and the partner receive the same email. A partner with partner keys can now use them for this MSN.',
      '',
      'Vipps MobilePay (simulated by vpp)',
    ].join('\n'),
  };
}

export function agreementApprovedEmail(to: string, f: { orgno: string; merchantName: string; portalUrl: string }): NewEmail {
  return {
    to,
    subject: `Merchant agreement approved for ${f.merchantName}`,
    body: [
      `The merchant agreement of ${f.merchantName} (organisation number ${f.orgno}) is approved: you are now a Vipps MobilePay customer.`,
      '',
      `Products you ordered are processed next. Follow them in the merchant portal: ${f.portalUrl}`,
      '',
      'Vipps MobilePay (simulated by vpp)',
    ].join('\n'),
  };
}

export function declineEmail(to: string, f: { orgno: string; merchantName: string; what: string; portalUrl: string }): NewEmail {
  return {
    to,
    subject: `Your ${f.what} was not approved`,
    body: [
      `We have processed the ${f.what} of ${f.merchantName} (organisation number ${f.orgno}) and cannot approve it.`,
      '',
      'Such decisions follow our customer control (KYC and anti-money-laundering rules), and we may not be able to say more about the reason.',
      `You can see the decision in the merchant portal: ${f.portalUrl}`,
      '',
      'Vipps MobilePay (simulated by vpp)',
    ].join('\n'),
  };
}

export function questionEmail(to: string, f: { merchantName: string; what: string; question: string; link: string }): NewEmail {
  return {
    to,
    subject: `We need more information about your ${f.what}`,
    body: [
      `To process the ${f.what} of ${f.merchantName}, we need more information:`,
      '',
      f.question,
      '',
      `Answer in the merchant portal: ${f.link}`,
      'Until you answer, the application waits.',
      '',
      'Vipps MobilePay (simulated by vpp)',
    ].join('\n'),
  };
}
