import { describe, expect, it } from 'vitest';
import { policyLevelChanges } from './policy-timeline.ts';

describe('policyLevelChanges', () => {
  it('lists only the days on which a level or flag changed, in date order', () => {
    const changes = policyLevelChanges([
      { date: '2020-03-17', levels: { C1: { level: 3, flag: 1 }, C8: { level: 1, flag: null } } },
      { date: '2020-03-15', levels: { C1: { level: 0, flag: null } } },
      { date: '2020-03-16', levels: { C1: { level: 3, flag: 0 } } },
      { date: '2020-03-18', levels: { C1: { level: 3, flag: 1 }, C8: { level: 1, flag: null } } },
    ]);
    expect(changes).toEqual([
      { date: '2020-03-15', code: 'C1', fromLevel: null, toLevel: 0, fromFlag: null, toFlag: null },
      { date: '2020-03-16', code: 'C1', fromLevel: 0, toLevel: 3, fromFlag: null, toFlag: 0 },
      { date: '2020-03-17', code: 'C1', fromLevel: 3, toLevel: 3, fromFlag: 0, toFlag: 1 },
      { date: '2020-03-17', code: 'C8', fromLevel: null, toLevel: 1, fromFlag: null, toFlag: null },
    ]);
  });
});
