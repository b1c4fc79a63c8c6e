import type { Generated, Selectable } from 'kysely';

export interface CommitteeRoleTable {
  id: Generated<string>;
  kind: string;
  title: string;
  by_function: string | null;
  holder_name: string | null;
  contact_kind: string | null;
  contact_address: string | null;
  attention_area: string | null;
  contact_verified_on: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface SecondmentAgreementTable {
  id: Generated<string>;
  department: string;
  fte: number;
  notice_days: number;
  contact_name: string;
  contact_kind: string;
  contact_address: string;
  signed_on: string;
  review_on: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface SecretariatPositionTable {
  id: Generated<string>;
  title: string;
  department: string;
  agreement_id: string | null;
  holder_name: string | null;
  contact_kind: string | null;
  contact_address: string | null;
  contact_verified_on: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface ExpertTable {
  id: Generated<string>;
  name: string;
  organisation: string;
  attention_area: string;
  availability: string;
  contact_kind: string;
  contact_address: string;
  contact_verified_on: string | null;
  consent_given_on: string;
  consent_scope: string;
  consent_expires_on: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export type CommitteeRoleRow = Selectable<CommitteeRoleTable>;
export type SecondmentAgreementRow = Selectable<SecondmentAgreementTable>;
export type SecretariatPositionRow = Selectable<SecretariatPositionTable>;
export type ExpertRow = Selectable<ExpertTable>;
