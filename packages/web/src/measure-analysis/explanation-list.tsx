import { Heading } from '@rijkshuisstijl-community/components-react';
import { useLocale } from '../i18n/locale-context.tsx';

/** The engine's own account of its working, as the API returns it. */
export function ExplanationList({ lines }: { lines: string[] }) {
  const { t } = useLocale();
  return (
    <section className="ws-explanation">
      <Heading level={3}>{t('analysis.explanation')}</Heading>
      {/* the engines explain themselves in English */}
      <ol lang="en">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </section>
  );
}
