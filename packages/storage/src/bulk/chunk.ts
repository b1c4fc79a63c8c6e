/**
 * PGlite (and PostgreSQL's protocol) limit the number of bind parameters in one statement
 * (65,535); PGlite also slows down sharply on very large statements. Multi-row inserts
 * therefore go in chunks of at most ~5,000 parameters.
 */
export const MAX_PARAMETERS = 5000;

export function chunksFor<T>(items: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
