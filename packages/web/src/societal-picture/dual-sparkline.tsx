import { sparklinePoints } from './sparkline.ts';

/**
 * A region's recent values (solid) against the national ones (dotted) on one shared scale.
 * Decorative to assistive technology: the table row holds both values.
 */
export function DualSparkline({
  region,
  national,
  width = 120,
  height = 32,
}: {
  region: readonly number[];
  national: readonly number[];
  width?: number;
  height?: number;
}) {
  const all = [...region, ...national];
  if (all.length === 0) return null;
  const range = { min: Math.min(...all), max: Math.max(...all) };
  const line = (values: readonly number[]) =>
    sparklinePoints(values, width, height, 3, range)
      .map(([x, y]) => `${x},${y}`)
      .join(' ');
  return (
    <svg
      className="ws-sp-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {national.length > 0 && (
        <polyline
          points={line(national)}
          fill="none"
          stroke="#696969"
          strokeWidth="1.5"
          strokeDasharray="2 2"
        />
      )}
      {region.length > 0 && (
        <polyline points={line(region)} fill="none" stroke="#154273" strokeWidth="2" />
      )}
    </svg>
  );
}
