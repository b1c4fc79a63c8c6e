import type { ColumnType, Generated, Selectable } from 'kysely';

/** jsonb: read as the value, written as JSON text (both drivers take text for jsonb). */
type Json<T> = ColumnType<T, string, string>;

export interface AdviceRequestTable {
  id: Generated<string>;
  title: string;
  question: string;
  requesting_department: string;
  measure_codes: Json<string[]>;
  bundle_codes: Json<string[]>;
  mcc_uid: string;
  mcc_at: Date;
  addressees: Json<string[]>;
  deadlines: Json<unknown[]>;
  created_by: string | null;
  created_at: Date;
  is_demo: Generated<boolean>;
}

export interface PackageBlobTable {
  sha256: string;
  size: number;
  content: Uint8Array;
}

export interface InformationPackageTable {
  id: Generated<string>;
  request_id: string;
  version: number;
  supersedes_id: string | null;
  status: string;
  root_hash: string;
  note: string;
  created_by: string | null;
  created_at: Date;
  sent_at: Date | null;
  is_demo: Generated<boolean>;
}

export interface PackageItemTable {
  package_id: string;
  name: string;
  kind: string;
  media_type: string;
  size: number;
  sha256: string;
}

export interface PackageDeliveryTable {
  package_id: string;
  body: string;
  available_at: Date;
  root_hash: string;
}

export interface AdvisoryReportTable {
  id: Generated<string>;
  request_id: string;
  body: string;
  title: string;
  sections: Json<{ key: string; heading: string; text: string }[]>;
  measure_codes: Json<string[]>;
  status: string;
  confidentiality: string;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  adopted_at: Date | null;
  sent_at: Date | null;
  is_demo: Generated<boolean>;
}

export interface ConsentTable {
  id: Generated<string>;
  report_id: string;
  section_keys: ColumnType<string[] | null, string | null, string | null>;
  grantee_role: string;
  granted_by: string;
  granted_by_name: string;
  granted_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
  revocation_reason: string | null;
  note: string;
}

export type AdviceRequestRow = Selectable<AdviceRequestTable>;
export type InformationPackageRow = Selectable<InformationPackageTable>;
export type PackageItemRow = Selectable<PackageItemTable>;
export type PackageDeliveryRow = Selectable<PackageDeliveryTable>;
export type AdvisoryReportRow = Selectable<AdvisoryReportTable>;
export type ConsentRow = Selectable<ConsentTable>;
