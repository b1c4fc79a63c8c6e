import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/role.ts';
import {
  approvalFor,
  publicationStatus,
  validatePublicationDraft,
  validateWithdrawal,
  wooMetadataFor,
} from './publication.ts';
import type { Publication } from './publication.ts';

const pub: Publication = {
  id: 'p1',
  documentType: 'work-programme',
  title: 'Werkprogramma MIT',
  summary: '',
  content: 'De tekst.',
  sourceRef: null,
  embargoUntil: '2026-01-13T10:00:00.000Z',
  requiredApprovals: [{ role: 'minister', department: 'SZW' }],
  approvals: [],
  targets: ['public-page'],
  withdrawal: null,
  woo: wooMetadataFor('work-programme', 'nl'),
  scheduledBy: 'u1',
  scheduledAt: '2026-01-10T10:00:00.000Z',
  demo: false,
};
const minister = (department: Principal['department']): Principal => ({
  userId: `m-${department}`,
  username: 'm',
  role: 'minister',
  department,
});
const at = (iso: string) => new Date(iso);

describe('publication protocol', () => {
  it('is public only after both the embargo and the approvals (seed 004: not before Parliament)', () => {
    const before = at('2026-01-13T09:59:59.000Z');
    const after = at('2026-01-13T10:00:00.000Z');
    expect(publicationStatus(pub, after).state).toBe('awaiting-approval');
    expect(publicationStatus(pub, after).reason).toContain('minister (SZW)');
    const approved = {
      ...pub,
      approvals: [
        {
          role: 'minister' as const,
          department: 'SZW' as const,
          userId: 'm',
          username: 'm',
          approvedAt: '2026-01-12T08:00:00.000Z',
        },
      ],
    };
    expect(publicationStatus(approved, before).state).toBe('embargoed');
    expect(publicationStatus(approved, after)).toMatchObject({
      state: 'published',
      publishedAt: '2026-01-13T10:00:00.000Z',
    });
    // approved after the embargo: public from the approval, not from the embargo
    const late = {
      ...approved,
      approvals: [{ ...approved.approvals[0]!, approvedAt: '2026-01-14T08:00:00.000Z' }],
    };
    expect(publicationStatus(late, at('2026-01-15T00:00:00Z')).publishedAt).toBe(
      '2026-01-14T08:00:00.000Z',
    );
    const withdrawn = {
      ...approved,
      withdrawal: { withdrawnAt: '2026-01-14T00:00:00Z', withdrawnBy: 'u', reason: 'te vroeg' },
    };
    expect(publicationStatus(withdrawn, after).state).toBe('withdrawn');
    expect(() => validateWithdrawal(withdrawn, 'nogmaals')).toThrow(/already withdrawn/);
  });

  it('takes the approval only from the minister asked for', () => {
    const now = at('2026-01-11T00:00:00Z');
    expect(approvalFor(minister('SZW'), pub, now)).toEqual({ role: 'minister', department: 'SZW' });
    expect(() => approvalFor(minister('VWS'), pub, now)).toThrow(
      /awaits no approval from minister \(VWS\)/,
    );
  });

  it('refuses an embargo in the past and a minister without a department', () => {
    const draft = {
      documentType: 'advice' as const,
      title: 't',
      summary: '',
      content: 'c',
      sourceRef: null,
      embargoUntil: '2026-01-01T00:00:00Z',
      requiredApprovals: [{ role: 'minister' as const, department: null }],
      targets: ['open-data' as const],
      language: 'nl' as const,
    };
    try {
      validatePublicationDraft(draft, at('2026-01-02T00:00:00Z'));
      expect.unreachable();
    } catch (e) {
      expect((e as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)).toEqual(
        ['embargoUntil', 'requiredApprovals[0].department'],
      );
    }
  });

  it('files each document type under its Woo information category', () => {
    expect(wooMetadataFor('advice', 'nl').informationCategory).toBe('adviezen');
    expect(wooMetadataFor('report', 'en').wooArticle).toBe('Woo art. 3.3 lid 2 sub m');
  });
});
