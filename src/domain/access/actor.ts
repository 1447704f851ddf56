// Who is calling: the key set behind the access token, its owner, and the MSN it names.
import type { KeyKind } from '../world/world-schema.js';

export type { KeyKind };
export type Capability = 'manage' | 'pay' | 'report';

export interface Actor {
  keySetId: string;
  kind: KeyKind;
  clientId: string;
  /** Owner partner (partner, management and accounting keys of a partner). */
  partnerId: string | null;
  partnerName: string | null;
  /** Owner merchant (management keys of a merchant; merchant keys' merchant). */
  merchantId: string | null;
  /** Merchant keys: the one sales unit they belong to. */
  msn: string | null;
  /** The Merchant-Serial-Number header, if sent. */
  requestedMsn: string | null;
  /** Human-readable owner for logs and the inspector: partner name, orgno or MSN. */
  owner: string;
}

/** What each kind of key may do (DESIGN.md, "Keys and what they may do"). */
export const KEY_CAPABILITIES: Record<KeyKind, readonly Capability[]> = {
  partner: ['manage', 'pay'],
  management: ['manage'],
  accounting: ['report'],
  merchant: ['manage', 'pay'],
};

export const KIND_LABEL: Record<KeyKind, string> = {
  partner: 'Partner keys',
  management: 'Management keys',
  accounting: 'Accounting keys',
  merchant: 'Merchant keys',
};

const CAPABILITY_LABEL: Record<Capability, string> = {
  manage: 'manage sales units (Management API)',
  pay: 'move money (payments, captures, refunds, webhooks)',
  report: 'read reports (Report API)',
};

export function can(actor: Pick<Actor, 'kind'>, capability: Capability): boolean {
  return KEY_CAPABILITIES[actor.kind].includes(capability);
}

/** Why a kind of key may not do something, in words a developer can act on. */
export function refusalReason(kind: KeyKind, capability: Capability): string {
  const allowed = KEY_CAPABILITIES[kind].map((c) => CAPABILITY_LABEL[c]).join(' and ');
  const use =
    capability === 'pay'
      ? "use partner keys (Partner Plus or Premium) or the sales unit's own merchant keys"
      : capability === 'manage'
        ? 'use partner keys, management keys or merchant keys'
        : 'use accounting keys the merchant has consented to';
  return `${KIND_LABEL[kind]} cannot ${CAPABILITY_LABEL[capability]}; they may only ${allowed}. To do this, ${use}.`;
}
