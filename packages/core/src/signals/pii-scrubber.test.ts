import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  passesElevenTest,
  passesIbanCheck,
  piiPlaceholders,
  scrubPersonalData,
} from './pii-scrubber.ts';
import type { PiiKind } from './pii-scrubber.ts';

const counts = (text: string) =>
  Object.fromEntries(scrubPersonalData(text).masked.map((f) => [f.kind, f.count]));

describe('the 11-test and the IBAN check', () => {
  it('accepts numbers that pass the 11-test and rejects their neighbours', () => {
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6 × 11
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('111222334')).toBe(false);
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('12345678')).toBe(false);
  });

  it('validates IBANs by country length and mod 97', () => {
    expect(passesIbanCheck('NL91ABNA0417164300')).toBe(true);
    expect(passesIbanCheck('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(passesIbanCheck('nl91abna0417164300')).toBe(true);
    expect(passesIbanCheck('BE68539007547034')).toBe(true);
    expect(passesIbanCheck('DE89370400440532013000')).toBe(true);
    expect(passesIbanCheck('NL92ABNA0417164300')).toBe(false); // check digits off by one
    expect(passesIbanCheck('NL91ABNA041716430')).toBe(false); // too short for NL
    expect(passesIbanCheck('ZZ91ABNA0417164300')).toBe(false); // no such country
  });
});

describe('scrubbing personal data from free text', () => {
  it('masks e-mail addresses', () => {
    const r = scrubPersonalData(
      'Mail j.de.vries+werk@gemeente-utrecht.nl of info@mit.example.org.',
    );
    expect(r.text).toBe('Mail [e-mailadres] of [e-mailadres].');
    expect(r.masked).toEqual([{ kind: 'email', count: 2 }]);
    expect(r.total).toBe(2);
  });

  it.each([
    ['06-12345678'],
    ['0612345678'],
    ['06 12 34 56 78'],
    ['+31 6 1234 5678'],
    ['+31612345678'],
    ['+31 (0)6 12345678'],
    ['0031 6 12345678'],
    ['0031612345678'],
    ['020-1234567'],
    ['020 123 45 67'],
    ['(020) 123 4567'],
    ['010-1234567'],
    ['0591-123456'],
  ])('masks the phone number %s', (phone) => {
    const r = scrubPersonalData(`Bel ${phone} na 17 uur.`);
    expect(r.text).toBe(`Bel ${piiPlaceholders.phone} na 17 uur.`);
    expect(r.masked).toEqual([{ kind: 'phone', count: 1 }]);
  });

  it.each([['123456782'], ['1234.56.782'], ['123.456.782'], ['123 456 782'], ['1234 56 782']])(
    'masks the BSN %s, which passes the 11-test',
    (bsn) => {
      const r = scrubPersonalData(`Mijn BSN is ${bsn}, graag terugbellen.`);
      expect(r.text).toBe('Mijn BSN is [BSN], graag terugbellen.');
      expect(r.masked).toEqual([{ kind: 'bsn', count: 1 }]);
    },
  );

  it('masks a BSN that starts inside a rejected candidate (found by fast-check)', () => {
    // "2021 12 011" looks like a 4-2-3 BSN and fails the 11-test; a scan that skips past a
    // rejected candidate never sees the real BSN 011 001 008 that starts inside it
    const r = scrubPersonalData('2021 12 011 001 008');
    expect(r.text).toBe('2021 12 [BSN]');
  });

  it('keeps a 9-digit number that fails the 11-test: it cannot be a BSN', () => {
    const text = 'Dossiernummer 123456789 is gesloten.';
    expect(scrubPersonalData(text)).toEqual({ text, masked: [], total: 0, rules: [] });
  });

  it('masks IBANs written compact, grouped or in lower case, and keeps invalid ones', () => {
    const r = scrubPersonalData(
      'Stort op NL91 ABNA 0417 1643 00 en niet op NL91ABNA0417164300, of be68539007547034. Fout: NL92ABNA0417164300.',
    );
    expect(r.text).toBe('Stort op [IBAN] en niet op [IBAN], of [IBAN]. Fout: NL92ABNA0417164300.');
    expect(r.masked).toEqual([{ kind: 'iban', count: 3 }]);
  });

  it.each([
    ['1234 AB 12'],
    ['1234AB12'],
    ['1234AB12a'],
    ['1234 AB 12-3'],
    ['1234 AB, 12 A'],
    ['1234ab 7'],
  ])('masks the postcode with house number %s', (address) => {
    const r = scrubPersonalData(`Het gaat om ${address} in de wijk.`);
    expect(r.text).toBe('Het gaat om [postcode en huisnummer] in de wijk.');
    expect(r.masked).toEqual([{ kind: 'postcode-house-number', count: 1 }]);
  });

  it.each([
    ['dates', 'Gezien op 12-03-2021, op 2021-03-12 en op 01/02/2022 om 06:30.'],
    ['amounts', 'Een tekort van € 123.456.782, € 1.234.567,89 en EUR 123456782 aan steun.'],
    ['decimal numbers', 'Een stijging van 123456782,5 procent.'],
    [
      'counts and years',
      'In 2021 en 2022 meldden 40 ondernemers en 120 zzp-ers zich, 1234 in totaal.',
    ],
    ['a postcode area without house number', 'Vooral in 1234 AB en 3500 speelt dit.'],
    ['a year followed by a word and a number', 'In 2021 in 12 wijken, vanaf 2020 op 3 plekken.'],
    ['a 10-digit number not starting with 0', 'Zaaknummer 2021123456 loopt nog.'],
    ['a BSN-like number inside a longer number', 'Referentie 91234567820 is bekend.'],
  ])('leaves %s alone', (_label, text) => {
    expect(scrubPersonalData(text)).toEqual({ text, masked: [], total: 0, rules: [] });
  });

  it('reports kinds and counts with their rules, never the values', () => {
    const text =
      'Jan (jan@example.nl, 06-98765432, BSN 111222333) woont op 5678 XY 9 en heeft rekening NL91ABNA0417164300; zijn zus belt +31 20 123 4567.';
    const r = scrubPersonalData(text);
    expect(counts(text)).toEqual({
      email: 1,
      iban: 1,
      phone: 2,
      bsn: 1,
      'postcode-house-number': 1,
    });
    expect(r.total).toBe(6);
    expect(r.rules.map((x) => x.kind)).toEqual(r.masked.map((x) => x.kind));
    const report = JSON.stringify({ masked: r.masked, rules: r.rules });
    for (const secret of ['jan@example.nl', '98765432', '111222333', '5678 XY 9', 'NL91'])
      expect(report).not.toContain(secret);
    for (const secret of ['jan@example.nl', '98765432', '111222333', '5678 XY', 'ABNA'])
      expect(r.text).not.toContain(secret);
  });
});

