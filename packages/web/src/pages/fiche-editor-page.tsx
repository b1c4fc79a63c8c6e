import { useState } from 'react';
import type { ReactNode } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
} from '@rijkshuisstijl-community/components-react';
import {
  EVIDENCE_GRADES,
  FUNDAMENTAL_RIGHTS,
  IMPACT_SCORES,
  IMPACT_TARGET_KINDS,
  RIGHTS_INSTRUMENTS,
  UNCERTAINTY_LEVELS,
  targetCodes,
  validateFicheContent,
} from '@weegschaal/core';
import type {
  EvidenceGrade,
  FicheContent,
  FicheImpact,
  ImpactTargetKind,
  InvalidParam,
  Measure,
  UncertaintyLevel,
} from '@weegschaal/core';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { ApiError, useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { AnalysisNav } from '../measure-analysis/analysis-nav.tsx';
import type { ProblemError } from '../measure-analysis/analysis-api.ts';
import { measureNames, sendJson } from '../measure-analysis/analysis-api.ts';
import type { ApiFiche } from '../measure-analysis/analysis-types.ts';
import { fill, signed } from '../measure-analysis/format.ts';
import '../measure-analysis/measure-analysis.css';

interface ImpactDraft {
  kind: ImpactTargetKind;
  code: string;
  shortTerm: number;
  longTerm: number;
  evidence: EvidenceGrade;
  uncertainty: UncertaintyLevel;
  explanation: string;
  /** one source per line: "citation | url" */
  sources: string;
  /** one mitigation per line */
  mitigations: string;
}

interface Draft {
  summary: string;
  impacts: ImpactDraft[];
  rights: Record<string, string>;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function toDraft(content: FicheContent): Draft {
  return {
    summary: content.summary,
    impacts: content.impacts.map((i) => ({
      kind: i.target.kind,
      code: i.target.code,
      shortTerm: i.shortTerm,
      longTerm: i.longTerm,
      evidence: i.evidence,
      uncertainty: i.uncertainty,
      explanation: i.explanation,
      sources: i.sources.map((s) => (s.url ? `${s.citation} | ${s.url}` : s.citation)).join('\n'),
      mitigations: i.mitigations.join('\n'),
    })),
    rights: Object.fromEntries(content.rights.map((r) => [r.rightId, r.note])),
  };
}

export function fromDraft(draft: Draft): FicheContent {
  return {
    summary: draft.summary.trim(),
    impacts: draft.impacts.map(
      (i) =>
        ({
          target: { kind: i.kind, code: i.code },
          shortTerm: i.shortTerm,
          longTerm: i.longTerm,
          evidence: i.evidence,
          uncertainty: i.uncertainty,
          explanation: i.explanation.trim(),
          sources: lines(i.sources).map((line) => {
            const [citation = '', url] = line.split('|').map((p) => p.trim());
            return { citation, url: url ? url : null };
          }),
          mitigations: lines(i.mitigations),
        }) as FicheImpact,
    ),
    rights: Object.entries(draft.rights).map(([rightId, note]) => ({ rightId, note: note.trim() })),
  };
}

const emptyImpact = (): ImpactDraft => ({
  kind: 'group',
  code: 'young-people',
  shortTerm: -1,
  longTerm: -1,
  evidence: 'expert-judgement',
  uncertainty: 'medium',
  explanation: '',
  sources: '',
  mitigations: '',
});

export function FicheEditorPage() {
  const { t, locale } = useLocale();
  const params = useParams<{ measureCode: string; level: string }>();
  const from = new URLSearchParams(useSearch()).get('from');
  const fiche = useApi<ApiFiche>(`/fiches/${params.measureCode}/${params.level}`);
  const measures = useApi<{ items: Measure[] }>('/measures');
  const names = measures.state === 'ready' ? measureNames(measures.data.items, locale) : null;
  const level = Number(params.level);

  const missing =
    fiche.state === 'error' && fiche.error instanceof ApiError && fiche.error.status === 404;
  const base =
    fiche.state === 'ready'
      ? (fiche.data.versions.find((v) => String(v.version) === from) ?? fiche.data.versions.at(-1))
      : undefined;

  return (
    <>
      <AnalysisNav />
      <Heading level={2}>
        {t('editor.title')}:{' '}
        {names
          ? `${names.measure(params.measureCode)} – ${names.level(params.measureCode, level)}`
          : params.measureCode}
      </Heading>
      <Paragraph>{t('editor.intro')}</Paragraph>
      {fiche.state === 'loading' && <Paragraph role="status">{t('analysis.loading')}</Paragraph>}
      {fiche.state === 'error' && !missing && (
        <Paragraph role="alert">{t('analysis.error')}</Paragraph>
      )}
      {(base || missing) && (
        <FicheForm
          key={base?.version ?? 0}
          measureCode={params.measureCode}
          level={level}
          initial={
            base ? toDraft(base.content) : { summary: '', impacts: [emptyImpact()], rights: {} }
          }
          basedOn={base?.version ?? null}
        />
      )}
    </>
  );
}

/** Names a failing field the way the form labels it, so the error summary can link to it. */
function fieldId(name: string): string {
  return `field-${name.replace(/^(body\.)?content\./, '').replace(/\./g, '-')}`;
}

function FicheForm({
  measureCode,
  level,
  initial,
  basedOn,
}: {
  measureCode: string;
  level: number;
  initial: Draft;
  basedOn: number | null;
}) {
  const { t, tDynamic, locale } = useLocale();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<Draft>(initial);
  const [author, setAuthor] = useState('');
  const [changeNote, setChangeNote] = useState('');
  const [problems, setProblems] = useState<InvalidParam[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setImpact = (index: number, change: Partial<ImpactDraft>) =>
    setDraft((d) => ({
      ...d,
      impacts: d.impacts.map((impact, i) => (i === index ? { ...impact, ...change } : impact)),
    }));
  const invalid = (id: string) =>
    problems.some((p) => fieldId(p.name) === id || fieldId(p.name).startsWith(`${id}-`));
  const problemFor = (id: string) =>
    problems.filter((p) => fieldId(p.name) === id || fieldId(p.name).startsWith(`${id}-`));

  const submit = async () => {
    setFailure(null);
    const content = fromDraft(draft);
    const found = validateFicheContent(content);
    if (author.trim() === '') found.push({ name: 'author', reason: t('analysis.authorHint') });
    if (changeNote.trim() === '') found.push({ name: 'changeNote', reason: '—' });
    setProblems(found);
    if (found.length > 0) {
      document.getElementById('error-summary')?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await sendJson<{ version: number }>(
        'POST',
        `/fiches/${measureCode}/${level}/versions`,
        {
          content,
          author,
          changeNote,
        },
      );
      navigate(`/measures/fiches/${measureCode}/${level}?version=${created.version}`);
    } catch (error) {
      const e = error as ProblemError;
      setProblems(e.invalidParams ?? []);
      setFailure(e.message);
    } finally {
      setBusy(false);
    }
  };

  const field = ({
    id,
    label,
    children,
    hint,
  }: {
    id: string;
    label: string;
    children: ReactNode;
    hint?: string;
  }) => (
    <div className={`ws-field${invalid(id) ? ' ws-field--invalid' : ''}`}>
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="ws-hint">
          {hint}
        </span>
      )}
      {children}
      {problemFor(id).map((p) => (
        <span key={p.name} className="ws-error">
          {p.reason}
        </span>
      ))}
    </div>
  );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {basedOn !== null && <Paragraph>{fill(t('editor.basedOn'), { version: basedOn })}</Paragraph>}
      <div id="error-summary" tabIndex={-1} role="alert">
        {(problems.length > 0 || failure) && (
          <Alert type="error">
            <Heading level={3}>{t('analysis.errorSummary')}</Heading>
            {failure && <Paragraph>{failure}</Paragraph>}
            <ul>
              {problems.map((p) => (
                <li key={`${p.name}-${p.reason}`}>
                  <a href={`#${fieldId(p.name)}`}>{p.name.replace(/^(body\.)?content\./, '')}</a>:{' '}
                  {p.reason}
                </li>
              ))}
            </ul>
          </Alert>
        )}
      </div>

      {field({
        id: 'field-summary',
        label: t('fiche.summary'),
        children: (
          <textarea
            id="field-summary"
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            value={draft.summary}
            aria-invalid={invalid('field-summary') || undefined}
            onChange={(e) => setDraft({ ...draft, summary: e.target.value })}
          />
        ),
      })}

      <Heading level={3}>{t('fiche.impacts')}</Heading>
      <Paragraph className="ws-note">{t('fiche.scale')}</Paragraph>
      {draft.impacts.map((impact, i) => {
        const id = (field: string) => `field-impacts-${i}-${field}`;
        const select = (
          field: keyof ImpactDraft,
          options: readonly (string | number)[],
          label: (o: string | number) => string,
          numeric = false,
        ) => (
          <select
            id={id(field)}
            className="utrecht-select utrecht-select--html-select"
            value={String(impact[field])}
            aria-invalid={invalid(id(field)) || undefined}
            onChange={(e) =>
              setImpact(i, {
                [field]: numeric ? Number(e.target.value) : e.target.value,
              } as Partial<ImpactDraft>)
            }
          >
            {options.map((o) => (
              <option key={o} value={o}>
                {label(o)}
              </option>
            ))}
          </select>
        );
        return (
          <Fieldset
            key={i}
            legend={fill(t('editor.impactN'), { n: i + 1 })}
            className="ws-impact-editor"
            data-testid={`impact-${i}`}
          >
            <div className="ws-form-row">
              {field({
                id: id('kind'),
                label: t('editor.kind'),
                children: (
                  <select
                    id={id('kind')}
                    className="utrecht-select utrecht-select--html-select"
                    value={impact.kind}
                    onChange={(e) => {
                      const kind = e.target.value as ImpactTargetKind;
                      setImpact(i, { kind, code: targetCodes(kind)[0] ?? '' });
                    }}
                  >
                    {IMPACT_TARGET_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {tDynamic(`targetKind.${k}`)}
                      </option>
                    ))}
                  </select>
                ),
              })}
              {field({
                id: id('target'),
                label: t('editor.code'),
                children: (
                  <select
                    id={id('target')}
                    className="utrecht-select utrecht-select--html-select"
                    value={impact.code}
                    aria-invalid={invalid(id('target')) || undefined}
                    onChange={(e) => setImpact(i, { code: e.target.value })}
                  >
                    {targetCodes(impact.kind).map((c) => (
                      <option key={c} value={c}>
                        {tDynamic(`${impact.kind}.${c}`)}
                      </option>
                    ))}
                  </select>
                ),
              })}
              {field({
                id: id('shortTerm'),
                label: t('fiche.shortTerm'),
                children: select(
                  'shortTerm',
                  IMPACT_SCORES,
                  (o) => `${signed(Number(o))} ${tDynamic(`impactScore.${o}`)}`,
                  true,
                ),
              })}
              {field({
                id: id('longTerm'),
                label: t('fiche.longTerm'),
                children: select(
                  'longTerm',
                  IMPACT_SCORES,
                  (o) => `${signed(Number(o))} ${tDynamic(`impactScore.${o}`)}`,
                  true,
                ),
              })}
              {field({
                id: id('evidence'),
                label: t('fiche.evidence'),
                children: select('evidence', EVIDENCE_GRADES, (o) => tDynamic(`evidence.${o}`)),
              })}
              {field({
                id: id('uncertainty'),
                label: t('fiche.uncertainty'),
                children: select('uncertainty', UNCERTAINTY_LEVELS, (o) =>
                  tDynamic(`uncertainty.${o}`),
                ),
              })}
            </div>
            <div className="ws-form-row">
              {field({
                id: id('explanation'),
                label: t('fiche.explanationCol'),
                children: (
                  <textarea
                    id={id('explanation')}
                    className="utrecht-textarea utrecht-textarea--html-textarea"
                    rows={2}
                    value={impact.explanation}
                    aria-invalid={invalid(id('explanation')) || undefined}
                    onChange={(e) => setImpact(i, { explanation: e.target.value })}
                  />
                ),
              })}
              {field({
                id: id('sources'),
                label: t('fiche.sources'),
                hint: t('editor.sourcesHint'),
                children: (
                  <textarea
                    id={id('sources')}
                    className="utrecht-textarea utrecht-textarea--html-textarea"
                    rows={2}
                    value={impact.sources}
                    aria-describedby={`${id('sources')}-hint`}
                    aria-invalid={invalid(id('sources')) || undefined}
                    onChange={(e) => setImpact(i, { sources: e.target.value })}
                  />
                ),
              })}
              {field({
                id: id('mitigations'),
                label: t('fiche.mitigations'),
                hint: t('editor.mitigationsHint'),
                children: (
                  <textarea
                    id={id('mitigations')}
                    className="utrecht-textarea utrecht-textarea--html-textarea"
                    rows={2}
                    value={impact.mitigations}
                    aria-describedby={`${id('mitigations')}-hint`}
                    onChange={(e) => setImpact(i, { mitigations: e.target.value })}
                  />
                ),
              })}
            </div>
            <Button
              appearance="subtle-button"
              onClick={() =>
                setDraft((d) => ({ ...d, impacts: d.impacts.filter((_, j) => j !== i) }))
              }
            >
              {t('editor.removeImpact')}
            </Button>
          </Fieldset>
        );
      })}
      <Button
        appearance="secondary-action-button"
        onClick={() => setDraft((d) => ({ ...d, impacts: [...d.impacts, emptyImpact()] }))}
      >
        {t('editor.addImpact')}
      </Button>

      <Heading level={3}>{t('fiche.rights')}</Heading>
      {RIGHTS_INSTRUMENTS.map((instrument) => (
        <details
          key={instrument}
          className="ws-rights-group"
          open={FUNDAMENTAL_RIGHTS.some((r) => r.instrument === instrument && r.id in draft.rights)}
        >
          <summary>{tDynamic(`instrument.${instrument}`)}</summary>
          {FUNDAMENTAL_RIGHTS.filter((r) => r.instrument === instrument).map((right) => {
            const checked = right.id in draft.rights;
            const index = Object.keys(draft.rights).indexOf(right.id);
            return (
              <div key={right.id} className="ws-right-option">
                <div className="ws-check">
                  <input
                    type="checkbox"
                    id={`right-${right.id}`}
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={checked}
                    onChange={(e) => {
                      const rights = { ...draft.rights };
                      if (e.target.checked) rights[right.id] = '';
                      else delete rights[right.id];
                      setDraft({ ...draft, rights });
                    }}
                  />
                  <label
                    htmlFor={`right-${right.id}`}
                    className="utrecht-form-label utrecht-form-label--checkbox"
                  >
                    {t('fiche.article')} {right.article} –{' '}
                    {locale === 'nl' ? right.titleNl : right.titleEn}
                  </label>
                </div>
                {checked &&
                  field({
                    id: `field-rights-${index}-note`,
                    label: t('editor.rightNote'),
                    children: (
                      <input
                        id={`field-rights-${index}-note`}
                        className="utrecht-textbox utrecht-textbox--html-input"
                        value={draft.rights[right.id] ?? ''}
                        aria-invalid={invalid(`field-rights-${index}-note`) || undefined}
                        onChange={(e) =>
                          setDraft({
                            ...draft,
                            rights: { ...draft.rights, [right.id]: e.target.value },
                          })
                        }
                      />
                    ),
                  })}
              </div>
            );
          })}
        </details>
      ))}

      <div className="ws-form-row">
        {field({
          id: 'field-author',
          label: t('analysis.author'),
          hint: t('analysis.authorHint'),
          children: (
            <input
              id="field-author"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={author}
              aria-describedby="field-author-hint"
              aria-invalid={invalid('field-author') || undefined}
              onChange={(e) => setAuthor(e.target.value)}
            />
          ),
        })}
        {field({
          id: 'field-changeNote',
          label: t('fiche.changeNote'),
          children: (
            <input
              id="field-changeNote"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={changeNote}
              aria-invalid={invalid('field-changeNote') || undefined}
              onChange={(e) => setChangeNote(e.target.value)}
            />
          ),
        })}
      </div>
      <div className="ws-actions">
        <Button
          type="submit"
          appearance="primary-action-button"
          disabled={busy}
          data-testid="save-fiche"
        >
          {busy ? t('editor.saving') : t('editor.save')}
        </Button>
        <Link href={`/measures/fiches/${measureCode}/${level}`}>{t('editor.cancel')}</Link>
      </div>
    </form>
  );
}
