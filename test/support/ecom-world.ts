// The demo world plus what the eCom tests of direct capture and refused cards need: a
// sales unit of the demo partner with direct capture, and payers whose cards refuse.
import type { World } from '../../src/domain/world/world-schema.js';
import { DEMO } from './demo.js';

export const DIRECT_MSN = '212360';

/** Mobile numbers (8 digits, as eCom takes them) of payers whose card refuses, by outcome. */
export const CARD_PAYERS = {
  profile_deleted: '48000011',
  card_blocked: '48000012',
  insufficient_funds: '48000001', // Tor Tomkort in the demo world
  card_expired: '48000002', // Siv Sperret in the demo world
  technical_error: '48000013',
} as const;
/** A payer with 150 NOK on the card. */
export const LIMITED_PAYER = '48000014';

const user = (phone: string, firstName: string, card: Record<string, unknown>) => ({
  phone: `47${phone}`,
  firstName,
  lastName: 'Kort',
  email: `${firstName.toLowerCase()}.kort@example.com`,
  birthDate: '1980-01-01',
  address: { streetAddress: 'Kortgata 2', postalCode: '0150', city: 'Oslo', country: 'NO' },
  card,
});

export const ECOM_WORLD = {
  ...DEMO.world,
  salesUnits: [
    ...(DEMO.world.salesUnits ?? []),
    { msn: DIRECT_MSN, name: 'Fjellbakeriet Direkte', merchant: '923456783', partner: 'Fjordkassa Platform', configuration: { captureType: 'DirectCapture' } },
  ],
  vippsUsers: [
    ...(DEMO.world.vippsUsers ?? []),
    user(CARD_PAYERS.profile_deleted, 'Pia', { outcome: 'profile_deleted' }),
    user(CARD_PAYERS.card_blocked, 'Bo', { outcome: 'card_blocked' }),
    user(CARD_PAYERS.technical_error, 'Tek', { outcome: 'technical_error' }),
    user(LIMITED_PAYER, 'Lise', { balance: 15_000 }),
  ],
} as unknown as World;
