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

export async function getOverview(db: Executor, kind: DatabaseKind): Promise<Overview> {
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
  const observations = await countObservations(db);
  // counts only: how many requests exist is not confidential, their content is
  const adviceRequests = await db
    .selectFrom('advice_request')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const packages = await db
    .selectFrom('information_package')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();

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
      case 'readiness':
        return { area, status: 'not-built', counts: [] };
      default: {
        const unreachable: never = area;
        throw new Error(`unknown area ${String(unreachable)}`);
      }
    }
  };

  return {
    demo: measures.demo > 0,
    demoLoadedAt,
    database: { kind, schemaVersion: await currentSchemaVersion(db) },
    areas: PRODUCT_AREAS.map(summaryOf),
  };
}
