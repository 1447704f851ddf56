// The storage oidc-provider asks for, kept in the database so every node and every restart
// sees the same codes, tokens, sessions and CIBA requests. Expiry follows vpp's clock: a
// code whose time has passed on the simulated clock is no longer found. Clients are the
// sales units' Login clients.
import type { Queryable } from '../../store/db.js';
import type { SecretBox } from '../../security/secret-box.js';
import {
  consumeOidcModel,
  destroyOidcModel,
  findOidcModel,
  findOidcModelByUid,
  revokeOidcGrant,
  upsertOidcModel,
} from '../../store/login-oidc-models-repo.js';
import { findLoginClient } from '../../store/login-clients-repo.js';
import { clientMetadata } from '../../domain/login/client-metadata.js';

export interface OidcAdapterOptions {
  db: Queryable;
  box: SecretBox;
  now: () => number;
}

/** The adapter class oidc-provider instantiates once per model name. */
export function oidcAdapter(o: OidcAdapterOptions) {
  const { db, box, now } = o;
  return class DatabaseAdapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number): Promise<void> {
      await upsertOidcModel(db, { model: this.model, id, payload, expiresAt: expiresIn ? now() + expiresIn * 1000 : null });
    }

    async find(id: string): Promise<Record<string, unknown> | undefined> {
      if (this.model === 'Client') {
        const c = await findLoginClient(db, id);
        return c && clientMetadata(c, box.decryptKept(c.sealedSecret));
      }
      return findOidcModel(db, this.model, id, now());
    }

    async findByUid(uid: string): Promise<Record<string, unknown> | undefined> {
      return findOidcModelByUid(db, this.model, uid, now());
    }

    async findByUserCode(): Promise<undefined> {
      return undefined; // the device flow is not offered
    }

    async consume(id: string): Promise<void> {
      await consumeOidcModel(db, this.model, id, now());
    }

    async destroy(id: string): Promise<void> {
      await destroyOidcModel(db, this.model, id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await revokeOidcGrant(db, grantId);
    }
  };
}
