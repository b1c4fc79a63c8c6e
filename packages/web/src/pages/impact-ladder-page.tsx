import { useState } from 'react';
import {
  Alert,
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
import type { Measure } from '@weegschaal/core';
import { Link } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { AnalysisNav } from '../measure-analysis/analysis-nav.tsx';
import {
  measureNames,
  ruleQuery,
  sendJson,
  useReloadableApi,
} from '../measure-analysis/analysis-api.ts';
import type {
  LadderRuleState,
  MeasureNames,
  ProblemError,
} from '../measure-analysis/analysis-api.ts';
import type { ApiLadder } from '../measure-analysis/analysis-types.ts';
import { DEFAULT_RULE, LadderRuleControls } from '../measure-analysis/ladder-rule-controls.tsx';
import { ExplanationList } from '../measure-analysis/explanation-list.tsx';
import { fill, formatNumber } from '../measure-analysis/format.ts';
import '../measure-analysis/measure-analysis.css';

export function ImpactLadderPage() {
  const { t, locale } = useLocale();
  const [rule, setRule] = useState<LadderRuleState>(DEFAULT_RULE);
  const [ladder, reload] = useReloadableApi<ApiLadder>(`/impact-ladder?${ruleQuery(rule)}`);
  const measures = useApi<{ items: Measure[] }>('/measures');
  const names = measures.state === 'ready' ? measureNames(measures.data.items, locale) : null;

  return (
    <>
      <AnalysisNav />
      <Heading level={2}>{t('ladder.title')}</Heading>
      <Paragraph>{t('ladder.intro')}</Paragraph>
      <details className="ws-panel" open>
        <summary>{t('ladder.rule')}</summary>
        <LadderRuleControls rule={rule} onChange={setRule} idPrefix="ladder" />
      </details>
      {ladder.state === 'loading' && <Paragraph role="status">{t('analysis.loading')}</Paragraph>}
      {ladder.state === 'error' && (
        <Paragraph role="alert">
          {t('analysis.error')} {ladder.error.message}
        </Paragraph>
      )}
      {ladder.state === 'ready' && names && (
        <>
          <LadderTable ladder={ladder.data} names={names} onChanged={reload} />
          <OverrideForm ladder={ladder.data} names={names} onChanged={reload} />
          {ladder.data.unranked.length > 0 && (
            <>
              <Heading level={3}>{t('ladder.unranked')}</Heading>
              <ul>
                {ladder.data.unranked.map((u) => (
                  <li key={`${u.measureCode}/${u.level}`}>
                    <Link href={`/measures/fiches/${u.measureCode}/${u.level}`}>
                      {names.full(u.measureCode, u.level)}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          <ExplanationList lines={ladder.data.explanation} />
        </>
      )}
    </>
  );
}

function LadderTable({
  ladder,
  names,
  onChanged,
}: {
  ladder: ApiLadder;
  names: MeasureNames;
  onChanged(): void;
}) {
  const { t, tDynamic, locale } = useLocale();
  const withdraw = async (id: number) => {
    await sendJson('DELETE', `/impact-ladder/overrides/${id}`);
    onChanged();
  };
  return (
    <Table data-testid="ladder-table" className="ws-ladder">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('ladder.position')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('analysis.measure')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('ladder.score')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('ladder.interval')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('ladder.computedRank')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('ladder.placement')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ladder.entries.map((e) => (
          <TableRow key={e.id} data-placement={e.placement} data-testid={`ladder-row-${e.id}`}>
            <TableCell>{e.position}</TableCell>
            <TableHeaderCell scope="row">
              <Link href={`/measures/fiches/${e.measureCode}/${e.level}`}>
                {names.full(e.measureCode, e.level)}
              </Link>
              <details className="ws-contributions">
                <summary>{t('ladder.contributions')}</summary>
                <ul>
                  {e.contributions.map((c) => (
                    <li key={c.target}>
                      {tDynamic(c.target.replace(':', '.'))}: {formatNumber(c.score, locale)} ×{' '}
                      {t('ladder.weight')} {formatNumber(c.weight, locale)} (
                      {tDynamic(`evidence.${c.evidence}`)}) = {t('ladder.harm')}{' '}
                      {formatNumber(c.harm, locale)}
                    </li>
                  ))}
                </ul>
              </details>
            </TableHeaderCell>
            <TableCell>{formatNumber(e.score, locale)}</TableCell>
            <TableCell>
              {formatNumber(e.scoreLow, locale)} – {formatNumber(e.scoreHigh, locale)}
              {e.overlapsWith.length > 0 && (
                <span className="ws-hint">
                  {' '}
                  ({fill(t('ladder.overlap'), { n: e.overlapsWith.length })})
                </span>
              )}
            </TableCell>
            <TableCell>
              {e.computedRank}
              {e.tiedWith.length > 0 && (
                <span className="ws-hint">
                  {' '}
                  ({fill(t('ladder.tie'), { n: e.tiedWith.length })})
                </span>
              )}
            </TableCell>
            <TableCell>
              {e.placement === 'override' && e.override ? (
                <>
                  <strong className="ws-manual">{t('ladder.manual')}</strong>
                  <br />
                  {fill(t('ladder.rationale'), { text: e.override.rationale })} ({e.override.author}
                  )
                  <br />
                  <Button appearance="subtle-button" onClick={() => void withdraw(e.override!.id)}>
                    {t('ladder.withdraw')}
                  </Button>
                </>
              ) : (
                t('ladder.computed')
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function OverrideForm({
  ladder,
  names,
  onChanged,
}: {
  ladder: ApiLadder;
  names: MeasureNames;
  onChanged(): void;
}) {
  const { t } = useLocale();
  const [which, setWhich] = useState(ladder.entries[0]?.id ?? '');
  const [position, setPosition] = useState(1);
  const [rationale, setRationale] = useState('');
  const [author, setAuthor] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    const [measureCode, level] = which.split('/');
    try {
      await sendJson('POST', '/impact-ladder/overrides', {
        measureCode,
        level: Number(level),
        position,
        rationale,
        author,
      });
      setRationale('');
      onChanged();
    } catch (e) {
      const problem = e as ProblemError;
      setError(
        [
          problem.message,
          ...(problem.invalidParams ?? []).map((p) => `${p.name}: ${p.reason}`),
        ].join(' '),
      );
    }
  };

  return (
    <section className="ws-panel" aria-labelledby="override-heading">
      <Heading level={3} id="override-heading">
        {t('ladder.override')}
      </Heading>
      <Paragraph>{t('ladder.overrideIntro')}</Paragraph>
      <div className="ws-form-row">
        <div className="ws-field">
          <label htmlFor="override-which" className="utrecht-form-label">
            {t('ladder.overrideWhich')}
          </label>
          <select
            id="override-which"
            className="utrecht-select utrecht-select--html-select"
            value={which}
            onChange={(e) => setWhich(e.target.value)}
          >
            {ladder.entries.map((e) => (
              <option key={e.id} value={e.id}>
                {names.full(e.measureCode, e.level)}
              </option>
            ))}
          </select>
        </div>
        <div className="ws-field">
          <label htmlFor="override-position" className="utrecht-form-label">
            {t('ladder.overridePosition')}
          </label>
          <input
            id="override-position"
            type="number"
            min={1}
            max={ladder.entries.length}
            className="utrecht-textbox utrecht-textbox--html-input"
            value={position}
            onChange={(e) => setPosition(Number(e.target.value))}
          />
        </div>
        <div className="ws-field">
          <label htmlFor="override-author" className="utrecht-form-label">
            {t('analysis.author')}
          </label>
          <input
            id="override-author"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={author}
            onChange={(e) => setAuthor(e.target.value)}
          />
        </div>
      </div>
      <div className="ws-field ws-field--wide">
        <label htmlFor="override-rationale" className="utrecht-form-label">
          {t('ladder.overrideRationale')}
        </label>
        <textarea
          id="override-rationale"
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={3}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
      </div>
      <Button appearance="secondary-action-button" onClick={() => void save()}>
        {t('ladder.overrideSave')}
      </Button>
      <div role="status" aria-live="polite">
        {error && (
          <Alert type="error">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}
