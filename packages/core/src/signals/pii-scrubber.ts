/**
 * Privacy by design for signals from practice: personal data in free text are masked before
 * the text is stored, so the original never reaches the database. The scrubber recognises
 * e-mail addresses, Dutch phone numbers, BSNs (only 9-digit numbers that pass the 11-test),
 * IBANs (only those with the right length for their country that pass the mod-97 check) and a
 * postcode followed by a house number. Validation keeps ordinary numbers — dates, amounts,
 * counts — in the text; a number that merely looks like a BSN but fails the 11-test is kept
 * because it cannot be one.
 *
 * The report says which kinds were masked and how often, never the values themselves, so it
 * can be stored and shown alongside the scrubbed text.
 *
 * Not recognised (a reporter's free text may still identify someone): names, street names
 * with a house number but no postcode, 8-digit BSNs written without the leading zero,
 * foreign phone numbers other than Dutch ones, e-mail addresses written as "jan at example nl".
 */
export type PiiKind = 'email' | 'iban' | 'phone' | 'bsn' | 'postcode-house-number';

/** The order in which the patterns run: longer, more specific patterns first, so that an
 * IBAN's digits are not taken for a phone number and a phone number's for a BSN. */
export const piiKinds: readonly PiiKind[] = [
  'email',
  'iban',
  'phone',
  'bsn',
  'postcode-house-number',
];

/** Placeholders contain no digits and no '@', so scrubbing a scrubbed text changes nothing. */
export const piiPlaceholders: Readonly<Record<PiiKind, string>> = {
  email: '[e-mailadres]',
  iban: '[IBAN]',
  phone: '[telefoonnummer]',
  bsn: '[BSN]',
  'postcode-house-number': '[postcode en huisnummer]',
};

export const piiRules: Readonly<Record<PiiKind, string>> = {
  email: 'e-mail address: name@domain.tld',
  iban: 'IBAN: country code, check digits and account, with the length for that country and a valid mod-97 check (ISO 13616)',
  phone:
    'Dutch phone number: 0 and nine digits (06-12345678, 020-1234567, (020) 123 45 67) or +31 / 0031 and nine digits (+31 6 1234 5678, +31 (0)20 123 4567)',
  bsn: 'BSN: nine digits (123456782, 1234.56.782, 123 456 782) that pass the 11-test; not preceded by a currency sign nor followed by a decimal part',
  'postcode-house-number':
    'postcode followed by a house number: 1234 AB 12, 1234AB12a, 1234 AB 12-3',
};

export interface PiiFinding {
  kind: PiiKind;
  count: number;
}

export interface ScrubResult {
  text: string;
  /** kinds masked with their counts, in the order of `piiKinds`; kinds not found are left out */
  masked: PiiFinding[];
  total: number;
  /** the rule behind every kind that was masked, so a reader can see why */
  rules: { kind: PiiKind; rule: string }[];
}

/** The 11-test (elfproef) for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  // 000000000 passes the arithmetic but is no one's number
  return sum % 11 === 0 && digits !== '000000000';
}

/** IBAN lengths per country (SWIFT IBAN registry); a country not listed is not an IBAN. */
const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18,
  NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24,
  SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24,
  XK: 20,
}; // prettier-ignore

/** ISO 13616 check: move the first four characters to the end, letters to 10..35, mod 97 = 1. */
export function passesIbanCheck(iban: string): boolean {
  const compact = iban.replace(/ /g, '').toUpperCase();
  const expected = ibanLengths[compact.slice(0, 2)];
  if (expected === undefined || compact.length !== expected) return false;
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

// Local part as RFC 5322 allows it unquoted (letters, digits and !#$%&'*+/=?^_`{|}~- in
// dot-separated runs); a domain of letter/digit/hyphen labels ending in a top-level domain.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const EMAIL = new RegExp(
  `(?<!${ATEXT}|\\.)${ATEXT}+(?:\\.${ATEXT}+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])`,
  'g',
);

// Where an IBAN can start: a country code and two check digits at the start of a word.
const IBAN_START = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}/g;

// Separators people put inside phone numbers: space, hyphen, dot, slash, parentheses.
const SEP = '[ \\u00a0.\\-/()]{0,2}';
const PHONE = new RegExp(
  `(?<![\\w+])(?:(?:\\+|00)31${SEP}(?:\\(0\\)${SEP})?|\\(?0)[1-9](?:${SEP}\\d){8}(?![\\w])`,
  'g',
);

// Nine digits written plainly or grouped 3-3-3 / 4-2-3 with a space, dot or hyphen.
const BSN =
  /(?<![\w.,€$-])(?<!(?:€|EUR|eur) )(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3})(?![\w-]|[.,]\d)/g;

