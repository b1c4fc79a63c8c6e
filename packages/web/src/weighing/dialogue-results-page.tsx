import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import type { EChartsOption } from 'echarts';
import type { Dialogue, DialogueResult, GroupDialogueWeights } from '@weegschaal/core';
import { Link, useParams } from 'wouter';
import { send } from '../auth/api-send.ts';
import { useSession } from '../auth/session-context.tsx';
import { useLocale } from '../i18n/locale-context.tsx';
import { formatNumber } from '../measure-analysis/format.ts';
import { LazyChart } from '../measure-analysis/lazy-chart.tsx';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import type { ApiFrameworkDetail } from './weighing-types.ts';
import { percent } from './weighing-names.ts';
import { criterionLeaves } from '@weegschaal/core';
import './weighing.css';

interface ApiDialogueWeights {
  demo: boolean;
  dialogue: Dialogue;
  result: DialogueResult | null;
  reason: string | null;
}

/** What a dialogue's answers say, per group; for the MIT, who may turn it into weights. */
export function DialogueResultsPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useLocale();
  const [weights, reload] = useReloadableApi<ApiDialogueWeights>(`/dialogues/${id}/weights`);
  if (weights.state === 'loading')
    return <Paragraph role="status">{t('dialogue.loading')}</Paragraph>;
  if (weights.state === 'error')
    return (
      <Paragraph role="alert">
        {t('dialogue.error')} {weights.error.message}
      </Paragraph>
    );
  return <DialogueResults data={weights.data} onChanged={reload} />;
}

