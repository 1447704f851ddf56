// The fields of a product order: what the partner pre-filled is shown locked, the rest is
// for the merchant to fill in. Input names are the Management API's field paths.
import type { FieldProblem } from '../../../domain/errors.js';
import { MEMBERSHIP_VALIDITIES, PRODUCT_USE_CASES } from '../../../domain/product-orders/prefill-schema.js';
import { COMPLIANCE_FORM, type TopLevelField } from '../../../domain/signup/order-form.js';
import { describedBy, FieldError } from '../../components/field-errors.js';

export type Values = Record<string, string>;
export interface PackageChoice { id: string; name: string; description: string; partner_id: string; partner_name: string }

export const ORDER_LABELS: Record<string, string> = {
  orgno: 'Company',
  partnerId: 'Partner',
  salesUnitName: 'Sales unit name',
  'settlementBankAccount.id': 'Settlement account',
  pricePackageId: 'Price package',
  productUseCase: 'Where you sell',
  annualTurnover: 'Annual turnover',
  intendedPurpose: 'What you sell',
  'website.url': 'Website',
  'website.termsUrl': 'Terms and conditions',
  'website.testWebsiteUrl': 'Test website',
};

const USE_CASE_TEXT: Record<string, string> = { Website: 'On a website', WebsiteWithTest: 'On a website, with a test site', App: 'In an app', Unknown: 'Not decided yet' };

interface Common { values: Values; problems: readonly FieldProblem[] }

export function Input({ name, label, hint, values, problems, type = 'text', inputMode }: Common & { name: string; label: string; hint?: string; type?: string; inputMode?: string }) {
  const err = describedBy(problems, name);
  return (
    <label id={`f-${name}`}>
      {label}
      {hint && <span class="hint">{hint}</span>}
      <input name={name} type={type} inputMode={inputMode as 'numeric' | undefined} value={values[name] ?? ''} aria-invalid={err ? 'true' : undefined} aria-describedby={err} />
      <FieldError problems={problems} name={name} />
    </label>
  );
}

function Locked({ label, children, by }: { label: string; children: preact.ComponentChildren; by: string }) {
  return (
    <div class="locked">
      <span class="locked-label">
        {label} <span class="badge">set by {by}</span>
      </span>
      <div>{children}</div>
    </div>
  );
}

function YesNo({ name, values }: { name: string; values: Values }) {
  return (
    <select name={name}>
      <option value="">—</option>
      <option value="yes" selected={values[name] === 'yes'}>
        Yes
      </option>
      <option value="no" selected={values[name] === 'no'}>
        No
      </option>
    </select>
  );
}

