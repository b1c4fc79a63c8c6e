import { listCompositeIndices, listCompositeInputs, openDatabase } from '@weegschaal/storage';
import { compositeDefinitionOf, computeCompositeIndex } from '@weegschaal/core';
const handle = await openDatabase({ kind: 'postgres', url: process.env.TEST_DATABASE_URL! });
const idx = (await listCompositeIndices(handle.db)).find((i) => i.level === 'gemeente')!;
let t = performance.now();
const inputs = await listCompositeInputs(handle.db, { indicatorCodes: idx.components.map((c) => c.indicatorCode), level: idx.level, periodType: idx.periodType });
console.log('query', Math.round(performance.now() - t), inputs.observations.length);
for (const r of [0, 50, 200]) {
  t = performance.now();
  const d = compositeDefinitionOf(idx);
  computeCompositeIndex({ ...d, uncertainty: { ...d.uncertainty, replicates: r } }, inputs.observations);
  console.log('compute', r, Math.round(performance.now() - t));
}
await handle.close();
