import { Link } from 'wouter';
import type { MessageKey, Permission } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import '../advice/advice.css';
import './readiness.css';

const LINKS: { href: string; label: MessageKey; needs: Permission }[] = [
  { href: '/readiness', label: 'readiness.nav.overview', needs: 'readiness:read' },
  {
    href: '/readiness/organisation',
    label: 'readiness.nav.organisation',
    needs: 'organisation:read',
  },
  { href: '/readiness/experts', label: 'readiness.nav.experts', needs: 'experts:read' },
  { href: '/readiness/drills', label: 'readiness.nav.drills', needs: 'activations:read' },
  { href: '/readiness/knowledge', label: 'knowledge.nav.label', needs: 'knowledge:read' },
];

/** The readiness area's own navigation: only what this role may open. */
export function ReadinessNav({ current }: { current: string }) {
  const { t } = useLocale();
  const { can } = useSession();
  return (
    <nav aria-label={t('readiness.nav.label')} className="ws-subnav">
      <ul>
        {LINKS.filter((l) => can(l.needs)).map((l) => (
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
