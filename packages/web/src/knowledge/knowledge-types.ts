import type {
  Dossier,
  KnowledgeItemType,
  KnowledgeSearchHit,
  LessonLearned,
  Playbook,
} from '@weegschaal/core';

/** The shapes of the /api/v1 knowledge resources, as the server's schemas give them. */
export type KnowledgeItem = Dossier | LessonLearned | Playbook;

export interface DossierList {
  items: Dossier[];
}
export interface LessonList {
  items: LessonLearned[];
}
export interface PlaybookList {
  today: string;
  items: Playbook[];
}
export interface KnowledgeSearchResult {
  query: string;
  hits: KnowledgeSearchHit[];
}

/** Where each kind of item lives, in the web app and in the API. */
export const ITEM_PATHS: Record<KnowledgeItemType, { web: string; api: string }> = {
  dossier: { web: '/readiness/knowledge/dossiers', api: '/dossiers' },
  lesson: { web: '/readiness/knowledge/lessons', api: '/lessons-learned' },
  playbook: { web: '/readiness/knowledge/playbooks', api: '/playbooks' },
};
