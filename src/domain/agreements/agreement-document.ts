// What a signed merchant agreement says, as stored with it and printed in its PDF.
import { ROLE_LABEL } from '../registry/roles.js';
import { renderTextPdf, type PdfLine } from '../documents/text-pdf.js';
import { OWNER_ROLES, type AgreementAnswers } from './agreement-form.js';

export interface AgreementCompany {
  orgno: string;
  name: string;
  form: string;
  industry: string | null;
  /** One line, like "Bakergata 1, 0150 Oslo, NO". */
  address: string;
}

export interface AgreementRecord {
  company: AgreementCompany;
  answers: AgreementAnswers;
  signer: { nin: string; name: string; roles: string[] };
}

/** A national identity number as the document shows it: the birth date part only. */
export function maskNin(nin: string): string {
  return `${nin.slice(0, 6)}*****`;
}

export function agreementLines(o: { id: string; record: AgreementRecord; signedAt: Date }): PdfLine[] {
  const { company, answers, signer } = o.record;
  const lines: PdfLine[] = [
    { text: 'Merchant agreement', bold: true, size: 18 },
    { text: 'between Vipps MobilePay AS and the merchant below (simulated by vpp: not a real agreement)', size: 9 },
    { text: 'The merchant', bold: true, size: 12, gap: 14 },
    { text: `Name: ${company.name}` },
    { text: `Organisation number: ${company.orgno}` },
    { text: `Organisation form: ${company.form}${company.industry ? `   Industry: ${company.industry}` : ''}` },
    { text: `Business address: ${company.address}` },
    { text: 'Contact person', bold: true, size: 12, gap: 12 },
    { text: `${answers.contact.name}, ${answers.contact.email}${answers.contact.phone ? `, phone ${answers.contact.phone}` : ''}` },
    { text: 'Beneficial owners (reelle rettighetshavere)', bold: true, size: 12, gap: 12 },
  ];
  if (!answers.owners.length) lines.push({ text: 'The merchant declares that no person owns or controls more than 25 % of the company.' });
  for (const w of answers.owners) {
    const id = w.nin ? `national identity number ${maskNin(w.nin)}` : `born ${w.birthDate}`;
    lines.push({ text: `• ${w.name}, ${id}: ${w.share} %, ${OWNER_ROLES[w.role].toLowerCase()}` });
  }
  lines.push({ text: 'Politically exposed persons', bold: true, size: 12, gap: 12 });
  lines.push({
    text: answers.pep
      ? `Declared: ${answers.pepDetails}`
      : 'The merchant declares that no owner, board member or the CEO is a politically exposed person, or a family member or close associate of one.',
  });
  lines.push({ text: 'Terms', bold: true, size: 12, gap: 12 });
  lines.push({
    text: 'The merchant accepts the terms for Vipps MobilePay merchants in force at signing, confirms that the information given is correct and complete, and will tell Vipps MobilePay when it changes. Vipps MobilePay processes the application and may ask for more information or decline it.',
  });
  lines.push({ text: 'Signature', bold: true, size: 12, gap: 12 });
  lines.push({ text: `Signed with BankID by ${signer.name} (${signer.roles.map((r) => ROLE_LABEL[r] ?? r).join(', ')}, registered in Brønnøysundregistrene)` });
  lines.push({ text: `Signed at ${o.signedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC` });
  lines.push({ text: `Agreement id ${o.id}`, size: 8, gap: 16 });
  return lines;
}

export function renderAgreementPdf(o: { id: string; record: AgreementRecord; signedAt: Date }): Buffer {
  return renderTextPdf({ title: `Merchant agreement: ${o.record.company.name} (${o.record.company.orgno})`, lines: agreementLines(o), createdAt: o.signedAt });
}
