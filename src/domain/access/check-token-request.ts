// The Access Token API's decision: which key set asks, and whether it gets a token.
import type { Mode } from '../mode.js';
import { VppError } from '../errors.js';
import type { KeySetView } from './key-set-view.js';

export type TokenRefusal =
  | 'missing_subscription_key'
  | 'invalid_subscription_key'
  | 'missing_client_credentials'
  | 'unknown_client'
  | 'wrong_secret'
  | 'subscription_key_of_other_client'
  | 'partner_keys_in_test_mode'
  | 'partner_keys_below_level';

export class TokenRequestRefused extends VppError {
  constructor(
    readonly refusal: TokenRefusal,
    detail: string,
  ) {
    super(refusal === 'missing_client_credentials' ? 'validation' : 'unauthenticated', detail, { code: refusal });
  }
}

export interface CheckTokenRequestOptions {
  subscriptionKey: { sent: boolean; knownKeySetId: string | null };
  clientIdSent: boolean;
  clientSecretSent: boolean;
  keySet: KeySetView | undefined;
  secretMatches: boolean;
  mode: Mode;
}

/** Returns the key set a token may be issued to, or throws why not. */
export function checkTokenRequest(o: CheckTokenRequestOptions): KeySetView {
  // The gateway checks the subscription key before anything reaches the token service.
  if (!o.subscriptionKey.sent) {
    throw new TokenRequestRefused('missing_subscription_key', 'Access denied due to missing subscription key. Send your subscription key in the Ocp-Apim-Subscription-Key header.');
  }
  if (!o.subscriptionKey.knownKeySetId) {
    throw new TokenRequestRefused('invalid_subscription_key', 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription (the primary or the secondary key of your key set).');
  }
  if (!o.clientIdSent || !o.clientSecretSent) {
    const missing = [!o.clientIdSent && 'client_id', !o.clientSecretSent && 'client_secret'].filter(Boolean).join(' and ');
    throw new TokenRequestRefused('missing_client_credentials', `The ${missing} header${missing.includes(' and ') ? 's are' : ' is'} missing: send client_id and client_secret as HTTP headers.`);
  }
  if (!o.keySet) {
    throw new TokenRequestRefused('unknown_client', 'No key set has this client_id. Check the client_id header (it is a GUID, shown with your keys in the portal).');
  }
  if (!o.secretMatches) {
    throw new TokenRequestRefused('wrong_secret', 'The client_secret is not the secret of this client_id. It may have been regenerated; fetch the current keys from the portal.');
  }
  if (o.subscriptionKey.knownKeySetId !== o.keySet.id) {
    throw new TokenRequestRefused('subscription_key_of_other_client', 'The Ocp-Apim-Subscription-Key belongs to another key set than this client_id. Use the subscription key that was issued together with these client credentials.');
  }
  if (o.keySet.kind === 'partner' && o.mode === 'test') {
    throw new TokenRequestRefused('partner_keys_in_test_mode', 'Partner keys only work in the production environment; this vpp runs in test mode. Use the merchant keys of a sales unit, or start vpp with --mode production.');
  }
  if (o.keySet.kind === 'partner' && o.keySet.partnerLevel === 'Partner') {
    throw new TokenRequestRefused('partner_keys_below_level', 'Partner keys need the partner level Partner Plus or Partner Premium. Use management keys to manage sales units.');
  }
  return o.keySet;
}
