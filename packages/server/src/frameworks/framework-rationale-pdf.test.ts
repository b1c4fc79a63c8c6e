import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { DEMO_FRAMEWORK_CODE } from '@weegschaal/core';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { ahpConsistencyRatio } from './framework-rationale-pdf.ts';

/** The text PDFKit drew, from the deflated content streams, for asserting what a page states. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      const text = inflateSync(pdf.subarray(start, end)).toString('latin1');
      // PDFKit writes text as hex strings <...> inside TJ arrays
      for (const h of text.matchAll(/<([0-9a-f]+)>/g))
        out.push(Buffer.from(h[1]!, 'hex').toString('latin1'));
      out.push('\n');
    } catch {
      // not a deflated stream (fonts, images): no text of ours
    }
  }
  return out.join('');
}

describe('framework rationale by content negotiation', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let frameworkId = '';
  let weightSetId = '';

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadDemoData(handle.db);
    app = await buildServer({ handle, webRoot: null });
    const list = await app.inject({ url: `/api/v1/frameworks?code=${DEMO_FRAMEWORK_CODE}` });
    const framework = list.json().items[0];
    frameworkId = framework.id;
    expect(framework.status).toBe('published');
    expect(framework.demo).toBe(true);
    const sets = await app.inject({ url: `/api/v1/frameworks/${frameworkId}/weight-sets` });
    const items = sets.json().items as { id: string; method: string }[];
    expect(items.map((s) => s.method)).toEqual(['swing', 'ahp']);
    weightSetId = items[0]!.id;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('gives JSON by default and to Accept: application/json', async () => {
    for (const accept of [undefined, 'application/json', '*/*']) {
      const res = await app.inject({
        url: `/api/v1/frameworks/${frameworkId}/rationale?weightSetId=${weightSetId}&samples=500`,
        headers: accept ? { accept } : {},
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json().demo).toBe(true);
      expect(res.json().statements.nl.length).toBeGreaterThan(3);
    }
  });

  it('gives a PDF stating version, weights, method and the sensitivity result', async () => {
    const res = await app.inject({
      url: `/api/v1/frameworks/${frameworkId}/rationale?weightSetId=${weightSetId}&samples=500&language=en`,
      headers: { accept: 'application/pdf' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['api-version']).toBeDefined();
    expect(res.headers['content-disposition']).toContain(`rationale-${DEMO_FRAMEWORK_CODE}-v1.pdf`);
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const json = (
      await app.inject({
        url: `/api/v1/frameworks/${frameworkId}/rationale?weightSetId=${weightSetId}&samples=500`,
      })
    ).json();
    const text = pdfText(pdf);
    expect(text).toContain('Version 1 (published)');
    expect(text).toContain('Swing (demo) (swing weighting)');
    expect(text).toContain('Sensitivity to the weights');
    expect(text).toContain('SMAA-2');
    // the current top of the sensitivity analysis is named, as is every package's first-rank share
    expect(text).toContain(json.rankings.sensitivity.currentTop);
    expect(text).toContain('generated demonstration data');
  });

  it('states the consistency ratio of an AHP weight set', async () => {
    const sets = await app.inject({ url: `/api/v1/frameworks/${frameworkId}/weight-sets` });
    const ahp = (sets.json().items as { id: string; method: string; explanation: unknown }[]).find(
      (s) => s.method === 'ahp',
    )!;
    const cr = ahpConsistencyRatio(ahp.explanation);
    expect(cr).not.toBeNull();
    const res = await app.inject({
      url: `/api/v1/frameworks/${frameworkId}/rationale?weightSetId=${ahp.id}&samples=500&language=en`,
      headers: { accept: 'application/pdf' },
    });
    expect(pdfText(res.rawPayload)).toContain(`Consistency ratio (CR): ${cr!.toFixed(3)}`);
  });

  it('answers an unknown framework with a problem, also when a PDF is asked for', async () => {
    const res = await app.inject({
      url: `/api/v1/frameworks/00000000-0000-4000-8000-000000000000/rationale?weightSetId=${weightSetId}`,
      headers: { accept: 'application/pdf' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
