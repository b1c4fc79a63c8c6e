import type { Region } from '@weegschaal/core';

/**
 * A region for tests: named after its code, Nederland (`land`) for NL01 and a gemeente
 * otherwise, of the division since 2019, neither border nor shrinking, 1,000 inhabitants in
 * 2023. A test overrides what it is about.
 */
export function testRegion(code: string, overrides: Partial<Region> = {}): Region {
  return {
    code,
    name: code,
    displayName: null,
    level: code === 'NL01' ? 'land' : 'gemeente',
    parents: [],
    divisionFrom: 2019,
    divisionTo: null,
    border: false,
    shrinking: false,
    population: [{ year: 2023, count: 1000, source: 'test' }],
    ...overrides,
  };
}
