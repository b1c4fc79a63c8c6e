/**
 * Fixed colour classes for a choropleth. The class bounds are computed once from every value
 * the map can show (all periods of the window at one regional level), not from the period on
 * screen, so that the same colour means the same range in every period and a reader can
 * compare two maps. The bounds are the quintiles of those values rounded to two significant
 * digits: regional figures are skewed (a few gemeenten with ten times the median sewage
 * load), and equal intervals would put nearly every region in the lowest class. The legend
 * prints the bounds, so nothing about the colouring is hidden.
 */

/** x rounded to two significant digits, down, up or to the nearest. */
export function roundSignificant(x: number, mode: 'floor' | 'ceil' | 'round' = 'round'): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  return Number((Math[mode](x / step) * step).toPrecision(12));
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/**
 * Ascending class bounds: class i covers [bounds[i], bounds[i + 1]), the last one includes
 * its upper bound. Up to `classes` classes (fewer when values repeat); one class when all
 * values are equal; null when there are none.
 */
export function fixedClassBounds(values: readonly number[], classes = 5): number[] | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const min = roundSignificant(sorted[0]!, 'floor');
  const max = roundSignificant(sorted.at(-1)!, 'ceil');
  if (min === max) return [min, max];
  const bounds = [min];
  for (let k = 1; k < classes; k++) {
    const bound = roundSignificant(quantile(sorted, k / classes));
    if (bound > bounds.at(-1)! && bound < max) bounds.push(bound);
  }
  bounds.push(max);
  return bounds;
}

/** The class of a value; values outside the bounds fall in the nearest class. */
export function classOf(value: number, bounds: readonly number[]): number {
  const last = Math.max(0, bounds.length - 2);
  for (let i = 0; i < last; i++) if (value < bounds[i + 1]!) return i;
  return last;
}

// light to dark Rijkshuisstijl blue; every step keeps the region borders visible
const LIGHT: [number, number, number] = [0xe5, 0xee, 0xf7];
const DARK: [number, number, number] = [0x0b, 0x2a, 0x4f];

export function classColors(count: number): string[] {
  if (count <= 1) return [`rgb(${DARK.join(',')})`];
  return Array.from({ length: count }, (_, i) => {
    const t = i / (count - 1);
    return `rgb(${LIGHT.map((l, c) => Math.round(l + (DARK[c]! - l) * t)).join(',')})`;
  });
}
