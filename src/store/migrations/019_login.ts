// The Login API (OpenID Connect): each sales unit's Login client, the OpenID provider's
// models (codes, tokens, sessions, grants, CIBA requests), and the consents people gave.
import type { VppMigration } from './types.js';

export const login: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('login_clients')
      .addColumn('client_id', 'text', (c) => c.primaryKey())
      .addColumn('msn', 'text', (c) => c.notNull().unique())
      .addColumn('client_secret', 'text', (c) => c.notNull()) // sealed (rt.box.encrypt): the portal shows it again
      .addColumn('redirect_uris', 'text', (c) => c.notNull().defaultTo('[]')) // JSON string[]
      .addColumn('token_auth_method', 'text', (c) => c.notNull().defaultTo('client_secret_basic'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('login_oidc_models')
      .addColumn('model', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull()) // JSON, as oidc-provider hands it over
      .addColumn('grant_id', 'text')
      .addColumn('uid', 'text')
      .addColumn('account_id', 'text')
      .addColumn('expires_at', 'bigint') // epoch ms on vpp's clock
      .addColumn('consumed_at', 'bigint')
      .addPrimaryKeyConstraint('login_oidc_models_pk', ['model', 'id'])
      .execute();
    await db.schema.createIndex('login_oidc_models_grant').on('login_oidc_models').column('grant_id').execute();
    await db.schema.createIndex('login_oidc_models_uid').on('login_oidc_models').column('uid').execute();
    await db.schema.createIndex('login_oidc_models_account').on('login_oidc_models').columns(['account_id', 'model']).execute();

    await db.schema
      .createTable('login_consents')
      .addColumn('sub', 'text', (c) => c.notNull())
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('scopes', 'text', (c) => c.notNull()) // space-separated
      .addColumn('granted_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('login_consents_pk', ['sub', 'client_id'])
      .execute();
  },
};
