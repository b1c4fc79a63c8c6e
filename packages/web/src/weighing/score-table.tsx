import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { criterionLeaves } from '@weegschaal/core';
import type { CriteriaGroup, FrameworkScore } from '@weegschaal/core';
import { Link } from 'wouter';
import { useLocale } from '../i18n/locale-context.tsx';
import { formatNumber } from '../measure-analysis/format.ts';
import type { WeighingNames } from './weighing-names.ts';

/** Where a cell's number comes from, as links to the fiche versions or the OMT's bundle estimate. */
export function CellSource({ source }: { source: string }) {
  const { t } = useLocale();
  if (source === 'judgement') return <>{t('weighing.sourceJudgement')}</>;
  if (source.startsWith('omt:'))
    return (
      <Link href="/measures/bundles">{`${t('weighing.sourceOmt')} (${source.slice(4)})`}</Link>
    );
  const fiches = source
    .split(/\s+/)
    .map((part) => /^fiche:([a-z0-9-]+)\/(\d+)@(\d+)$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null);
  if (fiches.length === 0) return <>{source}</>;
  return (
    <>
      {fiches.map((m, k) => (
        <span key={m[0]}>
          {k > 0 && ', '}
          <Link href={`/measures/fiches/${m[1]}/${m[2]}`}>
            {`${t('weighing.sourceFiche')} ${m[1]}/${m[2]} v${m[3]}`}
          </Link>
        </span>
      ))}
    </>
  );
}

/** Every score of the framework, criteria down and packages across, each with its source and author. */
export function ScoreTable({
  tree,
  packageCodes,
  scores,
  names,
}: {
  tree: CriteriaGroup;
  packageCodes: readonly string[];
  scores: readonly FrameworkScore[];
  names: WeighingNames;
}) {
  const { t, locale } = useLocale();
  const byKey = new Map(scores.map((s) => [`${s.packageCode}/${s.criterionId}`, s]));
  return (
    <div className="ws-table-scroll">
      <Table data-testid="score-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('weighing.criterion')}</TableHeaderCell>
            {packageCodes.map((p) => (
              <TableHeaderCell key={p} scope="col">
                {names.package(p)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {criterionLeaves(tree).map((leaf) => (
            <TableRow key={leaf.id}>
              <TableHeaderCell scope="row">{names.criterion(leaf.id)}</TableHeaderCell>
              {packageCodes.map((p) => {
                const s = byKey.get(`${p}/${leaf.id}`);
                if (!s) return <TableCell key={p}>–</TableCell>;
                return (
                  <TableCell key={p}>
                    <details className="ws-cell">
                      <summary>
                        {formatNumber(s.value, locale)}
                        {s.low !== null && s.high !== null
                          ? ` (${formatNumber(s.low, locale)}–${formatNumber(s.high, locale)})`
                          : ''}
                      </summary>
                      <small>
                        <CellSource source={s.source} />
                        <br />
                        {t('weighing.author')}: {s.author}
                        {s.rationale && (
                          <>
                            <br />
                            {s.rationale}
                          </>
                        )}
                      </small>
                    </details>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
