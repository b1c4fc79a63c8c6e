import { parse } from 'csv-parse/sync';
import type { InvalidParam } from '../errors/domain-error.ts';
import { parseCalendarDate } from '../calendar/calendar-date.ts';
import { classifyMeasureEvent } from './measure-event.ts';
import type { MeasureEvent, MeasureEventsResult } from './measure-event.ts';

type Row = { record: string[]; info: { lines: number } };

function readRows(text: string, fileName: string, errors: InvalidParam[]): Row[] {
  try {
    return parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
      // the lists are hand-typed: 'Einde "lockdown".' has quotes inside an unquoted field
      relax_quotes: true,
    }) as unknown as Row[];
  } catch (error) {
    errors.push({
      name: `${fileName}:${(error as { lines?: number }).lines ?? 1}`,
      reason: `not readable as CSV: ${error instanceof Error ? error.message : String(error)}`,
    });
    return [];
  }
}

/**
 * Reads either known events list: Han-Kwang Nienhuys' `Date,Date_stop,Description,Flags`
 * or CoronaWatchNL's `start_datum,verwachtte_einddatum,maatregel,url`.
 */
export function parseMeasureEventsCsv(text: string, fileName: string): MeasureEventsResult {
  const errors: InvalidParam[] = [];
  const [header, ...rows] = readRows(text, fileName, errors);
  if (!header) {
    if (errors.length === 0) errors.push({ name: `${fileName}:1`, reason: 'the file is empty' });
    return { events: [], errors };
  }
  const columns = header.record.map((c) => c.trim());
  const col = (name: string) => columns.indexOf(name);
  const layout =
    col('Date') >= 0 && col('Description') >= 0
      ? {
          start: col('Date'),
          end: col('Date_stop'),
          text: col('Description'),
          url: -1,
          expected: false,
        }
      : col('start_datum') >= 0 && col('maatregel') >= 0
        ? {
            start: col('start_datum'),
            end: col('verwachtte_einddatum'),
            text: col('maatregel'),
            url: col('url'),
            expected: true,
          }
        : null;
  if (!layout) {
    errors.push({
      name: `${fileName}:${header.info.lines}`,
      reason:
        'unknown layout: expected columns Date, Date_stop, Description or start_datum, verwachtte_einddatum, maatregel, url',
      value: columns.join(','),
    });
    return { events: [], errors };
  }
  const events: MeasureEvent[] = [];
  for (const { record, info } of rows) {
    const at = (i: number) => `${fileName}:${info.lines}:${columns[i] ?? i + 1}`;
    // one source writes a start time on New Year's Eve ('2021-12-31T10:00'); the day is what counts
    const rawStart = (record[layout.start] ?? '').trim();
    const startDate = parseCalendarDate(rawStart.slice(0, 10));
    const rawEnd = layout.end >= 0 ? (record[layout.end] ?? '').trim() : '';
    const endDate = rawEnd === '' ? null : parseCalendarDate(rawEnd.slice(0, 10));
    const description = (record[layout.text] ?? '').trim().replaceAll('\\n', ' ');
    const rowErrors: InvalidParam[] = [];
    if (!startDate || rawStart.length > 16) {
      rowErrors.push({ name: at(layout.start), reason: 'not a calendar date', value: rawStart });
    }
    if (rawEnd !== '' && !endDate) {
      rowErrors.push({ name: at(layout.end), reason: 'not a calendar date', value: rawEnd });
    }
    if (description === '') {
      rowErrors.push({ name: at(layout.text), reason: 'the description is empty', value: '' });
    }
    if (rowErrors.length > 0 || !startDate) {
      errors.push(...rowErrors);
      continue;
    }
    const open = endDate !== null && endDate.startsWith('2099');
    const url = layout.url >= 0 ? (record[layout.url] ?? '').trim() : '';
    events.push({
      source: fileName,
      line: info.lines,
      startDate,
      endDate: open ? null : endDate,
      end: open ? 'open' : endDate === null ? 'none' : layout.expected ? 'expected' : 'dated',
      description,
      kind: classifyMeasureEvent(description),
      url: url === '' ? null : url,
    });
  }
  return { events, errors };
}
