import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Overview } from '@weegschaal/core';
import { Link } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';

export function HomePage() {
  const { t, tDynamic, locale } = useLocale();
  const overview = useApi<Overview>('/overview');

  return (
    <>
      <Heading level={2}>{t('home.title')}</Heading>
      <Paragraph>{t('home.intro')}</Paragraph>
      {overview.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {overview.state === 'error' && (
        <Paragraph role="alert">
          {t('home.error')} {overview.error.message}
        </Paragraph>
      )}
      {overview.state === 'ready' && (
        <>
          <ul className="ws-area-grid" aria-label={t('home.title')}>
            {overview.data.areas.map((area) => (
              <li key={area.area} className="ws-area-card" data-testid={`area-${area.area}`}>
                <Heading level={3} appearance="level-4">
                  <Link href={`/${area.area}`}>{tDynamic(`area.${area.area}`)}</Link>
                </Heading>
                <Paragraph className="ws-status" data-status={area.status}>
                  {tDynamic(`status.${area.status}`)}
                </Paragraph>
                {area.counts.length > 0 && (
                  <dl className="ws-counts">
                    {area.counts.map((count) => (
                      <div key={count.key}>
                        <dt>{tDynamic(`count.${count.key}`)}</dt>
                        <dd>{count.value.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB')}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            ))}
          </ul>
          <dl className="ws-meta">
            <div>
              <dt>{t('home.database')}</dt>
              <dd>
                {overview.data.database.kind === 'pglite'
                  ? 'PGlite (embedded PostgreSQL)'
                  : 'PostgreSQL'}
              </dd>
            </div>
            <div>
              <dt>{t('home.schemaVersion')}</dt>
              <dd>{overview.data.database.schemaVersion ?? '—'}</dd>
            </div>
            {overview.data.demoLoadedAt && (
              <div>
                <dt>{t('home.demoLoadedAt')}</dt>
                <dd>
                  {new Date(overview.data.demoLoadedAt).toLocaleString(
                    locale === 'nl' ? 'nl-NL' : 'en-GB',
                  )}
                </dd>
              </div>
            )}
          </dl>
        </>
      )}
    </>
  );
}
