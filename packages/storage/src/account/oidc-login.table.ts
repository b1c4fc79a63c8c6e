import type { Selectable } from 'kysely';

export interface OidcLoginStateTable {
  state: string;
  nonce: string;
  code_verifier: string;
  created_at: Date;
}

export type OidcLoginStateRow = Selectable<OidcLoginStateTable>;
