import { useMemo, useState } from 'react';
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
import type { Bundle, Measure } from '@weegschaal/core';
import type { EChartsOption } from 'echarts';
import { Link } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { AnalysisNav } from '../measure-analysis/analysis-nav.tsx';
import { measureNames, ruleQuery, useReloadableApi } from '../measure-analysis/analysis-api.ts';
import type { LadderRuleState, MeasureNames } from '../measure-analysis/analysis-api.ts';
import type { ApiBundleAnalysis, ApiScenarios } from '../measure-analysis/analysis-types.ts';
import { DEFAULT_RULE, LadderRuleControls } from '../measure-analysis/ladder-rule-controls.tsx';
import { ExplanationList } from '../measure-analysis/explanation-list.tsx';
import { fill, formatNumber, signed } from '../measure-analysis/format.ts';
import { LazyChart } from '../measure-analysis/lazy-chart.tsx';
import '../measure-analysis/measure-analysis.css';

export function BundlesPage() {
  const { t, locale } = useLocale();
  const bundles = useApi<{ demo: boolean; items: Bundle[] }>('/bundles');
  const measures = useApi<{ items: Measure[] }>('/measures');
  const scenarios = useApi<ApiScenarios>('/scenarios');
  const [code, setCode] = useState<string | null>(null);
  const [rule, setRule] = useState<LadderRuleState>(DEFAULT_RULE);
  const chosen = code ?? (bundles.state === 'ready' ? (bundles.data.items[0]?.code ?? null) : null);
  const [analysis] = useReloadableApi<ApiBundleAnalysis>(
    chosen ? `/bundles/${chosen}?${ruleQuery(rule)}` : null,
  );
  const names = useMemo(
    () => (measures.state === 'ready' ? measureNames(measures.data.items, locale) : null),
    [measures, locale],
  );

  return (
    <>
      <AnalysisNav />
      <Heading level={2}>{t('bundles.title')}</Heading>
      <Paragraph>{t('bundles.intro')}</Paragraph>
      {bundles.state === 'ready' && (
        <div className="ws-inline-field">
          <label htmlFor="bundle-choice" className="utrecht-form-label">
            {t('bundles.choose')}
          </label>
          <select
            id="bundle-choice"
            className="utrecht-select utrecht-select--html-select"
            value={chosen ?? ''}
            onChange={(e) => setCode(e.target.value)}
          >
            {bundles.data.items.map((b) => (
              <option key={b.code} value={b.code}>
                {locale === 'nl' ? b.nameNl : b.nameEn}
                {b.demo ? ` (${t('demo.label')})` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <details className="ws-panel">
        <summary>{t('ladder.rule')}</summary>
        <LadderRuleControls rule={rule} onChange={setRule} idPrefix="bundle" />
      </details>
      {(analysis.state === 'loading' || !names) && (
        <Paragraph role="status">{t('analysis.loading')}</Paragraph>
      )}
      {analysis.state === 'error' && (
        <Paragraph role="alert">
          {t('analysis.error')} {analysis.error.message}
        </Paragraph>
      )}
      {analysis.state === 'ready' && names && scenarios.state === 'ready' && (
        <BundleDetails analysis={analysis.data} names={names} scenarios={scenarios.data} />
      )}
    </>
  );
}

function BundleDetails({
  analysis,
  names,
  scenarios,
}: {
  analysis: ApiBundleAnalysis;
  names: MeasureNames;
  scenarios: ApiScenarios;
}) {
  const { t, tDynamic, locale } = useLocale();
  const scenarioName = (code: string) => {
    const s = scenarios.items.find((x) => x.code === code);
    return s ? (locale === 'nl' ? s.nameNl : s.nameEn) : code;
  };
  const idName = (id: string) => {
    const [code = '', level = '0'] = id.split('/');
    return names.full(code, Number(level));
  };
  const groupNames = analysis.mostBurdened.map((g) => tDynamic(`group.${g}`));
  const sectors = analysis.profile.filter((p) => p.kind === 'sector');

  return (
    <>
      <Heading level={3}>
        {locale === 'nl' ? analysis.bundle.nameNl : analysis.bundle.nameEn}
      </Heading>
      <Paragraph>{analysis.bundle.description}</Paragraph>
      <Heading level={4}>{t('bundles.members')}</Heading>
      <ul>
        {analysis.bundle.members.map((m) => (
          <li key={m.measureCode}>
            <Link href={`/measures/fiches/${m.measureCode}/${m.level}`}>
              {names.full(m.measureCode, m.level)}
            </Link>
          </li>
        ))}
      </ul>
      {analysis.membersWithoutFiche.length > 0 && (
        <Paragraph>
          {fill(t('bundles.withoutFiche'), {
            list: analysis.membersWithoutFiche.map(idName).join('; '),
          })}
        </Paragraph>
      )}

      <Heading level={4}>{t('bundles.effects')}</Heading>
      <Table data-testid="bundle-effects">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('matrix.scenario')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('matrix.effect')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bundles.range')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bundles.source')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {analysis.effects.map((e) => (
            <TableRow key={e.scenarioCode} data-source={e.source}>
              <TableHeaderCell scope="row">{scenarioName(e.scenarioCode)}</TableHeaderCell>
              <TableCell>{e.estimate ?? '–'}</TableCell>
              <TableCell>
                {e.low !== null && e.high !== null ? `${e.low}–${e.high}` : '–'}
              </TableCell>
              <TableCell>
                <strong>{tDynamic(`bundles.source.${e.source}`)}</strong>
                {e.source === 'omt-estimate' && e.rationale && <>: {e.rationale}</>}
                {e.rule && (
                  <div className="ws-fiche__sub" lang="en">
                    <strong>{t('bundles.derivedRule')}:</strong> {e.rule}
                  </div>
                )}
                {e.caveat && (
                  <div className="ws-fiche__sub ws-caveat" lang="en">
                    <strong>{t('bundles.caveat')}:</strong> {e.caveat}
                  </div>
                )}
                {e.missingMembers.length > 0 && (
                  <div className="ws-fiche__sub">
                    {fill(t('bundles.missingMembers'), {
                      list: e.missingMembers.map(idName).join('; '),
                    })}
                  </div>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Heading level={4}>{t('bundles.burden')}</Heading>
      <Paragraph data-testid="most-burdened">
        {groupNames.length > 0
          ? fill(t('bundles.mostBurdened'), { list: groupNames.join(', ') })
          : t('bundles.noBurden')}
      </Paragraph>
      <div className="ws-two-columns">
        <BurdenChart analysis={analysis} />
        <Table data-testid="bundle-burden">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('matrix.rank')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('ladder.groups')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('bundles.cumulativeHarm')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('bundles.harmedBy')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {analysis.burden.map((b) => (
              <TableRow key={b.group}>
                <TableCell>{b.rank}</TableCell>
                <TableHeaderCell scope="row">{tDynamic(`group.${b.group}`)}</TableHeaderCell>
                <TableCell>{formatNumber(b.cumulativeHarm, locale)}</TableCell>
                <TableCell>{b.harmedBy}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      {sectors.length > 0 && (
        <>
          <Heading level={4}>{t('bundles.profile')}</Heading>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('matrix.sector')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('bundles.cumulativeHarm')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('bundles.worst')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('bundles.members')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sectors.map((p) => (
                <TableRow key={p.target}>
                  <TableHeaderCell scope="row">{tDynamic(`sector.${p.code}`)}</TableHeaderCell>
                  <TableCell>{formatNumber(p.cumulativeHarm, locale)}</TableCell>
                  <TableCell>{signed(p.worst)}</TableCell>
                  <TableCell>
                    {p.members.map((m) => `${idName(m.id)}: ${signed(m.score)}`).join('; ')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <ExplanationList lines={analysis.explanation} />
    </>
  );
}

function BurdenChart({ analysis }: { analysis: ApiBundleAnalysis }) {
  const { t, tDynamic } = useLocale();
  const option = useMemo<EChartsOption>(() => {
    const rows = [...analysis.burden].reverse();
    return {
      grid: { left: 220, right: 24, top: 16, bottom: 32 },
      tooltip: { trigger: 'item' },
      xAxis: {
        type: 'value',
        name: t('bundles.cumulativeHarm'),
        nameLocation: 'middle',
        nameGap: 24,
      },
      yAxis: {
        type: 'category',
        data: rows.map((b) => tDynamic(`group.${b.group}`)),
        axisLabel: { width: 200, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: rows.map((b) => ({
            value: b.cumulativeHarm,
            itemStyle: { color: analysis.mostBurdened.includes(b.group) ? '#a90061' : '#154273' },
          })),
        },
      ],
    };
  }, [analysis, t, tDynamic]);
  return (
    <LazyChart
      option={option}
      height={Math.max(220, analysis.burden.length * 28 + 60)}
      label={t('bundles.chartLabel')}
    />
  );
}
