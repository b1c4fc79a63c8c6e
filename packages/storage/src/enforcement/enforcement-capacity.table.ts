import type { Generated, Selectable } from 'kysely';

export interface EnforcementCapacityTable {
  id: Generated<string>;
  region_code: string;
  kind: string;
  organisation: string;
  fte: number | null;
  persons: number | null;
  agreement: string;
  contact_organisation: string;
  /** YYYY-MM-DD */
  review_date: string;
  is_demo: boolean;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type EnforcementCapacityRow = Selectable<EnforcementCapacityTable>;
