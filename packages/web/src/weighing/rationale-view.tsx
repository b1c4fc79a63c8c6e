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
import { useLocale } from '../i18n/locale-context.tsx';
import { formatNumber } from '../measure-analysis/format.ts';
import { CellSource } from './score-table.tsx';
import type { ApiRationale } from './weighing-types.ts';
import { percent } from './weighing-names.ts';
import type { WeighingNames } from './weighing-names.ts';

/**
 * The rationale as a web page: the sentences an advice can quote, the weights with who set
 * them and the rights each value rests on, and every cell behind the rankings with its source.
 */
export function RationaleView({ r, names }: { r: ApiRationale; names: WeighingNames }) {
  const { t, tDynamic, locale } = useLocale();
  const weighted = r.criteria.filter((c) => c.weight > 0);
  return (
    <section aria-labelledby="rationale-heading" data-testid="rationale">
      <Heading level={3} id="rationale-heading">
        {t('weighing.rationale')}
      </Heading>
      <Heading level={4}>{t('weighing.methodAndWeights')}</Heading>
      <Paragraph>
        {t('weighing.weightSet')}: {r.weightSet.label} (
        {tDynamic(`weightMethod.${r.weightSet.method}`)}
        ), {t('weighing.author')}: {r.weightSet.author}
        {r.weightSet.rationale ? ` — ${r.weightSet.rationale}` : ''}
      </Paragraph>
      <div className="ws-table-scroll">
        <Table data-testid="rationale-weights">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('weighing.criterion')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.side')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.weight')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.rights')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {weighted.map((c) => (
              <TableRow key={c.id}>
                <TableHeaderCell scope="row">{names.criterion(c.id)}</TableHeaderCell>
                <TableCell>{c.side.toUpperCase()}</TableCell>
                <TableCell>{percent(c.weight, locale)}</TableCell>
                <TableCell>
                  {c.rights
                    .map(
                      (x) =>
                        `${tDynamic(`instrument.${x.instrument}`)} ${x.article} (${locale === 'nl' ? x.titleNl : x.titleEn})`,
                    )
                    .join('; ') || '–'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Heading level={4}>{t('weighing.statements')}</Heading>
      <ul data-testid="rationale-statements">
        {r.statements[locale].map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <details className="ws-panel">
        <summary>{t('weighing.sources')}</summary>
        <div className="ws-table-scroll">
          <Table data-testid="rationale-cells">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('weighing.package')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('weighing.criterion')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('weighing.score')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('weighing.source')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('weighing.author')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('weighing.rationaleCell')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {r.cells.map((c) => (
                <TableRow key={`${c.packageCode}/${c.criterionId}`}>
                  <TableCell>{names.package(c.packageCode)}</TableCell>
                  <TableCell>{names.criterion(c.criterionId)}</TableCell>
                  <TableCell>{formatNumber(c.value, locale)}</TableCell>
                  <TableCell>
                    <CellSource source={c.source} />
                  </TableCell>
                  <TableCell>{c.author}</TableCell>
                  <TableCell>{c.rationale}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </details>
    </section>
  );
}
