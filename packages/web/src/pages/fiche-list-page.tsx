import { useState } from 'react';
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
import { FICHE_STATUSES } from '@weegschaal/core';
import type { Measure } from '@weegschaal/core';
import { Link } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { AnalysisNav } from '../measure-analysis/analysis-nav.tsx';
import { measureNames } from '../measure-analysis/analysis-api.ts';
import type { ApiFicheList } from '../measure-analysis/analysis-types.ts';
import { formatDateTime } from '../measure-analysis/format.ts';
import '../measure-analysis/measure-analysis.css';

export function FicheListPage() {
  const { t, tDynamic } = useLocale();
  const [status, setStatus] = useState('');
  const fiches = useApi<ApiFicheList>(`/fiches${status ? `?status=${status}` : ''}`);
  const measures = useApi<{ items: Measure[] }>('/measures');

  return (
    <>
      <AnalysisNav />
      <Heading level={2}>{t('fiches.title')}</Heading>
      <Paragraph>{t('fiches.intro')}</Paragraph>
      <div className="ws-inline-field">
        <label htmlFor="fiche-status" className="utrecht-form-label">
          {t('fiches.filterStatus')}
        </label>
        <select
          id="fiche-status"
          className="utrecht-select utrecht-select--html-select"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        >
          <option value="">{t('fiches.allStatuses')}</option>
          {FICHE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tDynamic(`ficheStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {(fiches.state === 'loading' || measures.state === 'loading') && (
        <Paragraph role="status">{t('analysis.loading')}</Paragraph>
      )}
      {(fiches.state === 'error' || measures.state === 'error') && (
        <Paragraph role="alert">{t('analysis.error')}</Paragraph>
      )}
      {fiches.state === 'ready' && measures.state === 'ready' && (
        <FicheTable list={fiches.data} measures={measures.data.items} />
      )}
    </>
  );
}

function FicheTable({ list, measures }: { list: ApiFicheList; measures: Measure[] }) {
  const { t, tDynamic, locale } = useLocale();
  const names = measureNames(measures, locale);
  return (
    <Table data-testid="fiche-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('analysis.measure')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('analysis.level')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fiches.latestVersion')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fiches.adoptedVersion')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fiches.updatedAt')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {list.items.map((f) => (
          <TableRow key={`${f.measureCode}/${f.level}`}>
            <TableHeaderCell scope="row">
              <Link href={`/measures/fiches/${f.measureCode}/${f.level}`}>
                {names.measure(f.measureCode)}
              </Link>
              {f.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
            </TableHeaderCell>
            <TableCell>
              {f.level}: {names.level(f.measureCode, f.level)}
            </TableCell>
            <TableCell>
              {f.latestVersion} ({tDynamic(`ficheStatus.${f.latestStatus}`)})
            </TableCell>
            <TableCell>{f.adoptedVersion ?? t('fiches.none')}</TableCell>
            <TableCell>{formatDateTime(f.updatedAt, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
