import fc from 'fast-check';
import { fuzzParameters } from './fuzz.ts';

/**
 * Every property test, not only the fuzz files that ask for it, runs from the one CI seed
 * (fuzz.ts): a red run then means a change broke something. FUZZ_RUNS or FUZZ_SEED switch to
 * the long form's random or replayed seed, as they do for the fuzz files.
 */
const { seed } = fuzzParameters(100);
if (seed !== undefined) fc.configureGlobal({ seed });
