/**
 * The points of a sparkline in an SVG box: oldest left, newest right, the series' own range
 * from bottom to top (a flat series sits in the middle).
 */
export function sparklinePoints(
  values: readonly number[],
  width: number,
  height: number,
  pad = 2,
  /** a shared scale when two lines are drawn in one box */
  range: { min: number; max: number } = { min: Math.min(...values), max: Math.max(...values) },
): [number, number][] {
  if (values.length === 0) return [];
  const { min, max } = range;
  const span = max - min;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  return values.map((v, i) => [
    Number((pad + i * step).toFixed(2)),
    Number(
      (span === 0 ? height / 2 : height - pad - ((v - min) / span) * (height - 2 * pad)).toFixed(2),
    ),
  ]);
}
