import { useMemo, useState } from 'react';
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from 'wouter';
import { COMPOSITE_AGGREGATIONS, normalisationsAllowed } from '@weegschaal/core';
import type {
  CompositeAggregation,
  CompositeContribution,
  CompositeIndexRecord,
  CompositeValue,
  Locale,
  MessageKey,
  Normalisation,
} from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { DataTable } from '../societal-picture/data-table.tsx';
import type { Column } from '../societal-picture/data-table.tsx';
import { intlLocale, periodLabel, regionName } from '../societal-picture/format.ts';
import type { IndicatorList, RegionList } from '../societal-picture/societal-types.ts';
import { contributionChartOption, indexChartOption } from './composite-charts.ts';
import type { CompositeIndexList, CompositeValues } from './composite-types.ts';
import { LazyEChart } from './lazy-echart.tsx';

/** index values and terms are unitless: three decimals, in the reader's notation */
const formatUnitless = (x: number | null | undefined, locale: Locale) =>
  x === null || x === undefined || !Number.isFinite(x)
    ? '–'
    : x.toLocaleString(intlLocale(locale), { maximumFractionDigits: 3 });

const REGION_LEVEL = {
  gemeente: 'gemeente',
  veiligheidsregio: 'veiligheidsregio',
  provincie: 'provincie',
} as const;

/**
 * Composite indices: choose an index (and a region of its level), see it over time with its
 * uncertainty band, each indicator's contribution, the full definition, and how it moves
 * under another normalisation or aggregation. Every chart has its table; the page says, in
 * words, that an index is not a "societal R".
 */
