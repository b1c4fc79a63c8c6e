import { PRODUCT_AREAS } from '@weegschaal/core';
import type { AreaSummary, Overview, ProductArea } from '@weegschaal/core';
import type { DatabaseKind, Executor } from '../database.ts';
import { getMeta } from '../app-meta/app-meta.repository.ts';
import { countMeasures } from '../measure/measure.repository.ts';
import { countFiches } from '../fiche/fiche.repository.ts';
import { countBundles } from '../bundle/bundle.repository.ts';
import { currentSchemaVersion } from '../migrator.ts';
import { countRegions } from '../region/region.repository.ts';
import { countObservations } from '../observation/observation.repository.ts';
import { countOrganisation } from '../readiness/organisation.repository.ts';
import { countSignals } from '../signal/signal.repository.ts';

/**
 * `kept` replaces what need not be read on every request by values the server keeps: the
 * count(*) over every observation (the one count that grows with the data; kept until an import
 * batch changes the store) and the schema version (the migrator lists every migration; kept
 * until a migration runs).
 */
export async function getOverview(
  db: Executor,
  kind: DatabaseKind,
  kept: {
    observations?: () => Promise<{ stored: number; demo: number }>;
    schemaVersion?: () => Promise<string | null>;
  } = {},
): Promise<Overview> {
  const measures = await countMeasures(db);
  const fiches = await countFiches(db);
  const bundles = await countBundles(db);
  const frameworks = await db
    .selectFrom('weighing_framework')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const demoLoadedAt = await getMeta(db, 'demo.loadedAt');
  const regions = await countRegions(db);
  const indicators = await db
    .selectFrom('indicator')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const observations = await (kept.observations?.() ?? countObservations(db));
  // counts only: how many requests exist is not confidential, their content is
  const adviceRequests = await db
    .selectFrom('advice_request')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const packages = await db
    .selectFrom('information_package')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();

  const signals = await countSignals(db);

  const organisation = await countOrganisation(db);

  const summaryOf = (area: ProductArea): AreaSummary => {
    switch (area) {
      case 'measures':
        return {
          area,
          status: 'available',
          counts: [
            { key: 'measures', value: measures.measures },
            { key: 'measureLevels', value: measures.levels },
            { key: 'fiches', value: fiches.fiches },
            { key: 'adoptedFiches', value: fiches.adopted },
            { key: 'bundles', value: bundles.bundles },
          ],
        };
      case 'weighing':
        return {
          area,
          status: 'available',
          counts: [{ key: 'frameworks', value: Number(frameworks.n) }],
        };
      case 'societal-picture':
        return {
          area,
          status: 'available',
          counts: [
            { key: 'gemeenten', value: regions.gemeente },
            { key: 'indicators', value: Number(indicators.n) },
            { key: 'observations', value: observations.stored },
          ],
        };
      case 'advice':
        return {
          area,
          status: 'available',
          counts: [
            { key: 'adviceRequests', value: Number(adviceRequests.n) },
            { key: 'informationPackages', value: Number(packages.n) },
          ],
        };
      case 'signals':
        return {
          area,
          status: 'available',
          counts: [
            { key: 'signals', value: signals.signals },
            { key: 'practiceCircles', value: signals.circles },
            { key: 'signalClusters', value: signals.clusters },
          ],
        };
      case 'readiness':
        return {
          area,
          status: 'available',
          counts: [
            { key: 'committeeRoles', value: organisation.committeeRoles },
            { key: 'secretariatPositions', value: organisation.secretariatPositions },
            { key: 'experts', value: organisation.experts },
            { key: 'readinessItems', value: organisation.readinessItems },
          ],
        };
      default: {
        const unreachable: never = area;
        throw new Error(`unknown area ${String(unreachable)}`);
      }
    }
  };

  return {
    demo: measures.demo > 0,
    demoLoadedAt,
    database: { kind, schemaVersion: await (kept.schemaVersion?.() ?? currentSchemaVersion(db)) },
    areas: PRODUCT_AREAS.map(summaryOf),
  };
}
