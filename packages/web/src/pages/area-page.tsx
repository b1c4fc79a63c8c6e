import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ProductArea } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';

/** An area that has not been built yet says so plainly; it shows no example content. */
export function NotBuiltAreaPage({ area }: { area: ProductArea }) {
  const { t } = useLocale();
  return (
    <>
      <Heading level={2}>{t(`area.${area}`)}</Heading>
      <Paragraph>{t(`area.${area}.intro`)}</Paragraph>
      <Paragraph className="ws-not-built" data-testid="not-built">
        {t('status.notBuiltText')}
      </Paragraph>
    </>
  );
}
