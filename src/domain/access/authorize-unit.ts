// May this caller act on this sales unit? A unit the caller is not connected to is
// reported exactly as a unit that does not exist: on the payment APIs as 403 "Invalid MSN"
// (the platform's answer to an MSN not connected to the keys), elsewhere as 404.
import { forbidden, notFound, VppError } from '../errors.js';
import { can, refusalReason, type Actor, type Capability } from './actor.js';

/** The facts about a sales unit that decide access. */
export interface UnitAccessFacts {
  msn: string;
  merchantId: string;
  partnerId: string | null;
  unitActive: boolean;
  merchantActive: boolean;
  paymentAllowed: boolean;
}

export const unitNotFound = (msn: string) =>
  notFound(`No sales unit with MSN ${msn} is available to these API keys. Check the MSN, and that the unit is connected to you.`);

/** A payment call (ePayment, Webhooks, Recurring, eCom, ...) for an MSN these keys do not reach. */
export const msnNotConnected = (msn: string) =>
  new VppError(
    'forbidden',
    `Invalid MSN: ${msn}. These API keys are not connected to a sales unit with this MSN. Check the Merchant-Serial-Number header, the environment, and that the unit is connected to you as its partner.`,
    { title: 'Invalid MSN', type: 'invalid-msn' },
  );

/** True when the caller's keys reach this unit at all (before any capability check). */
export function reachesUnit(actor: Actor, unit: Pick<UnitAccessFacts, 'msn' | 'merchantId' | 'partnerId'>): boolean {
  switch (actor.kind) {
    case 'partner':
      return unit.partnerId !== null && unit.partnerId === actor.partnerId;
    case 'management':
      return actor.partnerId !== null ? unit.partnerId === actor.partnerId : unit.merchantId === actor.merchantId;
    case 'merchant':
      return unit.msn === actor.msn;
    case 'accounting':
      return false;
  }
}

export function authorizeUnit(opts: { actor: Actor; msn: string; unit: UnitAccessFacts | undefined; capability: Capability }): UnitAccessFacts {
  const { actor, unit, capability, msn } = opts;
  if (!can(actor, capability)) throw forbidden(refusalReason(actor.kind, capability));
  if (!unit || !reachesUnit(actor, unit)) throw capability === 'pay' ? msnNotConnected(msn) : unitNotFound(msn);
  if (capability === 'pay') {
    if (!unit.unitActive || !unit.merchantActive) throw forbidden(`Sales unit ${msn} is deactivated and cannot take payments.`);
    if (!unit.paymentAllowed) throw forbidden(`Sales unit ${msn} is not allowed to make payments (its configuration has paymentAllowed: false, as for units approved only for login).`);
  }
  return unit;
}

/**
 * The MSN a payment call acts for: partner keys must name it in Merchant-Serial-Number;
 * merchant keys act for their own unit, and may repeat it in the header.
 */
export function msnForPayment(actor: Actor): string {
  if (!can(actor, 'pay')) throw forbidden(refusalReason(actor.kind, 'pay'));
  if (actor.kind === 'merchant') {
    if (actor.requestedMsn && actor.requestedMsn !== actor.msn) {
      throw forbidden(`These merchant keys belong to MSN ${actor.msn}, but the Merchant-Serial-Number header names ${actor.requestedMsn}. Merchant keys only act for their own sales unit.`);
    }
    return actor.msn!;
  }
  if (!actor.requestedMsn) {
    throw forbidden('Partner keys must name the sales unit they act for: send its MSN in the Merchant-Serial-Number header.');
  }
  return actor.requestedMsn;
}
