import type { Credentials } from '../domain/keys/generate-credentials.js';
import type { SecretBox } from './secret-box.js';

/** A key set's secrets as kept at rest, named as the key set's stored fields are. */
export interface SealedCredentials {
  client_id: string;
  client_secret_enc: string;
  client_secret_hash: string;
  sub_primary_enc: string;
  sub_primary_hash: string;
  sub_secondary_enc: string;
  sub_secondary_hash: string;
}

/** Secrets encrypted (so authorised portal users can be shown them) and hashed (to check them). */
export function sealCredentials(box: SecretBox, c: Credentials): SealedCredentials {
  return {
    client_id: c.clientId,
    client_secret_enc: box.encrypt(c.clientSecret),
    client_secret_hash: box.hash(c.clientSecret),
    sub_primary_enc: box.encrypt(c.subscriptionKey),
    sub_primary_hash: box.hash(c.subscriptionKey),
    sub_secondary_enc: box.encrypt(c.secondarySubscriptionKey),
    sub_secondary_hash: box.hash(c.secondarySubscriptionKey),
  };
}

export function revealCredentials(box: SecretBox, row: Pick<SealedCredentials, 'client_id' | 'client_secret_enc' | 'sub_primary_enc' | 'sub_secondary_enc'>): Credentials {
  return {
    clientId: row.client_id,
    clientSecret: box.decrypt(row.client_secret_enc),
    subscriptionKey: box.decrypt(row.sub_primary_enc),
    secondarySubscriptionKey: box.decrypt(row.sub_secondary_enc),
  };
}
