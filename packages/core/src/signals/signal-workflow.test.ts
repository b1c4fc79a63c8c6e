import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors/domain-error.ts';
import { ROLES } from '../access/role.ts';
import { SIGNAL_STATUSES } from './signal.ts';
import { SIGNAL_TRANSITIONS, URGENCY_DUE_HOURS, transitionSignal } from './signal-workflow.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const at = (status: (typeof SIGNAL_STATUSES)[number]) => ({ status, reference: 'SIG-2026-000001' });
const full = {
  urgency: 'normal',
  interpretation: 'Past bij het landelijke beeld.',
  note: 'dubbel gemeld',
};

describe('signal workflow', () => {
  it('allows exactly the documented transitions and refuses every other pair with a conflict', () => {
    for (const from of SIGNAL_STATUSES)
      for (const to of SIGNAL_STATUSES) {
        const run = () => transitionSignal(at(from), { to, ...full }, 'secretariat', NOW);
        if (SIGNAL_TRANSITIONS[from].includes(to)) expect(run().changes.status).toBe(to);
        else expect(run).toThrow(expect.objectContaining({ kind: 'conflict' }));
      }
  });

  it('lets only the MIT triage', () => {
    for (const role of ROLES) {
      const run = () => transitionSignal(at('new'), { to: 'triaged', urgency: 'high' }, role, NOW);
      if (['secretariat', 'mit-member', 'mit-chair'].includes(role))
        expect(run().changes.urgency).toBe('high');
      else expect(run).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    }
  });

  it('sets the due time from the urgency and clears it once interpreted', () => {
    for (const urgency of ['immediate', 'high', 'normal', 'low'] as const) {
      const result = transitionSignal(at('new'), { to: 'triaged', urgency }, 'mit-member', NOW);
      expect(Date.parse(result.changes.dueAt!) - NOW.getTime()).toBe(
        URGENCY_DUE_HOURS[urgency] * 3_600_000,
      );
      expect(result.explanation).toContain(String(URGENCY_DUE_HOURS[urgency]));
    }
    const interpreted = transitionSignal(
      at('triaged'),
      { to: 'interpreted', interpretation: 'x' },
      'mit-member',
      NOW,
    );
    expect(interpreted.changes.dueAt).toBeNull();
  });

  it('names every missing or wrong field', () => {
    const error = (() => {
      try {
        transitionSignal(
          at('new'),
          { to: 'triaged', domain: 'weather', region: 'Amsterdam' },
          'mit-chair',
          NOW,
        );
      } catch (e) {
        return e;
      }
    })() as DomainError;
    expect(error.kind).toBe('invalid-input');
    expect(error.invalidParams.map((p) => p.name)).toEqual([
      'body.urgency',
      'body.domain',
      'body.region',
    ]);
    expect(() =>
      transitionSignal(
        at('triaged'),
        { to: 'interpreted', interpretation: '  ' },
        'mit-chair',
        NOW,
      ),
    ).toThrow(/interpreted/);
    expect(() => transitionSignal(at('triaged'), { to: 'closed' }, 'mit-chair', NOW)).toThrow(
      expect.objectContaining({ invalidParams: [expect.objectContaining({ name: 'body.note' })] }),
    );
    expect(() =>
      transitionSignal(
        at('triaged'),
        { to: 'interpreted', interpretation: 'x', linkedIndicatorCodes: ['nope'] },
        'mit-chair',
        NOW,
        new Set(['werkloosheid']),
      ),
    ).toThrow(
      expect.objectContaining({
        invalidParams: [expect.objectContaining({ name: 'body.linkedIndicatorCodes[0]' })],
      }),
    );
  });

  it('reclassifies region to gemeente and wijk at triage', () => {
    const result = transitionSignal(
      at('new'),
      { to: 'triaged', urgency: 'low', region: 'BU03630101' },
      'secretariat',
      NOW,
    );
    expect(result.changes).toMatchObject({
      regionCode: 'BU03630101',
      gemeenteCode: 'GM0363',
      wijkCode: 'WK036301',
    });
  });
});
