import type { Role } from './role.ts';
import { ROLES } from './role.ts';

const MIT: readonly Role[] = ['secretariat', 'mit-member', 'mit-chair'];
const OMT: readonly Role[] = ['omt-member', 'omt-chair'];
const MINISTRIES: readonly Role[] = ['ministry-official', 'minister'];
/** Everyone with an account: the people in the advice cycle and the practice circles. */
const ACCOUNTS: readonly Role[] = ROLES.filter((r) => r !== 'public');
/** Everyone who works on requests and advice (not the practice circles). */
const CYCLE: readonly Role[] = [...MIT, ...OMT, ...MINISTRIES];

/**
 * THE permission matrix: for each permission, the roles that hold it. It is the only place
 * that says who may do what; routes name a permission (or 'public') and the server checks it
 * here. Finer rules that depend on the record (whose advice, which consent, which department)
 * live in the engines beside it (advisory-report-access.ts, consent.ts, publication.ts).
 */
export const PERMISSION_MATRIX = {
  'sessions:read': ACCOUNTS,
  'sessions:delete': ACCOUNTS,
  'users:read': ['secretariat'],
  'users:manage': ['secretariat'],
  'calendar:read': ACCOUNTS,
  'calendar:manage': ['secretariat'],
  'advice-requests:read': CYCLE,
  'advice-requests:create': ['secretariat', 'ministry-official'],
  'information-packages:read': CYCLE,
  'information-packages:create': ['secretariat', 'ministry-official'],
  'information-packages:send': ['secretariat'],
  'advisory-reports:read': CYCLE,
  'advisory-reports:write': [...MIT, ...OMT],
  'advisory-reports:coverage': [...MIT, ...OMT, ...MINISTRIES],
  'consents:read': ['secretariat', 'mit-chair', 'omt-chair', 'minister'],
  'consents:grant': ['minister'],
  'consents:revoke': ['minister'],
  'publications:read': ['secretariat', 'mit-chair', 'omt-chair', ...MINISTRIES],
  'publications:schedule': ['secretariat', 'ministry-official'],
  'publications:approve': ['minister'],
  'publications:withdraw': ['secretariat', 'minister'],
  'audit-events:read': ['secretariat'],
  // the catalogue and analyses of the other areas: reads are public, writes are not
  'measures:write': ['secretariat'],
  'fiches:write': MIT,
  'impact-ladder:write': MIT,
  'effectiveness:write': ['secretariat', ...OMT],
  'bundles:write': ['secretariat', ...OMT, 'mit-member', 'mit-chair'],
  'regions:write': ['secretariat'],
  'indicators:write': ['secretariat'],
  'observations:write': ['secretariat'],
  'imports:write': ['secretariat'],
  'frameworks:write': MIT,
  'composite-indices:write': MIT,
  // signals and practice circles (issue 8)
  'practice-circles:read': ACCOUNTS,
  'practice-circles:manage': ['secretariat'],
  // reporters read only their own signals: the routes narrow by reporter pseudonym
  'signals:read': ['practice-circle-reporter', ...MIT],
  'signals:create': ['practice-circle-reporter', ...MIT],
  'signals:triage': MIT,
  'signals:import': ['secretariat'],
  'signal-clusters:read': MIT,
  // counts only, no text: the advice cycle may see where signals pile up
  'signal-counts:read': CYCLE,
  // alerts and early warning (issue 8)
  'alerts:read': CYCLE,
  'alerts:decide': MIT,
  'detection-runs:create': MIT,
  // enforcement capacity (issue 8)
  'enforcement-capacities:read': CYCLE,
  'enforcement-capacities:write': ['secretariat'],
  // readiness and activation (issue 9)
  // the roster is personal data of few people: the MIT reads it, the secretariat keeps it
  'organisation:read': MIT,
  'organisation:write': ['secretariat'],
  // the expert pool holds people outside government: fewer eyes still
  'experts:read': ['secretariat', 'mit-chair'],
  'experts:write': ['secretariat'],
  'readiness:read': MIT,
  'readiness:write': ['secretariat'],
  'activations:read': MIT,
  'activations:run': ['secretariat', 'mit-chair'],
  // knowledge base (issue 9)
  // lessons and plans are working knowledge of the advice cycle; only the MIT writes them
  'knowledge:read': CYCLE,
  'knowledge:write': MIT,
  // citizens' dialogue (issue 6): taking part needs no account; answers are read by the MIT
  'dialogues:manage': MIT,
  'dialogues:results': MIT,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSION_MATRIX;

export const PERMISSIONS: readonly Permission[] = Object.keys(PERMISSION_MATRIX) as Permission[];

/** What a route declares: a permission from the matrix, or open to everyone. */
export type RoutePermission = Permission | 'public';

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSION_MATRIX, value);
}

export function rolesWith(permission: Permission): readonly Role[] {
  return PERMISSION_MATRIX[permission];
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSION_MATRIX[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((p) => hasPermission(role, p));
}

export type AccessDecision =
  | { outcome: 'allow'; reason: string }
  | { outcome: 'unauthenticated'; reason: string }
  | { outcome: 'forbidden'; reason: string };

/**
 * The decision for one route and one role, with its reason. The public may use only public
 * routes: for any other route they are asked to log in (401) before anything else is said.
 */
export function decideRouteAccess(role: Role, required: RoutePermission): AccessDecision {
  if (required === 'public') return { outcome: 'allow', reason: 'the route is public' };
  if (hasPermission(role, required)) {
    return { outcome: 'allow', reason: `role '${role}' holds '${required}'` };
  }
  if (role === 'public') {
    return { outcome: 'unauthenticated', reason: `'${required}' requires logging in` };
  }
  return {
    outcome: 'forbidden',
    reason: `role '${role}' lacks '${required}' (held by ${rolesWith(required).join(', ')})`,
  };
}
