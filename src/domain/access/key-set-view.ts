import type { KeyKind } from './actor.js';

/** What the access rules need to know of a key set and its owner. */
export interface KeySetView {
  id: string;
  kind: KeyKind;
  clientId: string;
  generation: number;
  partnerId: string | null;
  partnerName: string | null;
  partnerLevel: string | null;
  merchantId: string | null;
  merchantOrgno: string | null;
  msn: string | null;
}

export function ownerLabel(k: KeySetView): string {
  return k.partnerName ?? k.msn ?? k.merchantOrgno ?? 'unknown owner';
}
