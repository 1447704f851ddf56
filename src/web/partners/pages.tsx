// Public partner pages: the application form and the list of partners by level.
import type { VppError } from '../../domain/errors.js';
import { productName } from '../../domain/signup/products.js';
import { PARTNER_LEVELS, PARTNER_TYPES, PRODUCT_TYPES } from '../../domain/world/world-schema.js';
import { Layout } from '../render.js';
import { Notice } from '../components/notice.js';

export const partnersNav = [
  { href: '/partners', label: 'Partners' },
  { href: '/partners/apply', label: 'Become a partner' },
];

const TYPE_HINT: Record<string, string> = {
  platform: 'A ready-to-use platform; you call the APIs on behalf of your merchants',
  integration: "You build merchants' own integrations, with their keys",
  plugin: 'You develop official open-source plugins',
};

export type ApplyValues = Record<string, string | string[]>;

export function ApplyPage({ values, error }: { values: ApplyValues; error?: VppError | null }) {
  const v = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '');
  const products = Array.isArray(values.products) ? values.products : values.products ? [values.products as string] : [];
  return (
    <Layout title="Become a partner" area="Partners" nav={partnersNav}>
      <h1>Become a Vipps MobilePay partner</h1>
      <p class="muted">Tell us about your company and what you will offer. We look your company up in the business registry; once approved you get access to the test environment.</p>
      {error && (
        <Notice kind="error">
          {error.detail}
        </Notice>
      )}
      <form method="post" action="/partners/apply" class="stack wide">
        <label>
          Organisation number
          <input name="orgno" inputMode="numeric" value={v('orgno')} required />
        </label>
        <label>
          Contact person
          <input name="contactName" value={v('contactName')} required />
        </label>
        <label>
          Contact email
          <input name="contactEmail" type="email" value={v('contactEmail')} required />
        </label>
        <label>
          Contact phone <span class="hint">optional</span>
          <input name="contactPhone" value={v('contactPhone')} />
        </label>
        <fieldset>
          <legend>Partner type</legend>
          {PARTNER_TYPES.map((t) => (
            <label class="choice">
              <input type="radio" name="partnerType" value={t} checked={v('partnerType') === t} /> {t} <span class="hint">{TYPE_HINT[t]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Products you will offer</legend>
          {PRODUCT_TYPES.map((p) => (
            <label class="choice">
              <input type="checkbox" name="products" value={p} checked={products.includes(p)} /> {productName(p)}
            </label>
          ))}
        </fieldset>
        <label>
          Active merchants expected
          <input name="expectedMerchants" inputMode="numeric" value={v('expectedMerchants')} required />
        </label>
        <label>
          Expected annual revenue through Vipps MobilePay <span class="hint">NOK, whole kroner</span>
          <input name="expectedRevenueNok" inputMode="numeric" value={v('expectedRevenueNok')} required />
        </label>
        <button type="submit">Send application</button>
      </form>
    </Layout>
  );
}

export function AppliedPage({ orgName, contactEmail }: { orgName: string; contactEmail: string }) {
  return (
    <Layout title="Application received" area="Partners" nav={partnersNav}>
      <h1>Application received</h1>
      <Notice kind="ok">
        Thank you. The application for {orgName} is with our partner team. We write to {contactEmail} when it is decided.
      </Notice>
    </Layout>
  );
}

export function PartnerListPage({ partners }: { partners: { name: string; level: string; type: string }[] }) {
  return (
    <Layout title="Partners" area="Partners" nav={partnersNav}>
      <h1>Vipps MobilePay partners</h1>
      <p class="muted">Partners whose integration is verified. Merchants can select them when they sign up in the portal.</p>
      {[...PARTNER_LEVELS].reverse().map((level) => {
        const of = partners.filter((p) => p.level === level);
        return (
          <section>
            <h2>{level}</h2>
            {of.length ? (
              <ul>
                {of.map((p) => (
                  <li>
                    {p.name} <span class="badge">{p.type}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">None yet.</p>
            )}
          </section>
        );
      })}
    </Layout>
  );
}
