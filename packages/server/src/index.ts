export * from './app.ts';
export { API_VERSION } from './http/responses.ts';
