import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from 'wouter';
import { useLocale } from '../i18n/locale-context.tsx';

export function NotFoundPage() {
  const { t } = useLocale();
  return (
    <>
      <Heading level={2}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <Link href="/">{t('notFound.home')}</Link>
      </Paragraph>
    </>
  );
}
