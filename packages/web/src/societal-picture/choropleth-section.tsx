import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import {
  periodContaining,
  periodTypeOfFrequency,
  shiftPeriod,
  trendWindowOf,
} from '@weegschaal/core';
import type { Indicator, Period, Region } from '@weegschaal/core';
import { getJson } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { classOf, fixedClassBounds } from './class-breaks.ts';
import { DataTable } from './data-table.tsx';
import type { Column } from './data-table.tsx';
import { formatNumber, periodLabel, regionName } from './format.ts';
import { indicatorName, valueText } from './indicator-text.ts';
import { allValues, mapSeries } from './map-values.ts';
import type { MapValue } from './map-values.ts';
import { choroplethOption } from './societal-charts.ts';
import { MAP_LEVELS } from './societal-types.ts';
import type { MapLevel, ObservationItem, ObservationList } from './societal-types.ts';

const ChoroplethMap = lazy(() => import('./choropleth-map.tsx'));

type WindowState =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'error'; error: Error }
  | { state: 'ready'; observations: ObservationItem[]; truncated: boolean };

/**
 * The regional values of a window of periods (the same window as the trend test: 28 days,
 * 13 weeks, 12 months, 8 quarters or years, a year of survey waves) ending at the period that
 * holds `until`, or at the newest period of the regional series: regional series can end
 * earlier than the national one, so one region per level is asked, lowest level first.
 */
function useMapWindow(
  indicator: Indicator,
  regions: readonly Region[],
  until: string,
): WindowState {
  const [result, setResult] = useState<{ key: string; value: WindowState }>({
    key: '',
    value: { state: 'loading' },
  });
  const key = `${indicator.code}:${until}:${regions.length}`;
  useEffect(() => {
    let current = true;
    const set = (value: WindowState) => current && setResult({ key, value });
    (async () => {
      let latest: Period | null = until
        ? periodContaining(periodTypeOfFrequency(indicator.frequency), until)
        : null;
      if (!latest) {
        for (const level of MAP_LEVELS) {
          const probe = regions.find((r) => r.level === level && r.divisionTo === null);
          if (!probe) continue;
          const list = await getJson<ObservationList>(
            `/observations?indicator=${indicator.code}&region=${probe.code}&limit=100000`,
          );
          latest = list.items.at(-1)?.period ?? null;
          if (latest) break;
        }
      }
      if (!latest) return set({ state: 'none' });
      const from = shiftPeriod(latest, -(trendWindowOf(indicator.frequency) - 1)).start;
      const list = await getJson<ObservationList>(
        `/observations?indicator=${indicator.code}&regionParent=NL01&from=${from}&to=${latest.end}&limit=100000`,
      );
      set({ state: 'ready', observations: list.items, truncated: list.truncated });
    })().catch((error: Error) => set({ state: 'error', error }));
    return () => {
      current = false;
    };
  }, [key, indicator, regions, until]);
  return result.key === key ? result.value : { state: 'loading' };
}

interface Row {
  region: Region;
  value: MapValue;
  classLabel: string;
}

/**
 * A choropleth per gemeente, veiligheidsregio or provincie with fixed class bounds (the same
 * for every period of the window, printed in the legend), and its table.
 */
