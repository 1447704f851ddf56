// oidc-provider ships no types. vpp uses a small part of it: the Provider (a Koa app with
// callback()), its interaction helpers, its models and its error classes.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, string | undefined>;
    session?: { accountId?: string };
    grantId?: string;
    lastSubmission?: Record<string, unknown>;
  }

  export interface GrantInstance {
    accountId: string;
    clientId: string;
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }

  export interface BackchannelRequestInstance {
    jti: string;
    accountId: string;
    clientId: string;
    scope: string;
    params: Record<string, string | undefined>;
    grantId?: string;
    error?: string;
  }

  export class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    issuer: string;
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: (ctx: any, next: () => Promise<void>) => Promise<void>): void;
    on(event: string, listener: (...args: any[]) => void): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
    backchannelResult(request: BackchannelRequestInstance | string, result: GrantInstance | Error, options?: Record<string, unknown>): Promise<void>;
    Grant: { new (o: { accountId: string; clientId: string }): GrantInstance; find(id: string): Promise<GrantInstance | undefined> };
    BackchannelAuthenticationRequest: { find(id: string): Promise<BackchannelRequestInstance | undefined> };
    Client: { find(id: string): Promise<({ clientId: string } & Record<string, unknown>) | undefined> };
  }

  export const errors: Record<string, new (description?: string, detail?: string) => Error & { status: number; error: string; error_description?: string }>;
  export const interactionPolicy: any;
  export default Provider;
}
