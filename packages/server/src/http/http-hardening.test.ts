import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';

const cspOf = (headers: Record<string, unknown>): Map<string, string> =>
  new Map(
    String(headers['content-security-policy'])
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(' ')[0]!, d.slice(d.indexOf(' ') + 1)] as [string, string]),
  );

describe('HTTP hardening', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let proxied: FastifyInstance;
  let webRoot: string;

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    webRoot = mkdtempSync(join(tmpdir(), 'weegschaal-web-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app.js"></script>',
    );
    app = await buildServer({ handle, webRoot });
    app.get('/boom', () => {
      const error = new Error(
        'relation "secret_table" does not exist at /srv/weegschaal/node_modules/pg/lib/client.js:1',
      );
      throw error;
    });
    app.get('/boom-upstream', () => {
      throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432 (user weegschaal)'), {
        statusCode: 503,
      });
    });
    proxied = await buildServer({ handle, webRoot: null, trustProxy: ['127.0.0.1'] });
  });
  afterAll(async () => {
    await app.close();
    await proxied.close();
    await handle.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  describe('security headers', () => {
    it('sends a strict CSP and the anti-sniffing, referrer and framing headers on API, error and web responses', async () => {
      for (const url of ['/api/v1/health', '/api/v1/nope', '/', '/measures/some-client-route']) {
        const res = await app.inject({ url });
        const csp = cspOf(res.headers);
        expect(csp.get('script-src'), url).toBe("'self' 'report-sample'");
        expect(csp.get('style-src'), url).toBe("'self' 'report-sample'");
        expect(csp.get('frame-ancestors'), url).toBe("'none'");
        expect(csp.get('object-src'), url).toBe("'none'");
        expect(String(res.headers['content-security-policy'])).not.toContain('unsafe');
        expect(res.headers['x-content-type-options'], url).toBe('nosniff');
        expect(res.headers['x-frame-options'], url).toBe('DENY');
        expect(res.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
      }
    });

    it('relaxes only style-src, and only on the Swagger UI pages', async () => {
      const docs = await app.inject({ url: '/api/v1/docs/' });
      expect(docs.statusCode).toBe(200);
      const csp = cspOf(docs.headers);
      expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
      expect(csp.get('script-src')).toBe("'self' 'report-sample'");
      expect(csp.get('frame-ancestors')).toBe("'none'");
      const api = cspOf((await app.inject({ url: '/api/v1/openapi.json' })).headers);
      expect(api.get('style-src')).toBe("'self' 'report-sample'");
    });

    it('sends HSTS only over TLS, and believes X-Forwarded-Proto only from a trusted proxy', async () => {
      const plain = await app.inject({ url: '/api/v1/health' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
      // no proxy is trusted: a client cannot talk the server into HSTS with a header
      const forged = await app.inject({
        url: '/api/v1/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(forged.headers['strict-transport-security']).toBeUndefined();
      const viaProxy = await proxied.inject({
        url: '/api/v1/health',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(viaProxy.headers['strict-transport-security']).toBe(
        'max-age=31536000; includeSubDomains',
      );
      const untrustedPeer = await proxied.inject({
        url: '/api/v1/health',
        remoteAddress: '203.0.113.9',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(untrustedPeer.headers['strict-transport-security']).toBeUndefined();
    });
  });

  describe('request size limits', () => {
    it('refuses a body over 1 MiB with a 413 problem, before validation', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { username: 'x', password: 'y'.repeat(1024 * 1024 + 10) },
      });
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        status: 413,
        invalidParams: [{ name: 'body' }],
      });
    });

    it('refuses a body with a __proto__ key, saying where (found by the framework fuzzer)', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: { 'content-type': 'application/json' },
        payload: '{"username":"x","password":"y","__proto__":{"admin":true}}',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().invalidParams).toEqual([
        { name: 'body', reason: expect.stringContaining('not valid JSON') },
      ]);
    });

    it('lets the import endpoint take files above 1 MiB (up to its own 64 MiB limit)', async () => {
      const secretariat = await loginAs(
        app,
        handle,
        await createTestAccount(handle, 'secretariat', 'size-secretariat'),
      );
      const row = 'no-such-indicator,NL01,2021,1\n';
      const content = `indicator,region,period,value\n${row.repeat(Math.ceil((1.5 * 1024 * 1024) / row.length))}`;
      const res = await secretariat.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: { fileName: 'big.csv', content, dryRun: true },
      });
      // it gets through to the importer, which rejects the unknown indicator row by row
      expect(res.statusCode).toBe(200);
      expect(res.json().status).not.toBe('applied');
    });
  });

  describe('rate limits', () => {
    it('limits logins per client address with a 429 problem and Retry-After, other addresses unaffected', async () => {
      const limited = await buildServer({
        handle,
        webRoot: null,
        rateLimits: { login: { max: 3, windowMs: 60_000 }, intake: { max: 3, windowMs: 60_000 } },
      });
      const attempt = (remoteAddress: string) =>
        limited.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          remoteAddress,
          payload: { username: 'nobody', password: 'wrong password' },
        });
      for (let i = 0; i < 3; i++) expect((await attempt('198.51.100.1')).statusCode).toBe(401);
      const blocked = await attempt('198.51.100.1');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['content-type']).toContain('application/problem+json');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
      expect((await attempt('198.51.100.2')).statusCode).toBe(401);
      // other routes are not limited
      for (let i = 0; i < 5; i++) {
        const res = await limited.inject({ url: '/api/v1/health', remoteAddress: '198.51.100.1' });
        expect(res.statusCode).toBe(200);
      }
      await limited.close();
    });

    it('limits signal intake per account, not per address: a colleague behind the same NAT still gets through', async () => {
      const limited = await buildServer({
        handle,
        webRoot: null,
        rateLimits: { login: { max: 3, windowMs: 60_000 }, intake: { max: 2, windowMs: 60_000 } },
      });
      const intake = {
        text: 'Buurthuis dicht, ouderen vereenzamen.',
        region: 'GM0344',
        observedOn: new Date().toISOString().slice(0, 10),
        domain: 'mental-health',
        targetGroup: 'elderly',
        knowledgeSource: 'seen',
      };
      const [a, b] = [
        await loginAs(
          limited,
          handle,
          await createTestAccount(handle, 'practice-circle-reporter', 'reporter-a'),
        ),
        await loginAs(
          limited,
          handle,
          await createTestAccount(handle, 'practice-circle-reporter', 'reporter-b'),
        ),
      ];
      const send = (who: typeof a) =>
        who.inject({
          method: 'POST',
          url: '/api/v1/signals',
          remoteAddress: '198.51.100.7',
          payload: intake,
        });
      expect((await send(a)).statusCode).toBe(201);
      expect((await send(a)).statusCode).toBe(201);
      const blocked = await send(a);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['content-type']).toContain('application/problem+json');
      expect((await send(b)).statusCode).toBe(201);
      await limited.close();
    });

    it('applies the default login limit (20 a minute) when none is given', async () => {
      // the database throttle also refuses the 21st failure from one address (for 15
      // minutes); the memory limit is told apart by its message and its one-minute window
      const responses = [];
      for (let i = 0; i < 21; i++) {
        responses.push(
          await app.inject({
            method: 'POST',
            url: '/api/v1/sessions',
            remoteAddress: '192.0.2.77',
            payload: { username: 'nobody', password: 'wrong password' },
          }),
        );
      }
      expect(responses.slice(0, 20).every((r) => r.statusCode === 401)).toBe(true);
      const limited = responses[20]!;
      expect(limited.statusCode).toBe(429);
      expect(limited.json().detail).toMatch(/^Too many requests/);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    });
  });

  describe('problem responses', () => {
    it('turns an unexpected error into a generic 500 problem without stack, SQL or paths', async () => {
      const res = await app.inject({ url: '/boom' });
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const body = res.json();
      expect(body).toEqual({
        type: 'https://weegschaal.example/problems/internal-server-error',
        title: 'Internal Server Error',
        status: 500,
        detail: 'An unexpected error occurred; it has been logged.',
        instance: '/boom',
      });
      expect(res.body).not.toMatch(/secret_table|node_modules|\bat \/|stack/);
    });

    it('keeps internals out of other 5xx problems too', async () => {
      const res = await app.inject({ url: '/boom-upstream' });
      expect(res.statusCode).toBe(503);
      expect(res.body).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|weegschaal\)/);
      expect(res.json().detail).toBe('An unexpected error occurred; it has been logged.');
    });

    it('answers malformed JSON with a 400 problem, not a parser stack', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: { 'content-type': 'application/json' },
        payload: '{"username": "a", ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).not.toMatch(/node_modules|\bat [A-Za-z.]+ \(/);
    });
  });
});
