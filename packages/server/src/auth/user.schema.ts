import { Type } from 'typebox';
import { ACCOUNT_ROLES, DEPARTMENTS, USERNAME_PATTERN } from '@weegschaal/core';
import { UserSchema } from './session.schema.ts';

export const UserListSchema = Type.Object({ items: Type.Array(UserSchema) });

export const NewUserSchema = Type.Object({
  username: Type.String({ pattern: USERNAME_PATTERN }),
  displayName: Type.String({ minLength: 1, maxLength: 200 }),
  role: Type.Enum(ACCOUNT_ROLES),
  department: Type.Union([Type.Null(), Type.Enum(DEPARTMENTS)], { default: null }),
  password: Type.String({ minLength: 1, maxLength: 1000 }),
});

export const UserPatchSchema = Type.Object(
  {
    disabled: Type.Optional(
      Type.Boolean({ description: 'true ends every session of the account' }),
    ),
    password: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 1000,
        description: 'A new password; ends every session',
      }),
    ),
  },
  { minProperties: 1 },
);

export const UserParamsSchema = Type.Object({
  userId: Type.String({ format: 'uuid' }),
});
