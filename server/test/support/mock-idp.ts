import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import * as jose from 'jose';

export type IdpIdentity = { sub: string; email?: string; email_verified?: boolean };
/** How the next token answer misbehaves, to check that the app refuses it. */
export type IdpTamper = 'none' | 'bad-signature' | 'wrong-audience' | 'replayed-nonce';

type PendingCode = { clientId: string; redirectUri: string; nonce: string; challenge: string; identity: IdpIdentity };

/**
 * A small OpenID Provider on loopback: discovery, JWKS, an authorize endpoint that signs the
 * configured person in at once, and a token endpoint that checks PKCE and the client secret.
 */
export class MockIdp {
  identity: IdpIdentity = { sub: 'entra-subject-1', email: 'person@open.ac.uk', email_verified: true };
  tamper: IdpTamper = 'none';
  readonly clientId = 'ou-listening';
  readonly clientSecret = 'mock-client-secret';
  private readonly codes = new Map<string, PendingCode>();
  private readonly usedNonces: string[] = [];
  private server!: Server;
  private keys!: { privateKey: jose.CryptoKey; publicJwk: jose.JWK; otherKey: jose.CryptoKey };
  issuer = '';

  async start(): Promise<this> {
    const { privateKey, publicKey } = await jose.generateKeyPair('RS256', { extractable: true });
    const other = await jose.generateKeyPair('RS256');
    this.keys = {
      privateKey,
      publicJwk: { ...(await jose.exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' },
      otherKey: other.privateKey,
    };
    this.server = createServer((req, res) => {
      this.handle(req)
        .then(({ status, headers, body }) => {
          res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
          res.end(body === undefined ? undefined : JSON.stringify(body));
        })
        .catch((error: unknown) => {
          res.writeHead(500);
          res.end(String(error));
        });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; headers?: Record<string, string>; body?: unknown }> {
    const url = new URL(req.url ?? '/', this.issuer);
    if (url.pathname === '/.well-known/openid-configuration')
      return {
        status: 200,
        body: {
          issuer: this.issuer,
          authorization_endpoint: `${this.issuer}/authorize`,
          token_endpoint: `${this.issuer}/token`,
          jwks_uri: `${this.issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        },
      };
    if (url.pathname === '/jwks') return { status: 200, body: { keys: [this.keys.publicJwk] } };
    if (url.pathname === '/authorize') {
      const p = url.searchParams;
      if (p.get('client_id') !== this.clientId || p.get('code_challenge_method') !== 'S256' || !p.get('nonce'))
        return { status: 400, body: { error: 'invalid_request' } };
      const code = randomBytes(16).toString('hex');
      this.codes.set(code, {
        clientId: this.clientId,
        redirectUri: p.get('redirect_uri')!,
        nonce: p.get('nonce')!,
        challenge: p.get('code_challenge')!,
        identity: { ...this.identity },
      });
      const back = new URL(p.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', p.get('state')!);
      return { status: 302, headers: { Location: back.href } };
    }
    if (url.pathname === '/token' && req.method === 'POST') return this.token(req);
    return { status: 404, body: { error: 'not_found' } };
  }

  private async token(req: IncomingMessage) {
    const form = new URLSearchParams(await readBody(req));
    const basic = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
    const [id, secret] = basic.split(':').map(decodeURIComponent);
    const clientOk =
      (id === this.clientId && secret === this.clientSecret) ||
      (form.get('client_id') === this.clientId && form.get('client_secret') === this.clientSecret);
    const pending = this.codes.get(form.get('code') ?? '');
    this.codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (!clientOk) return { status: 401, body: { error: 'invalid_client' } };
    if (!pending || pending.redirectUri !== form.get('redirect_uri') || pending.challenge !== challenge)
      return { status: 400, body: { error: 'invalid_grant' } };

    const nonce = this.tamper === 'replayed-nonce' && this.usedNonces.length > 0 ? this.usedNonces[0]! : pending.nonce;
    this.usedNonces.push(pending.nonce);
    const idToken = await new jose.SignJWT({ ...pending.identity, nonce })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(this.issuer)
      .setAudience(this.tamper === 'wrong-audience' ? 'some-other-app' : this.clientId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(this.tamper === 'bad-signature' ? this.keys.otherKey : this.keys.privateKey);
    return {
      status: 200,
      body: { access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: idToken },
    };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
