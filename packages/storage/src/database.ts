import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import type { Transaction } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { join } from 'node:path';
import type { AppMetaTable } from './app-meta/app-meta.table.ts';
import type { MeasureLevelTable, MeasureTable } from './measure/measure.table.ts';
import type { FicheTransitionTable, FicheVersionTable } from './fiche/fiche.table.ts';
import type { LadderOverrideTable } from './ladder/ladder-override.table.ts';
import type {
  EffectivenessEstimateTable,
  OmtScenarioTable,
  SectorRiskTable,
} from './effectiveness/effectiveness.table.ts';
import type {
  BundleEffectivenessEstimateTable,
  BundleMemberTable,
  BundleTable,
} from './bundle/bundle.table.ts';
import type { PolicyRecordTable } from './policy/policy-record.table.ts';
import type { PolicyIndexTable } from './policy/policy-index.table.ts';
import type { MeasureEventTable } from './measure-event/measure-event.table.ts';
import type {
  RegionGgdMembershipTable,
  RegionParentTable,
  RegionPopulationTable,
  RegionRedivisionTable,
  RegionTable,
} from './region/region.table.ts';
import type { IndicatorTable } from './indicator/indicator.table.ts';
import type { ObservationTable } from './observation/observation.table.ts';
import type {
  ObservationHeadStaleTable,
  ObservationHeadTable,
} from './observation/observation-head.table.ts';
import type { ImportBatchTable, ImportRejectionTable } from './imports/import-batch.table.ts';
import type {
  LoginAttemptTable,
  UserAccountTable,
  UserSessionTable,
} from './account/user-account.table.ts';
import type { AuditEventTable } from './audit/audit-event.table.ts';
import type { OidcLoginStateTable } from './account/oidc-login.table.ts';
import type { CalendarExceptionTable, MeetingSeriesTable } from './calendar/calendar.table.ts';
import type {
  AdviceRequestTable,
  AdvisoryReportTable,
  ConsentTable,
  InformationPackageTable,
  PackageBlobTable,
  PackageDeliveryTable,
  PackageItemTable,
} from './advice/advice.table.ts';
import type {
  PublicationApprovalTable,
  PublicationTable,
} from './publication/publication.table.ts';
import type {
  WeighingCriterionTable,
  WeighingFrameworkTable,
  WeighingPackageTable,
  WeighingScoreTable,
  WeighingWeightSetTable,
} from './framework/framework.table.ts';
import type { CompositeIndexTable } from './composite/composite-index.table.ts';
import type {
  CommitteeRoleTable,
  ExpertTable,
  SecondmentAgreementTable,
  SecretariatPositionTable,
} from './readiness/organisation.table.ts';
import type { ReadinessItemTable } from './readiness/readiness-item.table.ts';
import type {
  ActivationTable,
  CallUpTable,
  OrganisationStateChangeTable,
} from './readiness/activation.table.ts';
import type { SignalClusterTable, SignalEventTable, SignalTable } from './signal/signal.table.ts';
import type {
  PracticeCircleMemberTable,
  PracticeCircleTable,
} from './practice-circle/practice-circle.table.ts';
import type { AlertTable, DetectionRunTable } from './alert/alert.table.ts';
import type { EnforcementCapacityTable } from './enforcement/enforcement-capacity.table.ts';
import type {
  WeighingDialogueParticipantTable,
  WeighingDialogueTable,
  WeighingDilemmaAnswerTable,
  WeighingDilemmaTable,
} from './dialogue/dialogue.table.ts';
import type {
  KnowledgeDossierTable,
  KnowledgeLinkTable,
  LessonLearnedTable,
  PlaybookTable,
} from './knowledge/knowledge.table.ts';
import { acquireDataDirectoryLock } from './data-directory-lock.ts';
import { CopyCapableClient, copyCapablePGlite, markCopyCapable } from './bulk/copy.ts';
import { listenOn } from './notify/listen.ts';
import type { DataDirectoryLock } from './data-directory-lock.ts';

