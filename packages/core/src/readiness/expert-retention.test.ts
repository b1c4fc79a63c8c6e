import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { expertsDueForPurge, retentionOf } from './expert-retention.ts';
import { validateExpert } from './organisation.ts';
import { demoReadiness } from './demo-readiness.ts';

const consent = (expiresOn: string) => ({
  givenOn: '2024-01-01',
  scope: 'activation' as const,
  expiresOn,
});

describe('expert pool retention', () => {
  it('keeps a record three months after consent expires, and removes it from that day', () => {
    const expert = { id: 'e', consent: consent('2026-08-23') };
    expect(retentionOf(expert, '2026-08-23')).toMatchObject({
      consentState: 'valid',
      purgeDue: false,
    });
    expect(retentionOf(expert, '2026-08-24')).toMatchObject({
      consentState: 'expired',
      purgeOn: '2026-11-23',
      purgeDue: false,
    });
    expect(retentionOf(expert, '2026-11-23')).toMatchObject({ purgeDue: true });
    expect(retentionOf(expert, '2026-11-23').explanation).toContain('removed from 2026-11-23');
  });

  it('selects exactly the demo expert whose consent expired long ago', () => {
    const demo = demoReadiness('2026-11-23');
    const due = expertsDueForPurge(demo.experts, '2026-11-23');
    expect(due.map((d) => d.expertId)).toEqual([demo.experts[0]!.id]);
  });

  it('refuses consent that ends before it starts, naming the field', () => {
    const demo = demoReadiness('2026-11-23').experts[2]!;
    expect(() => validateExpert({ ...demo, consent: consent('2023-12-31') })).toThrow(DomainError);
    try {
      validateExpert({
        ...demo,
        consent: consent('2023-12-31'),
        contact: { kind: 'email', address: 'x' },
      });
    } catch (error) {
      expect((error as DomainError).invalidParams.map((p) => p.name)).toEqual([
        'contact.address',
        'consent.expiresOn',
      ]);
    }
  });
});
