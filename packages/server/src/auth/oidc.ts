import * as client from 'openid-client';

/**
 * Optional login through a government identity provider (OpenID Connect, authorization
 * code flow with PKCE, state and nonce). Configured by environment; off when no issuer.
 */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** the public address of GET /api/v1/sessions/oidc/callback, as registered at the provider */
  redirectUri: string;
  /** which ID-token claim names the local account */
  usernameClaim: string;
  /** shown on the login button */
  label: string;
  /** only for a local test provider: allow http:// */
  allowInsecure: boolean;
}

export function oidcConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const issuer = env['WEEGSCHAAL_OIDC_ISSUER'];
  if (!issuer) return null;
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} must be set when WEEGSCHAAL_OIDC_ISSUER is set.`);
    return value;
  };
  return {
    issuer,
    clientId: required('WEEGSCHAAL_OIDC_CLIENT_ID'),
    clientSecret: required('WEEGSCHAAL_OIDC_CLIENT_SECRET'),
    redirectUri: required('WEEGSCHAAL_OIDC_REDIRECT_URI'),
    usernameClaim: env['WEEGSCHAAL_OIDC_USERNAME_CLAIM'] ?? 'preferred_username',
    label: env['WEEGSCHAAL_OIDC_LABEL'] ?? 'Inloggen met overheidsaccount',
    allowInsecure: env['WEEGSCHAAL_OIDC_ALLOW_HTTP'] === 'true',
  };
}

export interface OidcClient {
  config: OidcConfig;
  authorizationUrl(checks: { state: string; nonce: string; codeVerifier: string }): Promise<string>;
  /** validates the callback (state, PKCE, nonce, ID-token signature and claims) */
  identity(
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<{ username: string; issuer: string; subject: string }>;
}

export function createOidcClient(config: OidcConfig): OidcClient {
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client
      .discovery(new URL(config.issuer), config.clientId, config.clientSecret, undefined, {
        execute: config.allowInsecure ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = null; // try again next time: the provider may have been down
        throw error;
      });
    return discovered;
  };
  return {
    config,
    authorizationUrl: async ({ state, nonce, codeVerifier }) =>
      client
        .buildAuthorizationUrl(await configuration(), {
          redirect_uri: config.redirectUri,
          scope: 'openid profile',
          response_type: 'code',
          code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
          code_challenge_method: 'S256',
          state,
          nonce,
        })
        .toString(),
    identity: async (callbackUrl, { state, nonce, codeVerifier }) => {
      const tokens = await client.authorizationCodeGrant(await configuration(), callbackUrl, {
        expectedState: state,
        expectedNonce: nonce,
        pkceCodeVerifier: codeVerifier,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('the provider sent no ID token');
      const username = claims[config.usernameClaim];
      if (typeof username !== 'string' || username === '') {
        throw new Error(`the ID token has no '${config.usernameClaim}' claim`);
      }
      return { username, issuer: claims.iss, subject: claims.sub };
    },
  };
}

export const newOidcChecks = () => ({
  state: client.randomState(),
  nonce: client.randomNonce(),
  codeVerifier: client.randomPKCECodeVerifier(),
});
