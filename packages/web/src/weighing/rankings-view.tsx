import type { ReactNode } from 'react';
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
import type { ApiRankings } from './weighing-types.ts';
import { workingAnchor } from './working-view.tsx';
import { percent } from './weighing-names.ts';
import type { WeighingNames } from './weighing-names.ts';

/** A score as a link to how it came about; the working's folded details open on the way. */
function WorkingLink({ packageCode, children }: { packageCode: string; children: ReactNode }) {
  const { t } = useLocale();
  const id = workingAnchor(packageCode);
  return (
    <a
      href={`#${id}`}
      title={t('weighing.workingLink')}
      onClick={() => {
        const details = document.getElementById(id);
        if (details instanceof HTMLDetailsElement) details.open = true;
      }}
    >
      {children}
    </a>
  );
}

/** OMT ranking and the three MIT rules side by side: separate columns, never one merged score. */
export function RankingsView({ r, names }: { r: ApiRankings; names: WeighingNames }) {
  const { t, tDynamic, locale } = useLocale();
  const rows = r.omt.ranking.length;
  return (
    <section aria-labelledby="rankings-heading">
      <Heading level={3} id="rankings-heading">
        {t('weighing.rankings')}
      </Heading>
      <Paragraph>{r.notice}</Paragraph>
      <div className="ws-table-scroll">
        <Table data-testid="rankings-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('weighing.rank')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.omtRanking')}</TableHeaderCell>
              {r.mit.map((m) => (
                <TableHeaderCell key={m.rule} scope="col">
                  MIT: {tDynamic(`rule.${m.rule}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {Array.from({ length: rows }, (_, i) => (
              <TableRow key={i}>
                <TableHeaderCell scope="row">{i + 1}</TableHeaderCell>
                {[r.omt.ranking, ...r.mit.map((m) => m.ranking)].map((ranking, k) => {
                  const e = ranking[i];
                  return (
                    <TableCell key={k}>
                      {e && (
                        <>
                          {names.package(e.alternativeId)} (
                          <WorkingLink packageCode={e.alternativeId}>
                            {formatNumber(e.score, locale, 3)}
                          </WorkingLink>
                          )
                        </>
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Paragraph>
        {t(r.mitRulesAgreeOnTop ? 'weighing.rulesAgree' : 'weighing.rulesDisagree')}
      </Paragraph>
      {r.incomplete.length > 0 && (
        <Paragraph>
          {t('weighing.incomplete')}:{' '}
          {r.incomplete.map((i) => names.package(i.packageCode)).join(', ')}
        </Paragraph>
      )}
    </section>
  );
}

/** One-way sensitivity per weight and, per package, what would have to be true for it to win. */
export function SensitivityView({ r, names }: { r: ApiRankings; names: WeighingNames }) {
  const { t, locale } = useLocale();
  const s = r.sensitivity;
  const pct = (x: number) => percent(x, locale);
  return (
    <section aria-labelledby="sensitivity-heading">
      <Heading level={3} id="sensitivity-heading">
        {t('weighing.sensitivity')}
      </Heading>
      <Paragraph>
        {t('weighing.currentTop')}: <strong>{names.package(s.currentTop)}</strong>
      </Paragraph>
      <div className="ws-table-scroll">
        <Table data-testid="sensitivity-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('weighing.criterion')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.weight')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.topStays')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.flips')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {s.criteria.map((c) => (
              <TableRow key={c.criterionId}>
                <TableHeaderCell scope="row">{names.criterion(c.criterionId)}</TableHeaderCell>
                <TableCell>{pct(c.currentWeight)}</TableCell>
                <TableCell>
                  {pct(c.topStays.from)} – {pct(c.topStays.to)}
                </TableCell>
                <TableCell>
                  {[
                    c.flipBelow
                      ? `< ${pct(c.flipBelow.weight)}: ${names.package(c.flipBelow.newTop)}`
                      : '',
                    c.flipAbove
                      ? `> ${pct(c.flipAbove.weight)}: ${names.package(c.flipAbove.newTop)}`
                      : '',
                  ]
                    .filter(Boolean)
                    .join('; ') || '–'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Heading level={4}>{t('weighing.flipPoints')}</Heading>
      <dl data-testid="flip-points" className="ws-flip-points">
        {s.whatWouldHaveToBeTrue.map((w) => (
          <div key={w.alternativeId}>
            <dt>{names.package(w.alternativeId)}</dt>
            <dd>
              {w.conditions.length === 0 ? (
                t('weighing.flipNever')
              ) : (
                <ul>
                  {w.conditions.map((c) => {
                    const now = s.criteria.find(
                      (x) => x.criterionId === c.criterionId,
                    )?.currentWeight;
                    return (
                      <li key={c.criterionId}>
                        {t('weighing.flipCondition')
                          .replace('{criterion}', names.criterion(c.criterionId))
                          .replace('{from}', now === undefined ? '?' : pct(now))
                          .replace('{to}', pct(c.nearestWeight))
                          .replace('{change}', `${c.change > 0 ? '+' : ''}${pct(c.change)}`)}
                      </li>
                    );
                  })}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The rule "least societal impact among packages that reach the OMT's required effectiveness". */
export function LexicographicView({ r, names }: { r: ApiRankings; names: WeighingNames }) {
  const { t, locale } = useLocale();
  const lex = r.lexicographic;
  if (!lex) return null;
  const num = (x: number) => formatNumber(x, locale, 2);
  return (
    <section aria-labelledby="lexicographic-heading" data-testid="lexicographic">
      <Heading level={4} id="lexicographic-heading">
        {t('weighing.lexicographic')}
      </Heading>
      <Paragraph>{lex.summary}</Paragraph>
      <Paragraph>{t('weighing.qualifying')}:</Paragraph>
      <ol>
        {lex.qualifying.map((e) => (
          <li key={e.alternativeId}>
            {names.package(e.alternativeId)} ({t('weighing.effectiveness')} {num(e.effectiveness)},{' '}
            {t('weighing.societalImpact')} {num(e.societalImpact)})
          </li>
        ))}
      </ol>
      {lex.excluded.length > 0 && (
        <>
          <Paragraph>{t('weighing.excluded')}:</Paragraph>
          <ul>
            {lex.excluded.map((e) => (
              <li key={e.alternativeId}>
                {names.package(e.alternativeId)} ({t('weighing.effectiveness')}{' '}
                {num(e.effectiveness)}, {t('weighing.shortfall')} {num(e.shortfall)})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
