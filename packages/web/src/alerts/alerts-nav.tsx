import { Link, useLocation } from 'wouter';
import type { MessageKey, Permission } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import './alerts.css';
import { useSession } from '../auth/session-context.tsx';

const ITEMS: readonly { href: string; label: MessageKey; needs: Permission }[] = [
  { href: '/signals', label: 'signals.nav.overview', needs: 'signal-counts:read' },
  { href: '/signals/alerts', label: 'alerts.title', needs: 'alerts:read' },
  {
    href: '/signals/enforcement-capacities',
    label: 'enforcement.title',
    needs: 'enforcement-capacities:read',
  },
];

/** Between the signals overview, the alerts and the enforcement register: what this role may open. */
export function AlertsNav() {
  const { t } = useLocale();
  const { can } = useSession();
  const [location] = useLocation();
  const items = ITEMS.filter((i) => can(i.needs));
  if (items.length === 0) return null;
  return (
    <nav aria-label={t('alerts.nav.label')} className="ws-subnav">
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
