import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { Link, useLocation } from 'wouter';
import type { ColumnRole, CsvDialect } from '@weegschaal/core';
import { useSession } from '../../auth/session-context.tsx';
import { fill } from '../../advice/format.ts';
import { useLocale } from '../../i18n/locale-context.tsx';
import { previewImport, readUpload, runImport } from '../../api/imports-api.ts';
import type {
  ImportChoices,
  ImportPreview,
  ImportReport,
  UploadedFile,
} from '../../api/imports-api.ts';
import { SocietalNav } from '../societal-nav.tsx';

/** the roles the mapping step asks for; bounds, breakdowns and the rest are detected */
const ROLES = ['indicator', 'region', 'period', 'value', 'status'] as const satisfies ColumnRole[];

const COUNTS = [
  ['rowsRead', 'imports.upload.counts.rowsRead'],
  ['observationsNew', 'imports.upload.counts.new'],
  ['observationsRevised', 'imports.upload.counts.revised'],
  ['observationsUnchanged', 'imports.upload.counts.unchanged'],
  ['rejectedRows', 'imports.upload.counts.rejected'],
  ['emptyValues', 'imports.upload.counts.empty'],
] as const;

/**
 * Upload with preview and a mapping step: the server reads the file as the import will
 * (POST /imports/previews) and says which column it takes for what; the user corrects the
 * mapping and the CSV notation, runs a dry run that lists every rejected row with its row,
 * column, value and reason, and imports. The mapping is an option of the one importer.
 */
