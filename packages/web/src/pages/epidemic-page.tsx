import { useMemo } from 'react';
import { Heading, Link as NldsLink, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useLocation, useSearch } from 'wouter';
import { NATIONAL_REGION_CODE } from '@weegschaal/core';
import type { Indicator, MessageKey } from '@weegschaal/core';
import { ApiError, useApi } from '../api/api-client.ts';
import type { Loadable } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import type { MeasureEventList, MeasureTimeline } from '../measures/timeline-types.ts';
import { DataTable } from '../societal-picture/data-table.tsx';
import type { Column } from '../societal-picture/data-table.tsx';
import { areaWeekly, datedValues, weeklyRows } from '../societal-picture/epidemic-data.ts';
import type { DatedValue, WeekRow } from '../societal-picture/epidemic-data.ts';
import { formatDate, formatNumber, regionName } from '../societal-picture/format.ts';
import { indicatorName } from '../societal-picture/indicator-text.ts';
import { LazyChart } from '../societal-picture/lazy-chart.tsx';
import { RegionSelect } from '../societal-picture/region-select.tsx';
import { epidemicChartHeight, epidemicOption } from '../societal-picture/societal-charts.ts';
import type { EpidemicPanel } from '../societal-picture/societal-charts.ts';
import { SocietalNav } from '../societal-picture/societal-nav.tsx';
import { useCachedApi } from '../societal-picture/societal-api.ts';
import type {
  IndicatorList,
  ObservationList,
  RegionList,
} from '../societal-picture/societal-types.ts';

// the span of the OxCGRT record and of the Dutch measures
const FROM = '2020-02-01';
const TO = '2022-12-31';

function observations(indicator: string, region: string): string {
  return `/observations?indicator=${indicator}&region=${region}&from=${FROM}&to=${TO}&limit=100000`;
}

/**
 * "Stand van de epidemie": hospital admissions, positive tests, sewage water, Rt and the
 * OxCGRT stringency of the Netherlands stacked on one time axis, with the measures and
 * relaxations of the measures timeline through every panel, and a weekly table of the same.
 */