export function CompositeIndicesPage() {
  const { t, locale } = useLocale();
  const list = useApi<CompositeIndexList>('/composite-indices');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const items = list.state === 'ready' ? list.data.items : [];
  const index = items.find((i) => i.id === chosenId) ?? items[0] ?? null;

  return (
    <>
      <Paragraph>
        <Link href="/societal-picture">{t('ci.back')}</Link>
      </Paragraph>
      <Heading level={2}>{t('ci.title')}</Heading>
      <Paragraph>{t('ci.intro')}</Paragraph>
      <Paragraph>
        <strong>{t('ci.notR')}</strong>
      </Paragraph>
      {list.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {list.state === 'error' && <Paragraph role="alert">{list.error.message}</Paragraph>}
      {list.state === 'ready' && items.length === 0 && <Paragraph>{t('ci.none')}</Paragraph>}
      {index && (
        <>
          <p>
            <label className="utrecht-form-label" htmlFor="ci-index">
              {t('ci.choose')}
            </label>{' '}
            <select
              id="ci-index"
              className="utrecht-select"
              value={index.id}
              onChange={(e) => setChosenId(e.target.value)}
            >
              {items.map((i) => (
                <option key={i.id} value={i.id}>
                  {locale === 'nl' ? i.nameNl : i.nameEn}
                </option>
              ))}
            </select>
          </p>
          <IndexView key={index.id} index={index} />
        </>
      )}
    </>
  );
}

function IndexView({ index }: { index: CompositeIndexRecord }) {
  const { t, locale } = useLocale();
  const [aggregation, setAggregation] = useState<CompositeAggregation>(index.aggregation);
  const [normalisation, setNormalisation] = useState<Normalisation>(index.normalisation);
  const allowed = normalisationsAllowed(aggregation, index.referencePeriod);
  const usedNormalisation = allowed.includes(normalisation) ? normalisation : allowed[0]!;
  const [weights, setWeights] = useState<Record<string, number>>(() =>
    Object.fromEntries(index.components.map((c) => [c.indicatorCode, c.weight])),
  );
  const changedWeights = index.components
    .filter((c) => weights[c.indicatorCode] !== c.weight && weights[c.indicatorCode]! > 0)
    .map((c) => `${c.indicatorCode}:${weights[c.indicatorCode]}`);
  const regions = useApi<RegionList>(
    index.level === 'nl' ? '/regions?level=land' : `/regions?level=${REGION_LEVEL[index.level]}`,
  );
  const regionItems = regions.state === 'ready' ? regions.data.items : [];
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const region = regionItems.find((r) => r.code === regionCode) ?? regionItems[0] ?? null;
  const indicators = useApi<IndicatorList>('/indicators');
  const names = useMemo(
    () =>
      new Map(
        indicators.state === 'ready'
          ? indicators.data.items.map((i) => [i.code, locale === 'nl' ? i.nameNl : i.nameEn])
          : [],
      ),
    [indicators, locale],
  );
  const query =
    `?normalisation=${usedNormalisation}&aggregation=${aggregation}` +
    (region && index.level !== 'nl' ? `&region=${region.code}` : '') +
    (changedWeights.length > 0 ? `&weights=${changedWeights.join(',')}` : '');
  const valuesPath =
    region || index.level === 'nl' ? `/composite-indices/${index.id}/values${query}` : null;

  const levelKey = `ci.level.${index.level}` as MessageKey;

  return (
    <>
      {index.level !== 'nl' && regionItems.length > 0 && (
        <p>
          <label className="utrecht-form-label" htmlFor="ci-region">
            {t('ci.region')}
          </label>{' '}
          <select
            id="ci-region"
            className="utrecht-select"
            value={region?.code ?? ''}
            onChange={(e) => setRegionCode(e.target.value)}
          >
            {regionItems.map((r) => (
              <option key={r.code} value={r.code}>
                {regionName(r)}
              </option>
            ))}
          </select>
        </p>
      )}

      <Heading level={3}>{t('ci.sensitivity.title')}</Heading>
      <Paragraph>{t('ci.sensitivity.intro')}</Paragraph>
      <p>
        <label className="utrecht-form-label" htmlFor="ci-normalisation">
          {t('ci.normalisation')}
        </label>{' '}
        <select
          id="ci-normalisation"
          className="utrecht-select"
          value={usedNormalisation}
          onChange={(e) => setNormalisation(e.target.value as Normalisation)}
        >
          {allowed.map((n) => (
            <option key={n} value={n}>
              {t(`ci.norm.${n}` as MessageKey)}
              {n === index.normalisation ? ` ${t('ci.asDefined')}` : ''}
            </option>
          ))}
        </select>{' '}
        <label className="utrecht-form-label" htmlFor="ci-aggregation">
          {t('ci.aggregation')}
        </label>{' '}
        <select
          id="ci-aggregation"
          className="utrecht-select"
          value={aggregation}
          onChange={(e) => setAggregation(e.target.value as CompositeAggregation)}
        >
          {COMPOSITE_AGGREGATIONS.map((a) => (
            <option key={a} value={a}>
              {t(`ci.agg.${a}` as MessageKey)}
              {a === index.aggregation ? ` ${t('ci.asDefined')}` : ''}
            </option>
          ))}
        </select>
      </p>

      <fieldset>
        <legend className="utrecht-form-label">{t('ci.weights')}</legend>
        {index.components.map((c) => (
          <p key={c.indicatorCode}>
            <label htmlFor={`ci-weight-${c.indicatorCode}`}>
              {names.get(c.indicatorCode) ?? c.indicatorCode}
            </label>{' '}
            <input
              id={`ci-weight-${c.indicatorCode}`}
              className="utrecht-textbox"
              type="number"
              min={0.1}
              step={0.5}
              value={weights[c.indicatorCode] ?? c.weight}
              onChange={(e) =>
                setWeights({ ...weights, [c.indicatorCode]: Number(e.target.value) })
              }
            />
          </p>
        ))}
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            setWeights(Object.fromEntries(index.components.map((c) => [c.indicatorCode, c.weight])))
          }
        >
          {t('ci.resetWeights')}
        </Button>
      </fieldset>

      {regions.state === 'ready' && regionItems.length === 0 && (
        <Paragraph>{t('ci.noValues')}</Paragraph>
      )}
      {valuesPath && (
        <ValuesView
          index={index}
          path={valuesPath}
          names={names}
          regionCode={region?.code ?? null}
        />
      )}

      <Heading level={3}>{t('ci.definition.title')}</Heading>
      <Paragraph>{locale === 'nl' ? index.descriptionNl : index.descriptionEn}</Paragraph>
      <dl>
        <dt>{t('ci.normalisation')}</dt>
        <dd>{t(`ci.norm.${index.normalisation}` as MessageKey)}</dd>
        <dt>{t('ci.aggregation')}</dt>
        <dd>{t(`ci.agg.${index.aggregation}` as MessageKey)}</dd>
        <dt>{t('ci.definition.reference')}</dt>
        <dd>{index.referencePeriod ?? '–'}</dd>
        <dt>{t('ci.definition.level')}</dt>
        <dd>{t(levelKey)}</dd>
        <dt>{t('ci.definition.periodType')}</dt>
        <dd>{t(`sp.frequency.${index.periodType}` as MessageKey)}</dd>
        <dt>{t('ci.definition.uncertainty')}</dt>
        <dd>
          {index.uncertainty.replicates} {t('ci.definition.replicates')}
          {Math.round(index.uncertainty.weightSpread * 100)}%;{' '}
          {index.uncertainty.normalisations.map((n) => t(`ci.norm.${n}` as MessageKey)).join(', ')}
        </dd>
        <dt>{t('ci.definition.author')}</dt>
        <dd>
          {index.author}
          {index.demo ? ` (${t('demo.label')})` : ''}
        </dd>
        <dt>{t('ci.definition.updated')}</dt>
        <dd>{index.updatedAt.slice(0, 10)}</dd>
        <dt>{t('ci.definition.components')}</dt>
        <dd>
          <ul>
            {index.components.map((c) => (
              <li key={c.indicatorCode}>
                {names.get(c.indicatorCode) ?? c.indicatorCode} —{' '}
                {t(`ci.polarity.${c.polarity}` as MessageKey)}, {t('ci.col.weight').toLowerCase()}{' '}
                {c.weight}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </>
  );
}

function ValuesView({
  index,
  path,
  names,
  regionCode,
}: {
  index: CompositeIndexRecord;
  path: string;
  names: ReadonlyMap<string, string>;
  regionCode: string | null;
}) {
  const { t, locale } = useLocale();
  const number = (x: number | null | undefined) => formatUnitless(x, locale);
  const values = useApi<CompositeValues>(path);
  const period = (v: CompositeValue) =>
    periodLabel({ type: index.periodType, key: v.periodKey, start: v.periodStart }, locale, t);
  const ready = values.state === 'ready' ? values.data : null;
  const shown = ready?.values ?? [];
  const latest = shown.at(-1);

  const indexColumns: Column<CompositeValue>[] = [
    { header: t('ci.col.period'), cell: period, rowHeader: true, csv: (v) => v.periodKey },
    { header: t('ci.col.value'), cell: (v) => number(v.value), csv: (v) => v.value, numeric: true },
    {
      header: t('ci.col.lower'),
      cell: (v) => number(v.uncertainty?.interval90.lower),
      csv: (v) => v.uncertainty?.interval90.lower ?? '',
      numeric: true,
    },
    {
      header: t('ci.col.upper'),
      cell: (v) => number(v.uncertainty?.interval90.upper),
      csv: (v) => v.uncertainty?.interval90.upper ?? '',
      numeric: true,
    },
    {
      header: t('ci.col.rank'),
      cell: (v) => (v.regionsRanked > 1 ? `${v.rank} / ${v.regionsRanked}` : '–'),
      csv: (v) => v.rank,
      numeric: true,
    },
  ];
  const contributionColumns: Column<CompositeContribution>[] = [
    {
      header: t('ci.col.indicator'),
      cell: (c) => names.get(c.indicatorCode) ?? c.indicatorCode,
      rowHeader: true,
    },
    {
      header: t('ci.col.weight'),
      cell: (c) => number(c.weight),
      csv: (c) => c.weight,
      numeric: true,
    },
    { header: t('ci.col.raw'), cell: (c) => number(c.raw), csv: (c) => c.raw, numeric: true },
    {
      header: t('ci.col.normalised'),
      cell: (c) => number(c.normalised),
      csv: (c) => c.normalised,
      numeric: true,
    },
    { header: t('ci.col.term'), cell: (c) => number(c.term), csv: (c) => c.term, numeric: true },
    {
      header: t('ci.col.share'),
      cell: (c) => (c.share === null ? '–' : `${Math.round(c.share * 1000) / 10}%`),
      csv: (c) => c.share ?? '',
      numeric: true,
    },
  ];

  return (
    <>
      {values.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {values.state === 'error' && <Paragraph role="alert">{values.error.message}</Paragraph>}
      {ready && shown.length === 0 && <Paragraph>{t('ci.noValues')}</Paragraph>}
      {ready && shown.length > 0 && (
        <>
          {ready.demo && (
            <Paragraph>
              <span className="ws-demo-tag">{t('demo.label')}</span>
            </Paragraph>
          )}
          <LazyEChart
            height={320}
            label={t('ci.chart.index')}
            option={indexChartOption(shown, {
              index: t('ci.series.index'),
              band: t('ci.series.band'),
              period,
            })}
          />
          <DataTable
            caption={t('ci.table.index')}
            rows={shown}
            columns={indexColumns}
            rowKey={(v) => v.periodKey}
            fileName={[index.code, regionCode ?? 'NL01']}
          />

          <Heading level={3}>{t('ci.contributions.title')}</Heading>
          <Paragraph>{t('ci.contributions.intro')}</Paragraph>
          <LazyEChart
            height={320}
            label={t('ci.chart.contributions')}
            option={contributionChartOption(shown, names, period)}
          />
          {latest && (
            <DataTable
              caption={`${t('ci.table.contributions')}: ${period(latest)}`}
              rows={latest.contributions}
              columns={contributionColumns}
              rowKey={(c) => c.indicatorCode}
              fileName={[index.code, 'contributions', latest.periodKey]}
            />
          )}
        </>
      )}

      {ready && (
        <>
          <Heading level={3}>{t('ci.explanation.title')}</Heading>
          <ul lang="en">
            {ready.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {ready.issues.length > 0 && (
            <details>
              <summary>
                {t('ci.issues')} ({ready.issues.length})
              </summary>
              <ul lang="en">
                {ready.issues.slice(0, 200).map((i, k) => (
                  <li key={k}>
                    {[i.indicatorCode, i.regionCode, i.periodKey].filter(Boolean).join(' · ')}
                    {': '}
                    {i.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </>
  );
}
