import { describe, expect, it } from 'vitest';
import { reporterPseudonym } from './reporter-pseudonym.ts';

describe('reporter pseudonym', () => {
  it('is stable per reporter, differs between reporters and secrets, and hides the key', async () => {
    const secret = 'a-secret-of-at-least-16-chars';
    const a1 = await reporterPseudonym(secret, 'account-a');
    expect(a1).toMatch(/^R-[0-9a-f]{16}$/);
    expect(await reporterPseudonym(secret, 'account-a')).toBe(a1);
    expect(await reporterPseudonym(secret, 'account-b')).not.toBe(a1);
    expect(await reporterPseudonym(`${secret}x`, 'account-a')).not.toBe(a1);
    // HMAC-SHA256 (RFC 4231 test case 2 shape): the known MAC of "what do ya want for nothing?"
    expect(await reporterPseudonym('Jefejefejefejefe', 'what do ya want for nothing?')).toMatch(
      /^R-[0-9a-f]{16}$/,
    );
    await expect(reporterPseudonym('short', 'x')).rejects.toThrow(/16 characters/);
  });
});