export function EpidemicPage() {
  const { t, locale } = useLocale();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const region = search.get('region') ?? NATIONAL_REGION_CODE;
  const national = region === NATIONAL_REGION_CODE;
  const regions = useCachedApi<RegionList>('/regions?includeFormer=true');
  const catalogue = useCachedApi<IndicatorList>('/indicators');
  const admissions = useApi<ObservationList>(observations('hospital-admissions', region));
  const tests = useApi<ObservationList>(observations('positive-tests', region));
  const rt = useCachedApi<ObservationList>(
    observations('reproduction-number', NATIONAL_REGION_CODE),
  );
  // sewage water is measured per gemeente: for a veiligheidsregio its gemeenten are read
  const sewage = useApi<ObservationList>(
    national
      ? observations('sewage-rna', NATIONAL_REGION_CODE)
      : `/observations?indicator=sewage-rna&regionParent=${region}&from=${FROM}&to=${TO}&limit=100000`,
  );
  const timeline = useCachedApi<MeasureTimeline>(
    `/measure-timeline?country=NLD&from=${FROM}&to=${TO}`,
  );
  const events = useCachedApi<MeasureEventList>('/measure-events');

  const byCode = useMemo(
    () => new Map(catalogue.state === 'ready' ? catalogue.data.items.map((i) => [i.code, i]) : []),
    [catalogue],
  );
  const ready = <T,>(l: Loadable<T>) => (l.state === 'ready' ? l.data : null);
  const sewageWeeks = useMemo(() => {
    const s = ready(sewage);
    const indicator = byCode.get('sewage-rna');
    const r = ready(regions);
    if (!s || !indicator || !r) return [];
    return national
      ? s.items.map((o) => ({ date: o.period.start, value: o.value, measured: 1, explanation: '' }))
      : areaWeekly(indicator, s.items, r.items);
  }, [sewage, byCode, regions, national]);

  const all = [admissions, tests, rt, sewage, timeline, events, catalogue, regions];
  const loading = all.some((l) => l.state === 'loading');
  // a data set that is not loaded (404) leaves its panel empty; any other error is shown
  const failed = all.find(
    (l) => l.state === 'error' && !(l.error instanceof ApiError && l.error.status === 404),
  );

  const series = useMemo(() => {
    const name = (code: string, fallback: MessageKey) => {
      const indicator: Indicator | undefined = byCode.get(code);
      return indicator ? indicatorName(indicator, locale) : t(fallback);
    };
    const stringency = ready(timeline);
    const list: (EpidemicPanel & { mode: 'sum' | 'mean' })[] = [
      {
        title: name('hospital-admissions', 'sp.nav.epidemic'),
        unit: 'count',
        kind: 'bar',
        mode: 'sum',
        points: datedValues(ready(admissions)?.items ?? []),
      },
      {
        title: name('positive-tests', 'sp.nav.epidemic'),
        unit: 'count',
        kind: 'bar',
        mode: 'sum',
        points: datedValues(ready(tests)?.items ?? []),
      },
      ...(sewageWeeks.length > 0
        ? [
            {
              title: name('sewage-rna', 'sp.nav.epidemic'),
              unit: 'rna-1e11-per-100k' as const,
              kind: 'line' as const,
              mode: 'mean' as const,
              points: sewageWeeks.map((w): DatedValue => [w.date, w.value]),
            },
          ]
        : []),
      {
        title: `${name('reproduction-number', 'sp.nav.epidemic')}${national ? '' : ` (${t('sp.region.national')})`}`,
        unit: 'ratio',
        kind: 'line',
        mode: 'mean',
        reference: 1,
        points: datedValues(ready(rt)?.items ?? []),
      },
      {
        title: t('sp.epidemic.stringency'),
        unit: 'index',
        kind: 'line',
        mode: 'mean',
        points: (stringency?.days ?? []).flatMap((d): DatedValue[] =>
          d.stringencyIndex.published === null ? [] : [[d.date, d.stringencyIndex.published]],
        ),
      },
    ];
    return list;
  }, [admissions, tests, rt, sewageWeeks, timeline, byCode, locale, t, national]);

  const eventItems = useMemo(
    () =>
      (ready(events)?.items ?? []).flatMap((e) =>
        (e.kind === 'measure' || e.kind === 'relaxation') &&
        e.startDate >= FROM &&
        e.startDate <= TO
          ? [{ date: e.startDate, description: e.description, kind: e.kind, url: e.url }]
          : [],
      ),
    [events],
  );
  const option = useMemo(
    () => epidemicOption({ panels: series, events: eventItems, from: FROM, to: TO, locale }),
    [series, eventItems, locale],
  );
  const rows = useMemo(() => weeklyRows(series), [series]);
  const columns: Column<WeekRow>[] = [
    {
      header: t('sp.epidemic.week'),
      rowHeader: true,
      cell: (r) => formatDate(r.week, locale),
      csv: (r) => r.week,
    },
    ...series.map((s, i) => ({
      header: `${s.title} (${t(s.mode === 'sum' ? 'sp.epidemic.weekSum' : 'sp.epidemic.weekMean')})`,
      numeric: true,
      cell: (r: WeekRow) => formatNumber(r.values[i], s.unit, locale),
      csv: (r: WeekRow) => r.values[i],
    })),
  ];
  const regionLabel =
    regions.state === 'ready'
      ? regionName(regions.data.items.find((r) => r.code === region) ?? { name: region })
      : region;

  return (
    <>
      <SocietalNav />
      <Heading level={2}>{t('sp.epidemic.title')}</Heading>
      <Paragraph>{t('sp.epidemic.intro')}</Paragraph>
      {regions.state === 'ready' && (
        <div className="ws-sp-controls">
          <RegionSelect
            id="epidemic-region"
            label={t('sp.region')}
            regions={regions.data.items.filter((r) => r.divisionTo === null)}
            levels={['land', 'veiligheidsregio']}
            value={region}
            onChange={(code) =>
              navigate(code === NATIONAL_REGION_CODE ? '/epidemic' : `/epidemic?region=${code}`, {
                replace: true,
              })
            }
          />
        </div>
      )}
      {loading && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {failed?.state === 'error' && (
        <Paragraph role="alert">
          {t('home.error')} {failed.error.message}
        </Paragraph>
      )}
      {!loading && !failed && (
        <section aria-labelledby="epidemic-chart" className="ws-sp-section">
          <Heading level={3} id="epidemic-chart">
            {regionLabel}: {formatDate(FROM, locale)} – {formatDate(TO, locale)}
          </Heading>
          <Paragraph className="ws-sp-note">
            {national ? t('sp.epidemic.sewageNational') : t('sp.epidemic.sewageComputed')}{' '}
            {!national && t('sp.epidemic.rtNational')}
          </Paragraph>
          <LazyChart
            option={option}
            height={epidemicChartHeight(series.length)}
            label={`${regionLabel}: ${t('sp.epidemic.chartLabel')}`}
          />
          <Paragraph className="ws-sp-note">{t('sp.epidemic.hint')}</Paragraph>
          <DataTable
            caption={t('sp.epidemic.weekTable')}
            rows={rows}
            columns={columns}
            rowKey={(r) => r.week}
            fileName={['stand-van-de-epidemie', region]}
            testId="epidemic-table"
          />
          <DataTable
            caption={t('sp.epidemic.events')}
            rows={eventItems}
            columns={[
              {
                header: t('sp.epidemic.date'),
                cell: (e) => formatDate(e.date, locale),
                csv: (e) => e.date,
              },
              {
                header: t('sp.epidemic.event'),
                rowHeader: true,
                cell: (e) =>
                  e.url ? <NldsLink href={e.url}>{e.description}</NldsLink> : e.description,
                csv: (e) => e.description,
              },
              {
                header: t('sp.epidemic.kind'),
                cell: (e) => t(`eventKind.${e.kind}`),
                csv: (e) => e.kind,
              },
            ]}
            rowKey={(e) => `${e.date}-${e.description}`}
            fileName={['maatregelen', FROM, TO]}
            testId="epidemic-events"
          />
          {timeline.state === 'ready' && (
            <Paragraph className="ws-sp-note">
              {t('sp.epidemic.sources')}:{' '}
              <NldsLink href={timeline.data.source.url}>{timeline.data.source.credit}</NldsLink> (
              {timeline.data.source.licence})
              {events.state === 'ready' &&
                events.data.sources.map((s) => (
                  <span key={s.fileName}>
                    ; <NldsLink href={s.url}>{s.title}</NldsLink> ({s.licence})
                  </span>
                ))}
            </Paragraph>
          )}
        </section>
      )}
    </>
  );
}
