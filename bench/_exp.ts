import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createObservationValidator, forEachCsvRow, indicatorCatalogue } from '@weegschaal/core';
import { openDatabase, migrateToLatest, nlRegionsPublicDataSource, observationStager, regionCodes, ensureIndicatorCatalogue } from '@weegschaal/storage';
import { copyInto } from '../packages/storage/src/bulk/copy.ts';

const hwm = () => /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]! + ' kB';
const csvPath = process.argv[2]!;
const kind = process.argv[3]!;
const variant = process.argv[4] ?? 'order';
let t = performance.now();
const lap = (label: string) => { const n = performance.now(); console.log(label, ((n - t) / 1000).toFixed(2), 's', hwm()); t = n; };
const handle = await openDatabase(kind === 'pg' ? { kind: 'postgres', url: process.env['URL']! } : { kind: 'pglite', dataDir: process.env['DIR']!, command: 'exp' });
await migrateToLatest(handle.db);
await nlRegionsPublicDataSource.load(handle.db, '/work/shared/data');
await ensureIndicatorCatalogue(handle.db);
await sql`truncate observation, import_rejection, import_batch restart identity`.execute(handle.db);
lap('setup');
const known = await regionCodes(handle.db);
const bytes = readFileSync(csvPath);
const text = new TextDecoder().decode(bytes);
lap('decode');
const stager = observationStager();
let validator: ReturnType<typeof createObservationValidator> | null = null;
forEachCsvRow('x.csv', text, {}, {
  header: (columns, dialect) => { validator = createObservationValidator({ fileName: 'x.csv', columns, dialect }, { indicators: indicatorCatalogue(), isKnownRegion: (c) => known.has(c) }, stager.add); },
  row: (n, cells) => validator!.row(n, cells),
});
const staged = stager.finish();
lap(`validate+encode ${staged.count} rows ${staged.chunks.length} chunks`);
if (variant.includes('tb')) await sql`set temp_buffers = '256MB'`.execute(handle.db);
if (variant.includes('direct')) {
  await handle.db.transaction().execute(async (trx) => {
    await copyInto(trx, 'observation (indicator_code, region_code, period_type, period_start, period_end, period_key, breakdown, value, lower_bound, upper_bound, status, revision, batch_id)', staged.chunks.map((c) => c.replaceAll('\n', '\t1\t1\n')));
    lap('direct copy');
  });
  lap('commit');
  process.exit(0);
}
await handle.db.transaction().execute(async (trx) => {
  if (variant.includes('mem')) await sql`set local work_mem = '256MB'`.execute(trx);
  await sql`create temporary table observation_stage (
      indicator_code text not null, region_code text not null, period_type text not null,
      period_start date not null, period_end date not null, period_key text not null,
      breakdown text not null, value double precision not null,
      lower_bound double precision, upper_bound double precision, status text not null
    ) on commit drop`.execute(trx);
  await copyInto(trx, 'observation_stage', staged.chunks);
  lap('copy to stage');
  const order = variant.includes('order') ? sql`order by s.indicator_code, s.region_code, s.period_type, s.period_start, s.breakdown` : sql``;
  const lateral = !variant.includes('nolateral');
  const r = lateral ? await sql`insert into observation (indicator_code, region_code, period_type, period_start,
        period_end, period_key, breakdown, revision, value, lower_bound, upper_bound, status, batch_id)
      select s.indicator_code, s.region_code, s.period_type, s.period_start, s.period_end,
        s.period_key, s.breakdown, coalesce(l.revision, 0) + 1, s.value, s.lower_bound, s.upper_bound, s.status, 1
      from observation_stage s
      left join lateral (
        select o.revision, o.value, o.status, o.lower_bound, o.upper_bound from observation o
        where o.indicator_code = s.indicator_code and o.region_code = s.region_code
          and o.period_type = s.period_type and o.period_start = s.period_start and o.breakdown = s.breakdown
        order by o.revision desc limit 1) l on true
      where l.revision is null or l.value is distinct from s.value
      ${order}`.execute(trx) : await sql`insert into observation (indicator_code, region_code, period_type, period_start,
        period_end, period_key, breakdown, revision, value, lower_bound, upper_bound, status, batch_id)
      select s.indicator_code, s.region_code, s.period_type, s.period_start, s.period_end,
        s.period_key, s.breakdown, 1, s.value, s.lower_bound, s.upper_bound, s.status, 1
      from observation_stage s ${order}`.execute(trx);
  lap(`insert-select (${variant}) ${r.numAffectedRows}`);
});
lap('commit');
await handle.close();
