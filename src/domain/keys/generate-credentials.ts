import { randomBytes, randomUUID } from 'node:crypto';

export interface Credentials {
  clientId: string;
  clientSecret: string;
  subscriptionKey: string;
  secondarySubscriptionKey: string;
}

/** Fresh credentials in the formats the real portal hands out. */
export function generateCredentials(): Credentials {
  return {
    clientId: randomUUID(),
    clientSecret: randomBytes(24).toString('base64'),
    subscriptionKey: randomBytes(16).toString('hex'),
    secondarySubscriptionKey: randomBytes(16).toString('hex'),
  };
}
