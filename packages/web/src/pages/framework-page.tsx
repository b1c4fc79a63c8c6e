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
import { criterionLeaves } from '@weegschaal/core';
import type { Bundle, FrameworkRecord } from '@weegschaal/core';
import { Link, useLocation, useParams } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { send } from '../auth/api-send.ts';
import { useSession } from '../auth/session-context.tsx';
import { useLocale } from '../i18n/locale-context.tsx';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { CriteriaTreeView } from '../weighing/criteria-tree-view.tsx';
import { ScoreTable } from '../weighing/score-table.tsx';
import { DialogueSection } from '../weighing/dialogue-section.tsx';
import { FillFromMeasures } from '../weighing/fill-from-measures.tsx';
import { AhpForm, SwingForm } from '../weighing/weigh-forms.tsx';
import { percent, weighingNames } from '../weighing/weighing-names.ts';
import type { WeighingNames } from '../weighing/weighing-names.ts';
import type { ApiFrameworkDetail } from '../weighing/weighing-types.ts';
import '../weighing/weighing.css';

/** One framework version: its criteria, scores with sources, weight sets, and (for the MIT) editing. */
export function FrameworkPage() {
  const { id } = useParams<{ id: string }>();
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const [, navigate] = useLocation();
  const [detail, reload] = useReloadableApi<ApiFrameworkDetail>(`/frameworks/${id}`);
  const bundles = useApi<{ items: Bundle[] }>('/bundles');
  const names = useMemo(
    () =>
      detail.state === 'ready' && bundles.state === 'ready'
        ? weighingNames(detail.data.framework.tree, bundles.data.items, locale)
        : null,
    [detail, bundles, locale],
  );
  if (detail.state === 'loading' || (detail.state === 'ready' && !names))
    return <Paragraph role="status">{t('weighing.loading')}</Paragraph>;
  if (detail.state === 'error')
    return (
      <Paragraph role="alert">
        {t('weighing.error')} {detail.error.message}
      </Paragraph>
    );
  const { framework, scores } = detail.data;
  const n = names!;
  const writable = can('frameworks:write');
  const isDraft = framework.status === 'draft';
  return (
    <>
      <Paragraph>
        <Link href="/weighing">{t('weighing.toList')}</Link>
      </Paragraph>
      <Heading level={2}>{locale === 'nl' ? framework.nameNl : framework.nameEn}</Heading>
      <Paragraph data-testid="framework-version">
        {t('weighing.version')} {framework.version} (
        {tDynamic(`frameworkStatus.${framework.status}`)}){' — '}
        {t('weighing.author')}: {framework.author}
        {framework.publishedAt ? `, ${framework.publishedAt.slice(0, 10)}` : ''}
        {framework.demo ? ` (${t('demo.label')})` : ''}
      </Paragraph>
      {framework.description && <Paragraph>{framework.description}</Paragraph>}
      {framework.changeNote && (
        <Paragraph>
          {t('weighing.changeNote')}: {framework.changeNote}
        </Paragraph>
      )}

      <section className="ws-weighing-section" aria-labelledby="weight-sets-heading">
        <Heading level={3} id="weight-sets-heading">
          {t('weighing.weightSets')}
        </Heading>
        <WeightSetTable detail={detail.data} names={n} />
      </section>

      {writable && !isDraft && (
        <NewVersionForm
          framework={framework}
          onCreated={(f) => navigate(`/weighing/frameworks/${f.id}`)}
        />
      )}
      {writable && isDraft && (
        <>
          <section className="ws-weighing-section ws-panel" aria-labelledby="swing-heading">
            <Heading level={3} id="swing-heading">
              {t('weighing.swing')}
            </Heading>
            <SwingForm
              frameworkId={framework.id}
              tree={framework.tree}
              names={n}
              onSaved={(set) => navigate(`/weighing/frameworks/${framework.id}/results/${set.id}`)}
            />
          </section>
          <section className="ws-weighing-section ws-panel" aria-labelledby="ahp-heading">
            <Heading level={3} id="ahp-heading">
              {t('weighing.ahp')}
            </Heading>
            <AhpForm
              frameworkId={framework.id}
              tree={framework.tree}
              names={n}
              onSaved={(set) => navigate(`/weighing/frameworks/${framework.id}/results/${set.id}`)}
            />
          </section>
          <FillFromMeasures
            frameworkId={framework.id}
            tree={framework.tree}
            packageCodes={framework.packageCodes}
            onSaved={reload}
          />
          <ScoreEditor detail={detail.data} names={n} onSaved={reload} />
          <PublishButton frameworkId={framework.id} onDone={reload} />
        </>
      )}

      <section className="ws-weighing-section" aria-labelledby="tree-heading">
        <Heading level={3} id="tree-heading">
          {t('weighing.criteriaTree')}
        </Heading>
        <ul data-testid="criteria-tree" className="ws-tree">
          <CriteriaTreeView node={framework.tree} />
        </ul>
      </section>

      <section className="ws-weighing-section" aria-labelledby="scores-heading">
        <Heading level={3} id="scores-heading">
          {t('weighing.scores')}
        </Heading>
        <Paragraph>{t('weighing.scoresIntro')}</Paragraph>
        <ScoreTable
          tree={framework.tree}
          packageCodes={framework.packageCodes}
          scores={scores}
          names={n}
        />
      </section>

      <DialogueSection framework={framework} />
    </>
  );
}

