import { Link, useLocation } from 'wouter';
import { useLocale } from '../i18n/locale-context.tsx';
import type { MessageKey } from '@weegschaal/core';

const ITEMS: readonly [string, MessageKey][] = [
  ['/measures', 'analysis.catalogue'],
  ['/measures/fiches', 'analysis.fiches'],
  ['/measures/impact-ladder', 'analysis.ladder'],
  ['/measures/matrix', 'analysis.matrix'],
  ['/measures/bundles', 'analysis.bundles'],
];

/** Links between the parts of the measures area. */
export function AnalysisNav() {
  const { t } = useLocale();
  const [location] = useLocation();
  return (
    <nav aria-label={t('analysis.nav')} className="ws-analysis-nav ws-no-print">
      <ul>
        {ITEMS.map(([href, key]) => (
          <li key={href}>
            <Link href={href} aria-current={location === href ? 'page' : undefined}>
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
