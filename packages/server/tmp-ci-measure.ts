import { loadDemoData, loadPublicData, migrateToLatest, nlRegionsPublicDataSource, openDatabase } from '@weegschaal/storage';
import { buildServer } from './src/app.ts';
const handle = await openDatabase({ kind: 'postgres', url: process.env.TEST_DATABASE_URL! });
await migrateToLatest(handle.db);
let t = performance.now();
await loadPublicData(handle.db, '/work/shared/data', [nlRegionsPublicDataSource]);
console.log('regions', Math.round(performance.now() - t));
t = performance.now();
const report = await loadDemoData(handle.db);
console.log('demo', Math.round(performance.now() - t), report.societalObservations, report.compositeIndices);
const app = await buildServer({ handle, webRoot: null });
const list = (await app.inject({ url: '/api/v1/composite-indices' })).json();
for (const i of list.items) {
  for (const q of i.level === 'nl' ? ['', '?from=2020-01-01&to=2020-12-31'] : ['?region=GM0363', '?region=GM0363&from=2020-01-01&to=2020-12-31', '']) {
    t = performance.now();
    const res = await app.inject({ url: `/api/v1/composite-indices/${i.id}/values${q}` });
    const body = res.json();
    console.log(i.code, q, res.statusCode, Math.round(performance.now() - t), 'ms', body.values?.length, 'values', res.body.length, 'bytes', body.uncertainty?.replicates, body.issues?.length, 'issues', body.explanation?.[0]);
  }
}
const v = (await app.inject({ url: `/api/v1/composite-indices/${list.items.find((x: any) => x.level === 'gemeente').id}/values?region=GM0363&from=2020-01-01&to=2020-06-30` })).json();
console.log(JSON.stringify(v.values.map((x: any) => [x.periodKey, x.value.toFixed(1), x.uncertainty.interval90.lower.toFixed(1), x.uncertainty.interval90.upper.toFixed(1), x.rank, x.regionsRanked])));
await app.close(); await handle.close();
