import type { Migration, MigrationProvider } from 'kysely/migration';
import * as appMeta from './20261123170000-app-meta.ts';
import * as measure from './20261123170100-measure.ts';
import * as policyRecord from './20261123180000-policy-record.ts';
import * as measureEvent from './20261123180100-measure-event.ts';
import * as fiche from './20261123190000-fiche.ts';
import * as effectiveness from './20261123190100-effectiveness.ts';
import * as bundle from './20261123190200-bundle.ts';
import * as region from './20261123200000-region.ts';
import * as indicator from './20261123200100-indicator.ts';
import * as observation from './20261123200200-observation.ts';
import * as weighingFramework from './20261123210000-weighing-framework.ts';
import * as accounts from './20261123220000-accounts.ts';
import * as calendar from './20261123220100-calendar.ts';
import * as advice from './20261123220200-advice.ts';
import * as publication from './20261123220300-publication.ts';
import * as oidcLogin from './20261123220400-oidc-login.ts';
import * as measureProfile from './20261123230000-measure-profile.ts';
import * as compositeIndex from './20261123230100-composite-index.ts';
import * as signals from './20261124000100-signals.ts';
import * as alerts from './20261124000200-alerts.ts';
import * as readiness from './20261124000300-readiness.ts';
import * as knowledgeBase from './20261124000400-knowledge-base.ts';
import * as citizensDialogue from './20261124000500-citizens-dialogue.ts';
import * as enforcementCapacity from './20261124000600-enforcement-capacity.ts';
import * as ggdRegions from './20261124001300-ggd-regions.ts';
import * as observationHead from './20261124001400-observation-head.ts';

/**
 * Append-only list of migrations, named by timestamp. A static list (instead of reading
 * the folder) works from any working directory and inside bundles.
 */
export const migrations: Record<string, Migration> = {
  '20261123170000-app-meta': appMeta,
  '20261123170100-measure': measure,
  '20261123180000-policy-record': policyRecord,
  '20261123180100-measure-event': measureEvent,
  '20261123190000-fiche': fiche,
  '20261123190100-effectiveness': effectiveness,
  '20261123190200-bundle': bundle,
  '20261123200000-region': region,
  '20261123200100-indicator': indicator,
  '20261123200200-observation': observation,
  '20261123210000-weighing-framework': weighingFramework,
  '20261123220000-accounts': accounts,
  '20261123220100-calendar': calendar,
  '20261123220200-advice': advice,
  '20261123220300-publication': publication,
  '20261123220400-oidc-login': oidcLogin,
  '20261123230000-measure-profile': measureProfile,
  '20261123230100-composite-index': compositeIndex,
  '20261124000100-signals': signals,
  '20261124000200-alerts': alerts,
  '20261124000300-readiness': readiness,
  '20261124000400-knowledge-base': knowledgeBase,
  '20261124000500-citizens-dialogue': citizensDialogue,
  '20261124000600-enforcement-capacity': enforcementCapacity,
  '20261124001300-ggd-regions': ggdRegions,
  '20261124001400-observation-head': observationHead,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