export function ChoroplethSection({
  indicator,
  regions,
}: {
  indicator: Indicator;
  regions: readonly Region[];
}) {
  const { t, locale } = useLocale();
  const noMap = indicator.lowestLevel === 'land';
  const [until, setUntil] = useState('');
  const window = useMapWindow(indicator, noMap ? [] : regions, until);
  const [chosenLevel, setLevel] = useState<MapLevel | null>(null);
  const [chosenPeriod, setPeriod] = useState<string | null>(null);

  const series = useMemo(() => {
    if (window.state !== 'ready') return [];
    return MAP_LEVELS.map((level) =>
      mapSeries({ indicator, observations: window.observations, regions, level }),
    ).filter((s) => allValues(s).length > 0);
  }, [window, indicator, regions]);
  const shown = series.find((s) => s.level === chosenLevel) ?? series[0];
  const periods = useMemo(
    () =>
      shown
        ? shown.periods.filter((p) => shown.values.get(p.key)?.some((v) => v.value !== null))
        : [],
    [shown],
  );
  const period = useMemo(
    () => periods.find((p) => p.key === chosenPeriod) ?? periods.at(-1),
    [periods, chosenPeriod],
  );
  const bounds = useMemo(() => (shown ? fixedClassBounds(allValues(shown)) : null), [shown]);
  const byCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);

  const format = (v: number) => formatNumber(v, indicator.unit, locale);
  const rows: Row[] = useMemo(() => {
    const values = shown && period ? (shown.values.get(period.key) ?? []) : [];
    const label = (value: number | null) => {
      if (value === null || !bounds) return t('sp.map.noData');
      const i = classOf(value, bounds);
      const last = i >= bounds.length - 2;
      const fmt = (v: number) => formatNumber(v, indicator.unit, locale);
      return `${fmt(bounds[i]!)} – ${last ? '' : '< '}${fmt(bounds[i + 1] ?? bounds[i]!)}`;
    };
    return values.flatMap((value) => {
      const region = byCode.get(value.code);
      return region ? [{ region, value, classLabel: label(value.value) }] : [];
    });
  }, [shown, period, bounds, byCode, indicator, locale, t]);
  const option = useMemo(
    () =>
      shown && bounds
        ? choroplethOption({
            mapName: `weegschaal-nl-${shown.level}`,
            values: rows.map((r) => ({
              code: r.region.code,
              name: regionName(r.region),
              value: r.value.value,
            })),
            bounds,
            unit: indicator.unit,
            locale,
            noData: t('sp.map.noData'),
          })
        : null,
    [shown, rows, bounds, indicator, locale, t],
  );

  const columns: Column<Row>[] = [
    {
      header: t('sp.region'),
      rowHeader: true,
      cell: (r) => regionName(r.region),
      csv: (r) => regionName(r.region),
    },
    { header: t('sp.meta.code'), cell: (r) => r.region.code },
    {
      header: t('sp.value'),
      numeric: true,
      cell: (r) =>
        r.value.value === null
          ? t('sp.map.noData')
          : valueText(r.value.value, indicator.unit, locale),
      csv: (r) => r.value.value,
    },
    { header: t('sp.map.class'), cell: (r) => r.classLabel },
    {
      header: t('sp.map.origin'),
      cell: (r) =>
        r.value.origin === 'stored' ? (
          t('sp.map.stored')
        ) : (
          <span lang="en">{r.value.explanation}</span>
        ),
      csv: (r) =>
        r.value.origin === 'stored' ? 'stored' : `${r.value.origin}: ${r.value.explanation ?? ''}`,
    },
  ];

  return (
    <section aria-labelledby="indicator-map" className="ws-sp-section" data-testid="map-section">
      <Heading level={3} id="indicator-map">
        {t('sp.map.title')}
      </Heading>
      {!noMap && (
        <div className="ws-sp-controls">
          {shown && (
            <div className="ws-sp-field">
              <label htmlFor="map-level" className="utrecht-form-label">
                {t('sp.map.level')}
              </label>
              <select
                id="map-level"
                className="utrecht-select utrecht-select--html-select"
                value={shown.level}
                onChange={(e) => {
                  setLevel(e.target.value as MapLevel);
                  setPeriod(null);
                }}
              >
                {series.map((s) => (
                  <option key={s.level} value={s.level}>
                    {t(`sp.level.${s.level}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="ws-sp-field">
            <label htmlFor="map-until" className="utrecht-form-label">
              {t('sp.map.until')}
            </label>
            <input
              id="map-until"
              type="date"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={until}
              aria-describedby="map-until-hint"
              onChange={(e) => {
                setUntil(e.target.value);
                setPeriod(null);
              }}
            />
            <span id="map-until-hint" className="ws-sp-hint">
              {t('sp.map.untilHint')}
            </span>
          </div>
          {period && (
            <div className="ws-sp-field">
              <label htmlFor="map-period" className="utrecht-form-label">
                {t('sp.map.period')}
              </label>
              <select
                id="map-period"
                className="utrecht-select utrecht-select--html-select"
                value={period.key}
                onChange={(e) => setPeriod(e.target.value)}
              >
                {periods.map((p) => (
                  <option key={p.key} value={p.key}>
                    {periodLabel(p, locale, t)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}
      {(noMap || window.state === 'none' || (window.state === 'ready' && series.length === 0)) && (
        <Paragraph data-testid="map-empty">
          {until && !noMap ? t('sp.map.noneInWindow') : t('sp.map.noLevels')}
        </Paragraph>
      )}
      {!noMap && window.state === 'loading' && (
        <Paragraph role="status">{t('home.loading')}</Paragraph>
      )}
      {!noMap && window.state === 'error' && (
        <Paragraph role="alert">
          {t('home.error')} {window.error.message}
        </Paragraph>
      )}
      {shown && period && bounds && option && (
        <>
          <Paragraph className="ws-sp-note" data-testid="map-breaks">
            {t('sp.map.breaks')} {periodLabel(periods[0]!, locale, t)} {t('sp.map.to')}{' '}
            {periodLabel(periods.at(-1)!, locale, t)}:{' '}
            {bounds
              .slice(0, -1)
              .map(
                (b, i) =>
                  `${format(b)} – ${i === bounds.length - 2 ? '' : '< '}${format(bounds[i + 1]!)}`,
              )
              .join('; ')}
            .{rows.some((r) => r.value.origin !== 'stored') && ` ${t('sp.map.computedNote')}`}
          </Paragraph>
          <Suspense fallback={<div style={{ height: 560 }} />}>
            <ChoroplethMap
              level={shown.level}
              regions={regions}
              option={option}
              label={`${indicatorName(indicator, locale)}, ${t(`sp.levels.${shown.level}`)}, ${periodLabel(period, locale, t)}: ${t('sp.map.chartLabel')}`}
            />
          </Suspense>
          <DataTable
            caption={`${t('sp.map.table')} (${periodLabel(period, locale, t)})`}
            rows={rows}
            columns={columns}
            rowKey={(r) => r.region.code}
            fileName={[indicator.code, shown.level, period.key]}
            testId="map-table"
          />
        </>
      )}
    </section>
  );
}
