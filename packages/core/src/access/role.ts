/**
 * Who someone is in the advice cycle. 'public' is nobody logged in; every other role is an
 * account. Ministry officials and ministers belong to one department, because who may
 * release or share advice depends on it (the Minister of VWS for OMT advice, seed 000).
 */
export type Role =
  | 'secretariat'
  | 'mit-member'
  | 'mit-chair'
  | 'omt-member'
  | 'omt-chair'
  | 'ministry-official'
  | 'minister'
  | 'practice-circle-reporter'
  | 'public';

export const ROLES: readonly Role[] = [
  'secretariat',
  'mit-member',
  'mit-chair',
  'omt-member',
  'omt-chair',
  'ministry-official',
  'minister',
  'practice-circle-reporter',
  'public',
];

/** Roles an account can have: everyone except the anonymous public. */
export type AccountRole = Exclude<Role, 'public'>;
export const ACCOUNT_ROLES: readonly AccountRole[] = ROLES.filter(
  (r): r is AccountRole => r !== 'public',
);

export type Department = 'SZW' | 'VWS' | 'EZK' | 'AZ' | 'JenV-NCTV' | 'FIN' | 'OCW' | 'BZK';
export const DEPARTMENTS: readonly Department[] = [
  'SZW',
  'VWS',
  'EZK',
  'AZ',
  'JenV-NCTV',
  'FIN',
  'OCW',
  'BZK',
];

/** The two advisory bodies that receive the same information package. */
export type AdvisoryBody = 'OMT' | 'MIT';
export const ADVISORY_BODIES: readonly AdvisoryBody[] = ['OMT', 'MIT'];

/** The department that receives a body's advice and may release or share it. */
export function owningDepartment(body: AdvisoryBody): Department {
  switch (body) {
    case 'OMT':
      return 'VWS';
    case 'MIT':
      return 'SZW';
    default: {
      const unreachable: never = body;
      throw new Error(`unknown advisory body ${String(unreachable)}`);
    }
  }
}

/** The body a role works for; the secretariat is the MIT's secretariat (seed 004). */
export function bodyOfRole(role: Role): AdvisoryBody | null {
  switch (role) {
    case 'secretariat':
    case 'mit-member':
    case 'mit-chair':
      return 'MIT';
    case 'omt-member':
    case 'omt-chair':
      return 'OMT';
    case 'ministry-official':
    case 'minister':
    case 'practice-circle-reporter':
    case 'public':
      return null;
    default: {
      const unreachable: never = role;
      throw new Error(`unknown role ${String(unreachable)}`);
    }
  }
}

export function roleNeedsDepartment(role: Role): boolean {
  return role === 'ministry-official' || role === 'minister';
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isAccountRole(value: string): value is AccountRole {
  return (ACCOUNT_ROLES as readonly string[]).includes(value);
}

export function isDepartment(value: string): value is Department {
  return (DEPARTMENTS as readonly string[]).includes(value);
}

/** The one acting: a logged-in account, or the anonymous public. */
export interface Principal {
  userId: string | null;
  username: string | null;
  role: Role;
  department: Department | null;
}

export const ANONYMOUS: Principal = {
  userId: null,
  username: null,
  role: 'public',
  department: null,
};
