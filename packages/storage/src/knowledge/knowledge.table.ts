import type { ColumnType, Generated, Selectable } from 'kysely';

/** The generated full-text column: read only in SQL, never written. */
type SearchVector = ColumnType<string, never, never>;

export interface KnowledgeDossierTable {
  id: Generated<string>;
  title: string;
  theme: string;
  summary: string;
  strategic_advice: string;
  owner: string;
  review_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Date;
  updated_at: Date;
  search: SearchVector;
}

export interface LessonLearnedTable {
  id: Generated<string>;
  title: string;
  what_happened: string;
  what_we_learned: string;
  follow_up: string;
  follow_up_owner: string;
  status: string;
  occurred_on: string | null;
  dossier_id: string | null;
  is_demo: Generated<boolean>;
  created_at: Date;
  updated_at: Date;
  search: SearchVector;
}

export interface PlaybookTable {
  id: Generated<string>;
  kind: string;
  title: string;
  sector: string;
  owner: string;
  body: string;
  review_by: string;
  last_reviewed_on: string | null;
  is_demo: Generated<boolean>;
  created_at: Date;
  updated_at: Date;
  search: SearchVector;
}

export interface KnowledgeLinkTable {
  id: Generated<string>;
  dossier_id: string | null;
  lesson_id: string | null;
  playbook_id: string | null;
  position: number;
  target_type: string;
  measure_code: string | null;
  fiche_level: number | null;
  fiche_version: number | null;
  advice_request_id: string | null;
  advisory_report_id: string | null;
}

export type KnowledgeDossierRow = Selectable<KnowledgeDossierTable>;
export type LessonLearnedRow = Selectable<LessonLearnedTable>;
export type PlaybookRow = Selectable<PlaybookTable>;
export type KnowledgeLinkRow = Selectable<KnowledgeLinkTable>;
