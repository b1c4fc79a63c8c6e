import { useMemo, useState } from 'react';
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Bundle } from '@weegschaal/core';
import { Link, useParams } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { formatNumber } from '../measure-analysis/format.ts';
import { LexicographicView, RankingsView, SensitivityView } from '../weighing/rankings-view.tsx';
import { SmaaView } from '../weighing/smaa-view.tsx';
import { RationaleView } from '../weighing/rationale-view.tsx';
import { WorkingView } from '../weighing/working-view.tsx';
import { weighingNames } from '../weighing/weighing-names.ts';
import type {
  ApiFrameworkDetail,
  ApiRankings,
  ApiRationale,
  ApiSmaa,
} from '../weighing/weighing-types.ts';
import '../weighing/weighing.css';

/** SMAA samples for the page: enough for stable shares, fast enough to wait for. */
const PAGE_SAMPLES = 5000;

/** Rankings under three rules beside the OMT ranking, sensitivity and flip points, SMAA, and the PDF. */
export function FrameworkResultsPage() {
  const { id, weightSetId } = useParams<{ id: string; weightSetId: string }>();
  const { t, tDynamic, locale } = useLocale();
  const detail = useApi<ApiFrameworkDetail>(`/frameworks/${id}`);
  const bundles = useApi<{ items: Bundle[] }>('/bundles');
  const [required, setRequired] = useState('');
  const [basis, setBasis] = useState<'estimate' | 'low'>('estimate');
  const rankings = useApi<ApiRankings>(
    `/frameworks/${id}/rankings?weightSetId=${weightSetId}` +
      (required === '' ? '' : `&requiredEffectiveness=${required}&basis=${basis}`),
  );
  const smaa = useApi<ApiSmaa>(
    `/frameworks/${id}/smaa?weightSetId=${weightSetId}&samples=${PAGE_SAMPLES}`,
  );
  // the same samples and (default) seed as the SMAA section, so its SMAA sentence matches the chart
  const rationale = useApi<ApiRationale>(
    `/frameworks/${id}/rationale?weightSetId=${weightSetId}&samples=${PAGE_SAMPLES}`,
  );
  const names = useMemo(
    () =>
      detail.state === 'ready' && bundles.state === 'ready'
        ? weighingNames(detail.data.framework.tree, bundles.data.items, locale)
        : null,
    [detail, bundles, locale],
  );
  const failed = [detail, rankings, smaa, rationale].find((l) => l.state === 'error');
  if (failed && failed.state === 'error')
    return (
      <Paragraph role="alert">
        {t('weighing.error')} {failed.error.message}
      </Paragraph>
    );
  if (detail.state !== 'ready' || !names)
    return <Paragraph role="status">{t('weighing.loading')}</Paragraph>;
  const framework = detail.data.framework;
  const set = detail.data.weightSets.find((s) => s.id === weightSetId);
  return (
    <>
      <Paragraph>
        <Link href={`/weighing/frameworks/${id}`}>{t('weighing.back')}</Link>
      </Paragraph>
      <Heading level={2}>
        {t('weighing.resultsTitle')}: {locale === 'nl' ? framework.nameNl : framework.nameEn}
      </Heading>
      <Paragraph data-testid="results-version">
        {t('weighing.version')} {framework.version} (
        {tDynamic(`frameworkStatus.${framework.status}`)})
        {set &&
          ` — ${t('weighing.weightSet')}: ${set.label} (${tDynamic(`weightMethod.${set.method}`)}), ${t('weighing.author')}: ${set.author}`}
      </Paragraph>
      {set && set.method === 'ahp' && (
        <Paragraph data-testid="results-cr">
          {t('weighing.cr')}:{' '}
          {formatNumber(
            (set.explanation as { consistency: { cr: number | null } }).consistency.cr ?? 0,
            locale,
            3,
          )}
        </Paragraph>
      )}
      {set?.warnings.map((w) => (
        <Paragraph key={w} className="ws-warning">
          {w}
        </Paragraph>
      ))}
      <PdfDownload
        frameworkId={id}
        weightSetId={weightSetId}
        fileName={`rationale-${framework.code}-v${framework.version}.pdf`}
      />
      <div className="ws-inline-field">
        <label className="utrecht-form-label" htmlFor="required-effectiveness">
          {t('weighing.required')}
        </label>
        <select
          id="required-effectiveness"
          className="utrecht-select utrecht-select--html-select"
          value={required}
          onChange={(e) => setRequired(e.target.value)}
        >
          <option value="">{t('weighing.requiredNone')}</option>
          {['1', '2', '3', '4'].map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
        <label className="utrecht-form-label" htmlFor="required-basis">
          {t('weighing.basis')}
        </label>
        <select
          id="required-basis"
          className="utrecht-select utrecht-select--html-select"
          value={basis}
          onChange={(e) => setBasis(e.target.value as 'estimate' | 'low')}
        >
          <option value="estimate">{t('weighing.basis.estimate')}</option>
          <option value="low">{t('weighing.basis.low')}</option>
        </select>
      </div>
      {rankings.state === 'ready' ? (
        <>
          <RankingsView r={rankings.data} names={names} />
          <LexicographicView r={rankings.data} names={names} />
          <SensitivityView r={rankings.data} names={names} />
          <WorkingView
            r={rankings.data}
            scores={detail.data.scores}
            weightSetLabel={set?.label ?? weightSetId}
            names={names}
          />
        </>
      ) : (
        <Paragraph role="status">{t('weighing.loading')}</Paragraph>
      )}
      {smaa.state === 'ready' ? (
        <SmaaView smaa={smaa.data} names={names} />
      ) : (
        <Paragraph role="status">{t('weighing.loading')}</Paragraph>
      )}
      {rationale.state === 'ready' ? (
        <RationaleView r={rationale.data} names={names} />
      ) : (
        <Paragraph role="status">{t('weighing.loading')}</Paragraph>
      )}
    </>
  );
}

/** The rationale PDF comes by content negotiation, so it is fetched with Accept and saved as a file. */
function PdfDownload({
  frameworkId,
  weightSetId,
  fileName,
}: {
  frameworkId: string;
  weightSetId: string;
  fileName: string;
}) {
  const { t, locale } = useLocale();
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setError(null);
    const response = await fetch(
      `/api/v1/frameworks/${frameworkId}/rationale?weightSetId=${weightSetId}&samples=${PAGE_SAMPLES}&language=${locale}`,
      { headers: { accept: 'application/pdf' } },
    );
    if (!response.ok) {
      setError(response.statusText);
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div className="ws-weighing-section">
      <Button appearance="secondary-action-button" onClick={() => void download()}>
        {t('weighing.downloadPdf')}
      </Button>
      {error && <Paragraph role="alert">{error}</Paragraph>}
    </div>
  );
}
