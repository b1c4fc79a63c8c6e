import { useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { AHP_CR_THRESHOLD, ahpWeights, criterionLeaves, swingWeights } from '@weegschaal/core';
import type { CriteriaGroup, PairwiseJudgement, WeightSetInput } from '@weegschaal/core';
import { send } from '../auth/api-send.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { formatNumber } from '../measure-analysis/format.ts';
import type { ApiWeightSet } from './weighing-types.ts';
import { percent } from './weighing-names.ts';
import type { WeighingNames } from './weighing-names.ts';

/** Saaty's scale as offered in the form: 1/9 … 1 … 9. */
const SCALE = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9];
const scaleLabel = (v: number) => (v >= 1 ? String(v) : `1/${Math.round(1 / v)}`);

/** The societal-impact and value criteria: the MIT side, which the weight sets are for. */
export function mitCriteria(tree: CriteriaGroup): string[] {
  return criterionLeaves(tree)
    .filter((l) => l.source.kind !== 'effectiveness')
    .map((l) => l.id);
}

function useSave(frameworkId: string, onSaved: (set: ApiWeightSet) => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (label: string, rationale: string, input: WeightSetInput) => {
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await send<ApiWeightSet>('POST', `/frameworks/${frameworkId}/weight-sets`, {
          label,
          rationale,
          input,
        }),
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, save };
}

function LabelAndRationale({
  prefix,
  label,
  rationale,
  onLabel,
  onRationale,
}: {
  prefix: string;
  label: string;
  rationale: string;
  onLabel: (v: string) => void;
  onRationale: (v: string) => void;
}) {
  const { t } = useLocale();
  return (
    <>
      <div className="ws-field">
        <label className="utrecht-form-label" htmlFor={`${prefix}-label`}>
          {t('weighing.label')}
        </label>
        <input
          id={`${prefix}-label`}
          className="utrecht-textbox utrecht-textbox--html-input"
          value={label}
          required
          onChange={(e) => onLabel(e.target.value)}
        />
      </div>
      <div className="ws-field">
        <label className="utrecht-form-label" htmlFor={`${prefix}-rationale`}>
          {t('weighing.rationaleText')}
        </label>
        <textarea
          id={`${prefix}-rationale`}
          className="utrecht-textarea utrecht-textarea--html-textarea"
          value={rationale}
          onChange={(e) => onRationale(e.target.value)}
        />
      </div>
    </>
  );
}

function Errors({ error, children }: { error: string | null; children?: ReactNode }) {
  return (
    <>
      {children}
      {error && <Paragraph role="alert">{error}</Paragraph>}
    </>
  );
}

export function SwingForm({
  frameworkId,
  tree,
  names,
  onSaved,
}: {
  frameworkId: string;
  tree: CriteriaGroup;
  names: WeighingNames;
  onSaved: (set: ApiWeightSet) => void;
}) {
  const { t, locale } = useLocale();
  const ids = useMemo(() => mitCriteria(tree), [tree]);
  const [points, setPoints] = useState<Record<string, number>>(() =>
    Object.fromEntries(ids.map((id, k) => [id, k === 0 ? 100 : 0])),
  );
  const [label, setLabel] = useState('Swing');
  const [rationale, setRationale] = useState('');
  const { error, busy, save } = useSave(frameworkId, onSaved);
  const swings = ids
    .filter((id) => (points[id] ?? 0) > 0)
    .map((id) => ({
      criterionId: id,
      worstLabel: `${t('weighing.worst')}: ${names.criterion(id)}`,
      bestLabel: `${t('weighing.best')}: ${names.criterion(id)}`,
      points: points[id] ?? 0,
    }));
  let preview: { weights: Map<string, number>; problem: string | null };
  try {
    const w = swingWeights(swings);
    preview = {
      weights: new Map(w.criterionIds.map((id, j) => [id, w.weights[j]!])),
      problem: null,
    };
  } catch (e) {
    preview = { weights: new Map(), problem: (e as Error).message };
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(label, rationale, { method: 'swing', swings });
  };
  return (
    <form onSubmit={submit} data-testid="swing-form" aria-labelledby="swing-heading">
      <Paragraph>{t('weighing.swingIntro')}</Paragraph>
      <fieldset className="ws-fieldset">
        <legend>{t('weighing.swingPoints')}</legend>
        {ids.map((id) => (
          <div key={id} className="ws-inline-field">
            <label className="utrecht-form-label" htmlFor={`swing-${id}`}>
              {names.criterion(id)}
            </label>
            <input
              id={`swing-${id}`}
              type="number"
              min={0}
              max={100}
              className="utrecht-textbox utrecht-textbox--html-input ws-number"
              value={points[id] ?? 0}
              onChange={(e) => setPoints({ ...points, [id]: Number(e.target.value) })}
            />
            <output htmlFor={`swing-${id}`} data-testid={`swing-weight-${id}`}>
              {preview.weights.has(id) ? percent(preview.weights.get(id)!, locale) : ''}
            </output>
          </div>
        ))}
      </fieldset>
      {preview.problem && <Paragraph role="status">{preview.problem}</Paragraph>}
      <LabelAndRationale
        prefix="swing"
        label={label}
        rationale={rationale}
        onLabel={setLabel}
        onRationale={setRationale}
      />
      <Errors error={error} />
      <Button type="submit" appearance="primary-action-button" disabled={busy || !!preview.problem}>
        {t('weighing.addWeightSet')}
      </Button>
    </form>
  );
}

