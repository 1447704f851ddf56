// What a sales unit's configuration lets its payments do. Permissions are granted by Vipps
// MobilePay (in vpp: the back office or the world file), never by the merchant, and each
// refusal is the ePayment API's documented "not allowed" error.
import { VppError } from '../errors.js';
import type { UserFlow } from './states.js';

export interface UnitPermissions {
  msn: string;
  /** ReserveCapture, DirectCapture or NotApplicable (login only). */
  captureType: string;
  skipLandingPage: boolean;
  longLivingAllowed: boolean;
}

const notAllowed = (title: string, detail: string) => new VppError('forbidden', detail, { title });

/**
 * Throws unless the unit may create this ePayment. The ePayment API only reserves (direct
 * capture exists for units on the eCom API), a push straight to the payer's app skips the
 * landing page, and `expiresAt` makes a long-living payment.
 */
export function checkEpaymentAllowed(unit: UnitPermissions, payment: { userFlow: UserFlow; longLiving: boolean }): void {
  if (unit.captureType === 'DirectCapture') {
    throw notAllowed(
      'Reserve capture not allowed',
      `The sales unit with MSN ${unit.msn} is set up for direct capture, which the ePayment API does not offer, and may not use reserve capture. Use the eCom API for this unit, or ask for it to be changed to reserve capture.`,
    );
  }
  if (payment.userFlow === 'PUSH_MESSAGE' && !unit.skipLandingPage) {
    throw notAllowed(
      'Skip landing page not allowed',
      `The sales unit with MSN ${unit.msn} is not allowed to skip the landing page, which userFlow PUSH_MESSAGE does. Use WEB_REDIRECT (with customer.phoneNumber to fill in the landing page), or ask for skip-landing-page on the unit.`,
    );
  }
  if (payment.longLiving && !unit.longLivingAllowed) {
    throw notAllowed(
      'Long-living payment not allowed',
      `The sales unit with MSN ${unit.msn} is not allowed to create long-living payments (expiresAt). Leave expiresAt out, or ask for long-living payments on the unit.`,
    );
  }
}

/** Whether a unit's reservations are captured at once (eCom API units with direct capture). */
export const capturesDirectly = (unit: Pick<UnitPermissions, 'captureType'>) => unit.captureType === 'DirectCapture';
