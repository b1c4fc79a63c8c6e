import type { Generated, Selectable } from 'kysely';

/** The published OxCGRT indices of one country on one day, and the one computed here. */
export interface PolicyIndexTable {
  country_code: string;
  date: string;
  country_name: string;
  stringency_index: number | null;
  government_response_index: number | null;
  containment_health_index: number | null;
  economic_support_index: number | null;
  stringency_index_computed: number | null;
  source_file: string;
  imported_at: Generated<Date>;
}

export type PolicyIndexRow = Selectable<PolicyIndexTable>;
