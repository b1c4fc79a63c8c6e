import type { Selectable } from 'kysely';

/** One OxCGRT indicator level of one country on one day. */
export interface PolicyRecordTable {
  country_code: string;
  /** 'YYYY-MM-DD' */
  date: string;
  indicator: string;
  level: number;
  flag: number | null;
}

export type PolicyRecordRow = Selectable<PolicyRecordTable>;
