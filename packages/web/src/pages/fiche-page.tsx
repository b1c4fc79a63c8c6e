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
import { allowedTransitions } from '@weegschaal/core';
import type { FicheStatus, FicheVersion, Measure } from '@weegschaal/core';
import { Link, useParams, useSearch } from 'wouter';
import { ApiError, useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { AnalysisNav } from '../measure-analysis/analysis-nav.tsx';
import type { ProblemError } from '../measure-analysis/analysis-api.ts';
import { measureNames, sendJson, useReloadableApi } from '../measure-analysis/analysis-api.ts';
import type { ApiFiche, ApiFicheDiff } from '../measure-analysis/analysis-types.ts';
import { FicheView } from '../measure-analysis/fiche-view.tsx';
import { fill, formatDateTime } from '../measure-analysis/format.ts';
import '../measure-analysis/measure-analysis.css';

/** The version a reader most likely wants: the adopted one, else the newest. */
export function defaultVersion(versions: FicheVersion[]): number {
  return (versions.find((v) => v.status === 'adopted') ?? versions.at(-1))?.version ?? 1;
}

export function FichePage() {
  const { t, locale } = useLocale();
  const params = useParams<{ measureCode: string; level: string }>();
  const base = `/fiches/${params.measureCode}/${params.level}`;
  const [fiche, reload] = useReloadableApi<ApiFiche>(base);
  const measures = useApi<{ items: Measure[] }>('/measures');
  // ?version=n opens a given version, e.g. the one just saved in the editor
  const requested = Number(new URLSearchParams(useSearch()).get('version')) || null;
  const [chosen, setChosen] = useState<number | null>(null);

  const names = measures.state === 'ready' ? measureNames(measures.data.items, locale) : null;
  const level = Number(params.level);
  const title = names
    ? `${names.measure(params.measureCode)} – ${t('analysis.level')} ${level}: ${names.level(params.measureCode, level)}`
    : `${params.measureCode} ${level}`;

  return (
    <>
      <AnalysisNav />
      <Heading level={2}>{title}</Heading>
      {fiche.state === 'loading' && <Paragraph role="status">{t('analysis.loading')}</Paragraph>}
      {fiche.state === 'error' && (
        <>
          <Paragraph role="alert">
            {fiche.error instanceof ApiError && fiche.error.status === 404
              ? t('fiche.notFound')
              : t('analysis.error')}
          </Paragraph>
          <Paragraph>
            <Link href={`/measures${base}/edit`}>{t('fiche.edit')}</Link>
          </Paragraph>
        </>
      )}
      {fiche.state === 'ready' && (
        <FicheDetails
          fiche={fiche.data}
          version={chosen ?? requested ?? defaultVersion(fiche.data.versions)}
          onChoose={setChosen}
          onChanged={reload}
        />
      )}
    </>
  );
}

function FicheDetails({
  fiche,
  version,
  onChoose,
  onChanged,
}: {
  fiche: ApiFiche;
  version: number;
  onChoose(version: number): void;
  onChanged(): void;
}) {
  const { t, tDynamic, locale } = useLocale();
  const current = fiche.versions.find((v) => v.version === version) ?? fiche.versions.at(-1);
  if (!current) return null;
  const path = `/measures/fiches/${fiche.measureCode}/${fiche.level}`;
  return (
    <>
      <Paragraph>
        <span className="ws-status-badge" data-status={current.status} data-testid="fiche-status">
          {tDynamic(`ficheStatus.${current.status}`)}
        </span>{' '}
        {fill(t('fiche.versionOf'), { version: current.version, count: fiche.versions.length })}
        {current.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
        {' · '}
        {fill(t('fiche.createdBy'), {
          author: current.author,
          date: formatDateTime(current.createdAt, locale),
        })}
      </Paragraph>
      <div className="ws-actions ws-no-print">
        <div className="ws-inline-field">
          <label htmlFor="fiche-version" className="utrecht-form-label">
            {t('fiche.showVersion')}
          </label>
          <select
            id="fiche-version"
            className="utrecht-select utrecht-select--html-select"
            value={current.version}
            onChange={(e) => onChoose(Number(e.target.value))}
          >
            {fiche.versions.map((v) => (
              <option key={v.version} value={v.version}>
                {t('fiche.version')} {v.version} ({tDynamic(`ficheStatus.${v.status}`)})
              </option>
            ))}
          </select>
        </div>
        <Link
          href={`${path}/edit?from=${current.version}`}
          className="ws-button-link"
          data-testid="edit-fiche"
        >
          {t('fiche.edit')}
        </Link>
        <Link href={`${path}/print?version=${current.version}`} className="ws-button-link">
          {t('fiche.print')}
        </Link>
        <a
          href={`/api/v1/fiches/${fiche.measureCode}/${fiche.level}/versions/${current.version}/pdf`}
          className="ws-button-link"
        >
          {t('fiche.pdf')}
        </a>
      </div>

      <WorkflowPanel fiche={fiche} version={current} onChanged={onChanged} />

      <Paragraph>
        <strong>{t('fiche.changeNote')}:</strong> {current.changeNote}
      </Paragraph>
      <FicheView content={current.content} headingLevel={3} />

      <VersionHistory fiche={fiche} selected={current.version} />
    </>
  );
}

function WorkflowPanel({
  fiche,
  version,
  onChanged,
}: {
  fiche: ApiFiche;
  version: FicheVersion;
  onChanged(): void;
}) {
  const { t, tDynamic } = useLocale();
  const [author, setAuthor] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const next = allowedTransitions(version.status);

  const move = async (to: FicheStatus) => {
    setBusy(true);
    setMessage(null);
    try {
      await sendJson(
        'POST',
        `/fiches/${fiche.measureCode}/${fiche.level}/versions/${version.version}/transitions`,
        {
          to,
          author,
          reason,
        },
      );
      setMessage({ kind: 'ok', text: fill(t('fiche.done'), { what: t(`transition.${to}`) }) });
      setReason('');
      onChanged();
    } catch (error) {
      const e = error as ProblemError;
      const fields = e.invalidParams?.map((p) => `${p.name}: ${p.reason}`).join('; ');
      setMessage({ kind: 'error', text: fields ? `${e.message} ${fields}` : e.message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ws-panel ws-no-print" aria-labelledby="workflow-heading">
      <Heading level={3} id="workflow-heading">
        {t('fiche.workflow')}
      </Heading>
      <Paragraph>{t('fiche.workflowIntro')}</Paragraph>
      {next.length === 0 ? (
        <Paragraph>{t('fiche.final')}</Paragraph>
      ) : (
        <>
          <div className="ws-form-row">
            <div className="ws-field">
              <label htmlFor="workflow-author" className="utrecht-form-label">
                {t('analysis.author')}
              </label>
              <input
                id="workflow-author"
                className="utrecht-textbox utrecht-textbox--html-input"
                value={author}
                aria-describedby="workflow-author-hint"
                onChange={(e) => setAuthor(e.target.value)}
              />
              <span id="workflow-author-hint" className="ws-hint">
                {t('analysis.authorHint')}
              </span>
            </div>
            <div className="ws-field ws-field--wide">
              <label htmlFor="workflow-reason" className="utrecht-form-label">
                {t('fiche.reason')}
              </label>
              <input
                id="workflow-reason"
                className="utrecht-textbox utrecht-textbox--html-input"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
          </div>
          <div className="ws-actions">
            {next.map((to) => (
              <Button
                key={to}
                appearance={to === 'adopted' ? 'primary-action-button' : 'secondary-action-button'}
                disabled={busy}
                onClick={() => void move(to)}
                data-testid={`transition-${to}`}
              >
                {tDynamic(`transition.${to}`)}
              </Button>
            ))}
          </div>
        </>
      )}
      <div role="status" aria-live="polite">
        {message && (
          <Alert type={message.kind === 'ok' ? 'ok' : 'error'}>
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}

function VersionHistory({ fiche, selected }: { fiche: ApiFiche; selected: number }) {
  const { t, tDynamic, locale } = useLocale();
  const previous = fiche.versions.filter((v) => v.version < selected).at(-1)?.version ?? selected;
  const [from, setFrom] = useState(previous);
  const [to, setTo] = useState(selected);
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);
  const [diff] = useReloadableApi<ApiFicheDiff>(
    shown
      ? `/fiches/${fiche.measureCode}/${fiche.level}/diff?from=${shown.from}&to=${shown.to}`
      : null,
  );

  return (
    <section className="ws-no-print">
      <Heading level={3}>{t('fiche.history')}</Heading>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('fiche.version')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('fiches.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('analysis.author')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('fiche.at')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('fiche.changeNote')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fiche.versions.map((v) => (
            <TableRow key={v.version}>
              <TableHeaderCell scope="row">{v.version}</TableHeaderCell>
              <TableCell>{tDynamic(`ficheStatus.${v.status}`)}</TableCell>
              <TableCell>{v.author}</TableCell>
              <TableCell>{formatDateTime(v.createdAt, locale)}</TableCell>
              <TableCell>{v.changeNote}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Heading level={4}>{t('fiche.transitions')}</Heading>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('fiche.at')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('fiche.version')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('fiche.from')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('fiche.to')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('analysis.author')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('fiche.reason')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fiche.transitions.map((tr, i) => (
            <TableRow key={i}>
              <TableCell>{formatDateTime(tr.at, locale)}</TableCell>
              <TableCell>{tr.version}</TableCell>
              <TableCell>{tDynamic(`ficheStatus.${tr.from}`)}</TableCell>
              <TableCell>{tDynamic(`ficheStatus.${tr.to}`)}</TableCell>
              <TableCell>{tr.author}</TableCell>
              <TableCell>{tr.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      {fiche.versions.length > 1 && (
        <>
          <Heading level={4}>{t('fiche.diff')}</Heading>
          <div className="ws-actions">
            {(
              [
                ['diff-from', 'fiche.diffFrom', from, setFrom],
                ['diff-to', 'fiche.diffTo', to, setTo],
              ] as const
            ).map(([id, label, value, set]) => (
              <div key={id} className="ws-inline-field">
                <label htmlFor={id} className="utrecht-form-label">
                  {t(label)}
                </label>
                <select
                  id={id}
                  className="utrecht-select utrecht-select--html-select"
                  value={value}
                  onChange={(e) => set(Number(e.target.value))}
                >
                  {fiche.versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      {v.version}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <Button appearance="secondary-action-button" onClick={() => setShown({ from, to })}>
              {t('fiche.diffShow')}
            </Button>
          </div>
          {shown && diff.state === 'ready' && <DiffTable diff={diff.data} />}
        </>
      )}
    </section>
  );
}

function DiffTable({ diff }: { diff: ApiFicheDiff }) {
  const { t, tDynamic } = useLocale();
  const show = (v: unknown) =>
    v === null || v === undefined ? '–' : Array.isArray(v) ? v.join('; ') : String(v);
  if (diff.changes.length === 0) return <Paragraph>{t('fiche.diffNone')}</Paragraph>;
  return (
    <Table data-testid="fiche-diff">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('fiche.field')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fiche.change')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fiche.before')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fiche.after')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {diff.changes.map((c) => (
          <TableRow key={c.path}>
            <TableHeaderCell scope="row">{describePath(c.path, tDynamic)}</TableHeaderCell>
            <TableCell>{tDynamic(`change.${c.kind}`)}</TableCell>
            <TableCell>{show(c.before)}</TableCell>
            <TableCell>{show(c.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const FIELD_KEYS: Record<string, string> = {
  shortTerm: 'fiche.shortTerm',
  longTerm: 'fiche.longTerm',
  evidence: 'fiche.evidence',
  uncertainty: 'fiche.uncertainty',
  explanation: 'fiche.explanationCol',
  sources: 'fiche.sources',
  mitigations: 'fiche.mitigations',
  note: 'fiche.rights',
};

/** 'impacts[group:elderly].shortTerm' → 'Ouderen – Korte termijn'. */
export function describePath(path: string, tDynamic: (key: string) => string): string {
  if (path === 'summary') return tDynamic('fiche.summary');
  const m = /^(impacts|rights)\[([^\]]+)\]\.(\w+)$/.exec(path);
  if (!m) return path;
  const [, list, id = '', field = ''] = m;
  const subject = list === 'impacts' ? tDynamic(id.replace(':', '.')) : id;
  return `${subject} – ${tDynamic(FIELD_KEYS[field] ?? field)}`;
}
