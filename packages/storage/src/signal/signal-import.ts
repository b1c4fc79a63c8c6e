import { parse } from 'csv-parse/sync';
import {
  amsterdamDate,
  invalidInput,
  reporterPseudonym,
  validateSignalIntake,
} from '@weegschaal/core';
import type { InvalidParam, SignalIntakeInput, ValidSignalIntake } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { gemeenteLookup, insertSignal, pseudonymSecret } from './signal.repository.ts';

/** The columns of a bulk signal file; people_count and circle_code may be empty. */
export const SIGNAL_CSV_COLUMNS = [
  'text',
  'region',
  'observed_on',
  'domain',
  'target_group',
  'people_count',
  'knowledge_source',
  'circle_code',
] as const;
const REQUIRED = SIGNAL_CSV_COLUMNS.filter((c) => c !== 'people_count' && c !== 'circle_code');

const FIELD_NAMES: Partial<Record<keyof SignalIntakeInput, string>> = {
  text: 'text',
  region: 'region',
  observedOn: 'observed_on',
  domain: 'domain',
  targetGroup: 'target_group',
  peopleCount: 'people_count',
  knowledgeSource: 'knowledge_source',
};

export interface SignalImportError {
  file: string;
  /** 1-based line of the file; the header is row 1 */
  row: number;
  column: string;
  /** never the text column's value: it may hold personal data */
  value: string | null;
  reason: string;
}

export interface SignalImportReport {
  file: string;
  imported: number;
  references: string[];
}

/** Thrown when any row is bad: nothing was stored; every bad row is listed. */
export class SignalImportRejected extends Error {
  readonly errors: SignalImportError[];
  constructor(file: string, errors: SignalImportError[]) {
    super(`${file}: ${errors.length} error(s); nothing was imported`);
    this.name = 'SignalImportRejected';
    this.errors = errors;
  }
}

export function importErrorsAsInvalidParams(errors: SignalImportError[]): InvalidParam[] {
  return errors.map((e) => ({
    name: `${e.file}, row ${e.row}, column ${e.column}`,
    reason: e.reason,
    ...(e.value !== null ? { value: e.value } : {}),
  }));
}

/**
 * Imports a CSV of signals, all or nothing: every row is validated (and its text scrubbed)
 * before the first is stored; one bad row rejects the file with every error located by file,
 * row, column and value. The caller runs this inside one transaction, so a failure while
 * storing leaves nothing either. The importing account is the reporter of every row.
 */
export async function importSignalsCsv(
  db: Executor,
  csv: string,
  options: { file: string; reporterKey: string; now: Date },
): Promise<SignalImportReport> {
  const { file } = options;
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw new SignalImportRejected(file, [
      {
        file,
        row: line,
        column: '',
        value: null,
        reason: `not valid CSV: ${(error as Error).message}`,
      },
    ]);
  }
  const [header, ...rows] = records;
  if (!header)
    throw new SignalImportRejected(file, [
      { file, row: 1, column: '', value: null, reason: 'the file is empty' },
    ]);
  const errors: SignalImportError[] = [];
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  for (const column of REQUIRED)
    if (!index.has(column))
      errors.push({
        file,
        row: 1,
        column,
        value: null,
        reason: `missing column (columns: ${SIGNAL_CSV_COLUMNS.join(', ')})`,
      });
  for (const h of header)
    if (!(SIGNAL_CSV_COLUMNS as readonly string[]).includes(h.trim().toLowerCase()))
      errors.push({
        file,
        row: 1,
        column: h,
        value: h,
        reason: `unknown column (columns: ${SIGNAL_CSV_COLUMNS.join(', ')})`,
      });
  if (errors.length > 0) throw new SignalImportRejected(file, errors);
  if (rows.length === 0)
    throw new SignalImportRejected(file, [
      { file, row: 2, column: '', value: null, reason: 'no rows' },
    ]);

  const lookup = await gemeenteLookup(db);
  const circles = new Map(
    (await db.selectFrom('practice_circle').select(['id', 'code']).execute()).map((c) => [
      c.code,
      c.id,
    ]),
  );
  const cell = (row: string[], column: string) => {
    const i = index.get(column);
    return i === undefined ? undefined : row[i];
  };
  const today = amsterdamDate(options.now);
  const valid: { intake: ValidSignalIntake; circleId: string | null }[] = [];
  rows.forEach((row, i) => {
    const rowNumber = i + 2;
    const result = validateSignalIntake(
      {
        text: cell(row, 'text'),
        region: cell(row, 'region'),
        observedOn: cell(row, 'observed_on'),
        domain: cell(row, 'domain'),
        targetGroup: cell(row, 'target_group'),
        peopleCount: cell(row, 'people_count'),
        knowledgeSource: cell(row, 'knowledge_source'),
      },
      {
        today,
        fieldNames: FIELD_NAMES,
        gemeenteByName: lookup.byName,
        ...(lookup.known ? { knownGemeente: lookup.known } : {}),
      },
    );
    const circleCode = cell(row, 'circle_code') ?? '';
    const circleId = circleCode === '' ? null : (circles.get(circleCode) ?? undefined);
    if (circleId === undefined)
      errors.push({
        file,
        row: rowNumber,
        column: 'circle_code',
        value: circleCode,
        reason: 'no practice circle has this code',
      });
    if (!result.ok)
      for (const e of result.errors)
        errors.push({
          file,
          row: rowNumber,
          column: e.name,
          value:
            e.name === 'text' || e.value === undefined || e.value === null ? null : String(e.value),
          reason: e.reason,
        });
    else if (circleId !== undefined) valid.push({ intake: result.value, circleId });
  });
  if (errors.length > 0) throw new SignalImportRejected(file, errors);

  const pseudonym = await reporterPseudonym(await pseudonymSecret(db), options.reporterKey);
  const references: string[] = [];
  for (const v of valid) {
    const signal = await insertSignal(db, {
      intake: v.intake,
      reporterPseudonym: pseudonym,
      circleId: v.circleId,
      now: options.now,
    });
    references.push(signal.reference);
  }
  return { file, imported: references.length, references };
}

/** The rejection as a DomainError for the API (400 with every location in invalidParams). */
export function importRejectionAsDomainError(rejected: SignalImportRejected) {
  return invalidInput(rejected.message, importErrorsAsInvalidParams(rejected.errors));
}
