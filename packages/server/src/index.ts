export * from './app.ts';
export { API_VERSION } from './http/responses.ts';
export { oidcConfigFromEnv } from './auth/oidc.ts';
export type { OidcConfig } from './auth/oidc.ts';
