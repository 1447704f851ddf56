// The demo world is what integrators see first: every value it serves through the
// Management API must fit that API's own specification (its lengths and patterns).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateWorld } from '../../../src/domain/world/validate-world.js';
import { DEMO_WORLD_FILE, readWorldFile } from '../../../src/world/read-world-file.js';
import type { World } from '../../../src/domain/world/world-schema.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';

/** Limits of the Management API v1 specification, by the schema and field they belong to. */
const LIMITS = {
  'PricePackage.name': { maxLength: 30 },
  'PricePackage.description': { maxLength: 6 },
  'PartnerId': { pattern: /^\d{3,10}$/ },
  'Msn': { pattern: /^\d{5,6}$/ },
  'salesUnitName': { maxLength: 30, pattern: /^[\p{L}\p{M}\d\\()-_+\s.]+$/u },
  'Merchant.name': { maxLength: 50 },
  'OrganizationNumber': { pattern: /^\d{9}$/ },
  'Address.lines[]': { maxLength: 30 },
  'Address.postCode': { maxLength: 20 },
  'Address.city': { maxLength: 30 },
  'Address.countryCode': { pattern: /^[A-Z]{2}$/ },
  'website.url': { pattern: /^(https:\/\/)[a-z0-9]+([-.]{1}[a-z0-9]+)*\.[a-z]{2,5}(:[0-9]{1,5})?(\/.*)?$/ },
} as const satisfies Record<string, { maxLength?: number; pattern?: RegExp }>;

function breaches(world: World): string[] {
  const out: string[] = [];
  const check = (limit: keyof typeof LIMITS, where: string, value: string | undefined | null) => {
    if (value === undefined || value === null) return;
    const l: { maxLength?: number; pattern?: RegExp } = LIMITS[limit];
    if (l.maxLength !== undefined && [...value].length > l.maxLength) out.push(`${where} (${limit}) is ${[...value].length} characters, more than ${l.maxLength}: ${JSON.stringify(value)}`);
    if (l.pattern && !l.pattern.test(value)) out.push(`${where} (${limit}) does not match ${l.pattern}: ${JSON.stringify(value)}`);
  };
  world.pricePackages?.forEach((p, i) => {
    check('PricePackage.name', `pricePackages[${i}].name`, p.name);
    check('PricePackage.description', `pricePackages[${i}].description`, p.description);
  });
  world.partners?.forEach((p, i) => check('PartnerId', `partners[${i}].partnerId`, p.partnerId));
  world.salesUnits?.forEach((u, i) => {
    check('Msn', `salesUnits[${i}].msn`, u.msn);
    check('salesUnitName', `salesUnits[${i}].name`, u.name);
    check('website.url', `salesUnits[${i}].websiteUrl`, u.websiteUrl);
  });
  world.merchants?.forEach((m, i) => check('Merchant.name', `merchants[${i}].name`, m.name));
  world.registry?.organisations?.forEach((o, i) => {
    check('OrganizationNumber', `registry.organisations[${i}].orgno`, o.orgno);
    check('Merchant.name', `registry.organisations[${i}].name`, o.name);
    const a = o.businessAddress as { addressLine1?: string; addressLine2?: string; postCode?: string; city?: string; countryCode?: string } | undefined;
    check('Address.lines[]', `registry.organisations[${i}].businessAddress.addressLine1`, a?.addressLine1);
    check('Address.lines[]', `registry.organisations[${i}].businessAddress.addressLine2`, a?.addressLine2);
    check('Address.postCode', `registry.organisations[${i}].businessAddress.postCode`, a?.postCode);
    check('Address.city', `registry.organisations[${i}].businessAddress.city`, a?.city);
    check('Address.countryCode', `registry.organisations[${i}].businessAddress.countryCode`, a?.countryCode);
  });
  return out;
}

describe('The demo world against the Management API specification', () => {
  it('every value fits the limits of the field it is served as', async () => {
    expect(breaches(await readWorldFile(DEMO_WORLD_FILE))).toEqual([]);
  });

  it('a world file whose price package description is longer than 6 characters is refused', async () => {
    const world = structuredClone(await readWorldFile(DEMO_WORLD_FILE));
    world.pricePackages![0]!.description = 'Online payments';
    const result = validateWorld(world);
    expect(result.world).toBeUndefined();
    expect(result.problems.map((p) => p.path)).toContain('pricePackages[0].description');
  });

  describe('through the API', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it("each partner's price packages fit the PricePackage schema", async () => {
      for (const keys of [DEMO.partnerKeys, DEMO.otherPartnerKeys]) {
        const res = await t.inject({ method: 'GET', url: '/management/v1/partners/price-packages', headers: await t.auth(keys) });
        expect(res.statusCode).toBe(200);
        const packages = res.json() as { name: string; description?: string }[];
        expect(packages.length).toBeGreaterThan(0);
        for (const p of packages) {
          expect([...p.name].length, p.name).toBeLessThanOrEqual(30);
          expect([...(p.description ?? '')].length, p.description).toBeLessThanOrEqual(6);
        }
      }
    });
  });
});
