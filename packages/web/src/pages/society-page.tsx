import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useLocation, useSearch } from 'wouter';
import { NATIONAL_REGION_CODE, START_PAGE_SPARKLINE_LENGTH } from '@weegschaal/core';
import type { Dashboard, SignalStatus } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { DashboardTile } from '../societal-picture/dashboard-tile.tsx';
import { RegionSelect } from '../societal-picture/region-select.tsx';
import { SocietalNav } from '../societal-picture/societal-nav.tsx';
import { useCachedApi } from '../societal-picture/societal-api.ts';
import type { RegionList } from '../societal-picture/societal-types.ts';
import { formatDate } from '../societal-picture/format.ts';
import { AlertsPanel } from '../alerts/alerts-panel.tsx';

const STATUSES: readonly SignalStatus[] = [
  'alarm',
  'attention',
  'normal',
  'no-signal-values',
  'no-data',
];

/**
 * "Stand van de maatschappij": the start page, generated from the catalogue by the dashboard
 * API. The region and the reference date are in the address, so a view can be shared.
 */
export function SocietyPage() {
  const { t, locale } = useLocale();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const region = search.get('region') ?? NATIONAL_REGION_CODE;
  const asOf = search.get('asOf') ?? '';
  const regions = useCachedApi<RegionList>('/regions');
  const dashboard = useApi<Dashboard>(
    `/dashboard?region=${encodeURIComponent(region)}&sparklineLength=${START_PAGE_SPARKLINE_LENGTH}${asOf ? `&asOf=${asOf}` : ''}`,
  );
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    const query = next.toString();
    navigate(query ? `/?${query}` : '/', { replace: true });
  };

  const tiles = dashboard.state === 'ready' ? dashboard.data.themes.flatMap((th) => th.tiles) : [];
  return (
    <>
      <SocietalNav />
      <Heading level={2}>{t('sp.society.title')}</Heading>
      <Paragraph>{t('sp.society.intro')}</Paragraph>
      <AlertsPanel />
      <div className="ws-sp-controls">
        {regions.state === 'ready' && (
          <RegionSelect
            id="society-region"
            label={t('sp.region')}
            regions={regions.data.items}
            value={region}
            onChange={(code) => setParam('region', code === NATIONAL_REGION_CODE ? '' : code)}
          />
        )}
        <div className="ws-sp-field">
          <label htmlFor="society-as-of" className="utrecht-form-label">
            {t('sp.asOf')}
          </label>
          <input
            id="society-as-of"
            type="date"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={asOf}
            aria-describedby="society-as-of-hint"
            onChange={(e) => setParam('asOf', e.target.value)}
          />
          <span id="society-as-of-hint" className="ws-sp-hint">
            {t('sp.asOfHint')}
          </span>
        </div>
      </div>
      {dashboard.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {dashboard.state === 'error' && (
        <Paragraph role="alert">
          {t('home.error')} {dashboard.error.message}
        </Paragraph>
      )}
      {dashboard.state === 'ready' && (
        <>
          <section aria-labelledby="society-summary" className="ws-sp-summary">
            <Heading level={3} id="society-summary">
              {dashboard.data.region.name} — {t('sp.asOfShort')}{' '}
              {formatDate(dashboard.data.asOf, locale)}
            </Heading>
            <dl className="ws-sp-counts" data-testid="society-counts">
              {STATUSES.map((s) => (
                <div key={s} data-signal={s}>
                  <dt>{t(`sp.signal.${s}`)}</dt>
                  <dd>{tiles.filter((tile) => tile.signal.status === s).length}</dd>
                </div>
              ))}
              <div>
                <dt>{t('sp.fresh.late')}</dt>
                <dd>{tiles.filter((tile) => tile.latest && tile.freshness.late).length}</dd>
              </div>
            </dl>
            <Paragraph className="ws-sp-note">{t('sp.trend.note')}</Paragraph>
            {dashboard.data.demo && (
              <Paragraph className="ws-sp-note">{t('sp.society.demoNote')}</Paragraph>
            )}
          </section>
          {dashboard.data.themes.map((theme) => (
            <section
              key={theme.theme}
              aria-labelledby={`theme-${theme.theme}`}
              className="ws-sp-theme"
            >
              <Heading level={3} id={`theme-${theme.theme}`}>
                {t(`sp.theme.${theme.theme}`)}
              </Heading>
              <ul className="ws-sp-tiles">
                {theme.tiles.map((tile) => (
                  <DashboardTile key={tile.indicatorCode} tile={tile} regionCode={region} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}
