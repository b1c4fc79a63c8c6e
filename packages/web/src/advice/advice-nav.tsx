import { Link } from 'wouter';
import type { Permission } from '@weegschaal/core';
import type { MessageKey } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import './advice.css';

const LINKS: { href: string; label: MessageKey; needs: Permission | null }[] = [
  { href: '/advice', label: 'advice.nav.requests', needs: 'advice-requests:read' },
  { href: '/advice/calendar', label: 'advice.nav.calendar', needs: 'calendar:read' },
  { href: '/advice/consents', label: 'advice.nav.consents', needs: 'consents:read' },
  { href: '/advice/publications', label: 'advice.nav.publications', needs: null },
  { href: '/advice/audit', label: 'advice.nav.audit', needs: 'audit-events:read' },
];

/** The advice area's own navigation: only what this role may open. */
export function AdviceNav({ current }: { current: string }) {
  const { t } = useLocale();
  const { can } = useSession();
  return (
    <nav aria-label={t('advice.nav.label')} className="ws-subnav">
      <ul>
        {LINKS.filter((l) => l.needs === null || can(l.needs)).map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={current === l.href ? 'page' : undefined}>
              {t(l.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
