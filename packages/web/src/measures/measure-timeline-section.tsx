import { useMemo } from 'react';
import {
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { policyLevelChanges } from '@weegschaal/core';
import type { Locale, MeasureEventKind, MessageKey, OxcgrtIndicatorCode } from '@weegschaal/core';
import { ApiError, useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { EChart } from './echart.tsx';
import {
  axisDates,
  countryLabel,
  indicatorLabel,
  largestDeviation,
  levelLabel,
  levelStripOption,
  monthlyMeans,
  stringencyChartOption,
} from './timeline-charts.ts';
import type { MeasureEventList, MeasureTimeline, StringencyComparison } from './timeline-types.ts';

const FROM = '2020-01-01';
const TO = '2022-12-31';

const EVENT_KIND: Record<MeasureEventKind, MessageKey> = {
  measure: 'eventKind.measure',
  relaxation: 'eventKind.relaxation',
  'school-holiday': 'eventKind.school-holiday',
  vaccination: 'eventKind.vaccination',
  weather: 'eventKind.weather',
  'public-event': 'eventKind.public-event',
  'analysis-note': 'eventKind.analysis-note',
};

function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

function formatMonth(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

function formatIndex(value: number | null | undefined, locale: Locale, digits = 1): string {
  if (value === null || value === undefined) return '–';
  return value.toLocaleString(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/**
 * The real measures timeline (OxCGRT): the stringency index of NLD, BEL and DEU on one axis,
 * annotated with the Dutch events, and a strip of the level of every measure in the
 * Netherlands; each chart has a data table in a <details> beside it.
 */
export function MeasureTimelineSection() {
  const { t, locale } = useLocale();
  const comparison = useApi<StringencyComparison>(
    `/stringency-comparison?countries=NLD,BEL,DEU&from=${FROM}&to=${TO}`,
  );
  const timeline = useApi<MeasureTimeline>(`/measure-timeline?country=NLD&from=${FROM}&to=${TO}`);
  const events = useApi<MeasureEventList>('/measure-events');

  const dates = useMemo(
    () => (comparison.state === 'ready' ? axisDates(comparison.data) : []),
    [comparison],
  );
  const stringencyOption = useMemo(
    () =>
      comparison.state === 'ready'
        ? stringencyChartOption(
            comparison.data,
            events.state === 'ready' ? events.data.items : [],
            dates,
            locale,
          )
        : null,
    [comparison, events, dates, locale],
  );
  const stripOption = useMemo(
    () =>
      timeline.state === 'ready'
        ? levelStripOption(timeline.data, dates, locale, {
            level: t('measures.levels'),
            targeted: t('timeline.targeted'),
          })
        : null,
    [timeline, dates, locale, t],
  );

  const notLoaded = (l: { state: string; error?: Error }) =>
    l.state === 'error' && l.error instanceof ApiError && l.error.status === 404;
  const missing = notLoaded(comparison) || notLoaded(timeline);

  return (
    <section aria-labelledby="timeline-title" className="ws-timeline">
      <Heading level={2} id="timeline-title">
        {t('timeline.title')}
      </Heading>
      <Paragraph>{t('timeline.intro')}</Paragraph>
      {missing && <Paragraph role="status">{t('timeline.noData')}</Paragraph>}
      {!missing && (comparison.state === 'loading' || timeline.state === 'loading') && (
        <Paragraph role="status">{t('home.loading')}</Paragraph>
      )}
      {!missing && (comparison.state === 'error' || timeline.state === 'error') && (
        <Paragraph role="alert">{t('home.error')}</Paragraph>
      )}

      {comparison.state === 'ready' && stringencyOption && (
        <>
          <Heading level={3}>{t('timeline.stringencyTitle')}</Heading>
          <EChart
            option={stringencyOption}
            height={380}
            label={t('timeline.stringencyChartLabel')}
          />
          <Paragraph className="ws-chart-note">{t('timeline.eventsHint')}</Paragraph>
          <DeviationNote comparison={comparison.data} />
          <details className="ws-data-table" data-testid="timeline-monthly">
            <summary>{t('timeline.monthlyTable')}</summary>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('timeline.month')}</TableHeaderCell>
                  {comparison.data.series.map((s) => (
                    <TableHeaderCell scope="col" key={s.countryCode}>
                      {countryLabel(s.countryCode, s.countryName, locale)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {monthlyMeans(comparison.data).map((row) => (
                  <TableRow key={row.month}>
                    <TableHeaderCell scope="row">{formatMonth(row.month, locale)}</TableHeaderCell>
                    {comparison.data.series.map((s) => (
                      <TableCell key={s.countryCode}>
                        {formatIndex(row.means[s.countryCode], locale)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </details>
        </>
      )}

      {events.state === 'ready' && (
        <details className="ws-data-table" data-testid="timeline-events">
          <summary>{t('timeline.eventsTable')}</summary>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('timeline.date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('timeline.until')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('timeline.event')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('timeline.kind')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {events.data.items.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{formatDate(e.startDate, locale)}</TableCell>
                  <TableCell>
                    {e.end === 'open'
                      ? t('timeline.openEnded')
                      : e.endDate
                        ? `${formatDate(e.endDate, locale)}${e.end === 'expected' ? ` ${t('timeline.expectedEnd')}` : ''}`
                        : ''}
                  </TableCell>
                  <TableHeaderCell scope="row">
                    {e.url ? <Link href={e.url}>{e.description}</Link> : e.description}
                  </TableHeaderCell>
                  <TableCell>{t(EVENT_KIND[e.kind])}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </details>
      )}

      {timeline.state === 'ready' && stripOption && (
        <>
          <Heading level={3}>{t('timeline.stripTitle')}</Heading>
          <EChart
            option={stripOption}
            height={40 + timeline.data.indicators.length * 24}
            label={t('timeline.stripChartLabel')}
          />
          <Paragraph className="ws-chart-note">{t('timeline.stripHint')}</Paragraph>
          <LevelChangesTable timeline={timeline.data} />
          <Paragraph className="ws-chart-note">
            {t('timeline.source')}{' '}
            <Link href={timeline.data.source.url}>{timeline.data.source.credit}</Link> (
            {timeline.data.source.licence})
            {events.state === 'ready' && (
              <>
                {' '}
                {t('timeline.eventSources')}{' '}
                {events.data.sources.map((s, i) => (
                  <span key={s.fileName}>
                    {i > 0 && '; '}
                    <Link href={s.url}>{s.title}</Link> ({s.licence})
                  </span>
                ))}
              </>
            )}
          </Paragraph>
        </>
      )}
    </section>
  );
}

function DeviationNote({ comparison }: { comparison: StringencyComparison }) {
  const { t, locale } = useLocale();
  const { max, days } = largestDeviation(comparison);
  if (days === 0) return null;
  return (
    <Paragraph className="ws-chart-note">
      {t('timeline.maxDeviation')} {formatIndex(max, locale, 4)} ({days.toLocaleString(locale)}{' '}
      {t('timeline.daysCompared')})
    </Paragraph>
  );
}

function LevelChangesTable({ timeline }: { timeline: MeasureTimeline }) {
  const { t, locale } = useLocale();
  const byCode = new Map(timeline.indicators.map((i) => [i.code, i]));
  const stringencyOn = new Map(timeline.days.map((d) => [d.date, d.stringencyIndex.published]));
  // the record starts with every indicator at 0: those are not changes a reader looks for
  const changes = policyLevelChanges(timeline.days).filter(
    (c) => !(c.fromLevel === null && c.toLevel === 0),
  );
  const describe = (code: OxcgrtIndicatorCode, level: number | null, flag: 0 | 1 | null) => {
    const indicator = byCode.get(code);
    if (level === null || !indicator) return t('timeline.noLevel');
    const text = levelLabel(indicator, level, locale, t('measures.levels'));
    return flag === 0 ? `${text} (${t('timeline.targeted')})` : text;
  };
  return (
    <details className="ws-data-table" data-testid="timeline-changes">
      <summary>{t('timeline.changesTable')}</summary>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('timeline.date')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('timeline.measure')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('timeline.from')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('timeline.to')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('timeline.stringency')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {changes.map((c) => {
            const indicator = byCode.get(c.code);
            return (
              <TableRow key={`${c.date}-${c.code}`}>
                <TableCell>{formatDate(c.date, locale)}</TableCell>
                <TableHeaderCell scope="row">
                  {indicator ? indicatorLabel(indicator, locale) : c.code}
                </TableHeaderCell>
                <TableCell>{describe(c.code, c.fromLevel, c.fromFlag)}</TableCell>
                <TableCell>{describe(c.code, c.toLevel, c.toFlag)}</TableCell>
                <TableCell>{formatIndex(stringencyOn.get(c.date), locale, 2)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </details>
  );
}
