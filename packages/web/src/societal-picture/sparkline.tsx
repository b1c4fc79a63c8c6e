import { sparklinePoints } from './sparkline.ts';

/**
 * A small line of the recent periods. Decorative to assistive technology: the tile states the
 * values in words and its table lists them. Provisional values are hollow circles.
 */
export function Sparkline({
  values,
  provisional,
  width = 160,
  height = 36,
}: {
  values: readonly number[];
  provisional: readonly boolean[];
  width?: number;
  height?: number;
}) {
  const points = sparklinePoints(values, width, height, 4);
  if (points.length === 0) return null;
  return (
    <svg
      className="ws-sp-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <polyline
        points={points.map(([x, y]) => `${x},${y}`).join(' ')}
        fill="none"
        stroke="#154273"
        strokeWidth="2"
      />
      {points.map(([x, y], i) =>
        i === points.length - 1 || provisional[i] ? (
          <circle
            key={i}
            cx={x}
            cy={y}
            r="3"
            fill={provisional[i] ? '#ffffff' : '#154273'}
            stroke="#154273"
            strokeWidth="1.5"
          />
        ) : null,
      )}
    </svg>
  );
}
