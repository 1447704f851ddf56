// Agreement and charge ids in the platform's shapes: agr_ plus letters and digits, and
// charge ids of at most 15 characters.
import { randomBytes, randomUUID } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(length: number): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; out.length < length; i++) {
    const b = bytes[i % bytes.length]!;
    if (b < 248) out += ALPHABET[b % 62]; // 248 = 4 × 62: no bias
    else if (i >= bytes.length) return out + randomText(length - out.length);
  }
  return out;
}

export const newAgreementId = () => `agr_${randomText(10)}`;
export const newAgreementUuid = () => randomUUID();
export const newChargeId = () => `chr-${randomText(11)}`;
