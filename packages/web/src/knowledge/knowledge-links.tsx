import { Link } from 'wouter';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { KnowledgeLink } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';

function href(link: KnowledgeLink): string {
  const target = link.target;
  switch (target.type) {
    case 'measure':
      return '/measures';
    case 'fiche':
      return `/measures/fiches/${encodeURIComponent(target.measureCode)}/${target.level}`;
    case 'advice-request':
      return `/advice/requests/${target.id}`;
    case 'advisory-report':
      return '/advice';
    default: {
      const unreachable: never = target;
      throw new Error(`unknown link ${JSON.stringify(unreachable)}`);
    }
  }
}

/** What a knowledge item refers to: measures, fiche versions, requests and advice. */
export function KnowledgeLinks({ links }: { links: KnowledgeLink[] }) {
  const { t, tDynamic } = useLocale();
  if (links.length === 0) return <Paragraph>{t('knowledge.links.none')}</Paragraph>;
  return (
    <ul data-testid="knowledge-links">
      {links.map((link, i) => (
        <li key={i}>
          <Link href={href(link)}>
            {link.target.type === 'fiche'
              ? fill(t('knowledge.link.fiche'), {
                  measure: link.label,
                  level: link.target.level,
                  version: link.target.version,
                })
              : `${tDynamic(`knowledge.link.${link.target.type}`)}: ${link.label}`}
          </Link>
        </li>
      ))}
    </ul>
  );
}
