import { Link, useLocation } from 'wouter';
import type { MessageKey, Permission } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';

// absolute paths ("~"): the signals pages sit in a nested route, the alerts pages do not
const ITEMS: readonly { path: string; label: MessageKey; needs: Permission }[] = [
  { path: '/signals', label: 'signals.nav.overview', needs: 'signal-counts:read' },
  { path: '/signals/new', label: 'signals.nav.new', needs: 'signals:create' },
  { path: '/signals/triage', label: 'signals.nav.triage', needs: 'signals:triage' },
  { path: '/signals/alerts', label: 'alerts.title', needs: 'alerts:read' },
  {
    path: '/signals/enforcement-capacities',
    label: 'enforcement.title',
    needs: 'enforcement-capacities:read',
  },
];

/** The signals area's own navigation, alerts and enforcement register included: only what this role may open. */
export function SignalsNav() {
  const { t } = useLocale();
  const { can } = useSession();
  // re-render on navigation; compare against the full path, which nesting would shorten
  useLocation();
  const here = window.location.pathname.replace(/\/$/, '') || '/';
  const items = ITEMS.filter((i) => can(i.needs));
  // a reporter has one page here: a menu of one link would only add noise
  if (items.length < 2) return null;
  return (
    <nav aria-label={t('signals.nav.label')} className="ws-subnav">
      <ul>
        {items.map((i) => (
          <li key={i.path}>
            <Link href={`~${i.path}`} aria-current={here === i.path ? 'page' : undefined}>
              {t(i.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
