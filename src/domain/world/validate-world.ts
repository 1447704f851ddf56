// Checks a parsed world file: its shape, every identifier with its real rule, and every
// reference between sections. Returns all problems at once, each with the field's path.
import { Value } from 'typebox/value';
import {
  checkAccountNumber,
  checkEmail,
  checkMsisdn,
  checkMsn,
  checkNin,
  checkOrgno,
  checkUuid,
  type Check,
} from '../identifiers.js';
import { WorldSchema, type World } from './world-schema.js';
import { faultRuleFromInput } from '../sim/fault-rule-input.js';
import type { VppError } from '../errors.js';

export interface WorldProblem { path: string; rule: string }

/** `/keySets/0/owner` → `keySets[0].owner` */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : `.${seg.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
}

function shapeProblems(input: unknown): WorldProblem[] {
  const byPath = new Map<string, string[]>();
  const allowed = new Map<string, unknown[]>();
  const add = (path: string, rule: string) => {
    const list = byPath.get(path) ?? [];
    if (!list.includes(rule)) list.push(rule);
    byPath.set(path, list);
  };
  for (const e of Value.Errors(WorldSchema, input)) {
    const params = e.params as Record<string, unknown>;
    if (e.message === 'schema is false') continue; // reported again as additionalProperties
    if (e.keyword === 'additionalProperties') {
      for (const extra of (params.additionalProperties as string[]) ?? []) add(pointerToPath(`${e.instancePath}/${extra}`), 'is not a known field');
    } else if (e.keyword === 'required') {
      for (const missing of (params.requiredProperties as string[]) ?? []) add(pointerToPath(`${e.instancePath}/${missing}`), 'is required');
    } else if (e.keyword === 'const') {
      const path = pointerToPath(e.instancePath);
      allowed.set(path, [...(allowed.get(path) ?? []), params.allowedValue]);
    } else if (e.keyword !== 'anyOf') {
      add(pointerToPath(e.instancePath) || '(top level)', e.message);
    }
  }
  // A union of constants is an enum: say which values it takes.
  for (const [path, values] of allowed) add(path, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  return [...byPath].map(([path, rules]) => ({ path, rule: rules[0]! }));
}

export function validateWorld(input: unknown): { world: World; problems: [] } | { world?: undefined; problems: WorldProblem[] } {
  if (input === null || input === undefined) return { world: {}, problems: [] };
  const shape = shapeProblems(input);
  if (shape.length) return { problems: shape };
  const world = input as World;
  const problems: WorldProblem[] = [];
  const check = (path: string, value: string | undefined, fn: Check) => {
    if (value === undefined) return;
    const why = fn(value);
    if (why) problems.push({ path, rule: `${JSON.stringify(value)} ${why}` });
  };
  const unique = (path: string, set: Set<string>, value: string, what: string) => {
    if (set.has(value)) problems.push({ path, rule: `${what} ${JSON.stringify(value)} appears more than once` });
    set.add(value);
  };

  const persons = new Set<string>();
  world.registry?.persons?.forEach((p, i) => {
    const at = `registry.persons[${i}]`;
    check(`${at}.nin`, p.nin, checkNin);
    check(`${at}.phone`, p.phone, checkMsisdn);
    check(`${at}.email`, p.email, checkEmail);
    unique(`${at}.nin`, persons, p.nin, 'national identity number');
  });

  const orgs = new Set<string>();
  world.registry?.organisations?.forEach((o, i) => {
    const at = `registry.organisations[${i}]`;
    check(`${at}.orgno`, o.orgno, checkOrgno);
    unique(`${at}.orgno`, orgs, o.orgno, 'organisation number');
    const ref = (path: string, nin: string) => {
      if (!persons.has(nin)) problems.push({ path, rule: `${JSON.stringify(nin)} is not a person in registry.persons` });
    };
    if (o.roles.ceo) ref(`${at}.roles.ceo`, o.roles.ceo);
    if (o.roles.chair) ref(`${at}.roles.chair`, o.roles.chair);
    o.roles.boardMembers?.forEach((n, j) => ref(`${at}.roles.boardMembers[${j}]`, n));
  });

  const partners = new Map<string, string>(); // name → level
  const partnerIds = new Set<string>();
  world.partners?.forEach((p, i) => {
    const at = `partners[${i}]`;
    if (partners.has(p.name)) problems.push({ path: `${at}.name`, rule: `partner ${JSON.stringify(p.name)} appears more than once` });
    partners.set(p.name, p.level);
    if (p.partnerId) unique(`${at}.partnerId`, partnerIds, p.partnerId, 'partnerId');
    check(`${at}.contact.email`, p.contact.email, checkEmail);
  });
  const partnerRef = (path: string, name: string) => {
    if (!partners.has(name)) problems.push({ path, rule: `${JSON.stringify(name)} is not a partner in partners` });
  };

  const packages = new Map<string, string>(); // id → partner
  world.pricePackages?.forEach((pp, i) => {
    const at = `pricePackages[${i}]`;
    check(`${at}.id`, pp.id, checkUuid);
    if (packages.has(pp.id)) problems.push({ path: `${at}.id`, rule: `price package ${pp.id} appears more than once` });
    packages.set(pp.id, pp.partner);
    partnerRef(`${at}.partner`, pp.partner);
  });

  const merchants = new Set<string>();
  world.merchants?.forEach((m, i) => {
    const at = `merchants[${i}]`;
    check(`${at}.orgno`, m.orgno, checkOrgno);
    unique(`${at}.orgno`, merchants, m.orgno, 'merchant');
    if (!orgs.has(m.orgno)) problems.push({ path: `${at}.orgno`, rule: `${m.orgno} is not an organisation in registry.organisations` });
    check(`${at}.contactEmail`, m.contactEmail, checkEmail);
  });

  const units = new Set<string>();
  world.salesUnits?.forEach((u, i) => {
    const at = `salesUnits[${i}]`;
    check(`${at}.msn`, u.msn, checkMsn);
    unique(`${at}.msn`, units, u.msn, 'MSN');
    if (!merchants.has(u.merchant)) problems.push({ path: `${at}.merchant`, rule: `${JSON.stringify(u.merchant)} is not the orgno of a merchant in merchants` });
    if (u.partner) partnerRef(`${at}.partner`, u.partner);
    check(`${at}.settlementAccount`, u.settlementAccount, checkAccountNumber);
    if (u.pricePackage) {
      const owner = packages.get(u.pricePackage);
      if (!owner) problems.push({ path: `${at}.pricePackage`, rule: `${u.pricePackage} is not a price package in pricePackages` });
      else if (owner !== u.partner) problems.push({ path: `${at}.pricePackage`, rule: `price package ${u.pricePackage} belongs to ${owner}, not to this unit's partner` });
    }
    if (u.websiteUrl && !/^https:\/\/\S+$/.test(u.websiteUrl)) problems.push({ path: `${at}.websiteUrl`, rule: 'must be an https URL' });
  });

  const clientIds = new Set<string>();
  const subKeys = new Set<string>();
  world.keySets?.forEach((k, i) => {
    const at = `keySets[${i}]`;
    if (k.kind === 'partner' || k.kind === 'accounting') {
      partnerRef(`${at}.owner`, k.owner);
      const level = partners.get(k.owner);
      if (k.kind === 'partner' && level === 'Partner') {
        problems.push({ path: `${at}.kind`, rule: `partner keys need level Partner Plus or Partner Premium; ${k.owner} is at level Partner (give it management keys)` });
      }
    } else if (k.kind === 'management') {
      if (!partners.has(k.owner) && !merchants.has(k.owner)) {
        problems.push({ path: `${at}.owner`, rule: `${JSON.stringify(k.owner)} is neither a partner's name nor a merchant's orgno` });
      }
    } else if (!units.has(k.owner)) {
      problems.push({ path: `${at}.owner`, rule: `merchant keys are owned by an MSN; ${JSON.stringify(k.owner)} is not in salesUnits` });
    }
    if (k.clientId) unique(`${at}.clientId`, clientIds, k.clientId, 'clientId');
    if (k.subscriptionKey) unique(`${at}.subscriptionKey`, subKeys, k.subscriptionKey, 'subscription key');
    if (k.secondarySubscriptionKey) unique(`${at}.secondarySubscriptionKey`, subKeys, k.secondarySubscriptionKey, 'subscription key');
  });

  const usernames = new Set<string>();
  world.operators?.forEach((o, i) => {
    unique(`operators[${i}].username`, usernames, o.username, 'operator username');
    check(`operators[${i}].email`, o.email, checkEmail);
  });

  const bo = world.backOffice;
  const declined = new Set<string>();
  bo?.declineOrgnos?.forEach((o, i) => {
    check(`backOffice.declineOrgnos[${i}]`, o, checkOrgno);
    declined.add(o);
  });
  bo?.moreInformationOrgnos?.forEach((o, i) => {
    check(`backOffice.moreInformationOrgnos[${i}]`, o, checkOrgno);
    if (declined.has(o)) problems.push({ path: `backOffice.moreInformationOrgnos[${i}]`, rule: `${o} is also in declineOrgnos; an organisation can be on one list only` });
  });

  const users = new Set<string>();
  world.vippsUsers?.forEach((u, i) => {
    const at = `vippsUsers[${i}]`;
    check(`${at}.phone`, u.phone, checkMsisdn);
    check(`${at}.email`, u.email, checkEmail);
    check(`${at}.nin`, u.nin, checkNin);
    u.bankAccounts?.forEach((a, j) => check(`${at}.bankAccounts[${j}].accountNumber`, a.accountNumber, checkAccountNumber));
    unique(`${at}.phone`, users, u.phone, 'phone number');
  });

  world.simulation?.faults?.forEach((f, i) => {
    try {
      faultRuleFromInput(f);
    } catch (err) {
      for (const fp of (err as VppError).fields ?? []) problems.push({ path: `simulation.faults[${i}].${fp.name}`, rule: fp.reason });
    }
  });

  return problems.length ? { problems } : { world, problems: [] };
}
