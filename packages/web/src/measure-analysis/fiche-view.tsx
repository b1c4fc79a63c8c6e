import {
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import {
  IMPACT_TARGET_KINDS,
  RIGHTS_INSTRUMENT_INFO,
  findFundamentalRight,
} from '@weegschaal/core';
import type { FicheContent, FicheImpact, MessageKey } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { signed } from './format.ts';

const KIND_HEADINGS: Record<FicheImpact['target']['kind'], MessageKey> = {
  domain: 'ladder.domains',
  group: 'ladder.groups',
  sector: 'ladder.sectors',
};

function Score({ value }: { value: number }) {
  const { tDynamic } = useLocale();
  return (
    <span className="ws-score" data-sign={value < 0 ? 'negative' : value > 0 ? 'positive' : 'zero'}>
      {signed(value)}
      <span className="ws-visually-hidden"> ({tDynamic(`impactScore.${value}`)})</span>
    </span>
  );
}

/** The content of one fiche version: impacts per domain, group and sector, and rights. */
export function FicheView({
  content,
  headingLevel,
}: {
  content: FicheContent;
  headingLevel: 2 | 3;
}) {
  const { t, tDynamic, locale } = useLocale();
  const sub = (headingLevel + 1) as 3 | 4;
  return (
    <div className="ws-fiche">
      <Heading level={headingLevel}>{t('fiche.summary')}</Heading>
      <Paragraph>{content.summary}</Paragraph>

      <Heading level={headingLevel}>{t('fiche.impacts')}</Heading>
      <Paragraph className="ws-note">{t('fiche.scale')}</Paragraph>
      {IMPACT_TARGET_KINDS.map((kind) => {
        const impacts = content.impacts.filter((i) => i.target.kind === kind);
        if (impacts.length === 0) return null;
        return (
          <section key={kind}>
            <Heading level={sub}>{t(KIND_HEADINGS[kind])}</Heading>
            <Table className="ws-impact-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('fiche.target')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('fiche.shortTerm')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('fiche.longTerm')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('fiche.evidence')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('fiche.explanationCol')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {impacts.map((impact) => (
                  <TableRow key={`${impact.target.kind}:${impact.target.code}`}>
                    <TableHeaderCell scope="row">
                      {tDynamic(`${impact.target.kind}.${impact.target.code}`)}
                    </TableHeaderCell>
                    <TableCell>
                      <Score value={impact.shortTerm} />
                    </TableCell>
                    <TableCell>
                      <Score value={impact.longTerm} />
                    </TableCell>
                    <TableCell>
                      {tDynamic(`evidence.${impact.evidence}`)}
                      <br />
                      {tDynamic(`uncertainty.${impact.uncertainty}`)}
                    </TableCell>
                    <TableCell>
                      {impact.explanation}
                      {impact.sources.length > 0 && (
                        <div className="ws-fiche__sub">
                          <strong>{t('fiche.sources')}:</strong>{' '}
                          {impact.sources.map((s, i) => (
                            <span key={i}>
                              {i > 0 && '; '}
                              {s.url ? <Link href={s.url}>{s.citation}</Link> : s.citation}
                            </span>
                          ))}
                        </div>
                      )}
                      {impact.mitigations.length > 0 && (
                        <div className="ws-fiche__sub">
                          <strong>{t('fiche.mitigations')}:</strong> {impact.mitigations.join(' ')}
                        </div>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        );
      })}

      <Heading level={headingLevel}>{t('fiche.rights')}</Heading>
      {content.rights.length === 0 ? (
        <Paragraph>{t('fiche.noRights')}</Paragraph>
      ) : (
        <ul className="ws-rights">
          {content.rights.map((r) => {
            const right = findFundamentalRight(r.rightId);
            const instrument = RIGHTS_INSTRUMENT_INFO.find(
              (i) => i.instrument === right?.instrument,
            );
            return (
              <li key={r.rightId}>
                <strong>
                  {right
                    ? `${tDynamic(`instrument.${right.instrument}`)} ${t('fiche.article')} ${right.article}`
                    : r.rightId}
                </strong>
                {right && ` – ${locale === 'nl' ? right.titleNl : right.titleEn}`}
                {instrument && (
                  <>
                    {' '}
                    (
                    <Link href={instrument.url}>
                      {locale === 'nl' ? instrument.nameNl : instrument.nameEn}
                    </Link>
                    )
                  </>
                )}
                : {r.note}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
