import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Measure } from '@weegschaal/core';
import { Link, useParams, useSearch } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { measureNames } from '../measure-analysis/analysis-api.ts';
import type { ApiFiche } from '../measure-analysis/analysis-types.ts';
import { FicheView } from '../measure-analysis/fiche-view.tsx';
import { fill, formatDate } from '../measure-analysis/format.ts';
import { defaultVersion } from './fiche-page.tsx';
import '../measure-analysis/measure-analysis.css';

/**
 * A fiche laid out as a government factsheet: a coloured band with the issuer, the title,
 * the facts of the version, then the content. The print style sheet hides the app around it.
 */
export function FichePrintPage() {
  const { t, tDynamic, locale } = useLocale();
  const params = useParams<{ measureCode: string; level: string }>();
  const search = new URLSearchParams(useSearch());
  const fiche = useApi<ApiFiche>(`/fiches/${params.measureCode}/${params.level}`);
  const measures = useApi<{ items: Measure[] }>('/measures');
  if (fiche.state !== 'ready' || measures.state !== 'ready')
    return (
      <Paragraph role={fiche.state === 'error' ? 'alert' : 'status'}>
        {fiche.state === 'error' ? t('analysis.error') : t('analysis.loading')}
      </Paragraph>
    );
  const wanted = Number(search.get('version') ?? defaultVersion(fiche.data.versions));
  const version =
    fiche.data.versions.find((v) => v.version === wanted) ?? fiche.data.versions.at(-1);
  if (!version) return null;
  const names = measureNames(measures.data.items, locale);
  const level = Number(params.level);

  return (
    <article className="ws-factsheet" data-testid="factsheet">
      <div className="ws-actions ws-no-print">
        <Link href={`/measures/fiches/${params.measureCode}/${params.level}`}>
          {t('fiche.back')}
        </Link>
        <Button appearance="primary-action-button" onClick={() => window.print()}>
          {t('fiche.printNow')}
        </Button>
      </div>
      <header className="ws-factsheet__band">
        <span className="ws-factsheet__issuer">{t('fiche.issuer')}</span>
        <span className="ws-factsheet__kind">{t('fiche.factsheet')}</span>
      </header>
      <h2 className="ws-factsheet__title">
        {names.measure(params.measureCode)}
        <span className="ws-factsheet__subtitle">
          {t('analysis.level')} {level}: {names.level(params.measureCode, level)}
        </span>
      </h2>
      <dl className="ws-factsheet__facts">
        <div>
          <dt>{t('fiche.version')}</dt>
          <dd>
            {version.version} ({tDynamic(`ficheStatus.${version.status}`)})
          </dd>
        </div>
        <div>
          <dt>{t('fiche.at')}</dt>
          <dd>
            {fill(t('fiche.createdBy'), {
              author: version.author,
              date: formatDate(version.createdAt, locale),
            })}
          </dd>
        </div>
        {version.demo && (
          <div className="ws-factsheet__demo">
            <dt>{t('demo.label')}</dt>
            <dd>{t('demo.banner')}</dd>
          </div>
        )}
      </dl>
      <FicheView content={version.content} headingLevel={3} />
    </article>
  );
}
