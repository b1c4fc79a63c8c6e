import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link, useLocation, useSearch } from 'wouter';
import { NATIONAL_REGION_CODE } from '@weegschaal/core';
import type { Indicator } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { ChoroplethSection } from '../societal-picture/choropleth-section.tsx';
import { ComparisonSection } from '../societal-picture/comparison-section.tsx';
import { regionName } from '../societal-picture/format.ts';
import { IndicatorMetadata } from '../societal-picture/indicator-metadata.tsx';
import { indicatorName } from '../societal-picture/indicator-text.ts';
import { RegionSelect } from '../societal-picture/region-select.tsx';
import { SeriesSection } from '../societal-picture/series-section.tsx';
import { SocietalNav } from '../societal-picture/societal-nav.tsx';
import { useCachedApi } from '../societal-picture/societal-api.ts';
import type { ObservationList, RegionList } from '../societal-picture/societal-types.ts';

/**
 * One indicator: its series for a region (chart with threshold bands, trend mark, table, CSV),
 * a map per gemeente / veiligheidsregio / provincie, a comparison of regions and everything
 * the catalogue says about it. The region is in the address (?region=VR13).
 */
export function IndicatorPage({ params }: { params: { code: string } }) {
  const { t, locale } = useLocale();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const regionCode = search.get('region') ?? NATIONAL_REGION_CODE;
  const indicator = useCachedApi<Indicator>(`/indicators/${encodeURIComponent(params.code)}`);
  // former gemeenten too: their population weighs merged values on the map
  const regions = useCachedApi<RegionList>('/regions?includeFormer=true');
  const series = useCachedApi<ObservationList>(
    `/observations?indicator=${encodeURIComponent(params.code)}&region=${encodeURIComponent(regionCode)}&limit=100000`,
  );

  if (indicator.state === 'loading' || regions.state === 'loading')
    return (
      <>
        <SocietalNav />
        <Paragraph role="status">{t('home.loading')}</Paragraph>
      </>
    );
  if (indicator.state === 'error' || regions.state === 'error') {
    const error =
      indicator.state === 'error'
        ? indicator.error
        : regions.state === 'error'
          ? regions.error
          : null;
    return (
      <>
        <SocietalNav />
        <Paragraph role="alert">
          {t('home.error')} {error?.message}
        </Paragraph>
      </>
    );
  }
  const ind = indicator.data;
  const all = regions.data.items;
  const current = all.filter((r) => r.divisionTo === null);
  const region = all.find((r) => r.code === regionCode) ?? {
    code: regionCode,
    name: regionCode,
    displayName: null,
  };
  return (
    <>
      <SocietalNav />
      <Heading level={2}>{indicatorName(ind, locale)}</Heading>
      {ind.demoSeries && <span className="ws-sp-demo">{t('sp.demoSeries')}</span>}
      <Paragraph>{locale === 'nl' ? ind.definitionNl : ind.definitionEn}</Paragraph>
      <div className="ws-sp-controls">
        <RegionSelect
          id="indicator-region"
          label={t('sp.region')}
          regions={current}
          value={regionCode}
          onChange={(code) =>
            navigate(
              code === NATIONAL_REGION_CODE
                ? `/indicators/${ind.code}`
                : `/indicators/${ind.code}?region=${code}`,
              {
                replace: true,
              },
            )
          }
        />
        {regionCode !== NATIONAL_REGION_CODE && (
          <Paragraph className="ws-sp-note">
            <Link href={`/regions/${regionCode}`}>
              {t('sp.region.open')}: {regionName(region)}
            </Link>
          </Paragraph>
        )}
      </div>
      {series.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {series.state === 'error' && (
        <Paragraph role="alert">
          {t('home.error')} {series.error.message}
        </Paragraph>
      )}
      {series.state === 'ready' && (
        <SeriesSection
          indicator={ind}
          region={region}
          observations={series.data.items}
          truncated={series.data.truncated}
        />
      )}
      <ChoroplethSection indicator={ind} regions={all} />
      <ComparisonSection
        key={ind.code}
        indicator={ind}
        regions={current}
        initial={regionCode === NATIONAL_REGION_CODE ? [] : [regionCode]}
      />
      <IndicatorMetadata indicator={ind} />
    </>
  );
}
