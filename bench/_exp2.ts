import { readFileSync } from 'node:fs';
import { createObservationValidator, forEachCsvRow, indicatorCatalogue } from '@weegschaal/core';
import { observationStager } from '@weegschaal/storage';
const hwm = () => /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]! + ' kB';
const text = new TextDecoder().decode(readFileSync('/tmp/exp/observations.csv'));
const mode = process.argv[2]!;
let t = performance.now();
let n = 0;
const stager = observationStager();
let validator: ReturnType<typeof createObservationValidator> | null = null;
forEachCsvRow('x.csv', text, {}, {
  header: (columns, dialect) => { validator = createObservationValidator({ fileName: 'x.csv', columns, dialect }, { indicators: indicatorCatalogue(), isKnownRegion: () => true }, mode === 'stage' ? stager.add : () => { n++; }); },
  row: (r, cells) => { if (mode !== 'parse') validator!.row(r, cells); else n++; },
});
stager.finish();
console.log(mode, ((performance.now() - t) / 1000).toFixed(2), 's', hwm(), n);
