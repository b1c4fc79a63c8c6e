import { Suspense, lazy, useMemo, useState } from 'react';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { ENFORCEMENT_KINDS } from '@weegschaal/core';
import type { Region } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';
import { fixedClassBounds } from '../societal-picture/class-breaks.ts';
import { choroplethOption } from '../societal-picture/societal-charts.ts';
import { useCachedApi } from '../societal-picture/societal-api.ts';
import { formatDate, regionName } from '../societal-picture/format.ts';
import type { RegionList } from '../societal-picture/societal-types.ts';
import './alerts.css';
import { AreaFrame } from '../layout/area-frame.tsx';
import { SignalsNav } from '../signals/signals-nav.tsx';
import type { EnforcementCapacityItem, EnforcementCapacityList } from './alerts-api.ts';
import { formatAlertNumber } from './alert-text.ts';

const ChoroplethMap = lazy(() => import('../societal-picture/choropleth-map.tsx'));

/** FTE per veiligheidsregio: its own entries and those of its gemeenten. */
export function fteByVeiligheidsregio(
  items: readonly EnforcementCapacityItem[],
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of items) {
    if (c.veiligheidsregioCode === null || c.fte === null) continue;
    totals.set(c.veiligheidsregioCode, (totals.get(c.veiligheidsregioCode) ?? 0) + c.fte);
  }
  return totals;
}

function CapacityMap({
  items,
  regions,
}: {
  items: EnforcementCapacityItem[];
  regions: readonly Region[];
}) {
  const { t, locale } = useLocale();
  const totals = useMemo(() => fteByVeiligheidsregio(items), [items]);
  const option = useMemo(() => {
    const vrs = regions.filter((r) => r.level === 'veiligheidsregio' && r.divisionTo === null);
    const values = vrs.map((r) => ({
      code: r.code,
      name: regionName(r),
      value: totals.get(r.code) ?? null,
    }));
    const bounds = fixedClassBounds(values.flatMap((v) => (v.value === null ? [] : [v.value])));
    if (!bounds) return null;
    return choroplethOption({
      mapName: 'weegschaal-nl-veiligheidsregio',
      values,
      bounds,
      unit: 'count',
      locale,
      noData: t('sp.map.noData'),
    });
  }, [regions, totals, locale, t]);
  if (!option) return null;
  return (
    <section aria-labelledby="enforcement-map">
      <Heading level={3} id="enforcement-map">
        {t('enforcement.map.title')}
      </Heading>
      <Suspense fallback={<div style={{ height: 560 }} />}>
        <ChoroplethMap
          level="veiligheidsregio"
          regions={regions}
          option={option}
          label={t('enforcement.map.alt')}
        />
      </Suspense>
    </section>
  );
}

function Register() {
  const { t, tDynamic, locale } = useLocale();
  const [kind, setKind] = useState('');
  const [staleOnly, setStaleOnly] = useState(false);
  const list = useApi<EnforcementCapacityList>(
    `/enforcement-capacities${kind ? `?kind=${kind}` : ''}`,
  );
  const regions = useCachedApi<RegionList>('/regions');
  if (list.state === 'loading')
    return <Paragraph role="status">{t('enforcement.loading')}</Paragraph>;
  if (list.state === 'error') return <Paragraph role="alert">{list.error.message}</Paragraph>;
  const { items, demo, stale } = list.data;
  const shown = staleOnly ? items.filter((c) => c.stale) : items;
  const regionLabel = (c: EnforcementCapacityItem) =>
    c.regionName ? `${c.regionName} (${c.regionCode})` : c.regionCode;
  return (
    <>
      {demo && <Paragraph className="ws-sp-note">{t('enforcement.demoNote')}</Paragraph>}
      {stale > 0 && (
        <Paragraph data-testid="enforcement-stale-count">
          <strong>{fill(t('enforcement.staleCount'), { count: stale })}</strong>
        </Paragraph>
      )}
      <form className="ws-alerts-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="ws-field">
          <label htmlFor="enforcement-kind" className="utrecht-form-label">
            {t('enforcement.filter.kind')}
          </label>
          <select
            id="enforcement-kind"
            className="utrecht-select utrecht-select--html-select"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
          >
            <option value="">{t('alerts.filter.all')}</option>
            {ENFORCEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`enforcement.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="ws-field ws-field-checkbox">
          <input
            id="enforcement-stale"
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={staleOnly}
            onChange={(e) => setStaleOnly(e.target.checked)}
          />
          <label htmlFor="enforcement-stale">{t('enforcement.filter.staleOnly')}</label>
        </div>
      </form>
      {regions.state === 'ready' && <CapacityMap items={items} regions={regions.data.items} />}
      {shown.length === 0 ? (
        <Paragraph>{t('enforcement.empty')}</Paragraph>
      ) : (
        <div
          className="ws-alerts-table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('enforcement.table.title')}
        >
          <Table data-testid="enforcement-table">
            <caption>
              {t('enforcement.table.title')} ({shown.length})
            </caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('enforcement.field.region')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('enforcement.field.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('enforcement.field.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('enforcement.field.fte')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('enforcement.field.persons')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('enforcement.field.agreement')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('enforcement.field.contact')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('enforcement.field.reviewDate')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((c) => (
                <TableRow
                  key={c.id}
                  data-testid="enforcement-row"
                  data-stale={c.stale || undefined}
                >
                  <TableHeaderCell scope="row">
                    {regionLabel(c)}
                    {c.demo && ` (${t('alerts.demo')})`}
                  </TableHeaderCell>
                  <TableCell>{tDynamic(`enforcement.kind.${c.kind}`)}</TableCell>
                  <TableCell>{c.organisation}</TableCell>
                  <TableCell>{formatAlertNumber(c.fte, locale)}</TableCell>
                  <TableCell>{formatAlertNumber(c.persons, locale)}</TableCell>
                  <TableCell>{c.agreement}</TableCell>
                  <TableCell>{c.contactOrganisation}</TableCell>
                  <TableCell>
                    {formatDate(c.reviewDate, locale)}
                    {c.stale && (
                      <>
                        {' '}
                        <strong className="ws-alerts-stale">({t('enforcement.stale')})</strong>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

/** /signals/enforcement-capacities — the register with a map per veiligheidsregio and a table. */
export function EnforcementCapacitiesPage() {
  const { t } = useLocale();
  return (
    <AreaFrame
      title={t('enforcement.title')}
      nav={<SignalsNav />}
      intro={t('enforcement.intro')}
      permission="enforcement-capacities:read"
    >
      <Register />
    </AreaFrame>
  );
}