function WeightSetTable({ detail, names }: { detail: ApiFrameworkDetail; names: WeighingNames }) {
  const { t, tDynamic, locale } = useLocale();
  if (detail.weightSets.length === 0) return <Paragraph>–</Paragraph>;
  return (
    <div className="ws-table-scroll">
      <Table data-testid="weight-sets">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('weighing.weightSet')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('weighing.method')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('weighing.weight')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('weighing.author')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('weighing.results')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {detail.weightSets.map((s) => (
            <TableRow key={s.id}>
              <TableCell>
                {s.label}
                {s.rationale && <div className="ws-muted">{s.rationale}</div>}
                {s.warnings.map((w) => (
                  <div key={w} className="ws-warning">
                    {w}
                  </div>
                ))}
              </TableCell>
              <TableCell>{tDynamic(`weightMethod.${s.method}`)}</TableCell>
              <TableCell>
                {s.weights
                  .filter((w) => w.weight > 0)
                  .map((w) => `${names.criterion(w.criterionId)} ${percent(w.weight, locale)}`)
                  .join('; ')}
              </TableCell>
              <TableCell>{s.author}</TableCell>
              <TableCell>
                <Link href={`/weighing/frameworks/${detail.framework.id}/results/${s.id}`}>
                  {t('weighing.results')}
                  <span className="ws-visually-hidden">: {s.label}</span>
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function NewVersionForm({
  framework,
  onCreated,
}: {
  framework: FrameworkRecord;
  onCreated: (f: FrameworkRecord) => void;
}) {
  const { t } = useLocale();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      onCreated(
        await send<FrameworkRecord>('POST', '/frameworks', {
          code: framework.code,
          nameNl: framework.nameNl,
          nameEn: framework.nameEn,
          description: framework.description,
          tree: framework.tree,
          packageCodes: framework.packageCodes,
          changeNote: note,
          basedOnId: framework.id,
        }),
      );
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="ws-panel"
      aria-labelledby="new-version-heading"
    >
      <Heading level={3} id="new-version-heading">
        {t('weighing.newVersion')}
      </Heading>
      <Paragraph>{t('weighing.newVersionIntro')}</Paragraph>
      <div className="ws-field">
        <label className="utrecht-form-label" htmlFor="version-note">
          {t('weighing.changeNote')}
        </label>
        <input
          id="version-note"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={note}
          required
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {error && <Paragraph role="alert">{error}</Paragraph>}
      <Button type="submit" appearance="primary-action-button">
        {t('weighing.newVersion')}
      </Button>
    </form>
  );
}

function ScoreEditor({
  detail,
  names,
  onSaved,
}: {
  detail: ApiFrameworkDetail;
  names: WeighingNames;
  onSaved: () => void;
}) {
  const { t } = useLocale();
  const leaves = criterionLeaves(detail.framework.tree);
  const [packageCode, setPackageCode] = useState(detail.framework.packageCodes[0] ?? '');
  const [criterionId, setCriterionId] = useState(
    leaves.find((l) => l.source.kind === 'value')?.id ?? leaves[0]?.id ?? '',
  );
  const [value, setValue] = useState('0');
  const [rationale, setRationale] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await send('PUT', `/frameworks/${detail.framework.id}/scores`, {
        cells: [{ packageCode, criterionId, value: Number(value), rationale, source: 'judgement' }],
      });
      setMessage({ ok: true, text: t('weighing.saved') });
      onSaved();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
  };
  const select = (
    id: string,
    label: string,
    v: string,
    set: (v: string) => void,
    options: string[],
    name: (o: string) => string,
  ) => (
    <div className="ws-inline-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={v}
        onChange={(e) => set(e.target.value)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {name(o)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="ws-panel ws-weighing-section"
      aria-labelledby="score-heading"
    >
      <Heading level={3} id="score-heading">
        {t('weighing.editScore')}
      </Heading>
      {select(
        'score-package',
        t('weighing.package'),
        packageCode,
        setPackageCode,
        detail.framework.packageCodes,
        names.package,
      )}
      {select(
        'score-criterion',
        t('weighing.criterion'),
        criterionId,
        setCriterionId,
        leaves.map((l) => l.id),
        names.criterion,
      )}
      <div className="ws-inline-field">
        <label className="utrecht-form-label" htmlFor="score-value">
          {t('weighing.value')}
        </label>
        <input
          id="score-value"
          type="number"
          step="any"
          className="utrecht-textbox utrecht-textbox--html-input ws-number"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <div className="ws-field">
        <label className="utrecht-form-label" htmlFor="score-rationale">
          {t('weighing.rationaleCell')}
        </label>
        <textarea
          id="score-rationale"
          className="utrecht-textarea utrecht-textarea--html-textarea"
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
      </div>
      {message && <Paragraph role={message.ok ? 'status' : 'alert'}>{message.text}</Paragraph>}
      <Button type="submit" appearance="secondary-action-button">
        {t('weighing.save')}
      </Button>
    </form>
  );
}

function PublishButton({ frameworkId, onDone }: { frameworkId: string; onDone: () => void }) {
  const { t } = useLocale();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="ws-weighing-section">
      <Button
        appearance="secondary-action-button"
        onClick={() =>
          void send('PUT', `/frameworks/${frameworkId}/status`, { status: 'published' }).then(
            onDone,
            (e: Error) => setError(e.message),
          )
        }
      >
        {t('weighing.publish')}
      </Button>
      {error && <Paragraph role="alert">{error}</Paragraph>}
    </div>
  );
}
