import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyJson, fuzzParameters, fuzzTimeout, nastyCell } from '../../../../test-support/fuzz.ts';
import { KNOWLEDGE_SOURCES, SIGNAL_DOMAINS, TARGET_GROUPS } from './signal.ts';
import { SIGNAL_TEXT_MAX_LENGTH, validateSignalIntake } from './signal-intake.ts';
import type { SignalIntakeInput } from './signal-intake.ts';

const TODAY = '2026-11-20';
const FIELDS = [
  'text',
  'region',
  'observedOn',
  'domain',
  'targetGroup',
  'peopleCount',
  'knowledgeSource',
];

/** A field that is sometimes right, often nearly right, and sometimes anything at all. */
const field = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof(good, nastyCell, anyJson, fc.constant(undefined));

const intake: fc.Arbitrary<SignalIntakeInput> = fc.record({
  text: field(
    fc.oneof(
      fc.string({ minLength: 1, maxLength: 200 }),
      fc.constant('x'.repeat(SIGNAL_TEXT_MAX_LENGTH + 1)),
    ),
  ),
  region: field(
    fc.constantFrom('GM0344', 'WK034401', 'BU03440101', ' gm0344 ', 'Utrecht', 'GM 0344'),
  ),
  observedOn: field(
    fc.constantFrom(
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2021-02-31',
      '31-02-2021',
      '2025-11-18',
      '2026-13-01',
    ),
  ),
  domain: field(fc.constantFrom(...SIGNAL_DOMAINS)),
  targetGroup: field(fc.constantFrom(...TARGET_GROUPS)),
  peopleCount: field(
    fc.oneof(
      fc.integer({ min: -3, max: 100_000 }),
      fc.constantFrom(Number.NaN, Infinity, 1.5, null),
    ),
  ),
  knowledgeSource: field(fc.constantFrom(...KNOWLEDGE_SOURCES)),
});

/**
 * Signal intake from a phone in the field: whatever arrives, validation answers with the
 * failing fields by name (and never echoes the text, which may hold personal data), or a
 * valid intake whose every field is in range. FUZZ_RUNS=20000 runs the long form.
 */
describe('signal intake fuzzing (core)', { timeout: fuzzTimeout }, () => {
  it('names every failing field, never throws, never echoes the text', () => {
    fc.assert(
      fc.property(intake, fc.boolean(), (input, withRegistry) => {
        const result = validateSignalIntake(input, {
          today: TODAY,
          fieldPrefix: 'body.',
          ...(withRegistry
            ? {
                knownGemeente: (code: string) => code === 'GM0344',
                gemeenteByName: (name: string) =>
                  name.toLowerCase() === 'utrecht' ? 'GM0344' : undefined,
              }
            : {}),
        });
        if (result.ok) {
          const v = result.value;
          expect(SIGNAL_DOMAINS).toContain(v.domain);
          expect(TARGET_GROUPS).toContain(v.targetGroup);
          expect(KNOWLEDGE_SOURCES).toContain(v.knowledgeSource);
          expect(v.observedOn <= TODAY).toBe(true);
          expect(v.text.length).toBeGreaterThan(0);
          expect(v.text.length).toBeLessThanOrEqual(SIGNAL_TEXT_MAX_LENGTH);
          if (v.peopleCount !== null)
            expect(Number.isInteger(v.peopleCount) && v.peopleCount >= 1).toBe(true);
          return;
        }
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(FIELDS.map((f) => `body.${f}`)).toContain(e.name);
          expect(e.reason).toMatch(/\S/);
          if (e.name === 'body.text') expect(e.value).toBeUndefined();
        }
      }),
      fuzzParameters(3000),
    );
  });
});
