import { findFundamentalRight } from '@weegschaal/core';
import type { CriteriaNode } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';

/** The criteria tree as nested lists; a value names the rights it rests on. */
export function CriteriaTreeView({ node }: { node: CriteriaNode }) {
  const { t, tDynamic, locale } = useLocale();
  const name = locale === 'nl' ? node.nameNl : node.nameEn;
  if (node.type === 'group')
    return (
      <li>
        <strong>{name}</strong>
        <ul>
          {node.children.map((c) => (
            <CriteriaTreeView key={c.id} node={c} />
          ))}
        </ul>
      </li>
    );
  const rights = node.source.kind === 'value' ? node.source.rightIds : [];
  return (
    <li data-testid={`criterion-${node.id}`}>
      {name} <span className="ws-muted">({node.unit})</span>
      {rights.length > 0 && (
        <>
          {' '}
          — {t('weighing.restsOn')}:{' '}
          {rights
            .map((id) => {
              const right = findFundamentalRight(id);
              return right
                ? `${tDynamic(`instrument.${right.instrument}`)} ${right.article} (${locale === 'nl' ? right.titleNl : right.titleEn})`
                : id;
            })
            .join('; ')}
        </>
      )}
    </li>
  );
}
