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
import type { FrameworkScore } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { formatNumber } from '../measure-analysis/format.ts';
import { CellSource } from './score-table.tsx';
import type { ApiRankings } from './weighing-types.ts';
import { percent } from './weighing-names.ts';
import type { WeighingNames } from './weighing-names.ts';

/** The anchor of a package's working, which every score on the results page links to. */
export const workingAnchor = (packageCode: string) => `working-${packageCode}`;

/**
 * How each package's scores came about: per criterion the score that went in (linked to its
 * source: the fiche version, the OMT estimate or the value judgement, with who made it), its
 * value on the 0–1 value function, the weight, and what it adds. Sums give the MAVT score.
 */
export function WorkingView({
  r,
  scores,
  weightSetLabel,
  names,
}: {
  r: ApiRankings;
  scores: readonly FrameworkScore[];
  weightSetLabel: string;
  names: WeighingNames;
}) {
  const { t, locale } = useLocale();
  const cell = new Map(scores.map((s) => [`${s.packageCode}/${s.criterionId}`, s]));
  const { omt, mit } = r.working;
  const num = (x: number) => formatNumber(x, locale, 3);
  return (
    <section aria-labelledby="working-heading" data-testid="working">
      <Heading level={3} id="working-heading">
        {t('weighing.working')}
      </Heading>
      <Paragraph>{t('weighing.workingIntro')}</Paragraph>
      {r.packageCodes.map((p, a) => (
        <details key={p} id={workingAnchor(p)} className="ws-working">
          <summary>{names.package(p)}</summary>
          <div className="ws-table-scroll">
            <Table>
              <caption className="ws-muted">
                {t('weighing.workingCaption')} {weightSetLabel}
              </caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('weighing.criterion')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('weighing.workingScore')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('weighing.workingSource')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('weighing.workingValue')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('weighing.workingWeight')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('weighing.workingContribution')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[
                  { side: 'OMT', m: omt.mavt },
                  ...(mit.mavt ? [{ side: 'MIT', m: mit.mavt }] : []),
                ].flatMap(({ side, m }) =>
                  m.criterionIds.map((c, j) => {
                    const s = cell.get(`${p}/${c}`);
                    return (
                      <TableRow key={`${side}-${c}`}>
                        <TableHeaderCell scope="row">
                          {side}: {names.criterion(c)}
                        </TableHeaderCell>
                        <TableCell>{s ? num(s.value) : '–'}</TableCell>
                        <TableCell>
                          {s ? (
                            <>
                              <CellSource source={s.source} /> — {s.author}
                              {s.rationale ? `: ${s.rationale}` : ''}
                            </>
                          ) : (
                            '–'
                          )}
                        </TableCell>
                        <TableCell>{num(m.values[a]![j]!)}</TableCell>
                        <TableCell>{percent(m.weights[j]!, locale)}</TableCell>
                        <TableCell>{num(m.contributions[a]![j]!)}</TableCell>
                      </TableRow>
                    );
                  }),
                )}
              </TableBody>
            </Table>
          </div>
          <Paragraph>
            {t('weighing.workingOmtScore')} {num(omt.mavt.scores[a]!)}
            {mit.mavt && ` · ${t('weighing.workingMavtScore')} ${num(mit.mavt.scores[a]!)}`}
            {mit.topsis && ` · ${t('weighing.workingTopsis')} ${num(mit.topsis.closeness[a]!)}`}
            {mit.promethee &&
              ` · ${t('weighing.workingPromethee')} ${num(mit.promethee.netFlow[a]!)}`}
          </Paragraph>
        </details>
      ))}
    </section>
  );
}
