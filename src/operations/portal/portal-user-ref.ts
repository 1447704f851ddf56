// Pages name a portal user by an opaque reference instead of the national identity number,
// so the number never appears in URLs or the request log.
import type { SecretBox } from '../../security/secret-box.js';

export const portalUserRef = (box: SecretBox, orgno: string, nin: string) => box.hash(`portal-user:${orgno}:${nin}`).slice(0, 22);
