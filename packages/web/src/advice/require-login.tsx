import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Permission } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';

/** Shows the children only to a role with the permission; says plainly why not otherwise. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  const { t } = useLocale();
  const { session, can } = useSession();
  if (session === undefined) return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  if (session === null) {
    return (
      <Paragraph data-testid="login-needed">
        {t('auth.needed')} <Link href="/login">{t('auth.login')}</Link>
      </Paragraph>
    );
  }
  if (!can(permission))
    return <Paragraph data-testid="not-allowed">{t('auth.notAllowed')}</Paragraph>;
  return <>{children}</>;
}
