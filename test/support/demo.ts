// The demo world's credentials and units, read from the shipped world file.
import { readWorldFile, DEMO_WORLD_FILE } from '../../src/world/read-world-file.js';

const world = await readWorldFile(DEMO_WORLD_FILE);

export interface KeyCreds { clientId: string; clientSecret: string; subscriptionKey: string; secondarySubscriptionKey: string }

function keys(kind: string, owner: string): KeyCreds {
  const k = world.keySets!.find((x) => x.kind === kind && x.owner === owner)!;
  return { clientId: k.clientId!, clientSecret: k.clientSecret!, subscriptionKey: k.subscriptionKey!, secondarySubscriptionKey: k.secondarySubscriptionKey! };
}

export const DEMO = {
  world,
  /** Partner Premium, partner keys; owns units 212345 and 212346. */
  partnerKeys: keys('partner', 'Fjordkassa Platform'),
  /** Partner Plus, partner keys; owns no units. */
  otherPartnerKeys: keys('partner', 'Bølge Plugins'),
  /** Partner level, management keys. */
  managementKeys: keys('management', 'Nordlys Integrasjon'),
  /** Management keys owned by the merchant Fjellbakeriet AS (923456783). */
  merchantManagementKeys: keys('management', '923456783'),
  accountingKeys: keys('accounting', 'Tall og Tabeller Regnskap'),
  /** Merchant keys of unit 312345 (Havblikk Sjømat, no partner). */
  merchantKeys: keys('merchant', '312345'),
  units: { partnerNett: '212345', partnerKafe: '212346', noPartner: '312345' },
  orgs: { fjellbakeriet: '923456783', havblikk: '934567897', nordlysKaffe: '975312461', tindesport: '913579240', byhagen: '987654325', solsiden: '998877660' },
  partners: { premium: 'Fjordkassa Platform', plus: 'Bølge Plugins', basic: 'Nordlys Integrasjon', accounting: 'Tall og Tabeller Regnskap' },
};
