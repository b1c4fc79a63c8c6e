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
import { BEST_QUADRANT } from '@weegschaal/core';
import type { Measure, SectorRiskLadder } from '@weegschaal/core';
import { Link } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { AnalysisNav } from '../measure-analysis/analysis-nav.tsx';
import { measureNames, ruleQuery, useReloadableApi } from '../measure-analysis/analysis-api.ts';
import type { LadderRuleState, MeasureNames } from '../measure-analysis/analysis-api.ts';
import type { ApiMatrix, ApiScenarios } from '../measure-analysis/analysis-types.ts';
import { DEFAULT_RULE, LadderRuleControls } from '../measure-analysis/ladder-rule-controls.tsx';
import { ExplanationList } from '../measure-analysis/explanation-list.tsx';
import { fill, formatNumber } from '../measure-analysis/format.ts';
import { matrixChartOption } from '../measure-analysis/matrix-chart.ts';
import { LazyChart } from '../measure-analysis/lazy-chart.tsx';
import '../measure-analysis/measure-analysis.css';

export function MatrixPage() {
  const { t, tDynamic, locale } = useLocale();
  const scenarios = useApi<ApiScenarios>('/scenarios');
  const measures = useApi<{ items: Measure[] }>('/measures');
  const [scenario, setScenario] = useState<string | null>(null);
  const [compare, setCompare] = useState('');
  const [rule, setRule] = useState<LadderRuleState>(DEFAULT_RULE);
  const chosen =
    scenario ?? (scenarios.state === 'ready' ? (scenarios.data.items[0]?.code ?? null) : null);
  const [matrix] = useReloadableApi<ApiMatrix>(
    chosen
      ? `/matrix?scenario=${chosen}${compare ? `&compareScenario=${compare}` : ''}&${ruleQuery(rule)}`
      : null,
  );
  const names = useMemo(
    () => (measures.state === 'ready' ? measureNames(measures.data.items, locale) : null),
    [measures, locale],
  );

  return (
    <>
      <AnalysisNav />
      <Heading level={2}>{t('matrix.title')}</Heading>
      <Paragraph>{t('matrix.intro')}</Paragraph>
      {scenarios.state === 'ready' && (
        <div className="ws-actions">
          <div className="ws-inline-field">
            <label htmlFor="matrix-scenario" className="utrecht-form-label">
              {t('matrix.scenario')}
            </label>
            <select
              id="matrix-scenario"
              className="utrecht-select utrecht-select--html-select"
              value={chosen ?? ''}
              onChange={(e) => setScenario(e.target.value)}
            >
              {scenarios.data.items.map((s) => (
                <option key={s.code} value={s.code}>
                  {locale === 'nl' ? s.nameNl : s.nameEn}
                </option>
              ))}
            </select>
          </div>
          <div className="ws-inline-field">
            <label htmlFor="matrix-compare" className="utrecht-form-label">
              {t('matrix.compare')}
            </label>
            <select
              id="matrix-compare"
              className="utrecht-select utrecht-select--html-select"
              value={compare}
              onChange={(e) => setCompare(e.target.value)}
            >
              <option value="">{t('matrix.noCompare')}</option>
              {scenarios.data.items
                .filter((s) => s.code !== chosen)
                .map((s) => (
                  <option key={s.code} value={s.code}>
                    {locale === 'nl' ? s.nameNl : s.nameEn}
                  </option>
                ))}
            </select>
          </div>
        </div>
      )}
      <details className="ws-panel">
        <summary>{t('ladder.rule')}</summary>
        <LadderRuleControls rule={rule} onChange={setRule} idPrefix="matrix" />
      </details>
      {(matrix.state === 'loading' || !names) && (
        <Paragraph role="status">{t('analysis.loading')}</Paragraph>
      )}
      {matrix.state === 'error' && (
        <Paragraph role="alert">
          {t('analysis.error')} {matrix.error.message}
        </Paragraph>
      )}
      {matrix.state === 'ready' && names && (
        <>
          <Paragraph>
            {fill(t('matrix.context'), {
              variant: tDynamic(`variant.${matrix.data.scenario.variant}`),
              season: tDynamic(`season.${matrix.data.scenario.season}`),
              compliance: tDynamic(`contextLevel.${matrix.data.scenario.compliance}`),
              vaccination: tDynamic(`contextLevel.${matrix.data.scenario.vaccinationCoverage}`),
            })}{' '}
            {fill(t('matrix.thresholds'), {
              effect: matrix.data.thresholds.effectiveness,
              impact: formatNumber(matrix.data.thresholds.impact, locale),
            })}
          </Paragraph>
          <MatrixChart matrix={matrix.data} names={names} />
          <MatrixTable matrix={matrix.data} names={names} />
          {matrix.data.missing.length > 0 && (
            <>
              <Heading level={3}>{t('matrix.missing')}</Heading>
              <ul>
                {matrix.data.missing.map((m) => (
                  <li key={`${m.measureCode}/${m.level}`}>
                    {names.full(m.measureCode, m.level)}: {tDynamic(`matrix.reason.${m.reason}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <ExplanationList lines={matrix.data.explanation} />
        </>
      )}
      <SectorRiskSection />
    </>
  );
}

function MatrixChart({ matrix, names }: { matrix: ApiMatrix; names: MeasureNames }) {
  const { t, locale } = useLocale();
  const compareName = matrix.compareScenario
    ? locale === 'nl'
      ? matrix.compareScenario.nameNl
      : matrix.compareScenario.nameEn
    : '';
  const option = useMemo(
    () =>
      matrixChartOption(matrix, names, {
        effect: t('matrix.effect'),
        impact: t('matrix.impact'),
        best: t('quadrant.high-effect-low-harm'),
        current: locale === 'nl' ? matrix.scenario.nameNl : matrix.scenario.nameEn,
        compared: compareName,
      }),
    [matrix, names, t, locale, compareName],
  );
  return <LazyChart option={option} height={460} label={t('matrix.chartLabel')} />;
}

function MatrixTable({ matrix, names }: { matrix: ApiMatrix; names: MeasureNames }) {
  const { t, tDynamic, locale } = useLocale();
  const rows = [...matrix.points].sort(
    (a, b) =>
      Number(b.quadrant === BEST_QUADRANT) - Number(a.quadrant === BEST_QUADRANT) ||
      b.effectiveness - a.effectiveness ||
      a.impact - b.impact,
  );
  return (
    <Table data-testid="matrix-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('analysis.measure')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('matrix.effect')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('matrix.impact')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('matrix.quadrant')}</TableHeaderCell>
          {matrix.compareScenario && (
            <TableHeaderCell scope="col">{t('matrix.inCompare')}</TableHeaderCell>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((p) => (
          <TableRow
            key={p.id}
            data-quadrant={p.quadrant}
            className={p.quadrant === BEST_QUADRANT ? 'ws-best' : undefined}
          >
            <TableHeaderCell scope="row">
              <Link href={`/measures/fiches/${p.measureCode}/${p.level}`}>
                {names.full(p.measureCode, p.level)}
              </Link>
            </TableHeaderCell>
            <TableCell>
              {p.effectiveness} ({p.effectivenessLow}–{p.effectivenessHigh})
            </TableCell>
            <TableCell>
              {formatNumber(p.impact, locale)} ({formatNumber(p.impactLow, locale)}–
              {formatNumber(p.impactHigh, locale)})
            </TableCell>
            <TableCell>
              {p.quadrant === BEST_QUADRANT ? (
                <strong>{tDynamic(`quadrant.${p.quadrant}`)}</strong>
              ) : (
                tDynamic(`quadrant.${p.quadrant}`)
              )}
            </TableCell>
            {matrix.compareScenario && (
              <TableCell>
                {p.compared
                  ? `${p.compared.effectiveness} · ${tDynamic(`quadrant.${p.compared.quadrant}`)}${p.compared.quadrant !== p.quadrant ? ` (${t('matrix.moved')})` : ''}`
                  : '–'}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function SectorRiskSection() {
  const { t, tDynamic } = useLocale();
  const risk = useApi<SectorRiskLadder & { demo: boolean }>('/sector-risk-ladder');
  if (risk.state !== 'ready') return null;
  return (
    <section>
      <Heading level={3}>{t('matrix.riskLadder')}</Heading>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('matrix.rank')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('matrix.sector')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('matrix.risk')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('matrix.rationale')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {risk.data.entries.map((e) => (
            <TableRow key={e.sector}>
              <TableCell>{e.rank}</TableCell>
              <TableHeaderCell scope="row">
                {tDynamic(`sector.${e.sector}`)}
                {e.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
              </TableHeaderCell>
              <TableCell>{e.risk}</TableCell>
              <TableCell>{e.rationale}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
