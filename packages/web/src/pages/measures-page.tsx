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
import type { Measure } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { AnalysisNav } from '../measure-analysis/analysis-nav.tsx';
import '../measure-analysis/measure-analysis.css';
import { lazy, Suspense } from 'react';

// the timeline brings ECharts: load it with the section, not with the whole app
const MeasureTimelineSection = lazy(() =>
  import('../measures/measure-timeline-section.tsx').then((m) => ({
    default: m.MeasureTimelineSection,
  })),
);

export function MeasuresPage() {
  const { t, tDynamic, locale } = useLocale();
  const measures = useApi<{ demo: boolean; items: Measure[] }>('/measures');

  return (
    <>
      <AnalysisNav />
      <Heading level={2}>{t('measures.title')}</Heading>
      <Paragraph>{t('area.measures.intro')}</Paragraph>
      {measures.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {measures.state === 'error' && <Paragraph role="alert">{t('home.error')}</Paragraph>}
      {measures.state === 'ready' && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('measures.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('measures.cluster')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('measures.category')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('measures.touches')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('measures.oxcgrt')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('measures.levels')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {measures.data.items.map((m) => (
              <TableRow key={m.code}>
                <TableHeaderCell scope="row">
                  {locale === 'nl' ? m.nameNl : m.nameEn}
                  {m.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
                  {m.legalBasis && (
                    <span className="ws-legal-basis">
                      {t('measures.legalBasis')}: {m.legalBasis}
                    </span>
                  )}
                </TableHeaderCell>
                <TableCell>{tDynamic(`cluster.${m.cluster}`)}</TableCell>
                <TableCell>{tDynamic(`category.${m.category}`)}</TableCell>
                <TableCell>
                  {[...m.groups.map((g) => `group.${g}`), ...m.sectors.map((s) => `sector.${s}`)]
                    .map((key) => tDynamic(key))
                    .join(', ')}
                </TableCell>
                <TableCell>{m.oxcgrtCode ?? t('measures.none')}</TableCell>
                <TableCell>
                  <ol start={0} className="ws-levels">
                    {m.levels.map((l) => (
                      <li key={l.level} value={l.level}>
                        {locale === 'nl' ? l.descriptionNl : l.descriptionEn}
                      </li>
                    ))}
                  </ol>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Suspense fallback={null}>
        <MeasureTimelineSection />
      </Suspense>
    </>
  );
}
