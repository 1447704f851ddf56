// What the portal home shows a person: for each company they may act for, its agreements,
// product orders, sales units (with their partner) and open questions, as their access allows.
import { coversUnit, hasPermission } from '../../domain/portal/permissions.js';
import { prefillUrl } from '../../domain/product-orders/prefill-url.js';
import type { Queryable } from '../../store/db.js';
import { agreementsOfOrgs } from '../../store/merchant-agreements-repo.js';
import { listCasesOfOrgs } from '../../store/signup-cases-repo.js';
import { merchantsOfOrgs, ordersOfOrgs, unitsOfMerchants } from '../../store/signup-units-repo.js';
import { accessOfPerson, type CompanyAccess } from '../portal/access-of-person.js';
import { agreementStateOf, type AgreementState } from './agreement-state.js';

type Orders = Awaited<ReturnType<typeof ordersOfOrgs>>;
type Agreements = Awaited<ReturnType<typeof agreementsOfOrgs>>;
type Units = Awaited<ReturnType<typeof unitsOfMerchants>>;

export interface CompanyOverview {
  access: CompanyAccess;
  agreementState: AgreementState;
  agreements: Agreements;
  orders: (Orders[number] & { link: string })[];
  units: Units;
  questions: { link: string; what: string }[];
  canOrder: boolean;
}

export async function portalOverview(o: { db: Queryable; nin: string }): Promise<CompanyOverview[]> {
  const companies = await accessOfPerson(o);
  const orgnos = companies.map((c) => c.orgno);
  const [agreements, orders, merchants, cases] = await Promise.all([agreementsOfOrgs(o.db, orgnos), ordersOfOrgs(o.db, orgnos), merchantsOfOrgs(o.db, orgnos), listCasesOfOrgs(o.db, orgnos)]);
  const units = await unitsOfMerchants(o.db, merchants.map((m) => m.id));
  const out: CompanyOverview[] = [];
  for (const access of companies) {
    const reads = hasPermission(access, 'READ');
    const merchant = merchants.find((m) => m.orgno === access.orgno);
    const mine = orders.filter((x) => x.orgno === access.orgno).map((x) => ({ ...x, link: prefillUrl({ publicUrl: '', productType: x.product_type, id: x.id }) }));
    const questions = cases
      .filter((c) => c.orgno === access.orgno && c.state === 'AWAITING-CUSTOMER')
      .map((c) => {
        const order = mine.find((x) => x.id === c.subject_id);
        return order ? { link: order.link, what: `the product order ${order.sales_unit_name ?? ''}`.trim() } : { link: `/portal/agreements/${c.subject_id}`, what: 'the merchant agreement' };
      });
    out.push({
      access,
      agreementState: (await agreementStateOf(o.db, access.orgno)).state,
      agreements: reads ? agreements.filter((a) => a.orgno === access.orgno) : [],
      orders: reads ? mine : [],
      units: merchant ? units.filter((u) => u.merchant_id === merchant.id && coversUnit(access, u.msn)) : [],
      questions: reads ? questions : [],
      canOrder: hasPermission(access, 'ADMIN'),
    });
  }
  return out;
}
