import { describe, expect, it } from 'vitest';
import { partnerChangeEmails } from '../../../src/domain/partner-change/partner-change-emails.js';

const facts = {
  orgno: '923456783',
  merchantName: 'Fjellbakeriet AS',
  msn: '212345',
  unitName: 'Fjellbakeriet Nett',
  from: { name: 'Fjordkassa Platform', email: 'partner@fjordkassa.example' },
  to: { name: 'Bølge Plugins', email: 'partner@bolge.example' },
  merchantEmail: 'post@fjellbakeriet.example',
  at: Date.UTC(2025, 2, 1, 12, 30),
};

describe('emails about a partner change', () => {
  it('tells the merchant and both partners what changed', () => {
    const [merchant, to, from] = partnerChangeEmails(facts);
    expect(merchant!.to).toBe('post@fjellbakeriet.example');
    expect(merchant!.body).toContain('Partner before: Fjordkassa Platform. Partner now: Bølge Plugins.');
    expect(merchant!.body).toContain('Regenerate them in the portal');
    expect(to!.to).toBe('partner@bolge.example');
    expect(to!.body).toContain('Fjellbakeriet Nett (MSN 212345) of Fjellbakeriet AS (organisation number 923456783)');
    expect(to!.body).toContain('2025-03-01 12:30 UTC');
    expect(from!.to).toBe('partner@fjordkassa.example');
    expect(from!.subject).toBe('Sales unit 212345 is no longer connected to Fjordkassa Platform');
  });

  it('does not tell the old partner who took over', () => {
    const from = partnerChangeEmails(facts)[2]!;
    expect(`${from.subject} ${from.body}`).not.toContain('Bølge');
  });

  it('emails only the merchant and the new partner when the unit had no partner', () => {
    const emails = partnerChangeEmails({ ...facts, from: null });
    expect(emails.map((e) => e.to)).toEqual(['post@fjellbakeriet.example', 'partner@bolge.example']);
    expect(emails[0]!.body).toContain('Partner before: none.');
  });
});