export function AhpForm({
  frameworkId,
  tree,
  names,
  onSaved,
}: {
  frameworkId: string;
  tree: CriteriaGroup;
  names: WeighingNames;
  onSaved: (set: ApiWeightSet) => void;
}) {
  const { t, locale } = useLocale();
  const all = useMemo(() => mitCriteria(tree), [tree]);
  const [chosen, setChosen] = useState<string[]>(() => all.slice(0, 3));
  const [values, setValues] = useState<Record<string, number>>({});
  const [label, setLabel] = useState('AHP');
  const [rationale, setRationale] = useState('');
  const { error, busy, save } = useSave(frameworkId, onSaved);
  const ids = all.filter((id) => chosen.includes(id));
  const pairs: PairwiseJudgement[] = [];
  ids.forEach((a, i) =>
    ids.slice(i + 1).forEach((b) => pairs.push({ a, b, value: values[`${a}|${b}`] ?? 1 })),
  );
  let result: ReturnType<typeof ahpWeights> | null = null;
  let problem: string | null = null;
  try {
    result = ahpWeights(ids, pairs);
  } catch (e) {
    problem = (e as Error).message;
  }
  const cr = result?.explanation.consistency.cr ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(label, rationale, { method: 'ahp', criterionIds: ids, judgements: pairs });
  };
  return (
    <form onSubmit={submit} data-testid="ahp-form">
      <Paragraph>{t('weighing.ahpIntro')}</Paragraph>
      <fieldset className="ws-fieldset">
        <legend>{t('weighing.ahpCriteria')}</legend>
        {all.map((id) => (
          <div key={id} className="ws-check">
            <input
              id={`ahp-use-${id}`}
              type="checkbox"
              checked={chosen.includes(id)}
              onChange={(e) =>
                setChosen(e.target.checked ? [...chosen, id] : chosen.filter((c) => c !== id))
              }
            />
            <label htmlFor={`ahp-use-${id}`}>{names.criterion(id)}</label>
          </div>
        ))}
      </fieldset>
      {pairs.map((p) => (
        <div key={`${p.a}|${p.b}`} className="ws-inline-field">
          <label className="utrecht-form-label" htmlFor={`ahp-${p.a}-${p.b}`}>
            {names.criterion(p.a)} {t('weighing.ahpVersus')} {names.criterion(p.b)}
          </label>
          <select
            id={`ahp-${p.a}-${p.b}`}
            className="utrecht-select utrecht-select--html-select"
            value={String(SCALE.findIndex((v) => Math.abs(v - p.value) < 1e-9))}
            onChange={(e) =>
              setValues({ ...values, [`${p.a}|${p.b}`]: SCALE[Number(e.target.value)]! })
            }
          >
            {SCALE.map((v, k) => (
              <option key={k} value={String(k)}>
                {scaleLabel(v)}
              </option>
            ))}
          </select>
        </div>
      ))}
      {problem && <Paragraph role="status">{problem}</Paragraph>}
      {result && (
        <>
          <ul data-testid="ahp-weights">
            {result.criterionIds.map((id, j) => (
              <li key={id}>
                {names.criterion(id)}: {percent(result.weights[j]!, locale)}
              </li>
            ))}
          </ul>
          <Paragraph data-testid="ahp-cr">
            {t('weighing.cr')}: {cr === null ? '–' : formatNumber(cr, locale, 3)}
          </Paragraph>
          {cr !== null && cr > AHP_CR_THRESHOLD && (
            <Paragraph role="alert" data-testid="ahp-cr-warning" className="ws-warning">
              {t('weighing.crWarning')}
              {result.explanation.consistency.mostInconsistent &&
                ` (${names.criterion(result.explanation.consistency.mostInconsistent.a)} – ${names.criterion(result.explanation.consistency.mostInconsistent.b)})`}
            </Paragraph>
          )}
        </>
      )}
      <LabelAndRationale
        prefix="ahp"
        label={label}
        rationale={rationale}
        onLabel={setLabel}
        onRationale={setRationale}
      />
      <Errors error={error} />
      <Button type="submit" appearance="primary-action-button" disabled={busy || !!problem}>
        {t('weighing.addWeightSet')}
      </Button>
    </form>
  );
}
