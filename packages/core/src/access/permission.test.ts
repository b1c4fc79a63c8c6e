import { describe, expect, it } from 'vitest';
import { ROLES } from './role.ts';
import type { Role } from './role.ts';
import {
  PERMISSIONS,
  PERMISSION_MATRIX,
  decideRouteAccess,
  hasPermission,
  isPermission,
  permissionsOf,
} from './permission.ts';
import type { Permission } from './permission.ts';

/**
 * The expectations are written out here by hand, from the issue and the seeds, so that a
 * change to the matrix that widens or narrows access fails this test until it is agreed.
 */
const EXPECTED: Partial<Record<Permission, Role[]>> = {
  'advice-requests:create': ['secretariat', 'ministry-official'],
  'information-packages:send': ['secretariat'],
  'consents:grant': ['minister'],
  'consents:revoke': ['minister'],
  'publications:approve': ['minister'],
  'publications:withdraw': ['secretariat', 'minister'],
  'audit-events:read': ['secretariat'],
  'users:manage': ['secretariat'],
  'composite-indices:write': ['secretariat', 'mit-member', 'mit-chair'],
  'advisory-reports:write': ['secretariat', 'mit-member', 'mit-chair', 'omt-member', 'omt-chair'],
  'advice-requests:read': [
    'secretariat',
    'mit-member',
    'mit-chair',
    'omt-member',
    'omt-chair',
    'ministry-official',
    'minister',
  ],
};

describe('permission matrix', () => {
  it.each(Object.entries(EXPECTED))(
    '%s is held by exactly the agreed roles',
    (permission, roles) => {
      expect(isPermission(permission)).toBe(true);
      for (const role of ROLES) {
        expect(hasPermission(role, permission as Permission), `${role} × ${permission}`).toBe(
          roles.includes(role),
        );
      }
    },
  );

  it('gives the public no permission and every permission to at least one role', () => {
    expect(permissionsOf('public')).toEqual([]);
    for (const p of PERMISSIONS) expect(PERMISSION_MATRIX[p].length, p).toBeGreaterThan(0);
  });

  it('keeps practice-circle reporters out of requests, advice and consents', () => {
    const reporter = permissionsOf('practice-circle-reporter');
    expect(reporter).toContain('calendar:read');
    expect(
      reporter.some((p) => /^(advice|advisory|consents|information|publications)/.test(p)),
    ).toBe(false);
  });

  it('names permissions resource:action in kebab-case', () => {
    for (const p of PERMISSIONS) expect(p).toMatch(/^[a-z-]+:[a-z-]+$/);
  });

  it('decides 401 for the anonymous public, 403 for a role without the permission', () => {
    expect(decideRouteAccess('public', 'public').outcome).toBe('allow');
    expect(decideRouteAccess('public', 'consents:grant').outcome).toBe('unauthenticated');
    const denied = decideRouteAccess('mit-chair', 'consents:grant');
    expect(denied).toEqual({
      outcome: 'forbidden',
      reason: "role 'mit-chair' lacks 'consents:grant' (held by minister)",
    });
    expect(decideRouteAccess('minister', 'consents:grant').outcome).toBe('allow');
  });
});