export interface Database {
  app_meta: AppMetaTable;
  measure: MeasureTable;
  measure_level: MeasureLevelTable;
  fiche_version: FicheVersionTable;
  fiche_transition: FicheTransitionTable;
  ladder_override: LadderOverrideTable;
  omt_scenario: OmtScenarioTable;
  effectiveness_estimate: EffectivenessEstimateTable;
  sector_risk: SectorRiskTable;
  bundle: BundleTable;
  bundle_member: BundleMemberTable;
  bundle_effectiveness_estimate: BundleEffectivenessEstimateTable;
  policy_record: PolicyRecordTable;
  policy_index: PolicyIndexTable;
  measure_event: MeasureEventTable;
  region: RegionTable;
  region_parent: RegionParentTable;
  region_population: RegionPopulationTable;
  region_redivision: RegionRedivisionTable;
  region_ggd_membership: RegionGgdMembershipTable;
  indicator: IndicatorTable;
  import_batch: ImportBatchTable;
  import_rejection: ImportRejectionTable;
  observation: ObservationTable;
  observation_head: ObservationHeadTable;
  observation_head_stale: ObservationHeadStaleTable;
  user_account: UserAccountTable;
  user_session: UserSessionTable;
  login_attempt: LoginAttemptTable;
  audit_event: AuditEventTable;
  oidc_login_state: OidcLoginStateTable;
  meeting_series: MeetingSeriesTable;
  calendar_exception: CalendarExceptionTable;
  advice_request: AdviceRequestTable;
  package_blob: PackageBlobTable;
  information_package: InformationPackageTable;
  package_item: PackageItemTable;
  package_delivery: PackageDeliveryTable;
  advisory_report: AdvisoryReportTable;
  consent: ConsentTable;
  publication: PublicationTable;
  publication_approval: PublicationApprovalTable;
  weighing_framework: WeighingFrameworkTable;
  weighing_criterion: WeighingCriterionTable;
  weighing_package: WeighingPackageTable;
  weighing_score: WeighingScoreTable;
  weighing_weight_set: WeighingWeightSetTable;
  weighing_dialogue: WeighingDialogueTable;
  weighing_dilemma: WeighingDilemmaTable;
  weighing_dialogue_participant: WeighingDialogueParticipantTable;
  weighing_dilemma_answer: WeighingDilemmaAnswerTable;
  composite_index: CompositeIndexTable;
  committee_role: CommitteeRoleTable;
  secondment_agreement: SecondmentAgreementTable;
  secretariat_position: SecretariatPositionTable;
  expert: ExpertTable;
  readiness_item: ReadinessItemTable;
  activation: ActivationTable;
  call_up: CallUpTable;
  organisation_state_change: OrganisationStateChangeTable;
  practice_circle: PracticeCircleTable;
  practice_circle_member: PracticeCircleMemberTable;
  signal: SignalTable;
  signal_event: SignalEventTable;
  signal_cluster: SignalClusterTable;
  detection_run: DetectionRunTable;
  alert: AlertTable;
  enforcement_capacity: EnforcementCapacityTable;
  knowledge_dossier: KnowledgeDossierTable;
  lesson_learned: LessonLearnedTable;
  playbook: PlaybookTable;
  knowledge_link: KnowledgeLinkTable;
}

/** Repositories take either the database or a transaction: the caller owns the transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** where the data live, for messages (never includes a password) */
  location: string;
  /** the data-directory lock, for the embedded database on disk */
  lock: DataDirectoryLock | null;
  close(): Promise<void>;
  /**
   * LISTEN to a channel on a connection of its own (PostgreSQL: other processes write to it
   * too); payload null when notifications may have been missed. Absent for PGlite, which only
   * one process opens.
   */
  listen?: (
    channel: string,
    onNotify: (payload: string | null) => void,
  ) => Promise<() => Promise<void>>;
}

export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string; command: string }
  | { kind: 'pglite-memory' };

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Both drivers must hand the same JavaScript values to the repositories: dates as
// 'YYYY-MM-DD' strings (no time-zone shift), 64-bit counts and numerics as numbers.
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v: string) => Number(v));
const pgliteParsers = {
  [DATE_OID]: (v: string) => v,
  [INT8_OID]: (v: string) => Number(v),
  [NUMERIC_OID]: (v: string) => Number(v),
};

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  switch (config.kind) {
    case 'postgres': {
      // the client class runs bulk loads with COPY FROM STDIN (bulk/copy.ts)
      const pool = new pg.Pool({
        connectionString: config.url,
        max: 10,
        Client: CopyCapableClient,
      });
      // an idle pooled connection can be cut by the server (restart, admin shutdown); without
      // a listener that would crash the process instead of failing the next query
      pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      markCopyCapable(db);
      return {
        db,
        kind: 'postgres',
        location: redactUrl(config.url),
        lock: null,
        close: () => db.destroy(),
        listen: (channel, onNotify) => listenOn(config.url, channel, onNotify),
      };
    }
    case 'pglite': {
      const lock = acquireDataDirectoryLock(config.dataDir, config.command);
      try {
        const pglite = await PGlite.create(join(config.dataDir, 'pglite'), {
          parsers: pgliteParsers,
        });
        const db = new Kysely<Database>({
          dialect: new PGliteDialect({ pglite: copyCapablePGlite(pglite) }),
        });
        markCopyCapable(db);
        return {
          db,
          kind: 'pglite',
          location: config.dataDir,
          lock,
          close: async () => {
            await db.destroy();
            lock.release();
          },
        };
      } catch (error) {
        lock.release();
        throw error;
      }
    }
    case 'pglite-memory': {
      const pglite = await PGlite.create({ parsers: pgliteParsers });
      const db = new Kysely<Database>({
        dialect: new PGliteDialect({ pglite: copyCapablePGlite(pglite) }),
      });
      markCopyCapable(db);
      return { db, kind: 'pglite', location: 'memory', lock: null, close: () => db.destroy() };
    }
    default: {
      const unreachable: never = config;
      throw new Error(`unknown database config ${JSON.stringify(unreachable)}`);
    }
  }
}
