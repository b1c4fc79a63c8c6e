import type { Generated, Selectable } from 'kysely';

export interface ReadinessItemTable {
  id: Generated<string>;
  kind: string;
  title: string;
  owner: string;
  interval_months: number;
  last_reviewed_on: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export type ReadinessItemRow = Selectable<ReadinessItemTable>;
