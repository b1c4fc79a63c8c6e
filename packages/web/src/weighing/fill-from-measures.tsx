import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { ficheId, scoresFromMeasures } from '@weegschaal/core';
import type { CriteriaGroup } from '@weegschaal/core';
import { getJson, useApi } from '../api/api-client.ts';
import { send } from '../auth/api-send.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import type {
  ApiBundleAnalysis,
  ApiFicheList,
  ApiScenarios,
} from '../measure-analysis/analysis-types.ts';

/**
 * Scores a draft's packages from the measures data: the OMT estimate in the chosen scenario
 * and the cumulative harm from the members' adopted fiches, each cell citing its source.
 * Value criteria stay for the user to judge, with a written rationale.
 */
export function FillFromMeasures({
  frameworkId,
  tree,
  packageCodes,
  onSaved,
}: {
  frameworkId: string;
  tree: CriteriaGroup;
  packageCodes: readonly string[];
  onSaved: () => void;
}) {
  const { t, locale } = useLocale();
  const scenarios = useApi<ApiScenarios>('/scenarios');
  const [scenario, setScenario] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen =
    scenario || (scenarios.state === 'ready' ? (scenarios.data.items[0]?.code ?? '') : '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const fiches = await getJson<ApiFicheList>('/fiches');
      const adopted = new Map(
        fiches.items.flatMap((f) =>
          f.adoptedVersion === null ? [] : [[ficheId(f), f.adoptedVersion] as const],
        ),
      );
      const analyses = await Promise.all(
        packageCodes.map((code) => getJson<ApiBundleAnalysis>(`/bundles/${code}`)),
      );
      const cells = scoresFromMeasures(
        tree,
        analyses.map((a) => ({
          packageCode: a.bundle.code,
          analysis: a,
          memberFiches: a.bundle.members.flatMap((m) => {
            const version = adopted.get(ficheId(m));
            return version === undefined ? [] : [{ id: ficheId(m), version }];
          }),
        })),
        chosen,
      );
      await send('PUT', `/frameworks/${frameworkId}/scores`, {
        // optional rather than null in the API: leave the range out where there is none
        cells: cells.map(({ low, high, ...c }) =>
          low === null || high === null ? c : { ...c, low, high },
        ),
      });
      setMessage({ ok: true, text: t('weighing.filled').replace('{n}', String(cells.length)) });
      onSaved();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="ws-panel ws-weighing-section"
      aria-labelledby="fill-heading"
      data-testid="fill-form"
    >
      <Heading level={3} id="fill-heading">
        {t('weighing.fill')}
      </Heading>
      <Paragraph>{t('weighing.fillIntro')}</Paragraph>
      {scenarios.state === 'ready' && (
        <div className="ws-inline-field">
          <label className="utrecht-form-label" htmlFor="fill-scenario">
            {t('weighing.scenario')}
          </label>
          <select
            id="fill-scenario"
            className="utrecht-select utrecht-select--html-select"
            value={chosen}
            onChange={(e) => setScenario(e.target.value)}
          >
            {scenarios.data.items.map((s) => (
              <option key={s.code} value={s.code}>
                {locale === 'nl' ? s.nameNl : s.nameEn}
              </option>
            ))}
          </select>
        </div>
      )}
      {message && <Paragraph role={message.ok ? 'status' : 'alert'}>{message.text}</Paragraph>}
      <Button type="submit" appearance="secondary-action-button" disabled={busy || !chosen}>
        {t('weighing.fillButton')}
      </Button>
    </form>
  );
}
