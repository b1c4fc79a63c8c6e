import type { Generated, Selectable } from 'kysely';

export interface UserAccountTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  role: string;
  department: string | null;
  password_hash: string;
  disabled_at: Date | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  calendar_token: string;
  is_demo: Generated<boolean>;
  password_changed_at: Generated<Date>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Date;
  expires_at: Date;
  last_seen_at: Date;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  client_address: string;
  succeeded: boolean;
  reason: string;
  attempted_at: Date;
}

export type UserAccountRow = Selectable<UserAccountTable>;
export type UserSessionRow = Selectable<UserSessionTable>;
