import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { AppConfig, OidcConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { UsersService } from '../users/users.service.js';
import { type RequestMeta, AuthService } from './auth.service.js';
import type { SessionUser } from '../common/current-user.decorator.js';
import { OidcLoginsRepository } from './oidc-logins.repository.js';
import { SsoNotConfigured, SsoSignInRefused } from './oidc.errors.js';

const PENDING_LOGIN_MS = 10 * 60 * 1000;
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/**
 * OIDC sign-in: authorization code flow with PKCE, state and nonce. People are matched by
 * (issuer, subject), or on their first SSO sign-in by verified email to an account an admin
 * created. Nobody is ever created, or given a role, by signing in.
 */
@Injectable()
export class OidcService {
  private discovered: Promise<client.Configuration> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logins: OidcLoginsRepository,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.config.auth.oidc !== undefined;
  }

  get label(): string | undefined {
    return this.config.auth.oidc?.label;
  }

  /** The identity provider's address to send the browser to. */
  async start(returnTo: string): Promise<URL> {
    const oidc = this.oidc();
    const configuration = await this.configuration(oidc);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await this.logins.insert({ state, nonce, codeVerifier, returnTo }, this.clock.now());
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri(),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
  }

  /** Finishes a sign-in from the identity provider's redirect; throws SsoSignInRefused when it must not succeed. */
  async finish(
    query: URLSearchParams,
    meta: RequestMeta,
  ): Promise<{ user: SessionUser; token: string; expiresAt: Date; returnTo: string }> {
    const oidc = this.oidc();
    const state = query.get('state') ?? '';
    const pending = state
      ? await this.logins.take(state, new Date(this.clock.now().getTime() - PENDING_LOGIN_MS))
      : undefined;
    if (!pending) return this.refuse(new SsoSignInRefused('sso_expired', 'unknown, expired or reused state'), meta);

    let claims: client.IDToken;
    try {
      const configuration = await this.configuration(oidc);
      const callbackUrl = new URL(`${this.redirectUri()}?${query.toString()}`);
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const found = tokens.claims();
      if (!found) throw new Error('no ID token');
      claims = found;
    } catch (error) {
      return this.refuse(
        new SsoSignInRefused('sso_failed', error instanceof Error ? error.message : String(error)),
        meta,
      );
    }

    const user = await this.match(claims);
    if (!user || user.disabledAt)
      return this.refuse(
        new SsoSignInRefused('sso_unknown_user', user ? 'account disabled' : 'no matching account'),
        meta,
        { email: typeof claims.email === 'string' ? claims.email.toLowerCase() : null, subject: claims.sub },
      );
    const session = await this.auth.startSession(user, meta, 'oidc');
    return { ...session, returnTo: pending.returnTo };
  }

  private async match(claims: client.IDToken) {
    const bySubject = await this.users.findByOidcSubject(claims.iss, claims.sub);
    if (bySubject) return bySubject;
    if (typeof claims.email !== 'string' || claims.email_verified !== true) return undefined;
    const byEmail = await this.users.findByEmail(claims.email);
    if (!byEmail || byEmail.oidcSubject) return undefined;
    await this.users.linkOidc(byEmail.id, claims.iss, claims.sub);
    return byEmail;
  }

  private async refuse(
    error: SsoSignInRefused,
    meta: RequestMeta,
    details: Record<string, unknown> = {},
  ): Promise<never> {
    await this.audit.record({ action: 'auth.sso_refused', details: { reason: error.detail, ...details }, ip: meta.ip });
    throw error;
  }

  private oidc(): OidcConfig {
    const oidc = this.config.auth.oidc;
    if (!oidc) throw new SsoNotConfigured();
    return oidc;
  }

  private redirectUri(): string {
    return `${this.config.auth.publicUrl}${OIDC_CALLBACK_PATH}`;
  }

  private configuration(oidc: OidcConfig): Promise<client.Configuration> {
    const issuer = new URL(oidc.issuer);
    // Plain HTTP only for an identity provider on this machine (development and tests).
    const local = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
    // The ID token's signature is checked against the provider's keys too, not only trusted because it came
    // over TLS: a signed token is the evidence of who signed in.
    const execute = [...local, client.enableNonRepudiationChecks];
    this.discovered ??= client
      .discovery(issuer, oidc.clientId, oidc.clientSecret, undefined, { execute })
      .catch((error: unknown) => {
        this.discovered = undefined; // try again next time rather than caching the failure
        throw error;
      });
    return this.discovered;
  }
}