export function ComplianceFields({ values, problems }: Common) {
  return (
    <>
      {Object.entries(COMPLIANCE_FORM).map(([category, { label, fields }]) => (
        <fieldset class="card">
          <legend>{label}</legend>
          <FieldError problems={problems} name={`complianceData.${category}`} />
          <div class="grid-2">
            {fields.map((f) => {
              const name = `complianceData.${category}.${f.name}`;
              if (f.kind === 'text') return <Input name={name} label={f.label} values={values} problems={problems} />;
              return (
                <label id={`f-${name}`}>
                  {f.label}
                  {f.kind === 'yes-no' ? (
                    <YesNo name={name} values={values} />
                  ) : (
                    <select name={name}>
                      <option value="">—</option>
                      {MEMBERSHIP_VALIDITIES.map((m) => (
                        <option value={m} selected={values[name] === m}>
                          {m === 'CurrentCalendarYear' ? 'The current calendar year' : 'One year from payment'}
                        </option>
                      ))}
                    </select>
                  )}
                  <FieldError problems={problems} name={name} />
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
    </>
  );
}

/** The categories of sales paid in advance that were answered, by name. */
function answered(v: unknown): string {
  const given = Object.keys((v ?? {}) as Record<string, unknown>).filter((k) => COMPLIANCE_FORM[k]);
  return given.length ? `Answered for ${given.map((k) => COMPLIANCE_FORM[k]!.label.toLowerCase()).join(', ')}.` : 'Nothing answered.';
}

export interface OrderFieldsProps extends Common {
  productType: string;
  locked: Partial<Record<TopLevelField, unknown>>;
  lockedBy: string;
  /** The price package chosen for the merchant (locked), by name. */
  lockedPackageName?: string;
  /** Packages to choose from (prefill mode); manual signup renders its own partner and package choice. */
  packages?: PackageChoice[];
}

export function OrderFields(p: OrderFieldsProps) {
  const { values, problems, locked, lockedBy } = p;
  const site = locked.website as Record<string, string> | undefined;
  return (
    <>
      <h2>The sales unit</h2>
      {'salesUnitName' in locked ? (
        <Locked label="Sales unit name" by={lockedBy}>{String(locked.salesUnitName)}</Locked>
      ) : (
        <Input name="salesUnitName" label="Sales unit name" hint="what customers see in the app: 1–30 letters, digits, spaces and ( ) + - _ ." values={values} problems={problems} />
      )}
      {'salesUnitLogo' in locked && (
        <Locked label="Logo" by={lockedBy}>
          <img class="logo" alt="The sales unit's logo" src={`data:image/png;base64,${String(locked.salesUnitLogo).replace(/\s+/g, '')}`} />
        </Locked>
      )}
      {'settlementBankAccount' in locked ? (
        <Locked label="Settlement account" by={lockedBy}>
          <span class="mono">{(locked.settlementBankAccount as { id: string }).id}</span>
        </Locked>
      ) : (
        <Input name="settlementBankAccount.id" label="Settlement account" hint="the Norwegian account (11 digits) the payments are paid to" inputMode="numeric" values={values} problems={problems} />
      )}
      {'pricePackageId' in locked ? (
        <Locked label="Price package" by={lockedBy}>{p.lockedPackageName ?? String(locked.pricePackageId)}</Locked>
      ) : p.packages?.length ? (
        <label id="f-pricePackageId">
          Price package
          <span class="hint">offered by {p.packages[0]!.partner_name}</span>
          <select name="pricePackageId" aria-describedby={describedBy(problems, 'pricePackageId')}>
            <option value="">Choose…</option>
            {p.packages.map((pp) => (
              <option value={pp.id} selected={values.pricePackageId === pp.id}>
                {pp.name}: {pp.description}
              </option>
            ))}
          </select>
          <FieldError problems={problems} name="pricePackageId" />
        </label>
      ) : null}

      <h2>Where and what you sell</h2>
      {'productUseCase' in locked ? (
        <Locked label="Where you sell" by={lockedBy}>{USE_CASE_TEXT[String(locked.productUseCase)] ?? String(locked.productUseCase)}</Locked>
      ) : (
        <label id="f-productUseCase">
          Where you sell
          <select name="productUseCase">
            <option value="">Choose…</option>
            {PRODUCT_USE_CASES.map((u) => (
              <option value={u} selected={values.productUseCase === u}>
                {USE_CASE_TEXT[u]}
              </option>
            ))}
          </select>
          <FieldError problems={problems} name="productUseCase" />
        </label>
      )}
      {site ? (
        <Locked label="Website" by={lockedBy}>
          {site.url} · terms: {site.termsUrl}
          {site.testWebsiteUrl ? ` · test site: ${site.testWebsiteUrl}` : ''}
        </Locked>
      ) : (
        <div class="grid-2">
          <Input name="website.url" label="Website" hint="https://…" type="url" values={values} problems={problems} />
          <Input name="website.termsUrl" label="Terms and conditions" hint="https://… (required by law for web shops)" type="url" values={values} problems={problems} />
          <Input name="website.testWebsiteUrl" label="Test website (optional)" type="url" values={values} problems={problems} />
          <Input name="website.testWebsiteUsername" label="Test website username (optional)" values={values} problems={problems} />
          <Input name="website.testWebsitePassword" label="Test website password (optional)" values={values} problems={problems} />
        </div>
      )}
      {'annualTurnover' in locked ? (
        <Locked label="Annual turnover (NOK)" by={lockedBy}>{String(locked.annualTurnover)}</Locked>
      ) : (
        <Input name="annualTurnover" label="Annual turnover (NOK, optional)" hint="whole kroner" inputMode="numeric" values={values} problems={problems} />
      )}
      {'intendedPurpose' in locked ? (
        <Locked label="What you sell" by={lockedBy}>{String(locked.intendedPurpose)}</Locked>
      ) : (
        <label id="f-intendedPurpose">
          What you sell
          <span class="hint">briefly, which goods or services; a missing description is a typical reason for delays</span>
          <textarea name="intendedPurpose" rows={3}>
            {values.intendedPurpose ?? ''}
          </textarea>
          <FieldError problems={problems} name="intendedPurpose" />
        </label>
      )}
      {p.productType === 'VIPPS_PA_NETT' &&
        ('complianceData' in locked ? (
          <Locked label="Sales paid in advance" by={lockedBy}>{answered(locked.complianceData)}</Locked>
        ) : (
          <>
            <h2>Sales paid in advance</h2>
            <p class="muted small">Answer for every kind of sale: write “none” (or choose No) where it does not apply. Missing answers delay the processing.</p>
            <ComplianceFields values={values} problems={problems} />
          </>
        ))}
    </>
  );
}
