// The demo world plus the units security tests need: one not allowed to take payments,
// one deactivated (both of Fjordkassa Platform) and one of another partner.
import type { World } from '../../src/domain/world/world-schema.js';
import { DEMO } from './demo.js';

export const UNITS = {
  loginOnly: '212347',
  deactivated: '212348',
  otherPartner: '412345',
};

// (The world type's status enum does not survive TypeBox's inference, hence the cast.)
export const PAYMENTS_WORLD = {
  ...DEMO.world,
  merchants: [...(DEMO.world.merchants ?? []), { orgno: '975312461', contactEmail: 'post@nordlyskaffe.example' }],
  salesUnits: [
    ...(DEMO.world.salesUnits ?? []),
    { msn: UNITS.loginOnly, name: 'Fjellbakeriet Login', merchant: '923456783', partner: 'Fjordkassa Platform', configuration: { paymentAllowed: false } },
    { msn: UNITS.deactivated, name: 'Fjellbakeriet Gammel', merchant: '923456783', partner: 'Fjordkassa Platform', status: 'DEACTIVATED' },
    { msn: UNITS.otherPartner, name: 'Nordlys Kaffe Nett', merchant: '975312461', partner: 'Bølge Plugins' },
  ],
} as unknown as World;
