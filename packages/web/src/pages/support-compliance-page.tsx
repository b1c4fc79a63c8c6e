import { useMemo, useState } from 'react';
import { Heading, Link as NldsLink, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from 'wouter';
import { NATIONAL_REGION_CODE } from '@weegschaal/core';
import type { Indicator, MessageKey } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { DataTable } from '../societal-picture/data-table.tsx';
import type { Column } from '../societal-picture/data-table.tsx';
import { formatDate, formatNumber, regionName } from '../societal-picture/format.ts';
import { RegionSelect } from '../societal-picture/region-select.tsx';
import { SocietalNav } from '../societal-picture/societal-nav.tsx';
import { useApiAll, useCachedApi } from '../societal-picture/societal-api.ts';
import type {
  IndicatorList,
  ObservationItem,
  ObservationList,
  RegionList,
} from '../societal-picture/societal-types.ts';
import { WaveChart } from '../societal-picture/wave-chart.tsx';

// the fieldwork of waves 1–11 of the RIVM behaviour survey in shared/data
const FROM = '2020-09-01';
const TO = '2021-06-30';

const VIEWS = ['national', 'byRegion', 'byGroup'] as const;
type View = (typeof VIEWS)[number];

/** The survey's subgroups, as stored breakdowns (category:value). */
const GROUPS: readonly {
  category: 'leeftijd' | 'geslacht' | 'opleiding';
  values: readonly string[];
}[] = [
  { category: 'leeftijd', values: ['16-24', '25-39', '40-54', '55-69', '70+'] },
  { category: 'geslacht', values: ['Man', 'Vrouw'] },
  { category: 'opleiding', values: ['Laag', 'Midden', 'Hoog'] },
];

interface Rule {
  key: string;
  label: string;
  compliance: Indicator;
  support: Indicator;
}

function rulesOf(indicators: readonly Indicator[], locale: 'nl' | 'en'): Rule[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  return indicators.flatMap((compliance) => {
    if (!compliance.code.startsWith('compliance-')) return [];
    const key = compliance.code.slice('compliance-'.length);
    const support = byCode.get(`support-${key}`);
    if (!support) return [];
    // the catalogue names read "Naleving: avondklok"; the rule is the part after the colon
    const name = locale === 'nl' ? compliance.nameNl : compliance.nameEn;
    const rule = name.slice(name.indexOf(':') + 1).trim();
    return [{ key, label: rule.charAt(0).toUpperCase() + rule.slice(1), compliance, support }];
  });
}

const observationsPath = (indicator: string, region: string, breakdown = '') =>
  `/observations?indicator=${indicator}&region=${region}&from=${FROM}&to=${TO}` +
  `${breakdown ? `&breakdown=${encodeURIComponent(breakdown)}` : ''}&limit=1000`;

/**
 * Public support and compliance per rule over the survey waves: every rule nationally, one
 * rule per veiligheidsregio, or one rule per age group, sex and education level. Real data of
 * the RIVM Corona Gedragsunit, with the 95% interval of each estimate.
 */
export function SupportCompliancePage() {
  const { t, locale } = useLocale();
  const catalogue = useCachedApi<IndicatorList>('/indicators?theme=support-compliance');
  const regions = useCachedApi<RegionList>('/regions');
  const [view, setView] = useState<View>('national');
  const [ruleKey, setRuleKey] = useState('curfew');
  const [measure, setMeasure] = useState<'compliance' | 'support'>('compliance');
  const [regionCode, setRegionCode] = useState('VR13');

  const rules = useMemo(
    () => (catalogue.state === 'ready' ? rulesOf(catalogue.data.items, locale) : []),
    [catalogue, locale],
  );
  const rule = rules.find((r) => r.key === ruleKey) ?? rules[0];
  const names = new Map(
    regions.state === 'ready' ? regions.data.items.map((r) => [r.code, regionName(r)]) : [],
  );
  const measureName = (m: 'compliance' | 'support') =>
    t(m === 'compliance' ? 'sp.support.compliance' : 'sp.support.support');

  const paths = useMemo(() => {
    if (!rule && rules.length === 0) return [];
    switch (view) {
      case 'national':
        return rules.flatMap((r) => [
          observationsPath(r.compliance.code, NATIONAL_REGION_CODE),
          observationsPath(r.support.code, NATIONAL_REGION_CODE),
        ]);
      case 'byRegion':
        return rule
          ? [
              `/observations?indicator=${rule[measure].code}&regionParent=${NATIONAL_REGION_CODE}&from=${FROM}&to=${TO}&limit=10000`,
              observationsPath(rule[measure].code, NATIONAL_REGION_CODE),
              observationsPath(rule.compliance.code, regionCode),
              observationsPath(rule.support.code, regionCode),
              observationsPath(rule.compliance.code, NATIONAL_REGION_CODE),
              observationsPath(rule.support.code, NATIONAL_REGION_CODE),
            ]
          : [];
      case 'byGroup':
        return rule
          ? GROUPS.flatMap((g) =>
              g.values.map((v) =>
                observationsPath(rule[measure].code, NATIONAL_REGION_CODE, `${g.category}:${v}`),
              ),
            )
          : [];
      default: {
        const unreachable: never = view;
        return unreachable;
      }
    }
  }, [view, rule, rules, measure, regionCode]);
  const data = useApiAll<ObservationList>(paths);
  const lists = data.state === 'ready' ? data.data.map((l) => l.items) : null;

  const radio = (
    name: string,
    value: string,
    checked: boolean,
    onChange: () => void,
    label: string,
  ) => (
    <label className="ws-sp-radio" key={value}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} /> {label}
    </label>
  );

  return (
    <>
      <SocietalNav />
      <Heading level={2}>{t('sp.support.title')}</Heading>
      <Paragraph>{t('sp.support.intro')}</Paragraph>
      {(catalogue.state === 'loading' || regions.state === 'loading') && (
        <Paragraph role="status">{t('home.loading')}</Paragraph>
      )}
      {catalogue.state === 'ready' && rule && (
        <div className="ws-sp-controls">
          <fieldset className="ws-sp-fieldset">
            <legend className="utrecht-form-label">{t('sp.support.view')}</legend>
            {VIEWS.map((v) =>
              radio(
                'support-view',
                v,
                view === v,
                () => setView(v),
                t(`sp.support.${v}` as MessageKey),
              ),
            )}
          </fieldset>
          {view !== 'national' && (
            <>
              <div className="ws-sp-field">
                <label htmlFor="support-rule" className="utrecht-form-label">
                  {t('sp.support.rule')}
                </label>
                <select
                  id="support-rule"
                  className="utrecht-select utrecht-select--html-select"
                  value={rule.key}
                  onChange={(e) => setRuleKey(e.target.value)}
                >
                  {rules.map((r) => (
                    <option key={r.key} value={r.key}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </div>
              <fieldset className="ws-sp-fieldset">
                <legend className="utrecht-form-label">{t('sp.support.measure')}</legend>
                {(['compliance', 'support'] as const).map((m) =>
                  radio('support-measure', m, measure === m, () => setMeasure(m), measureName(m)),
                )}
              </fieldset>
            </>
          )}
          {view === 'byRegion' && regions.state === 'ready' && (
            <RegionSelect
              id="support-region"
              label={t('sp.support.compareRegion')}
              regions={regions.data.items}
              levels={['veiligheidsregio']}
              value={regionCode}
              onChange={setRegionCode}
            />
          )}
        </div>
      )}
      {data.state === 'loading' && paths.length > 0 && (
        <Paragraph role="status">{t('home.loading')}</Paragraph>
      )}
      {data.state === 'error' && (
        <Paragraph role="alert">
          {t('home.error')} {data.error.message}
        </Paragraph>
      )}
      {lists && view === 'national' && (
        <div className="ws-sp-rule-grid" data-testid="support-national">
          {rules.map((r, i) => (
            <section key={r.key} aria-labelledby={`rule-${r.key}`} className="ws-sp-rule">
              <Heading level={3} id={`rule-${r.key}`}>
                {r.label}
              </Heading>
              <Paragraph className="ws-sp-note">
                <Link href={`/indicators/${r.compliance.code}`}>{measureName('compliance')}</Link> ·{' '}
                <Link href={`/indicators/${r.support.code}`}>{measureName('support')}</Link>
              </Paragraph>
              <WaveChart
                series={[
                  { name: measureName('compliance'), items: lists[2 * i] ?? [] },
                  { name: measureName('support'), items: lists[2 * i + 1] ?? [] },
                ]}
                label={`${r.label}, ${t('sp.region.national')}`}
                caption={`${t('sp.support.table')}: ${r.label}`}
                fileName={['draagvlak-naleving', r.key, NATIONAL_REGION_CODE]}
                height={260}
              />
            </section>
          ))}
        </div>
      )}
      {lists && view === 'byRegion' && rule && (
        <RegionView
          rule={rule}
          measure={measure}
          measureName={measureName}
          regional={lists[0] ?? []}
          national={lists[1] ?? []}
          chosen={{
            code: regionCode,
            name: names.get(regionCode) ?? regionCode,
            compliance: lists[2] ?? [],
            support: lists[3] ?? [],
          }}
          nationalBoth={{ compliance: lists[4] ?? [], support: lists[5] ?? [] }}
          names={names}
        />
      )}
      {lists && view === 'byGroup' && rule && (
        <div data-testid="support-groups">
          <Paragraph className="ws-sp-note">{t('sp.support.groupsNational')}</Paragraph>
          {GROUPS.map((g) => {
            const offset = GROUPS.slice(0, GROUPS.indexOf(g)).reduce(
              (n, x) => n + x.values.length,
              0,
            );
            const groupName = (v: string) =>
              g.category === 'leeftijd' ? v : t(`sp.group.${v}` as MessageKey);
            return (
              <section
                key={g.category}
                aria-labelledby={`group-${g.category}`}
                className="ws-sp-section"
              >
                <Heading level={3} id={`group-${g.category}`}>
                  {measureName(measure)}: {rule.label} — {t(`sp.group.${g.category}`)}
                </Heading>
                <WaveChart
                  series={g.values.map((v, i) => ({
                    name: groupName(v),
                    items: lists[offset + i] ?? [],
                  }))}
                  label={`${measureName(measure)}, ${rule.label}, ${t(`sp.group.${g.category}`)}`}
                  caption={`${t('sp.support.groupTable')}: ${t(`sp.group.${g.category}`)}`}
                  fileName={['draagvlak-naleving', rule.key, measure, g.category]}
                  signal={rule[measure].signal}
                />
              </section>
            );
          })}
        </div>
      )}
      <Paragraph className="ws-sp-note">
        {t('sp.source')}:{' '}
        <NldsLink href="https://data.rivm.nl/covid-19/COVID-19_gedrag.csv">
          RIVM Corona Gedragsunit, COVID-19_gedrag
        </NldsLink>{' '}
        (2021-05-04)
      </Paragraph>
    </>
  );
}

function RegionView({
  rule,
  measure,
  measureName,
  regional,
  national,
  chosen,
  nationalBoth,
  names,
}: {
  rule: Rule;
  measure: 'compliance' | 'support';
  measureName(m: 'compliance' | 'support'): string;
  regional: readonly ObservationItem[];
  national: readonly ObservationItem[];
  chosen: {
    code: string;
    name: string;
    compliance: readonly ObservationItem[];
    support: readonly ObservationItem[];
  };
  nationalBoth: { compliance: readonly ObservationItem[]; support: readonly ObservationItem[] };
  names: ReadonlyMap<string, string>;
}) {
  const { t, locale } = useLocale();
  const waves = [...new Set([...regional, ...national].map((o) => o.period.start))].sort();
  const rows = useMemo(() => {
    const byRegion = new Map<string, Map<string, ObservationItem>>();
    for (const o of [...national, ...regional]) {
      const m = byRegion.get(o.regionCode) ?? new Map<string, ObservationItem>();
      m.set(o.period.start, o);
      byRegion.set(o.regionCode, m);
    }
    return [...byRegion.entries()]
      .sort(([a], [b]) =>
        a === NATIONAL_REGION_CODE ? -1 : b === NATIONAL_REGION_CODE ? 1 : a.localeCompare(b),
      )
      .map(([code, values]) => ({ code, values }));
  }, [regional, national]);
  const columns: Column<(typeof rows)[number]>[] = [
    {
      header: t('sp.region'),
      rowHeader: true,
      cell: (r) => `${names.get(r.code) ?? r.code} (${r.code})`,
    },
    ...waves.map((w) => ({
      header: formatDate(w, locale),
      numeric: true,
      cell: (r: (typeof rows)[number]) => formatNumber(r.values.get(w)?.value, 'percent', locale),
      csv: (r: (typeof rows)[number]) => r.values.get(w)?.value ?? null,
      csvHeader: w,
    })),
  ];
  return (
    <div data-testid="support-regions">
      <section aria-labelledby="support-region-chart" className="ws-sp-section">
        <Heading level={3} id="support-region-chart">
          {rule.label}: {chosen.name} — {t('sp.region.national')}
        </Heading>
        <WaveChart
          series={[
            { name: `${measureName('compliance')}, ${chosen.name}`, items: chosen.compliance },
            {
              name: `${measureName('compliance')}, ${t('sp.region.national')}`,
              items: nationalBoth.compliance,
            },
            { name: `${measureName('support')}, ${chosen.name}`, items: chosen.support },
            {
              name: `${measureName('support')}, ${t('sp.region.national')}`,
              items: nationalBoth.support,
            },
          ]}
          label={`${rule.label}, ${chosen.name}, ${t('sp.region.national')}`}
          caption={`${t('sp.support.table')}: ${rule.label}, ${chosen.name}`}
          fileName={['draagvlak-naleving', rule.key, chosen.code]}
        />
      </section>
      <section aria-labelledby="support-region-table" className="ws-sp-section">
        <Heading level={3} id="support-region-table">
          {measureName(measure)}: {rule.label} — {t('sp.support.byRegion')}
        </Heading>
        <DataTable
          caption={`${t('sp.support.regionTable')} (${measureName(measure)}, %)`}
          rows={rows}
          columns={columns}
          rowKey={(r) => r.code}
          fileName={['draagvlak-naleving', rule.key, measure, 'veiligheidsregios']}
          open
          testId="support-region-table"
        />
      </section>
    </div>
  );
}
