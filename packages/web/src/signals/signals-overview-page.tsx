import { Suspense, lazy, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { addCalendarDays, amsterdamDate, isoWeekOf, isoWeekStart } from '@weegschaal/core';
import type { Region, SignalDomain, TargetGroup } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';
import { useCachedApi } from '../societal-picture/societal-api.ts';
import type { RegionList } from '../societal-picture/societal-types.ts';
import { DataTable } from '../societal-picture/data-table.tsx';
import type { Column } from '../societal-picture/data-table.tsx';
import { regionName } from '../societal-picture/format.ts';
import { mapName } from '../societal-picture/choropleth-map.tsx';
import { regionTotals, weeksBetween } from './signal-counts.ts';
import type { Breakdown } from './signal-counts.ts';
import { countClassBounds, signalsMapOption } from './signals-charts.ts';
import { AreaFrame } from '../layout/area-frame.tsx';
import { SignalsNav } from './signals-nav.tsx';
import { DomainSelect, GroupSelect } from './signal-selects.tsx';
import { WeeklyCountsSection } from './weekly-counts-section.tsx';
import type { SignalCountList } from './signals-types.ts';

const ChoroplethMap = lazy(() => import('../societal-picture/choropleth-map.tsx'));

// levels of the overview; wijken have no boundaries in the data, so they get a table only
const LEVELS = ['gemeente', 'veiligheidsregio', 'provincie', 'wijk'] as const;
type OverviewLevel = (typeof LEVELS)[number];

/** The week of today and the week `back` weeks before it. */
export function defaultWindow(today: string, back: number): { from: string; to: string } {
  const to = isoWeekOf(today);
  return { from: isoWeekOf(addCalendarDays(isoWeekStart(to), -7 * back)), to };
}

export interface Filters {
  from: string;
  to: string;
  domain: SignalDomain | '';
  group: TargetGroup | '';
}

export function countsPath(level: string, by: Breakdown, filters: Filters, region?: string) {
  const q = new URLSearchParams({ level, from: filters.from, to: filters.to, by });
  if (filters.domain) q.set('domain', filters.domain);
  if (filters.group) q.set('targetGroup', filters.group);
  if (region) q.set('region', region);
  return `/signal-counts?${q.toString()}`;
}

/** Week range, domain and group: the filters the overview and a region page share. */
export function CountFilters({
  filters,
  onChange,
  by,
  onBy,
  children,
}: {
  filters: Filters;
  onChange(next: Filters): void;
  by: Breakdown;
  onBy(next: Breakdown): void;
  children?: ReactNode;
}) {
  const { t } = useLocale();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <form
      className="ws-sp-controls ws-signal-filters"
      aria-label={t('signals.overview.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      {children}
      <div className="ws-sp-field">
        <label htmlFor="counts-from" className="utrecht-form-label">
          {t('signals.overview.from')}
        </label>
        <input
          id="counts-from"
          type="week"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={filters.from}
          max={filters.to}
          onChange={(e) => e.target.value && set({ from: e.target.value })}
        />
      </div>
      <div className="ws-sp-field">
        <label htmlFor="counts-to" className="utrecht-form-label">
          {t('signals.overview.to')}
        </label>
        <input
          id="counts-to"
          type="week"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={filters.to}
          min={filters.from}
          onChange={(e) => e.target.value && set({ to: e.target.value })}
        />
      </div>
      <DomainSelect
        id="counts-domain"
        value={filters.domain}
        onChange={(v) => set({ domain: v })}
        empty={t('signals.all')}
        fieldClass="ws-sp-field"
      />
      <GroupSelect
        id="counts-group"
        value={filters.group}
        onChange={(v) => set({ group: v })}
        empty={t('signals.all')}
        fieldClass="ws-sp-field"
      />
      <div className="ws-sp-field">
        <label htmlFor="counts-by" className="utrecht-form-label">
          {t('signals.overview.by')}
        </label>
        <select
          id="counts-by"
          className="utrecht-select utrecht-select--html-select"
          value={by}
          onChange={(e) => onBy(e.target.value as Breakdown)}
        >
          <option value="domain">{t('signals.field.domain')}</option>
          <option value="targetGroup">{t('signals.field.targetGroup')}</option>
        </select>
      </div>
    </form>
  );
}

interface RegionRow {
  code: string;
  region: Region | null;
  count: number;
}

function RegionMap({
  level,
  filters,
  regions,
}: {
  level: OverviewLevel;
  filters: Filters;
  regions: readonly Region[];
}) {
  const { t, locale } = useLocale();
  const counts = useApi<SignalCountList>(countsPath(level, 'domain', filters));
  const rows = useMemo((): RegionRow[] => {
    if (counts.state !== 'ready') return [];
    const totals = regionTotals(counts.data.items);
    // every region of the level, also those without signals: a zero is a finding too
    const ofLevel = regions.filter((r) => r.level === level && r.divisionTo === null);
    const known = new Set(ofLevel.map((r) => r.code));
    return [
      ...ofLevel.map((r) => ({ code: r.code, region: r, count: totals.get(r.code) ?? 0 })),
      ...[...totals]
        .filter(([code]) => !known.has(code))
        .map(([code, count]) => ({ code, region: null, count })),
    ].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }, [counts, regions, level]);
  const bounds = useMemo(() => countClassBounds(rows.map((r) => r.count)), [rows]);
  const marked = level === 'gemeente';
  const option = useMemo(
    () =>
      bounds && level !== 'wijk'
        ? signalsMapOption({
            mapName: mapName(level),
            values: rows.map((r) => ({
              code: r.code,
              name: r.region ? regionName(r.region) : r.code,
              value: r.count,
              marks: {
                border: marked && (r.region?.border ?? false),
                shrinking: marked && (r.region?.shrinking ?? false),
              },
            })),
            bounds,
            locale,
            noData: t('sp.map.noData'),
          })
        : null,
    [rows, bounds, level, marked, locale, t],
  );
  const yes = t('signals.yes');
  const no = t('signals.no');
  const columns: Column<RegionRow>[] = [
    {
      header: t('sp.region'),
      rowHeader: true,
      cell: (r) => (
        <Link href={`/regions/${r.code}`}>{r.region ? regionName(r.region) : r.code}</Link>
      ),
      csv: (r) => (r.region ? regionName(r.region) : r.code),
    },
    { header: t('sp.meta.code'), cell: (r) => r.code },
    ...(marked
      ? [
          {
            header: t('signals.overview.gros'),
            cell: (r: RegionRow) => (r.region?.border ? yes : no),
          },
          {
            header: t('signals.overview.krimp'),
            cell: (r: RegionRow) => (r.region?.shrinking ? yes : no),
          },
        ]
      : []),
    { header: t('signals.overview.count'), numeric: true, cell: (r) => r.count },
  ];
  const levelName = t(`signals.level.${level}`);
  return (
    <section aria-labelledby="signals-map" className="ws-sp-section" data-testid="signals-map">
      <Heading level={3} id="signals-map">
        {fill(t('signals.overview.mapTitle'), { level: levelName })}
      </Heading>
      {counts.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {counts.state === 'error' && <Paragraph role="alert">{counts.error.message}</Paragraph>}
      {counts.state === 'ready' && (
        <>
          {level === 'wijk' && <Paragraph>{t('signals.overview.wijkNoMap')}</Paragraph>}
          {marked && (
            <Paragraph className="ws-sp-note" data-testid="map-marks">
              <span className="ws-signal-key ws-signal-key--gros" aria-hidden="true" />{' '}
              {t('signals.overview.grosKey')}{' '}
              <span className="ws-signal-key ws-signal-key--krimp" aria-hidden="true" />{' '}
              {t('signals.overview.krimpKey')}
            </Paragraph>
          )}
          {option && (
            <Suspense fallback={<div style={{ height: 560 }} />}>
              <ChoroplethMap
                level={level as Exclude<OverviewLevel, 'wijk'>}
                regions={regions}
                option={option}
                label={fill(t('signals.overview.mapLabel'), {
                  level: levelName,
                  from: filters.from,
                  to: filters.to,
                })}
              />
            </Suspense>
          )}
          <DataTable
            caption={fill(t('signals.overview.regionTable'), {
              level: levelName,
              from: filters.from,
              to: filters.to,
            })}
            rows={rows}
            columns={columns}
            rowKey={(r) => r.code}
            fileName={['signals', level, filters.from, filters.to]}
            testId="signals-region-table"
          />
        </>
      )}
    </section>
  );
}

function Overview() {
  const { t } = useLocale();
  const today = amsterdamDate(new Date());
  const [filters, setFilters] = useState<Filters>(() => ({
    ...defaultWindow(today, 25),
    domain: '',
    group: '',
  }));
  const [by, setBy] = useState<Breakdown>('domain');
  const [level, setLevel] = useState<OverviewLevel>('gemeente');
  const regions = useCachedApi<RegionList>('/regions');
  const national = useApi<SignalCountList>(countsPath('land', by, filters));
  const weeks = useMemo(() => weeksBetween(filters.from, filters.to), [filters]);
  return (
    <>
      <CountFilters filters={filters} onChange={setFilters} by={by} onBy={setBy}>
        <div className="ws-sp-field">
          <label htmlFor="counts-level" className="utrecht-form-label">
            {t('signals.overview.level')}
          </label>
          <select
            id="counts-level"
            className="utrecht-select utrecht-select--html-select"
            value={level}
            onChange={(e) => setLevel(e.target.value as OverviewLevel)}
          >
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`signals.level.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </CountFilters>
      {national.state === 'ready' && national.data.demo && (
        <Paragraph className="ws-sp-demo" data-testid="signals-demo">
          {t('signals.demoNote')}
        </Paragraph>
      )}
      {national.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {national.state === 'error' && <Paragraph role="alert">{national.error.message}</Paragraph>}
      {national.state === 'ready' && (
        <WeeklyCountsSection
          id="signals-weekly"
          title={t('signals.overview.weeklyTitle')}
          counts={national.data.items}
          weeks={weeks}
          by={by}
          fileName={['signals', 'per-week', by, filters.from, filters.to]}
        />
      )}
      {regions.state === 'ready' && (
        <RegionMap level={level} filters={filters} regions={regions.data.items} />
      )}
    </>
  );
}

/** The area's start page: counts per week, region, domain and group, on a map and in tables. */
export function SignalsOverviewPage() {
  const { t } = useLocale();
  return (
    <AreaFrame
      title={t('area.signals')}
      nav={<SignalsNav />}
      intro={t('signals.overview.intro')}
      permission="signal-counts:read"
    >
      <Overview />
    </AreaFrame>
  );
}
