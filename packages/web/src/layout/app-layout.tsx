import type { MouseEvent, ReactNode } from 'react';
import { useLocation } from 'wouter';
import {
  Alert,
  Button,
  Footer,
  Heading,
  NavBar,
  Paragraph,
  SkipLink,
} from '@rijkshuisstijl-community/components-react';
import { PRODUCT_AREAS } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { useApi } from '../api/api-client.ts';
import type { Overview } from '@weegschaal/core';
import { useSession } from '../auth/session-context.tsx';

export function AppLayout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useLocale();
  const [location, navigate] = useLocation();
  const overview = useApi<Overview>('/overview');
  const { session } = useSession();
  const demo = overview.state === 'ready' && overview.data.demo;

  // NavBar renders plain links; keep navigation inside the single-page app
  const onNavClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor || anchor.origin !== window.location.origin || event.metaKey || event.ctrlKey)
      return;
    if (anchor.pathname.startsWith('/api/')) return;
    event.preventDefault();
    navigate(anchor.pathname);
  };

  const items = [
    { id: 'home', label: t('app.name'), href: '/', bold: true },
    ...PRODUCT_AREAS.map((area) => ({
      id: area,
      label: t(`area.${area}`),
      href: `/${area}`,
      'aria-current': location === `/${area}` ? ('page' as const) : undefined,
    })),
  ];

  return (
    <>
      <SkipLink href="#main-content">{t('layout.skipLink')}</SkipLink>
      <header className="ws-header">
        <div className="ws-header__inner">
          <div>
            <Heading level={1} appearance="level-3" className="ws-header__title">
              {t('app.name')}
            </Heading>
            <Paragraph className="ws-header__tagline">{t('app.tagline')}</Paragraph>
          </div>
          <a
            href="/login"
            className="ws-header__login"
            data-testid="session-link"
            onClick={(e) => {
              e.preventDefault();
              navigate('/login');
            }}
          >
            {session ? `${session.user.displayName} (${t('auth.logout')})` : t('layout.login')}
          </a>
          <Button
            appearance="secondary-action-button"
            lang={locale === 'nl' ? 'en' : 'nl'}
            aria-label={t('layout.switchToLabel')}
            onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}
            data-testid="language-switch"
          >
            {t('layout.switchTo')}
          </Button>
        </div>
      </header>
      <nav aria-label={t('layout.mainNav')} onClick={onNavClick} className="ws-nav">
        <NavBar items={items} />
      </nav>
      {demo && (
        <div className="ws-demo-banner" data-testid="demo-banner">
          <Alert type="warning">
            <Paragraph>{t('demo.banner')}</Paragraph>
          </Alert>
        </div>
      )}
      <div className="ws-page">
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer background="primary-filled">
        <Paragraph>
          {t('layout.footer')}{' '}
          <a href="/api/v1/docs" className="ws-footer-link">
            {t('layout.apiDocs')}
          </a>
        </Paragraph>
      </Footer>
    </>
  );
}