// Postcode: 4 digits (not starting with 0), 2 letters; then the house number with an optional
// addition. Uppercase letters may stand apart from the digits; lowercase ones only attached
// ("1234ab 5"), so that "2021 in 12" is not taken for a postcode.
const POSTCODE_HOUSE =
  /(?<![\w-])[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2}|[A-Z][a-z]|[a-z][A-Z])[ ,]{0,2}\d{1,5}(?:(?:[ -]?[A-Za-z](?![A-Za-z]))|-\d{1,4})?(?![\w-])/g;

function maskPattern(
  text: string,
  pattern: RegExp,
  placeholder: string,
  accept: (match: RegExpExecArray) => boolean,
): { text: string; count: number } {
  let count = 0;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (!accept(m)) continue;
    out += text.slice(last, m.index) + placeholder;
    last = m.index + m[0].length;
    count++;
  }
  return { text: out + text.slice(last), count };
}

function scrubKind(text: string, kind: PiiKind): { text: string; count: number } {
  const placeholder = piiPlaceholders[kind];
  switch (kind) {
    case 'email':
      return maskPattern(text, EMAIL, placeholder, () => true);
    case 'iban':
      return scrubIbans(text, placeholder);
    case 'phone':
      return maskPattern(text, PHONE, placeholder, () => true);
    case 'bsn':
      return scrubBsns(text, placeholder);
    case 'postcode-house-number':
      return maskPattern(text, POSTCODE_HOUSE, placeholder, () => true);
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown kind ${String(unreachable)}`);
    }
  }
}

/**
 * BSN candidates can overlap: in "2021 12 011 001 008" the 4-2-3 candidate "2021 12 011"
 * fails the 11-test, and a scan that resumes after it never sees the BSN "011 001 008"
 * starting inside it. So every candidate from every start is tested, and the union of the
 * ones that pass is masked: masking too much is the safe error.
 */
function scrubBsns(text: string, placeholder: string): { text: string; count: number } {
  const ranges: [number, number][] = [];
  const pattern = new RegExp(BSN.source, 'g');
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (passesElevenTest(m[0].replace(/[ .-]/g, ''))) {
      const end = m.index + m[0].length;
      const previous = ranges.at(-1);
      if (previous && m.index <= previous[1]) previous[1] = Math.max(previous[1], end);
      else ranges.push([m.index, end]);
    }
    pattern.lastIndex = m.index + 1;
  }
  let out = '';
  let last = 0;
  for (const [start, end] of ranges) {
    out += text.slice(last, start) + placeholder;
    last = end;
  }
  return { text: out + text.slice(last), count: ranges.length };
}

/**
 * An IBAN may be written in groups of four and be followed by more words ("NL91 ABNA 0417
 * 1643 00 en"), so from each start (country code and check digits at a word start) exactly
 * the number of characters its country prescribes is read, single spaces skipped, before the
 * mod-97 check.
 */
function scrubIbans(text: string, placeholder: string): { text: string; count: number } {
  let count = 0;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(IBAN_START)) {
    const start = m.index;
    if (start < last) continue;
    const length = ibanLengths[m[0].toUpperCase().slice(0, 2)];
    if (length === undefined) continue;
    let taken = 0;
    let end = start;
    let compact = '';
    while (end < text.length && taken < length) {
      const ch = text[end]!;
      if (ch === ' ' && taken > 0 && text[end + 1] !== ' ' && end + 1 < text.length) {
        end++;
        continue;
      }
      if (!/[A-Za-z0-9]/.test(ch)) break;
      compact += ch;
      taken++;
      end++;
    }
    if (taken !== length || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    if (!passesIbanCheck(compact)) continue;
    out += text.slice(last, start) + placeholder;
    last = end;
    count++;
  }
  return { text: out + text.slice(last), count };
}

/**
 * Masks personal data in free text. Runs the patterns in `piiKinds` order and repeats until
 * nothing changes (masking can bring parts together that then match), so scrubbing is
 * idempotent: scrub(scrub(x).text).text === scrub(x).text.
 */
export function scrubPersonalData(text: string): ScrubResult {
  const counts = new Map<PiiKind, number>();
  let current = text;
  for (let pass = 0; pass < 5; pass++) {
    let changed = false;
    for (const kind of piiKinds) {
      const result = scrubKind(current, kind);
      if (result.count > 0) {
        counts.set(kind, (counts.get(kind) ?? 0) + result.count);
        current = result.text;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const masked = piiKinds
    .filter((k) => counts.has(k))
    .map((kind) => ({ kind, count: counts.get(kind)! }));
  return {
    text: current,
    masked,
    total: masked.reduce((s, f) => s + f.count, 0),
    rules: masked.map(({ kind }) => ({ kind, rule: piiRules[kind] })),
  };
}
