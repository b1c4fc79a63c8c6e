/**
 * The CSV readers, apart from the main entry: csv-parse touches Node's Buffer when it loads,
 * so the browser bundle (which imports '@weegschaal/core') must not pull it in. Server-side
 * code imports these from '@weegschaal/core/csv'.
 */
export * from './measures/oxcgrt-csv.ts';
export * from './measures/measure-event-csv.ts';
