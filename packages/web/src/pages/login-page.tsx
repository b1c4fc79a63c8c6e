import { useState } from 'react';
import { useLocation } from 'wouter';
import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Overview } from '@weegschaal/core';
import { DEMO_PASSWORD } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { useApi } from '../api/api-client.ts';
import '../advice/advice.css';

export function LoginPage() {
  const { t, tDynamic } = useLocale();
  const { session, login, logout } = useSession();
  const [, navigate] = useLocation();
  const overview = useApi<Overview>('/overview');
  const options = useApi<{ oidc: { label: string; startUrl: string } | null }>('/login-options');
  // an identity-provider login that failed comes back here with ?error=
  const returned = new URLSearchParams(window.location.search).get('error');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session) {
    return (
      <>
        <Heading level={2}>{t('auth.title')}</Heading>
        <Paragraph data-testid="logged-in-as">
          {t('auth.loggedInAs')} <strong>{session.user.displayName}</strong> (
          {tDynamic(`role.${session.user.role}`)}
          {session.user.department ? `, ${session.user.department}` : ''})
        </Paragraph>
        <Button appearance="secondary-action-button" onClick={() => void logout()}>
          {t('auth.logout')}
        </Button>
      </>
    );
  }

  return (
    <>
      <Heading level={2}>{t('auth.title')}</Heading>
      <form
        className="ws-form"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          login(username, password)
            .then((signedIn) =>
              // a practice-circle reporter comes to report; everyone else to the advice cycle
              navigate(
                signedIn.user.role === 'practice-circle-reporter' ? '/signals/new' : '/advice',
              ),
            )
            .catch((err: Error) => setError(err.message))
            .finally(() => setBusy(false));
        }}
      >
        <div role="alert">
          {(error ?? returned) && (
            <Alert type="error">
              <Paragraph>{error ?? tDynamic(`auth.error.${returned}`)}</Paragraph>
            </Alert>
          )}
        </div>
        <div className="ws-field">
          <label htmlFor="login-username" className="utrecht-form-label">
            {t('auth.username')}
          </label>
          <input
            id="login-username"
            name="username"
            autoComplete="username"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </div>
        <div className="ws-field">
          <label htmlFor="login-password" className="utrecht-form-label">
            {t('auth.password')}
          </label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </div>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('auth.login')}
        </Button>
      </form>
      {options.state === 'ready' && options.data.oidc && (
        <Paragraph>
          <a
            href={options.data.oidc.startUrl}
            className="utrecht-button-link utrecht-button-link--secondary-action"
          >
            {options.data.oidc.label}
          </a>
        </Paragraph>
      )}
      {overview.state === 'ready' && overview.data.demo && (
        <Paragraph className="ws-hint" data-testid="demo-accounts">
          {t('auth.demoAccounts')} <code>{DEMO_PASSWORD}</code> ({t('demo.label')})
        </Paragraph>
      )}
    </>
  );
}
