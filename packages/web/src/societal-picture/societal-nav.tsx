import { Link, useLocation } from 'wouter';
import type { MessageKey } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';

// paths inside the nested /societal-picture route
const ITEMS: readonly [string, MessageKey][] = [
  ['/', 'sp.nav.society'],
  ['/epidemic', 'sp.nav.epidemic'],
  ['/support-compliance', 'sp.nav.support'],
  ['/regions', 'sp.nav.regions'],
  ['/composite-indices', 'ci.nav'],
  ['/imports', 'imports.upload.batches.title'],
];

/** Links between the parts of the societal picture. */
export function SocietalNav() {
  const { t } = useLocale();
  const [location] = useLocation();
  return (
    <nav aria-label={t('sp.nav')} className="ws-sp-nav">
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
