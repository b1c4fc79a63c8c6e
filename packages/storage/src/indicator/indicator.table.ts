import type { Generated, Selectable } from 'kysely';

export interface IndicatorTable {
  code: string;
  name_nl: string;
  name_en: string;
  theme: string;
  definition_nl: string;
  definition_en: string;
  unit: string;
  source_name: string;
  source_url: string | null;
  frequency: string;
  lowest_level: string;
  aggregation: string;
  ratio_numerator: string | null;
  ratio_denominator: string | null;
  ratio_multiplier: number | null;
  polarity: string;
  signal_attention: number | null;
  signal_alarm: number | null;
  signal_set_by: string | null;
  signal_rationale: string | null;
  /** YYYY-MM-DD */
  signal_set_on: string | null;
  signal_demo: boolean | null;
  valid_min: number | null;
  valid_max: number | null;
  import_aliases: string[];
  demo_series: boolean;
  updated_at: Generated<Date>;
}

export type IndicatorRow = Selectable<IndicatorTable>;