describe('scrubbing properties', () => {
  const digits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
  // a valid BSN: choose d1..d8, then d9 = (Σ (9−i)·dᵢ) mod 11, rejecting the remainder 10
  const bsn = digits(8)
    .map((d) => {
      const sum = d.reduce((s, x, i) => s + (9 - i) * x, 0);
      return [...d, sum % 11].join('');
    })
    .filter((s) => s.length === 9 && s !== '000000000' && passesElevenTest(s));
  const bsnWritten = fc
    .tuple(bsn, fc.constantFrom('plain', '333', '423'), fc.constantFrom(' ', '.', '-'))
    .map(([b, layout, sep]) =>
      layout === 'plain'
        ? b
        : layout === '333'
          ? [b.slice(0, 3), b.slice(3, 6), b.slice(6)].join(sep)
          : [b.slice(0, 4), b.slice(4, 6), b.slice(6)].join(sep),
    );
  // a valid Dutch IBAN: bank code and account, then the check digits that make mod 97 = 1
  const iban = fc
    .tuple(fc.constantFrom('ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB'), digits(10))
    .map(([bank, account]) => {
      const body = bank + account.join('');
      const numeric = (body + 'NL00')
        .split('')
        .map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c))
        .join('');
      const check = 98 - Number(BigInt(numeric) % 97n);
      return `NL${String(check).padStart(2, '0')}${body}`;
    });
  const ibanWritten = fc.tuple(iban, fc.boolean(), fc.boolean()).map(([i, grouped, lower]) => {
    const s = grouped ? (i.match(/.{1,4}/g) ?? []).join(' ') : i;
    return lower ? s.toLowerCase() : s;
  });
  const email = fc.emailAddress();
  const word = fc.constantFrom(
    'melding',
    'over',
    'de',
    'wijk',
    'ondernemers',
    'zorgen',
    'geen',
    'week',
    'jongeren',
    'in',
    'op',
    'en',
    '12',
    '2021',
    '€ 40',
    '3,5%',
    '(zie',
    'hierboven)',
    ':',
    '-',
  );
  const pii = fc.oneof(
    bsnWritten.map((v) => ({ kind: 'bsn' as PiiKind, v })),
    ibanWritten.map((v) => ({ kind: 'iban' as PiiKind, v })),
    email.map((v) => ({ kind: 'email' as PiiKind, v })),
  );
  const text = fc
    .array(
      fc.oneof(
        word.map((w) => ({ kind: null, v: w })),
        pii,
      ),
      { maxLength: 20 },
    )
    .map((parts) => ({ parts, text: parts.map((p) => p.v).join(' ') }));

  it('never lets a valid BSN, IBAN or e-mail address through', () => {
    fc.assert(
      fc.property(text, ({ parts, text: input }) => {
        const out = scrubPersonalData(input).text;
        for (const p of parts) {
          if (p.kind === null) continue;
          expect(out).not.toContain(p.v);
          // nor its bare digits or compact form
          if (p.kind === 'bsn') expect(out).not.toContain(p.v.replace(/\D/g, ''));
          if (p.kind === 'iban')
            expect(out.toUpperCase()).not.toContain(p.v.replace(/ /g, '').toUpperCase());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          text.map((t) => t.text),
        ),
        (input) => {
          const once = scrubPersonalData(input);
          const twice = scrubPersonalData(once.text);
          expect(twice.text).toBe(once.text);
          expect(twice.total).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  // Separated by ' ; ': numbers that merely stand side by side can read as one other number
  // ("000 010 108 0000 00 012" holds the phone number 010 108 0000), masked all the same.
  it('counts one mask per generated item and leaves the words in place', () => {
    fc.assert(
      fc.property(text, ({ parts }) => {
        const r = scrubPersonalData(parts.map((p) => p.v).join(' ; '));
        expect(r.total).toBe(parts.filter((p) => p.kind !== null).length);
        const expected = parts.map((p) => (p.kind === null ? p.v : piiPlaceholders[p.kind]));
        expect(r.text).toBe(expected.join(' ; '));
      }),
      { numRuns: 500 },
    );
  });
});
