import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import type { AccountRole, Department } from './role.ts';
import { isAccountRole, isDepartment, roleNeedsDepartment } from './role.ts';

export interface UserAccount {
  id: string;
  username: string;
  displayName: string;
  role: AccountRole;
  department: Department | null;
  disabled: boolean;
  /** set while the account is locked after repeated failed logins */
  lockedUntil: string | null;
  demo: boolean;
  createdAt: string;
}

export interface NewUserAccount {
  username: string;
  displayName: string;
  role: string;
  department: string | null;
  password: string;
}

/** Long passphrases beat complexity rules (NIST SP 800-63B); argon2id does the rest. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
export const USERNAME_PATTERN = '^[a-z0-9][a-z0-9._-]{1,62}$';

export function passwordProblems(password: string, name = 'password'): InvalidParam[] {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    return [
      {
        name,
        reason: `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
        value: `(${password.length} characters)`,
      },
    ];
  }
  return [];
}

export function validateNewUser(input: NewUserAccount): {
  role: AccountRole;
  department: Department | null;
} {
  const problems: InvalidParam[] = [];
  if (!new RegExp(USERNAME_PATTERN).test(input.username)) {
    problems.push({
      name: 'username',
      reason: 'lower-case letters, digits, dot, hyphen or underscore; 2 to 63 characters',
      value: input.username,
    });
  }
  if (input.displayName.trim() === '')
    problems.push({ name: 'displayName', reason: 'must not be empty' });
  problems.push(...passwordProblems(input.password));
  const role = isAccountRole(input.role) ? input.role : null;
  if (!role) problems.push({ name: 'role', reason: 'not an account role', value: input.role });
  let department: Department | null = null;
  if (input.department !== null) {
    if (isDepartment(input.department)) department = input.department;
    else problems.push({ name: 'department', reason: 'not a department', value: input.department });
  }
  if (role && roleNeedsDepartment(role) && input.department === null) {
    problems.push({ name: 'department', reason: `a ${role} belongs to a department` });
  }
  if (role && !roleNeedsDepartment(role) && input.department !== null) {
    problems.push({
      name: 'department',
      reason: `a ${role} has no department`,
      value: input.department,
    });
  }
  if (problems.length > 0 || !role) throw invalidInput('The account is invalid.', problems);
  return { role, department };
}
