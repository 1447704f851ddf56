// The simulated BankID picker tells the tester who may sign for which company, so choosing
// the right person for a signup does not need the world file open beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { textOf } from '../../support/portal-session.js';

describe('the simulated BankID picker', () => {
  let t: TestApp;
  let page: string;
  beforeAll(async () => {
    t = await startTestApp();
    page = (await t.inject({ method: 'GET', url: '/portal/login' })).body;
  });
  afterAll(() => t.close());

  /** The roles cell of the row that logs in as this person. */
  const rolesOf = (nin: string) => {
    const row = new RegExp(`<tr>((?:(?!</tr>)[\\s\\S])*?name="nin" value="${nin}"[\\s\\S]*?)</tr>`).exec(page)?.[1] ?? '';
    return textOf(/data-testid="roles">([\s\S]*?)<\/td>/.exec(row)?.[1] ?? '');
  };

  it('states the signatory rule', () => {
    expect(textOf(page)).toContain('the CEO (daglig leder) or the chair (styreleder) may sign a company\'s merchant agreement');
  });

  it('shows the CEO and the chair of a company as able to sign for it', () => {
    expect(rolesOf('15857710069')).toBe('Fjellbakeriet AS (923456783): CEO (daglig leder) · may sign');
    expect(rolesOf('02829010030')).toBe('Fjellbakeriet AS (923456783): Chair of the board (styreleder) · may sign');
  });

  it('shows a board member as not able to sign', () => {
    expect(rolesOf('07888010038')).toBe('Fjellbakeriet AS (923456783): Board member (styremedlem) · may not sign');
  });

  it('shows both roles of one person in one company once, and a person with no role as such', () => {
    expect(rolesOf('01817010055')).toBe('Solsiden Frisør AS (998877660): CEO (daglig leder), Chair of the board (styreleder) · may sign');
    expect(rolesOf('21869110024')).toBe('No role in any company');
  });

  it('escapes what the world file names', async () => {
    await t.rt.store.db.updateTable('registry_organisations').set({ name: 'Fjellbakeriet <b>AS</b>' }).where('orgno', '=', '923456783').execute();
    const again = (await t.inject({ method: 'GET', url: '/portal/login' })).body;
    expect(again).toContain('Fjellbakeriet &lt;b>AS&lt;/b>');
    expect(again).not.toContain('<b>AS</b>');
  });
});
