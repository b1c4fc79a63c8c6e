import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';
import type { ScrubReport } from './signals-types.ts';

/** What the scrubber removed before storage: kinds and counts, never the values themselves. */
export function ScrubSummary({ report }: { report: ScrubReport }) {
  const { t } = useLocale();
  if (report.total === 0)
    return <Paragraph data-testid="scrub-report">{t('signals.scrub.none')}</Paragraph>;
  return (
    <div data-testid="scrub-report">
      <Paragraph>{fill(t('signals.scrub.removed'), { count: report.total })}</Paragraph>
      <ul>
        {report.masked.map((m) => (
          <li key={m.kind} data-testid={`scrubbed-${m.kind}`}>
            {t(`signals.pii.${m.kind}`)}: {m.count}
          </li>
        ))}
      </ul>
    </div>
  );
}
