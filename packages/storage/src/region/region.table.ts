import type { Generated, Selectable } from 'kysely';

export interface RegionTable {
  code: string;
  name: string;
  display_name: string | null;
  level: string;
  division_from: number;
  division_to: number | null;
  is_border: Generated<boolean>;
  is_shrinking: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface RegionParentTable {
  region_code: string;
  parent_code: string;
  parent_level: string;
}

export interface RegionPopulationTable {
  region_code: string;
  year: number;
  population: number;
  source: string;
}

export interface RegionRedivisionTable {
  old_code: string;
  successor_code: string;
  /** YYYY-MM-DD */
  effective_on: string;
  kind: 'merger' | 'split';
  part: string | null;
}

/** the GGD-regio of a gemeente in one division year (CBS "Gebieden in Nederland") */
export interface RegionGgdMembershipTable {
  year: number;
  gemeente_code: string;
  ggd_code: string;
  ggd_name: string;
  source: string;
}

export type RegionRow = Selectable<RegionTable>;
export type RegionParentRow = Selectable<RegionParentTable>;
export type RegionPopulationRow = Selectable<RegionPopulationTable>;
export type RegionRedivisionRow = Selectable<RegionRedivisionTable>;
