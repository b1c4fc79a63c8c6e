import { Link, useLocation } from 'wouter';
import type { MessageKey, Permission } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';

// paths inside the nested /signals route
const ITEMS: readonly { href: string; label: MessageKey; needs: Permission }[] = [
  { href: '/', label: 'signals.nav.overview', needs: 'signal-counts:read' },
  { href: '/new', label: 'signals.nav.new', needs: 'signals:create' },
  { href: '/triage', label: 'signals.nav.triage', needs: 'signals:triage' },
];

/** The signals area's own navigation: only what this role may open. */
export function SignalsNav() {
  const { t } = useLocale();
  const { can } = useSession();
  const [location] = useLocation();
  const items = ITEMS.filter((i) => can(i.needs));
  // a reporter has one page here: a menu of one link would only add noise
  if (items.length < 2) return null;
  return (
    <nav aria-label={t('signals.nav.label')} className="ws-subnav">
      <ul>
        {items.map((i) => (
          <li key={i.href}>
            <Link href={i.href} aria-current={location === i.href ? 'page' : undefined}>
              {t(i.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