function DialogueResults({ data, onChanged }: { data: ApiDialogueWeights; onChanged: () => void }) {
  const { t, locale } = useLocale();
  const { can } = useSession();
  const { dialogue, result } = data;
  const [framework] = useReloadableApi<ApiFrameworkDetail>(`/frameworks/${dialogue.frameworkId}`);
  const names = useMemo(
    () =>
      new Map(
        framework.state === 'ready'
          ? criterionLeaves(framework.data.framework.tree).map((l) => [
              l.id,
              locale === 'nl' ? l.nameNl : l.nameEn,
            ])
          : [],
      ),
    [framework, locale],
  );
  const name = (criterionId: string) => names.get(criterionId) ?? criterionId;
  const groupName = (code: string) => {
    if (code === 'all') return t('dialogue.everyone');
    const g = dialogue.groups.find((x) => x.code === code);
    return g ? (locale === 'nl' ? g.nameNl : g.nameEn) : code;
  };
  const rows: GroupDialogueWeights[] = result ? [...result.groups, result.overall] : [];
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 90 },
      xAxis: {
        type: 'category',
        data: dialogue.criterionIds.map(name),
        axisLabel: { interval: 0, rotate: 20 },
      },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      series: rows.map((g) => ({
        name: groupName(g.groupCode),
        type: 'bar' as const,
        data: g.weights ?? dialogue.criterionIds.map(() => 0),
      })),
    }),
    // name and groupName follow from names and locale
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, names, locale],
  );
  const setStatus = async (status: 'open' | 'closed') => {
    await send('PUT', `/dialogues/${dialogue.id}/status`, { status });
    onChanged();
  };

  return (
    <>
      <Paragraph>
        <Link href={`/weighing/frameworks/${dialogue.frameworkId}`}>
          {t('dialogue.toFramework')}
        </Link>
      </Paragraph>
      <Heading level={2}>{locale === 'nl' ? dialogue.titleNl : dialogue.titleEn}</Heading>
      <Paragraph data-testid="dialogue-summary">
        {dialogue.participants} {t('dialogue.participants')} —{' '}
        {t(`dialogue.status.${dialogue.status}`)}
        {data.demo ? ` (${t('demo.label')})` : ''}
      </Paragraph>
      {can('dialogues:manage') && (
        <Button
          appearance="secondary-action-button"
          onClick={() => void setStatus(dialogue.status === 'open' ? 'closed' : 'open')}
        >
          {dialogue.status === 'open' ? t('dialogue.close') : t('dialogue.reopen')}
        </Button>
      )}
      <section aria-labelledby="dialogue-results-heading">
        <Heading level={3} id="dialogue-results-heading">
          {t('dialogue.resultsTitle')}
        </Heading>
        <Paragraph>{t('dialogue.resultsIntro')}</Paragraph>
        {!result ? (
          <Paragraph role="status">{t('dialogue.noAnswers')}</Paragraph>
        ) : (
          <>
            <LazyChart option={option} height={360} label={t('dialogue.chartLabel')} />
            <div className="ws-table-scroll">
              <Table data-testid="dialogue-weights">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('dialogue.groupCol')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('dialogue.participantsCol')}</TableHeaderCell>
                    {dialogue.criterionIds.map((c) => (
                      <TableHeaderCell key={c} scope="col">
                        {name(c)}
                      </TableHeaderCell>
                    ))}
                    <TableHeaderCell scope="col">{t('dialogue.fit')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((g) => (
                    <TableRow key={g.groupCode}>
                      <TableHeaderCell scope="row">{groupName(g.groupCode)}</TableHeaderCell>
                      <TableCell>{g.participants}</TableCell>
                      {g.weights ? (
                        g.weights.map((w, k) => <TableCell key={k}>{percent(w, locale)}</TableCell>)
                      ) : (
                        <TableCell colSpan={dialogue.criterionIds.length}>
                          {t('dialogue.notConnected')}
                        </TableCell>
                      )}
                      <TableCell>
                        {g.logResidualRms === null
                          ? '–'
                          : formatNumber(g.logResidualRms, locale, 3)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <Heading level={4}>{t('dialogue.dilemmaTable')}</Heading>
            <div className="ws-table-scroll">
              <Table data-testid="dialogue-dilemmas">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('dialogue.dilemma')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('dialogue.shareA')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('dialogue.shareEqual')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('dialogue.shareB')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('dialogue.disagreement')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {result.overall.dilemmas.map((s) => {
                    const x = dialogue.dilemmas.find((dd) => dd.id === s.dilemmaId)!;
                    return (
                      <TableRow key={s.dilemmaId}>
                        <TableHeaderCell scope="row">
                          {name(x.criterionA)} / {name(x.criterionB)}
                        </TableHeaderCell>
                        <TableCell>{percent(s.shareA, locale)}</TableCell>
                        <TableCell>{percent(s.shareEqual, locale)}</TableCell>
                        <TableCell>{percent(s.shareB, locale)}</TableCell>
                        <TableCell>{formatNumber(s.disagreement, locale, 2)}</TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          </>
        )}
      </section>
      {result && can('frameworks:write') && framework.state === 'ready' && (
        <ApplyForm
          dialogue={dialogue}
          detail={framework.data}
          groups={rows
            .filter((g) => g.weights)
            .map((g) => ({ code: g.groupCode, name: groupName(g.groupCode) }))}
        />
      )}
    </>
  );
}

function ApplyForm({
  dialogue,
  detail,
  groups,
}: {
  dialogue: Dialogue;
  detail: ApiFrameworkDetail;
  groups: { code: string; name: string }[];
}) {
  const { t } = useLocale();
  const [group, setGroup] = useState(groups[0]?.code ?? '');
  const [base, setBase] = useState(detail.weightSets[0]?.id ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const made = await send<{ label: string }>('POST', `/dialogues/${dialogue.id}/weight-sets`, {
        groupCode: group,
        baseWeightSetId: base,
      });
      setMessage({ ok: true, text: `${t('dialogue.applied')} ${made.label}` });
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  };
  return (
    <section aria-labelledby="dialogue-apply-heading">
      <Heading level={3} id="dialogue-apply-heading">
        {t('dialogue.apply')}
      </Heading>
      <Paragraph>{t('dialogue.applyIntro')}</Paragraph>
      {detail.framework.status !== 'draft' || detail.weightSets.length === 0 ? (
        <Paragraph>{t('dialogue.applyDraftOnly')}</Paragraph>
      ) : (
        <form onSubmit={submit}>
          <div className="ws-field">
            <label className="utrecht-form-label" htmlFor="dialogue-apply-group">
              {t('dialogue.groupCol')}
            </label>
            <select
              id="dialogue-apply-group"
              className="utrecht-select utrecht-select--html-select"
              value={group}
              onChange={(e) => setGroup(e.target.value)}
            >
              {groups.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
          <div className="ws-field">
            <label className="utrecht-form-label" htmlFor="dialogue-apply-base">
              {t('dialogue.baseSet')}
            </label>
            <select
              id="dialogue-apply-base"
              className="utrecht-select utrecht-select--html-select"
              value={base}
              onChange={(e) => setBase(e.target.value)}
            >
              {detail.weightSets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" appearance="primary-action-button">
            {t('dialogue.applyButton')}
          </Button>
          {message && <Paragraph role={message.ok ? 'status' : 'alert'}>{message.text}</Paragraph>}
        </form>
      )}
    </section>
  );
}
