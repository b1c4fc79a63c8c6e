import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { KNOWLEDGE_SOURCES } from '@weegschaal/core';
import type {
  InvalidParam,
  KnowledgeSource,
  MessageKey,
  SignalDomain,
  TargetGroup,
} from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { ApiProblem, send } from '../auth/api-send.ts';
import { useCachedApi } from '../societal-picture/societal-api.ts';
import type { RegionList } from '../societal-picture/societal-types.ts';
import { mapName } from '../societal-picture/choropleth-map.tsx';
import { regionName } from '../societal-picture/format.ts';
import { GemeenteField } from './gemeente-field.tsx';
import { pickerMapOption } from './signals-charts.ts';
import { ScrubSummary } from './scrub-summary.tsx';
import { AreaFrame } from '../layout/area-frame.tsx';
import { SignalsNav } from './signals-nav.tsx';
import { DomainSelect, GroupSelect } from './signal-selects.tsx';
import type { CreatedSignal } from './signals-types.ts';

const ChoroplethMap = lazy(() => import('../societal-picture/choropleth-map.tsx'));

/** Today in the reporter's own time zone: a signal seen this evening is from today. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// the API's field names, and the label a reporter sees for each
const FIELD_LABELS: Record<string, MessageKey> = {
  text: 'signals.field.text',
  region: 'signals.field.gemeente',
  observedOn: 'signals.field.observedOn',
  domain: 'signals.field.domain',
  targetGroup: 'signals.field.targetGroup',
  peopleCount: 'signals.field.peopleCount',
  knowledgeSource: 'signals.field.knowledgeSource',
};

export function fieldOf(param: InvalidParam): string {
  return param.name.replace(/^body\./, '').split(/[.[]/)[0]!;
}

const WIJK_OR_BUURT = /^(WK\d{6}|BU\d{8})$/;

function IntakeForm({ onCreated }: { onCreated(created: CreatedSignal): void }) {
  const { t } = useLocale();
  const regions = useCachedApi<RegionList>('/regions?level=gemeente');
  const gemeenten = useMemo(() => (regions.state === 'ready' ? regions.data.items : []), [regions]);
  const [text, setText] = useState('');
  const [gemeente, setGemeente] = useState<string | null>(null);
  const [subRegion, setSubRegion] = useState('');
  const [observedOn, setObservedOn] = useState(localToday);
  const [domain, setDomain] = useState<SignalDomain | ''>('');
  const [targetGroup, setTargetGroup] = useState<TargetGroup | ''>('');
  const [peopleCount, setPeopleCount] = useState('');
  const [knowledgeSource, setKnowledgeSource] = useState<KnowledgeSource | ''>('');
  const [problems, setProblems] = useState<InvalidParam[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const names = useMemo(() => new Map(gemeenten.map((g) => [g.code, regionName(g)])), [gemeenten]);
  const mapOption = useMemo(
    () =>
      pickerMapOption({
        mapName: mapName('gemeente'),
        codes: gemeenten.map((g) => g.code),
        names,
        selected: gemeente,
      }),
    [gemeenten, names, gemeente],
  );

  const sub = subRegion.trim().toUpperCase();
  const localProblems = (): InvalidParam[] => {
    const found: InvalidParam[] = [];
    if (!gemeente) found.push({ name: 'region', reason: t('signals.region.missing') });
    if (sub && !WIJK_OR_BUURT.test(sub))
      found.push({ name: 'subRegion', reason: t('signals.region.subFormat'), value: sub });
    else if (sub && gemeente && sub.slice(2, 6) !== gemeente.slice(2))
      found.push({ name: 'subRegion', reason: t('signals.region.subOutside'), value: sub });
    return found;
  };

  const submit = async () => {
    setFailure(null);
    const local = localProblems();
    if (local.length > 0) {
      setProblems(local);
      setFailure(t('signals.intake.check'));
      errorRef.current?.focus();
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const created = await send<CreatedSignal>('POST', '/signals', {
        text,
        region: sub || gemeente,
        observedOn,
        domain,
        targetGroup,
        ...(peopleCount.trim() ? { peopleCount: Number(peopleCount) } : {}),
        knowledgeSource,
      });
      onCreated(created);
    } catch (e) {
      setProblems(e instanceof ApiProblem ? e.invalidParams : []);
      setFailure((e as Error).message);
      errorRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const invalid = (field: string) => problems.some((p) => fieldOf(p) === field);
  const label = (field: string) =>
    field === 'subRegion'
      ? t('signals.field.subRegion')
      : FIELD_LABELS[field]
        ? t(FIELD_LABELS[field])
        : field;

  return (
    <form
      className="ws-form ws-signal-form"
      aria-labelledby="intake-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading level={3} id="intake-heading">
        {t('signals.intake.formTitle')}
      </Heading>
      <div role="alert" ref={errorRef} tabIndex={-1}>
        {failure && (
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
            {problems.length > 0 && (
              <ul data-testid="intake-problems">
                {problems.map((p) => (
                  <li key={`${p.name}${p.reason}`}>
                    {label(fieldOf(p))}: {p.reason}
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>

      <div className="ws-field">
        <label htmlFor="signal-text" className="utrecht-form-label">
          {t('signals.field.text')}
        </label>
        <span id="signal-text-hint" className="ws-hint">
          {t('signals.field.textHint')}
        </span>
        <Paragraph id="signal-privacy" className="ws-signal-privacy">
          {t('signals.intake.privacy')}
        </Paragraph>
        <textarea
          id="signal-text"
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={6}
          // aria-required, not required: an empty box is no error before the reporter has typed
          aria-required="true"
          aria-invalid={invalid('text') || undefined}
          aria-describedby="signal-text-hint signal-privacy"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>

      <fieldset className="ws-fieldset">
        <legend className="utrecht-form-label">{t('signals.field.where')}</legend>
        {regions.state === 'error' && <Paragraph role="alert">{regions.error.message}</Paragraph>}
        <GemeenteField
          id="signal-gemeente"
          label={t('signals.field.gemeente')}
          gemeenten={gemeenten}
          value={gemeente}
          onChange={setGemeente}
          required
          invalid={invalid('region')}
        />
        {gemeenten.length > 0 && (
          <details className="ws-signal-map-picker">
            <summary>{t('signals.region.onMap')}</summary>
            <Suspense fallback={<div style={{ height: 560 }} />}>
              <ChoroplethMap
                level="gemeente"
                regions={gemeenten}
                option={mapOption}
                label={t('signals.region.mapLabel')}
                onRegionClick={(code) => names.has(code) && setGemeente(code)}
              />
            </Suspense>
          </details>
        )}
        <div className="ws-field">
          <label htmlFor="signal-subregion" className="utrecht-form-label">
            {t('signals.field.subRegion')}
          </label>
          <span id="signal-subregion-hint" className="ws-hint">
            {t('signals.field.subRegionHint')}
          </span>
          <input
            id="signal-subregion"
            className="utrecht-textbox utrecht-textbox--html-input"
            autoComplete="off"
            autoCapitalize="characters"
            aria-invalid={invalid('subRegion') || undefined}
            aria-describedby="signal-subregion-hint"
            value={subRegion}
            onChange={(e) => setSubRegion(e.target.value)}
          />
        </div>
      </fieldset>

      <div className="ws-field">
        <label htmlFor="signal-observed" className="utrecht-form-label">
          {t('signals.field.observedOn')}
        </label>
        <input
          id="signal-observed"
          type="date"
          className="utrecht-textbox utrecht-textbox--html-input"
          required
          max={localToday()}
          aria-invalid={invalid('observedOn') || undefined}
          value={observedOn}
          onChange={(e) => setObservedOn(e.target.value)}
        />
      </div>

      <GroupSelect
        id="signal-group"
        value={targetGroup}
        onChange={setTargetGroup}
        empty={t('signals.choose')}
        required
        invalid={invalid('targetGroup')}
      />

      <DomainSelect
        id="signal-domain"
        value={domain}
        onChange={setDomain}
        empty={t('signals.choose')}
        required
        invalid={invalid('domain')}
      />

      <div className="ws-field">
        <label htmlFor="signal-people" className="utrecht-form-label">
          {t('signals.field.peopleCount')}
        </label>
        <span id="signal-people-hint" className="ws-hint">
          {t('signals.field.peopleCountHint')}
        </span>
        <input
          id="signal-people"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          className="utrecht-textbox utrecht-textbox--html-input"
          aria-invalid={invalid('peopleCount') || undefined}
          aria-describedby="signal-people-hint"
          value={peopleCount}
          onChange={(e) => setPeopleCount(e.target.value)}
        />
      </div>

      <fieldset className="ws-fieldset ws-signal-radios">
        <legend className="utrecht-form-label">{t('signals.field.knowledgeSource')}</legend>
        {KNOWLEDGE_SOURCES.map((k) => (
          <label key={k} className="ws-signal-radio" htmlFor={`signal-knowledge-${k}`}>
            <input
              type="radio"
              id={`signal-knowledge-${k}`}
              name="knowledgeSource"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              value={k}
              checked={knowledgeSource === k}
              onChange={() => setKnowledgeSource(k)}
            />
            <span>{t(`signals.knowledge.${k}`)}</span>
          </label>
        ))}
      </fieldset>

      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t('signals.intake.submit')}
      </Button>
    </form>
  );
}

function Confirmation({ created, onAnother }: { created: CreatedSignal; onAnother(): void }) {
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { signal, scrubReport } = created;
  return (
    <section aria-labelledby="intake-done" className="ws-signal-done" data-testid="intake-done">
      <Heading level={3} id="intake-done" ref={heading} tabIndex={-1}>
        {t('signals.intake.done')}
      </Heading>
      <Paragraph>
        {t('signals.intake.reference')}{' '}
        <strong data-testid="signal-reference">{signal.reference}</strong>
        {signal.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
      </Paragraph>
      <ScrubSummary report={scrubReport} />
      <Heading level={4}>{t('signals.intake.storedText')}</Heading>
      <blockquote className="ws-signal-text" data-testid="stored-text">
        {signal.text}
      </blockquote>
      <div className="ws-signal-actions">
        <Button appearance="primary-action-button" onClick={onAnother}>
          {t('signals.intake.another')}
        </Button>
        <Link href={`/${signal.id}`}>{t('signals.intake.view')}</Link>
      </div>
    </section>
  );
}

/** Intake of a signal from practice: one column, large targets, works on a phone. */
export function SignalIntakePage() {
  const { t } = useLocale();
  const [created, setCreated] = useState<CreatedSignal | null>(null);
  const [round, setRound] = useState(0);
  return (
    <AreaFrame
      title={t('signals.intake.title')}
      nav={<SignalsNav />}
      intro={t('signals.intake.intro')}
      permission="signals:create"
    >
      {created ? (
        <Confirmation
          created={created}
          onAnother={() => {
            setCreated(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <IntakeForm key={round} onCreated={setCreated} />
      )}
    </AreaFrame>
  );
}
