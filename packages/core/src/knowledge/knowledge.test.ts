import { describe, expect, it } from 'vitest';
import { reviewState, snippetParts, validatePlaybook } from './knowledge.ts';
import { demoKnowledge } from './demo-knowledge.ts';

describe('knowledge base rules', () => {
  it('calls a plan stale from the day after its review date, and says why', () => {
    expect(reviewState('2026-11-24', '2026-11-24')).toMatchObject({ stale: false, daysOverdue: 0 });
    const late = reviewState('2026-11-24', '2026-11-26');
    expect(late).toMatchObject({ stale: true, daysOverdue: 2 });
    expect(late.explanation).toBe('review date 2026-11-24 passed 2 day(s) before 2026-11-26');
  });

  it('cuts a highlighted text into parts without losing or adding a character', () => {
    const text = 'De \u0002scholen\u0003 bleven dicht; \u0002school\u0003';
    const parts = snippetParts(text, '\u0002', '\u0003');
    expect(parts).toEqual([
      { text: 'De ', match: false },
      { text: 'scholen', match: true },
      { text: ' bleven dicht; ', match: false },
      { text: 'school', match: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(
      text.replaceAll('\u0002', '').replaceAll('\u0003', ''),
    );
    expect(snippetParts('geen treffer', '\u0002', '\u0003')).toEqual([
      { text: 'geen treffer', match: false },
    ]);
  });

  it('names each invalid field of a playbook', () => {
    const [playbook] = demoKnowledge().playbooks;
    expect(() => validatePlaybook({ ...playbook!, reviewBy: '31-12-2026', owner: ' ' })).toThrow(
      expect.objectContaining({
        invalidParams: [
          expect.objectContaining({ name: 'owner' }),
          expect.objectContaining({ name: 'reviewBy', value: '31-12-2026' }),
        ],
      }),
    );
    for (const p of demoKnowledge().playbooks) expect(() => validatePlaybook(p)).not.toThrow();
  });
});
