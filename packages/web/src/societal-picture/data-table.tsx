import type { ReactNode } from 'react';
import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useLocale } from '../i18n/locale-context.tsx';
import { csvFileName, toCsv } from '@weegschaal/core';
import type { CsvCell } from '@weegschaal/core';

export interface Column<Row> {
  header: string;
  /** what the table shows */
  cell(row: Row): ReactNode;
  /** what the CSV holds: plain values, numbers unformatted; by default the cell as text */
  csv?(row: Row): CsvCell;
  /** the column that names the row (a <th scope="row">) */
  rowHeader?: boolean;
  /** right-aligned numbers */
  numeric?: boolean;
  /** the CSV header when it differs; null leaves the column out of the CSV (a sparkline) */
  csvHeader?: string | null;
  /** only in the CSV (an interval bound the table shows inside another cell) */
  csvOnly?: boolean;
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}

/**
 * The accessible alternative to a chart: the same numbers in a table, folded in a <details>
 * under the chart, with a CSV download of exactly the rows shown.
 */
export function DataTable<Row>({
  caption,
  rows,
  columns,
  rowKey,
  fileName,
  open = false,
  testId,
}: {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey(row: Row): string;
  /** parts of the CSV file name */
  fileName: readonly string[];
  open?: boolean;
  testId?: string;
}) {
  const { t } = useLocale();
  const exported = columns.filter((c) => c.csvHeader !== null);
  const shown = columns.filter((c) => !c.csvOnly);
  const csv = () =>
    toCsv(
      exported.map((c) => c.csvHeader ?? c.header),
      rows.map((row) =>
        exported.map((c) => {
          if (c.csv) return c.csv(row);
          const shown = c.cell(row);
          return typeof shown === 'string' || typeof shown === 'number' ? shown : '';
        }),
      ),
    );
  return (
    <details className="ws-data-table" open={open} data-testid={testId}>
      <summary>{caption}</summary>
      <div className="ws-table-actions">
        <Button
          appearance="secondary-action-button"
          onClick={() => download(csvFileName(...fileName), csv())}
        >
          {t('sp.download')}
        </Button>
      </div>
      <div className="ws-table-scroll">
        <Table>
          <TableCaption className="ws-sp-visually-hidden">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              {shown.map((c) => (
                <TableHeaderCell scope="col" key={c.header}>
                  {c.header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={rowKey(row)}>
                {shown.map((c) =>
                  c.rowHeader ? (
                    <TableHeaderCell scope="row" key={c.header}>
                      {c.cell(row)}
                    </TableHeaderCell>
                  ) : (
                    <TableCell key={c.header} className={c.numeric ? 'ws-num' : undefined}>
                      {c.cell(row)}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </details>
  );
}
