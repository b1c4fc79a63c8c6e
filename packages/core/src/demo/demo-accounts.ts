import type { AccountRole, Department } from '../access/role.ts';

/**
 * One demo account per role (ministry officials and ministers for the departments the
 * advice cycle turns on). All share one demo password that the demo loader prints: these
 * accounts exist to show the product and must never guard real data.
 */
export const DEMO_PASSWORD = 'weegschaal-demo';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: AccountRole;
  department: Department | null;
}

export function demoAccounts(): DemoAccount[] {
  return [
    {
      username: 'demo-secretariaat',
      displayName: 'Demo secretariaat MIT',
      role: 'secretariat',
      department: null,
    },
    { username: 'demo-mit-lid', displayName: 'Demo MIT-lid', role: 'mit-member', department: null },
    {
      username: 'demo-mit-voorzitter',
      displayName: 'Demo voorzitter MIT',
      role: 'mit-chair',
      department: null,
    },
    { username: 'demo-omt-lid', displayName: 'Demo OMT-lid', role: 'omt-member', department: null },
    {
      username: 'demo-omt-voorzitter',
      displayName: 'Demo voorzitter OMT',
      role: 'omt-chair',
      department: null,
    },
    {
      username: 'demo-ambtenaar-szw',
      displayName: 'Demo ambtenaar SZW',
      role: 'ministry-official',
      department: 'SZW',
    },
    {
      username: 'demo-ambtenaar-vws',
      displayName: 'Demo ambtenaar VWS',
      role: 'ministry-official',
      department: 'VWS',
    },
    {
      username: 'demo-minister-vws',
      displayName: 'Demo minister van VWS',
      role: 'minister',
      department: 'VWS',
    },
    {
      username: 'demo-minister-szw',
      displayName: 'Demo minister van SZW',
      role: 'minister',
      department: 'SZW',
    },
    {
      username: 'demo-praktijkkring',
      displayName: 'Demo rapporteur praktijkkring',
      role: 'practice-circle-reporter',
      department: null,
    },
  ];
}
