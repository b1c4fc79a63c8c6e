import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from 'wouter';
import { NATIONAL_REGION_CODE } from '@weegschaal/core';
import type { Dashboard, DashboardTile, IndicatorTheme, RegionLevel } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { DataTable } from '../societal-picture/data-table.tsx';
import type { Column } from '../societal-picture/data-table.tsx';
import { DualSparkline } from '../societal-picture/dual-sparkline.tsx';
import {
  formatDate,
  formatNumber,
  intlLocale,
  periodLabel,
  regionName,
} from '../societal-picture/format.ts';
import { indicatorName, valueText } from '../societal-picture/indicator-text.ts';
import { SignalBadge } from '../societal-picture/signal-badge.tsx';
import { SocietalNav } from '../societal-picture/societal-nav.tsx';
import { useApiAll, useCachedApi } from '../societal-picture/societal-api.ts';
import { populationNear } from '../societal-picture/map-values.ts';
import type {
  IndicatorList,
  RegionDetail,
  RegionList,
} from '../societal-picture/societal-types.ts';

interface Row {
  theme: IndicatorTheme;
  tile: DashboardTile;
  /** set when the region itself has no value and the value is that of a region it lies in */
  via: { code: string; level: RegionLevel } | null;
  /** the national value of the same period as the region's newest */
  national: { periodKey: string; value: number } | null;
  nationalTile: DashboardTile | undefined;
}

/**
 * One region: where it lies, its population and its GROS / krimp flags, and every indicator
 * of the catalogue for it next to the national value of the same period.
 */
