import type { Region } from '@weegschaal/core';
import { regionName } from '../societal-picture/format.ts';

/** "Amsterdam (GM0363)": the option text, unique even where two gemeenten share a name. */
export function gemeenteOptionLabel(region: Pick<Region, 'code' | 'name' | 'displayName'>) {
  return `${regionName(region)} (${region.code})`;
}

/**
 * The gemeente a typed text names: an option label, a code, or a name (official or short)
 * that only one gemeente has; case and surrounding spaces do not matter.
 */
export function resolveGemeente(text: string, gemeenten: readonly Region[]): Region | null {
  const wanted = text.trim().toLocaleLowerCase('nl');
  if (!wanted) return null;
  const code = /\((GM\d{4})\)\s*$/i.exec(wanted)?.[1] ?? (/^gm\d{4}$/.test(wanted) ? wanted : null);
  if (code) return gemeenten.find((g) => g.code.toLowerCase() === code.toLowerCase()) ?? null;
  const named = gemeenten.filter((g) =>
    [g.name, g.displayName].some((n) => n?.toLocaleLowerCase('nl') === wanted),
  );
  return named.length === 1 ? named[0]! : null;
}
