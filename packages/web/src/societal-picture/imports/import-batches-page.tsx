import { useState } from 'react';
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
import { Link, useSearch } from 'wouter';
import { useSession } from '../../auth/session-context.tsx';
import { fill, formatMoment } from '../../advice/format.ts';
import { useLocale } from '../../i18n/locale-context.tsx';
import { useReloadableApi } from '../../measure-analysis/analysis-api.ts';
import { rollbackImport } from '../../api/imports-api.ts';
import type { ImportBatch } from '../../api/imports-api.ts';
import { SocietalNav } from '../societal-nav.tsx';

/**
 * The import batches, newest first: who, when, the file's checksum, the counts and the status,
 * with a rollback for an applied batch. After an upload the page says which batch just landed.
 */
export function ImportBatchesPage() {
  const { t, locale } = useLocale();
  const { can } = useSession();
  const search = new URLSearchParams(useSearch());
  const landed = Number(search.get('batch')) || null;
  const [batches, reload] = useReloadableApi<{ demo: boolean; items: ImportBatch[] }>(
    '/imports?limit=200',
  );
  const [notice, setNotice] = useState<string | null>(
    landed
      ? fill(t('imports.upload.batches.imported'), { id: landed, n: search.get('new') ?? '?' })
      : null,
  );
  const [failure, setFailure] = useState<string | null>(null);

  const rollback = async (id: number) => {
    setFailure(null);
    try {
      const result = await rollbackImport(id);
      setNotice(
        fill(t('imports.upload.batches.rolledBack'), { id, n: result.observationsRemoved }),
      );
      reload();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <SocietalNav />
      <Heading level={2}>{t('imports.upload.batches.title')}</Heading>
      <Paragraph>{t('imports.upload.batches.intro')}</Paragraph>
      {can('imports:write') && (
        <Paragraph>
          <Link href="/imports/new">{t('imports.upload.batches.new')}</Link>
        </Paragraph>
      )}
      <div role="status">
        {notice && (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      <div role="alert">
        {failure && (
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      {batches.state === 'loading' && <Paragraph>{t('home.loading')}</Paragraph>}
      {batches.state === 'error' && (
        <Paragraph>
          {t('home.error')} {batches.error.message}
        </Paragraph>
      )}
      {batches.state === 'ready' &&
        (batches.data.items.length === 0 ? (
          <Paragraph>{t('imports.upload.batches.empty')}</Paragraph>
        ) : (
          <div className="ws-table-scroll">
            <Table data-testid="import-batches">
              <TableCaption>{t('imports.upload.batches.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('imports.upload.batches.id')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('imports.upload.batches.file')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('imports.upload.batches.by')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('imports.upload.batches.at')}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('imports.upload.batches.checksum')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('imports.upload.batches.status')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('imports.upload.batches.counts')}
                  </TableHeaderCell>
                  {can('imports:write') && (
                    <TableHeaderCell scope="col">
                      {t('imports.upload.batches.action')}
                    </TableHeaderCell>
                  )}
                </TableRow>
              </TableHeader>
              <TableBody>
                {batches.data.items.map((b) => (
                  <TableRow
                    key={b.id}
                    data-testid={`batch-${b.id}`}
                    aria-current={b.id === landed ? 'true' : undefined}
                  >
                    <TableHeaderCell scope="row">{b.id}</TableHeaderCell>
                    <TableCell>
                      {b.fileName}
                      {b.demo && ' (demo)'}
                    </TableCell>
                    <TableCell>{b.createdBy}</TableCell>
                    <TableCell>{formatMoment(b.createdAt, locale)}</TableCell>
                    <TableCell>
                      <code title={b.checksum}>{b.checksum.slice(0, 12)}…</code>
                    </TableCell>
                    <TableCell>{t(`imports.upload.batches.status.${b.status}`)}</TableCell>
                    <TableCell className="ws-num">
                      {b.counts.observationsNew.toLocaleString(locale)} /{' '}
                      {b.counts.observationsRevised.toLocaleString(locale)} /{' '}
                      {b.counts.rejectedRows.toLocaleString(locale)}
                    </TableCell>
                    {can('imports:write') && (
                      <TableCell>
                        {b.status === 'applied' && (
                          <Button
                            appearance="secondary-action-button"
                            aria-label={fill(t('imports.upload.batches.rollbackOf'), { id: b.id })}
                            onClick={() => void rollback(b.id)}
                          >
                            {t('imports.upload.batches.rollback')}
                          </Button>
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ))}
    </>
  );
}
