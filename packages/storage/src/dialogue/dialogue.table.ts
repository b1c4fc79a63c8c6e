import type { ColumnType, Generated, Selectable } from 'kysely';

export interface WeighingDialogueTable {
  id: Generated<string>;
  framework_id: string;
  title_nl: string;
  title_en: string;
  /** jsonb array of leaf criterion ids */
  criterion_ids: ColumnType<unknown, string, never>;
  /** jsonb array of { code, nameNl, nameEn } */
  participant_groups: ColumnType<unknown, string, never>;
  status: 'open' | 'closed';
  author: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface WeighingDilemmaTable {
  dialogue_id: string;
  dilemma_id: string;
  position: number;
  criterion_a: string;
  criterion_b: string;
  question_nl: string;
  question_en: string;
}

export interface WeighingDialogueParticipantTable {
  id: Generated<string>;
  dialogue_id: string;
  group_code: string;
  submitted_at: ColumnType<Date, string | undefined, never>;
}

export interface WeighingDilemmaAnswerTable {
  participant_id: string;
  dialogue_id: string;
  dilemma_id: string;
  choice: 'a' | 'b' | 'equal';
  strength: number;
}

export type WeighingDialogueRow = Selectable<WeighingDialogueTable>;
export type WeighingDilemmaRow = Selectable<WeighingDilemmaTable>;
