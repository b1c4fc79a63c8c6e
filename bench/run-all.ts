import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

/**
 * Runs every *.bench.ts in this folder, each in its own process so that one benchmark's heap
 * and JIT state cannot colour the next. Each prints its own ratio against a baseline measured
 * in the same run. `npm run bench -- name` runs only the benchmarks whose file name contains it.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const result = spawnSync(process.execPath, [file], { cwd: here, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
