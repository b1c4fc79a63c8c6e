import { Type } from 'typebox';
import { ACCOUNT_ROLES, DEPARTMENTS, PERMISSIONS } from '@weegschaal/core';

export const UserSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.Enum(ACCOUNT_ROLES),
  department: Type.Union([Type.Enum(DEPARTMENTS), Type.Null()]),
  disabled: Type.Boolean(),
  lockedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'Set while the account is locked after repeated failed logins',
  }),
  demo: Type.Boolean({ description: 'true for a demo account' }),
  createdAt: Type.String({ format: 'date-time' }),
});

export const LoginSchema = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 1000 }),
});

export const SessionSchema = Type.Object({
  user: UserSchema,
  csrfToken: Type.String({
    description: 'Send it in the X-CSRF-Token header of every POST, PATCH, PUT and DELETE',
  }),
  expiresAt: Type.String({ format: 'date-time' }),
  permissions: Type.Array(Type.Enum(PERMISSIONS), {
    description: 'What this role may do, from the permission matrix',
  }),
});
