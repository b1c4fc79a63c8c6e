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
import type { AdviceRequest, CoverageCheck, InformationPackage } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { send } from '../auth/api-send.ts';
import { AdviceNav } from '../advice/advice-nav.tsx';
import { RequirePermission } from '../advice/require-login.tsx';
import { fill, formatMoment } from '../advice/format.ts';

type PackageView = InformationPackage & {
  rootHashRule: string;
  parity: { equal: boolean; explanation: string };
};

interface ReportSummary {
  id: string;
  body: string;
  title: string;
  status: string;
  confidentiality: string;
  measureCodes: string[];
  access: string;
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function NewPackageForm({ requestId, onDone }: { requestId: string; onDone: () => void }) {
  const { t } = useLocale();
  const [files, setFiles] = useState<File[]>([]);
  const [note, setNote] = useState('');
  const [snapshot, setSnapshot] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    setFailure(null);
    try {
      const documents = await Promise.all(
        files.map(async (f) => ({
          name: f.name,
          mediaType: f.type || 'application/octet-stream',
          contentBase64: toBase64(await f.arrayBuffer()),
        })),
      );
      await send('POST', '/information-packages', {
        requestId,
        documents,
        includeSnapshot: snapshot,
        note,
      });
      onDone();
    } catch (e) {
      setFailure((e as Error).message);
    }
  };
  return (
    <form
      className="ws-form"
      aria-labelledby="new-package-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading level={4} id="new-package-heading">
        {t('package.new.title')}
      </Heading>
      <div role="alert">
        {failure && (
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <div className="ws-field">
        <label htmlFor="package-files" className="utrecht-form-label">
          {t('package.field.documents')}
        </label>
        <input
          id="package-files"
          type="file"
          multiple
          className="ws-file"
          onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
        />
      </div>
      <div className="ws-check">
        <input
          type="checkbox"
          id="package-snapshot"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={snapshot}
          onChange={(e) => setSnapshot(e.target.checked)}
        />
        <label
          htmlFor="package-snapshot"
          className="utrecht-form-label utrecht-form-label--checkbox"
        >
          {t('package.field.snapshot')}
        </label>
      </div>
      <div className="ws-field">
        <label htmlFor="package-note" className="utrecht-form-label">
          {t('package.field.note')}
        </label>
        <input
          id="package-note"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <Button type="submit" appearance="primary-action-button">
        {t('package.new.submit')}
      </Button>
    </form>
  );
}

function PackageSection({ pkg, onChange }: { pkg: PackageView; onChange: () => void }) {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <section
      className="ws-package"
      data-testid={`package-v${pkg.version}`}
      aria-labelledby={`package-${pkg.id}`}
    >
      <Heading level={4} id={`package-${pkg.id}`}>
        {fill(t('package.version'), { version: pkg.version })} –{' '}
        {tDynamic(`package.status.${pkg.status}`)}
      </Heading>
      <dl className="ws-meta">
        <div>
          <dt>{t('package.rootHash')}</dt>
          <dd>
            <code data-testid="root-hash">{pkg.rootHash}</code>
          </dd>
        </div>
        {pkg.supersedesId && (
          <div>
            <dt>{t('package.supersedes')}</dt>
            <dd>{pkg.supersedesId}</dd>
          </div>
        )}
      </dl>
      <Paragraph className="ws-hint">{pkg.rootHashRule}</Paragraph>
      <Table>
        <caption>{t('package.items')}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('package.item.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('package.item.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('package.item.size')}</TableHeaderCell>
            <TableHeaderCell scope="col">SHA-256</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pkg.items.map((i) => (
            <TableRow key={i.name}>
              <TableHeaderCell scope="row">
                <a
                  href={`/api/v1/information-packages/${pkg.id}/items/${encodeURIComponent(i.name)}`}
                >
                  {i.name}
                </a>
              </TableHeaderCell>
              <TableCell>{tDynamic(`package.kind.${i.kind}`)}</TableCell>
              <TableCell>{i.size}</TableCell>
              <TableCell>
                <code className="ws-hash">{i.sha256}</code>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pkg.deliveries.length > 0 && (
        <Table data-testid="deliveries">
          <caption>{t('package.deliveries')}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('package.body')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('package.availableAt')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('package.rootHash')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {pkg.deliveries.map((d) => (
              <TableRow key={d.body} data-testid={`delivery-${d.body}`}>
                <TableHeaderCell scope="row">{d.body}</TableHeaderCell>
                <TableCell>{formatMoment(d.availableAt, locale)}</TableCell>
                <TableCell>
                  <code className="ws-hash">{d.rootHash}</code>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {pkg.deliveries.length > 0 && (
        <Paragraph data-testid="parity">{pkg.parity.explanation}</Paragraph>
      )}
      <div role="alert">
        {failure && (
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      {pkg.status === 'draft' && can('information-packages:send') && (
        <Button
          appearance="primary-action-button"
          onClick={() =>
            send('POST', `/information-packages/${pkg.id}/deliveries`).then(onChange, (e: Error) =>
              setFailure(e.message),
            )
          }
        >
          {t('package.send')}
        </Button>
      )}
    </section>
  );
}

function Coverage({ id }: { id: string }) {
  const { t } = useLocale();
  const coverage = useApi<CoverageCheck>(`/advice-requests/${id}/coverage`);
  if (coverage.state !== 'ready') return null;
  return (
    <section aria-labelledby="coverage-heading">
      <Heading level={4} id="coverage-heading">
        {t('report.coverage')}
      </Heading>
      <ul data-testid="coverage">
        {coverage.data.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function RequestDetail({ id }: { id: string }) {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const request = useApi<AdviceRequest>(`/advice-requests/${id}`);
  const [packages, reload] = useReloadableApi<{ items: PackageView[] }>(
    `/information-packages?requestId=${id}`,
  );
  const reports = useApi<{ items: ReportSummary[] }>(`/advisory-reports?requestId=${id}`);

  if (request.state === 'loading') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  if (request.state === 'error') return <Paragraph role="alert">{request.error.message}</Paragraph>;
  const r = request.data;
  const latest = packages.state === 'ready' ? packages.data.items[0] : undefined;
  return (
    <>
      <Heading level={3}>
        {r.title}
        {r.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
      </Heading>
      <Paragraph>{r.question}</Paragraph>
      <dl className="ws-meta">
        <div>
          <dt>{t('advice.field.department')}</dt>
          <dd>{r.requestingDepartment}</dd>
        </div>
        <div>
          <dt>{t('advice.field.mcc')}</dt>
          <dd>{formatMoment(r.mccAt, locale)}</dd>
        </div>
        <div>
          <dt>{t('advice.field.addressees')}</dt>
          <dd>{r.addressees.join(', ')}</dd>
        </div>
      </dl>
      <Table>
        <caption>{t('advice.deadlines')}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('advice.deadline.what')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('advice.deadline.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('advice.deadline.rule')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {r.deadlines.map((d) => (
            <TableRow key={d.key}>
              <TableHeaderCell scope="row">{tDynamic(`deadline.${d.key}`)}</TableHeaderCell>
              <TableCell>{formatMoment(d.at, locale)}</TableCell>
              <TableCell>
                {d.rule} ({d.basis})
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Heading level={3}>{t('package.title')}</Heading>
      {packages.state === 'ready' && packages.data.items.length === 0 && (
        <Paragraph>{t('package.none')}</Paragraph>
      )}
      {packages.state === 'ready' &&
        packages.data.items.map((p) => <PackageSection key={p.id} pkg={p} onChange={reload} />)}
      {can('information-packages:create') && (!latest || latest.status === 'sent') && (
        <NewPackageForm requestId={id} onDone={reload} />
      )}

      <Heading level={3}>{t('report.title')}</Heading>
      {reports.state === 'ready' && reports.data.items.length === 0 && (
        <Paragraph>{t('report.none')}</Paragraph>
      )}
      {reports.state === 'ready' && reports.data.items.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('package.body')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('advice.field.title')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('report.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('report.confidentiality')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reports.data.items.map((rep) => (
              <TableRow key={rep.id}>
                <TableHeaderCell scope="row">{rep.body}</TableHeaderCell>
                <TableCell>{rep.title}</TableCell>
                <TableCell>{tDynamic(`report.status.${rep.status}`)}</TableCell>
                <TableCell>{tDynamic(`report.confidentiality.${rep.confidentiality}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {can('advisory-reports:coverage') && <Coverage id={id} />}
    </>
  );
}

export function AdviceRequestPage({ params }: { params: { id: string } }) {
  const { t } = useLocale();
  return (
    <>
      <Heading level={2}>{t('area.advice')}</Heading>
      <AdviceNav current="" />
      <RequirePermission permission="advice-requests:read">
        <RequestDetail id={params.id} />
      </RequirePermission>
    </>
  );
}