export function ImportUploadPage() {
  const { t, locale } = useLocale();
  const { can } = useSession();
  const [, navigate] = useLocation();
  const [picked, setPicked] = useState<File | null>(null);
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [columns, setColumns] = useState<ImportChoices['columns']>({});
  const [dialect, setDialect] = useState<CsvDialect | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const choices = (): ImportChoices => ({ columns, dialect });
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const read = (event: FormEvent) => {
    event.preventDefault();
    if (!picked) return;
    void act(async () => {
      const upload = await readUpload(picked);
      // a corrected file with the same columns keeps the mapping made for the first one
      const kept = Object.fromEntries(
        Object.entries(columns).filter(([, c]) => preview?.columns.includes(c ?? '')),
      );
      const read = await previewImport(upload, preview ? { columns: kept, dialect } : null);
      setFile(upload);
      setPreview(read);
      setColumns(
        Object.fromEntries(
          ROLES.flatMap((r) => (read.layout.columns[r] ? [[r, read.layout.columns[r]]] : [])),
        ),
      );
      setDialect(
        read.dialect
          ? {
              delimiter: read.dialect.delimiter,
              decimalSeparator: read.dialect.decimalSeparator,
              dateOrder: read.dialect.dateOrder,
            }
          : null,
      );
      setReport(null);
    });
  };

  const reread = () =>
    void act(async () => {
      if (!file) return;
      setPreview(await previewImport(file, choices()));
      setReport(null);
    });

  const dryRun = () =>
    void act(async () => {
      if (file) setReport(await runImport(file, choices(), true));
    });

  const importNow = () =>
    void act(async () => {
      if (!file) return;
      const result = await runImport(file, choices(), false);
      if (result.status === 'applied' && result.batchId !== null) {
        navigate(`/imports?batch=${result.batchId}&new=${result.counts.observationsNew}`);
      } else {
        setReport(result);
        setFailure(t('imports.upload.rejected'));
      }
    });

  const choose = (role: ColumnRole, column: string) => {
    setColumns((current) => {
      const next = { ...current };
      if (column) next[role] = column;
      else delete next[role];
      return next;
    });
    setReport(null);
  };
  const setDialectPart = <K extends keyof CsvDialect>(key: K, value: CsvDialect[K]) => {
    setDialect((d) => (d ? { ...d, [key]: value } : d));
    setReport(null);
  };

  if (!can('imports:write')) {
    return (
      <>
        <SocietalNav />
        <Heading level={2}>{t('imports.upload.title')}</Heading>
        <Paragraph>
          {t('imports.upload.loginRequired')} <Link href="~/login">{t('layout.login')}</Link>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <SocietalNav />
      <Heading level={2}>{t('imports.upload.title')}</Heading>
      <Paragraph>{t('imports.upload.intro')}</Paragraph>
      <div role="alert">
        {failure && (
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>

      <form className="ws-sp-controls" onSubmit={read}>
        <div className="ws-sp-field">
          <label htmlFor="import-file" className="utrecht-form-label">
            {t('imports.upload.file')}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.txt,.xlsx,.json,text/csv,application/json"
            aria-describedby="import-file-hint"
            className="ws-file"
            onChange={(e) => setPicked(e.target.files?.[0] ?? null)}
          />
          <span id="import-file-hint" className="ws-sp-hint">
            {t('imports.upload.fileHint')}
          </span>
        </div>
        <Button type="submit" appearance="primary-action-button" disabled={!picked || busy}>
          {t('imports.upload.preview')}
        </Button>
      </form>
      {busy && <Paragraph role="status">{t('imports.upload.reading')}</Paragraph>}

      {preview && (
        <section aria-labelledby="import-preview-title">
          <Heading level={3} id="import-preview-title">
            {t('imports.upload.step.preview')}
          </Heading>
          <dl className="ws-sp-counts" data-testid="import-detected">
            <div>
              <dt>{t('imports.upload.format')}</dt>
              <dd>{t(`imports.upload.format.${preview.format}`)}</dd>
            </div>
            {preview.dialect && (
              <div>
                <dt>{t('imports.upload.convention')}</dt>
                <dd>{t(`imports.upload.convention.${preview.dialect.convention}`)}</dd>
              </div>
            )}
            <div>
              <dt>{t('imports.upload.rowsInFile')}</dt>
              <dd>{preview.totalRows.toLocaleString(locale)}</dd>
            </div>
          </dl>
          <ul className="ws-sp-explanation">
            {preview.explanation.map((line) => (
              <li key={line} lang="en">
                {line}
              </li>
            ))}
          </ul>
          <div className="ws-table-scroll">
            <Table data-testid="import-preview">
              <TableCaption>
                {fill(t('imports.upload.firstRows'), {
                  n: preview.rows.length,
                  file: preview.fileName,
                })}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('imports.upload.row')}</TableHeaderCell>
                  {preview.columns.map((c) => (
                    <TableHeaderCell key={c} scope="col">
                      {c}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.rows.map((row) => (
                  <TableRow key={row.rowNumber}>
                    <TableHeaderCell scope="row">{row.rowNumber}</TableHeaderCell>
                    {preview.columns.map((c, i) => (
                      <TableCell key={c}>{row.cells[i] ?? ''}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>

          <Heading level={3}>{t('imports.upload.step.mapping')}</Heading>
          <Paragraph>{t('imports.upload.mappingIntro')}</Paragraph>
          <fieldset className="ws-sp-controls">
            <legend className="ws-sp-visually-hidden">{t('imports.upload.step.mapping')}</legend>
            {ROLES.map((role) => (
              <SelectField
                key={role}
                id={`import-role-${role}`}
                label={t(`imports.upload.role.${role}`)}
                value={columns[role] ?? ''}
                options={[
                  ['', t('imports.upload.notInFile')],
                  ...preview.columns.map((c) => [c, c] as const),
                ]}
                onChange={(column) => choose(role, column)}
              />
            ))}
          </fieldset>
          {dialect && (
            <fieldset className="ws-sp-controls">
              <legend>{t('imports.upload.dialect')}</legend>
              <SelectField
                id="import-delimiter"
                label={t('imports.upload.delimiter')}
                value={dialect.delimiter}
                options={[
                  [';', t('imports.upload.delimiter.semicolon')],
                  [',', t('imports.upload.delimiter.comma')],
                  ['\t', t('imports.upload.delimiter.tab')],
                ]}
                onChange={(v) => setDialectPart('delimiter', v)}
              />
              <SelectField
                id="import-decimal"
                label={t('imports.upload.decimal')}
                value={dialect.decimalSeparator}
                options={[
                  [',', t('imports.upload.decimal.comma')],
                  ['.', t('imports.upload.decimal.point')],
                ]}
                onChange={(v) => setDialectPart('decimalSeparator', v)}
              />
              <SelectField
                id="import-dates"
                label={t('imports.upload.dateOrder')}
                value={dialect.dateOrder}
                options={[
                  ['dmy', t('imports.upload.dateOrder.dmy')],
                  ['iso', t('imports.upload.dateOrder.iso')],
                ]}
                onChange={(v) => setDialectPart('dateOrder', v)}
              />
            </fieldset>
          )}
          <div className="ws-sp-controls">
            <Button appearance="secondary-action-button" onClick={reread} disabled={busy}>
              {t('imports.upload.reread')}
            </Button>
          </div>

          <Heading level={3}>{t('imports.upload.step.dryRun')}</Heading>
          <Paragraph>{t('imports.upload.dryRunIntro')}</Paragraph>
          <Button appearance="primary-action-button" onClick={dryRun} disabled={busy}>
            {t('imports.upload.dryRun')}
          </Button>
        </section>
      )}

      {report && (
        <section aria-labelledby="import-report-title" data-testid="import-report">
          <Heading level={3} id="import-report-title">
            {report.status === 'dry-run'
              ? t('imports.upload.dryRunResult')
              : t('imports.upload.rejected')}
          </Heading>
          <dl className="ws-sp-counts">
            {COUNTS.map(([key, label]) => (
              <div key={key}>
                <dt>{t(label)}</dt>
                <dd>{report.counts[key].toLocaleString(locale)}</dd>
              </div>
            ))}
          </dl>
          {report.rejections.length > 0 ? (
            <>
              <div className="ws-table-scroll">
                <Table data-testid="import-rejections">
                  <TableCaption>
                    {fill(t('imports.upload.rejections'), { file: report.fileName })}
                  </TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('imports.upload.row')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('imports.upload.column')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('imports.upload.value')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('imports.upload.reason')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {report.rejections.map((r) => (
                      <TableRow key={`${r.row}|${r.column}|${r.reason}`}>
                        <TableHeaderCell scope="row">{r.row}</TableHeaderCell>
                        <TableCell>{r.column}</TableCell>
                        <TableCell>{r.value}</TableCell>
                        <TableCell>
                          <span lang="en">{r.message}</span> ({r.reason})
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              <Paragraph>{t('imports.upload.fixAndRetry')}</Paragraph>
            </>
          ) : (
            report.status === 'dry-run' && (
              <>
                <Paragraph role="status">{t('imports.upload.ready')}</Paragraph>
                <Heading level={3}>{t('imports.upload.step.import')}</Heading>
                <Button appearance="primary-action-button" onClick={importNow} disabled={busy}>
                  {t('imports.upload.import')}
                </Button>
              </>
            )
          )}
        </section>
      )}
    </>
  );
}

/** A labelled select of fixed options (value, text). */
function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange(value: V): void;
}) {
  return (
    <div className="ws-sp-field">
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        onChange={(e) => {
          const chosen = options.find(([v]) => v === e.target.value);
          if (chosen) onChange(chosen[0]);
        }}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