export function RegionPage({ params }: { params: { code: string } }) {
  const { t, locale } = useLocale();
  const code = params.code;
  const region = useApi<RegionDetail>(`/regions/${encodeURIComponent(code)}`);
  const regions = useCachedApi<RegionList>('/regions');
  const catalogue = useCachedApi<IndicatorList>('/indicators');
  // the region's own tiles, then those of the veiligheidsregio and provincie it lies in: an
  // indicator published per VR has no gemeente value, but the VR value is still the nearest
  const chain =
    region.state === 'ready'
      ? [
          { code: region.data.code, level: region.data.level },
          ...(['veiligheidsregio', 'provincie'] as const).flatMap((level) =>
            region.data.parents.filter((p) => p.level === level),
          ),
        ]
      : [];
  const dashboards = useApiAll<Dashboard>(
    chain.map((c) => `/dashboard?region=${encodeURIComponent(c.code)}&sparklineLength=12`),
  );
  const national = useApi<Dashboard>(
    `/dashboard?region=${NATIONAL_REGION_CODE}&sparklineLength=12`,
  );
  const names = new Map(
    regions.state === 'ready' ? regions.data.items.map((r) => [r.code, regionName(r)]) : [],
  );

  if (region.state === 'loading')
    return (
      <>
        <SocietalNav />
        <Paragraph role="status">{t('home.loading')}</Paragraph>
      </>
    );
  if (region.state === 'error')
    return (
      <>
        <SocietalNav />
        <Paragraph role="alert">
          {t('home.error')} {region.error.message}
        </Paragraph>
      </>
    );
  const r = region.data;
  const population = [...r.population].sort((a, b) => b.year - a.year)[0];
  const nationalTiles = new Map(
    national.state === 'ready'
      ? national.data.themes.flatMap((th) => th.tiles).map((tile) => [tile.indicatorCode, tile])
      : [],
  );
  const tilesOf = (d: Dashboard) =>
    new Map(d.themes.flatMap((th) => th.tiles).map((tile) => [tile.indicatorCode, tile]));
  const chainTiles = dashboards.state === 'ready' ? dashboards.data.map(tilesOf) : [];
  const own = dashboards.state === 'ready' ? dashboards.data[0] : undefined;
  const rows: Row[] = own
    ? own.themes.flatMap((th) =>
        th.tiles.map((ownTile) => {
          const found = chainTiles.findIndex((m) => m.get(ownTile.indicatorCode)?.latest);
          const tile = found > 0 ? chainTiles[found]!.get(ownTile.indicatorCode)! : ownTile;
          const via = found > 0 ? chain[found]! : null;
          const nationalTile = nationalTiles.get(tile.indicatorCode);
          const key = tile.latest?.period.key;
          const same = key ? nationalTile?.sparkline.find((p) => p.periodKey === key) : undefined;
          return {
            theme: th.theme,
            tile,
            via,
            national: same ? { periodKey: same.periodKey, value: same.value } : null,
            nationalTile,
          };
        }),
      )
    : [];
  const regionByCode = new Map(
    regions.state === 'ready' ? regions.data.items.map((x) => [x.code, x]) : [],
  );
  /**
   * Counts of a gemeente and of the country differ by the size of the population: compared as
   * such the difference says nothing. They are compared per 100,000 inhabitants (population of
   * the year nearest the period), and said so.
   */
  const perCapita = (row: Row) => {
    if (row.tile.unit !== 'count' || !row.tile.latest || !row.national) return null;
    const year = Number(row.tile.latest.period.start.slice(0, 4));
    const own = row.via ? regionByCode.get(row.via.code) : r;
    const here = populationNear(own, year);
    const country = populationNear(regionByCode.get(NATIONAL_REGION_CODE), year);
    if (!here || !country) return null;
    return {
      region: (row.tile.latest.value / here) * 100_000,
      national: (row.national.value / country) * 100_000,
      scale: { region: 100_000 / here, national: 100_000 / country },
    };
  };
  const per100k = (v: number) => `${formatNumber(v, 'per-100k', locale)} ${t('sp.unit.per-100k')}`;
  const lowest = new Map<string, RegionLevel>(
    catalogue.state === 'ready' ? catalogue.data.items.map((i) => [i.code, i.lowestLevel]) : [],
  );
  const columns: Column<Row>[] = [
    {
      header: t('sp.region.indicator'),
      rowHeader: true,
      cell: (row) => (
        <Link href={`/indicators/${row.tile.indicatorCode}?region=${r.code}`}>
          {indicatorName(row.tile, locale)}
        </Link>
      ),
      csv: (row) => row.tile.indicatorCode,
    },
    {
      header: t('sp.meta.theme'),
      cell: (row) => t(`sp.theme.${row.theme}`),
      csv: (row) => row.theme,
    },
    {
      header: t('sp.period'),
      cell: (row) => (row.tile.latest ? periodLabel(row.tile.latest.period, locale, t) : '–'),
      csv: (row) => row.tile.latest?.period.key ?? null,
    },
    {
      header: t('sp.region.here'),
      numeric: true,
      cell: (row) =>
        row.tile.latest ? (
          <>
            {valueText(row.tile.latest.value, row.tile.unit, locale)}
            {row.tile.latest.status === 'provisional' && ` (${t('sp.status.provisional')})`}
            {row.via && (
              <span className="ws-sp-via">
                {' '}
                ({t('sp.region.via')} {names.get(row.via.code) ?? row.via.code},{' '}
                {t(`sp.level.${row.via.level}`)})
              </span>
            )}
            {perCapita(row) && <span className="ws-sp-via">{per100k(perCapita(row)!.region)}</span>}
            {row.tile.latest.demo && (
              <span className="ws-sp-demo-inline"> ({t('sp.demoSeries')})</span>
            )}
          </>
        ) : (
          <span className="ws-sp-note">
            {t('sp.region.notAtLevel')}
            {lowest.has(row.tile.indicatorCode) &&
              ` (${t('sp.region.lowest')}: ${t(`sp.level.${lowest.get(row.tile.indicatorCode)!}`)})`}
          </span>
        ),
      csv: (row) => row.tile.latest?.value ?? null,
    },
    {
      header: t('sp.region.national'),
      numeric: true,
      cell: (row) =>
        row.national ? (
          <>
            {valueText(row.national.value, row.tile.unit, locale)}
            {perCapita(row) && (
              <span className="ws-sp-via">{per100k(perCapita(row)!.national)}</span>
            )}
          </>
        ) : (
          '–'
        ),
      csv: (row) => row.national?.value ?? null,
    },
    {
      header: t('sp.region.difference'),
      numeric: true,
      cell: (row) => {
        const pc = perCapita(row);
        if (pc)
          return `${formatNumber(pc.region - pc.national, 'per-100k', locale, { signed: true })} ${t('sp.unit.per-100k')}`;
        return row.national && row.tile.latest
          ? formatNumber(row.tile.latest.value - row.national.value, row.tile.unit, locale, {
              signed: true,
            })
          : '–';
      },
      csv: (row) => {
        const pc = perCapita(row);
        if (pc) return pc.region - pc.national;
        return row.national && row.tile.latest ? row.tile.latest.value - row.national.value : null;
      },
    },
    {
      header: t('sp.region.differenceBasis'),
      csvOnly: true,
      cell: () => '',
      csv: (row) => (perCapita(row) ? 'per-100k' : row.tile.unit),
    },
    {
      header: t('sp.signalStatus'),
      cell: (row) => <SignalBadge status={row.tile.signal.status} />,
      csv: (row) => row.tile.signal.status,
    },
    {
      header: t('sp.region.lines'),
      csvHeader: null,
      cell: (row) => (
        <DualSparkline
          region={row.tile.sparkline.map((p) => p.value * (perCapita(row)?.scale.region ?? 1))}
          national={
            row.nationalTile && row.tile.sparkline.length > 0
              ? row.nationalTile.sparkline
                  .filter((p) => p.periodKey >= row.tile.sparkline[0]!.periodKey)
                  .map((p) => p.value * (perCapita(row)?.scale.national ?? 1))
              : []
          }
        />
      ),
    },
  ];
  const ownCount = rows.filter((row) => row.tile.latest && !row.via).length;
  const viaCount = rows.filter((row) => row.via).length;
  return (
    <>
      <SocietalNav />
      <Heading level={2}>
        {regionName(r)} ({r.code})
      </Heading>
      <Paragraph>
        {r.border || r.shrinking ? (
          <>
            {r.border && (
              <span className="ws-sp-flag" data-testid="flag-border">
                {t('sp.region.border')}
              </span>
            )}
            {r.shrinking && (
              <span className="ws-sp-flag" data-testid="flag-shrinking">
                {t('sp.region.shrinking')}
              </span>
            )}
          </>
        ) : (
          <span className="ws-sp-note">{t('sp.region.noFlags')}</span>
        )}
      </Paragraph>
      <dl className="ws-sp-meta" data-testid="region-meta">
        <dt>{t('sp.region.level')}</dt>
        <dd>{t(`sp.level.${r.level}`)}</dd>
        {r.parents.length > 0 && (
          <>
            <dt>{t('sp.region.partOf')}</dt>
            <dd>
              {r.parents.map((p, i) => (
                <span key={p.code}>
                  {i > 0 && ', '}
                  <Link href={`/regions/${p.code}`}>{names.get(p.code) ?? p.code}</Link> (
                  {t(`sp.level.${p.level}`)})
                </span>
              ))}
            </dd>
          </>
        )}
        {population && (
          <>
            <dt>{t('sp.region.population')}</dt>
            <dd>
              {population.count.toLocaleString(intlLocale(locale))} ({population.year};{' '}
              <span lang="en">{population.source}</span>)
            </dd>
          </>
        )}
        <dt>{t('sp.region.division')}</dt>
        <dd lang="en">{r.currentDivision.explanation}</dd>
        {r.children.length > 0 && (
          <>
            <dt>{t(`sp.levels.${r.children[0]!.level}`)}</dt>
            <dd>
              <details className="ws-sp-details">
                <summary>{r.children.length}</summary>
                <ul className="ws-sp-children">
                  {r.children.map((c) => (
                    <li key={c.code}>
                      <Link href={`/regions/${c.code}`}>{c.name}</Link>
                    </li>
                  ))}
                </ul>
              </details>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="region-indicators" className="ws-sp-section">
        <Heading level={3} id="region-indicators">
          {t('sp.region.indicators')}
        </Heading>
        <Paragraph className="ws-sp-note">{t('sp.region.indicatorsHint')}</Paragraph>
        {dashboards.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
        {dashboards.state === 'error' && (
          <Paragraph role="alert">
            {t('home.error')} {dashboards.error.message}
          </Paragraph>
        )}
        {own && (
          <>
            <Paragraph data-testid="region-indicator-count">
              {ownCount} / {rows.length} {t('sp.region.ownValues')}; {viaCount}{' '}
              {t('sp.region.viaValues')} — {t('sp.asOfShort')} {formatDate(own.asOf, locale)}
            </Paragraph>
            <DataTable
              caption={t('sp.region.table')}
              rows={rows}
              columns={columns}
              rowKey={(row) => row.tile.indicatorCode}
              fileName={[r.code, 'indicatoren']}
              open
              testId="region-table"
            />
          </>
        )}
      </section>
    </>
  );
}
