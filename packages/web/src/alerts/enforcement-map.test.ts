import { describe, expect, it } from 'vitest';
import { fteByVeiligheidsregio } from './enforcement-capacities-page.tsx';
import type { EnforcementCapacityItem } from './alerts-api.ts';

const item = (veiligheidsregioCode: string | null, fte: number | null) =>
  ({ veiligheidsregioCode, fte }) as EnforcementCapacityItem;

describe('FTE per veiligheidsregio for the map', () => {
  it("adds a region's own entries and its gemeenten's; entries without FTE or region count nothing", () => {
    const totals = fteByVeiligheidsregio([
      item('VR17', 12),
      item('VR17', 6.5),
      item('VR13', 4),
      item('VR13', null),
      item(null, 9),
    ]);
    expect(Object.fromEntries(totals)).toEqual({ VR17: 18.5, VR13: 4 });
  });
});
