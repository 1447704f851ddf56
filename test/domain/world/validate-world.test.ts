import { describe, expect, it } from 'vitest';
import { validateWorld } from '../../../src/domain/world/validate-world.js';
import { DEMO } from '../../support/demo.js';
import { readDemoWorld } from '../../../src/world/read-world-file.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('validating a world file', () => {
  it('accepts the demo world', () => {
    expect(validateWorld(DEMO.world).problems).toEqual([]);
  });

  it('names the path and the rule of each bad identifier', () => {
    const w = clone(DEMO.world) as any;
    w.registry.organisations[0].orgno = '923456784';
    w.registry.persons[1].nin = '02829010031';
    w.registry.persons[2].phone = '93456789';
    w.salesUnits[0].msn = '2123';
    w.salesUnits[1].settlementAccount = '15031234563';
    const { problems } = validateWorld(w);
    const paths = problems.map((p) => p.path);
    expect(paths).toContain('registry.organisations[0].orgno');
    expect(paths).toContain('registry.persons[1].nin');
    expect(paths).toContain('registry.persons[2].phone');
    expect(paths).toContain('salesUnits[0].msn');
    expect(paths).toContain('salesUnits[1].settlementAccount');
    expect(problems.find((p) => p.path === 'registry.organisations[0].orgno')!.rule).toMatch(/mod-11 check digit/);
    expect(problems.find((p) => p.path === 'salesUnits[0].msn')!.rule).toMatch(/5 or 6 digits/);
  });

  it('reports unknown fields, wrong enums and missing fields with their paths', () => {
    const w = clone(DEMO.world) as any;
    w.partners[0].levle = 'Partner';
    w.partners[1].level = 'Gold';
    delete w.registry.persons[0].email;
    const paths = validateWorld(w).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['partners[0].levle', 'partners[1].level', 'registry.persons[0].email']));
  });

  it('checks references between sections', () => {
    const w = clone(DEMO.world) as any;
    w.salesUnits[0].partner = 'No Such Partner';
    w.keySets.push({ kind: 'merchant', owner: '99999' });
    w.registry.organisations[1].roles.ceo = '21869110024';
    w.registry.persons = w.registry.persons.filter((p: any) => p.nin !== '21869110024');
    const { problems } = validateWorld(w);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'salesUnits[0].partner', rule: expect.stringMatching(/not a partner/) },
        { path: `keySets[${w.keySets.length - 1}].owner`, rule: expect.stringMatching(/not in salesUnits/) },
        { path: 'registry.organisations[1].roles.ceo', rule: expect.stringMatching(/not a person/) },
      ]),
    );
  });

  it('refuses partner keys for a partner at level Partner', () => {
    const w = clone(DEMO.world) as any;
    w.keySets.push({ kind: 'partner', owner: 'Nordlys Integrasjon' });
    const { problems } = validateWorld(w);
    expect(problems).toEqual([{ path: `keySets[${w.keySets.length - 1}].kind`, rule: expect.stringMatching(/Partner Plus or Partner Premium/) }]);
  });

  it('refuses duplicates of what must be unique', () => {
    const w = clone(DEMO.world) as any;
    w.salesUnits.push({ ...w.salesUnits[0] });
    w.keySets.push({ kind: 'management', owner: 'Nordlys Integrasjon', clientId: w.keySets[0].clientId });
    const rules = validateWorld(w).problems.map((p) => p.rule).join('\n');
    expect(rules).toMatch(/MSN "212345" appears more than once/);
    expect(rules).toMatch(/clientId .* appears more than once/);
  });

  it('treats an empty file as an empty world', () => {
    expect(validateWorld(null)).toEqual({ world: {}, problems: [] });
  });
});

describe('the full example in docs/world-file.md', () => {
  it('is a valid world', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const doc = readFileSync(new URL('../../../docs/world-file.md', import.meta.url), 'utf8');
    const block = doc.split('## A full example')[1]!.split('```yaml')[1]!.split('```')[0]!;
    expect(validateWorld(parse(block)).problems).toEqual([]);
  });
});

describe('the demo world read at start', () => {
  it('is the checked demo world (start-up reads it without loading the checker)', () => {
    expect(readDemoWorld()).toEqual(DEMO.world);
  });
});
