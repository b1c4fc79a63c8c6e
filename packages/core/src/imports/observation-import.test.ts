import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '../indicators/indicator-catalogue.ts';
import { DomainError } from '../errors/domain-error.ts';
import { parseCbsOData } from './cbs-odata.ts';
import { createObservationValidator, validateObservations } from './observation-import.ts';
import type { ImportContext } from './observation-import.ts';
import { parseCsvTable } from './tabular-file.ts';

const regions = new Set(['NL01', 'GM0363', 'GM0014', 'VR13']);
const context: ImportContext = {
  indicators: indicatorCatalogue(),
  isKnownRegion: (c) => regions.has(c),
};
const csv = (name: string, text: string) => parseCsvTable(name, text).table;

describe('observation import validation', () => {
  it('reads a Dutch long CSV: separator, decimal comma, dd-mm-jjjj, status', () => {
    const table = csv(
      'nl.csv',
      'indicator;regio;periode;waarde;status\n' +
        'reproduction-number;NL01;15-03-2021;1,05;voorlopig\n' +
        'consumer-confidence;NL01;2021-03;-18,5;definitief\n',
    );
    const result = validateObservations(table, context);
    expect(result.rejections).toEqual([]);
    expect(result.observations).toMatchObject([
      {
        indicatorCode: 'reproduction-number',
        value: 1.05,
        status: 'provisional',
        period: { key: '2021-03-15' },
      },
      {
        indicatorCode: 'consumer-confidence',
        value: -18.5,
        status: 'final',
        period: { key: '2021-03' },
      },
    ]);
    expect(result.layout.kind).toBe('long');
  });

  it('reads a wide file whose columns are import aliases, skipping empty cells', () => {
    const table = csv(
      'gm_daily.csv',
      'date,gm_code,cases_reported,deceased,unrelated\n2021-01-01,GM0014,69,1,x\n2021-01-02,GM0014,,,y\n',
    );
    const result = validateObservations(table, context);
    expect(result.layout).toMatchObject({
      kind: 'wide',
      indicatorColumns: [
        { column: 'cases_reported', indicatorCode: 'positive-tests' },
        { column: 'deceased', indicatorCode: 'deaths-reported' },
      ],
    });
    expect(result.observations.map((o) => [o.indicatorCode, o.value])).toEqual([
      ['positive-tests', 69],
      ['deaths-reported', 1],
    ]);
    expect(result.emptyValues).toBe(2);
    expect(result.ignoredColumns).toEqual(['unrelated']);
  });

  it('reads a date as the week it starts for a weekly indicator, and says so', () => {
    const table = csv('sewer.csv', 'gm_code,week_start,rna_per_100k\nGM0014,2020-09-07,21\n');
    const result = validateObservations(table, context);
    expect(result.observations[0]?.period).toMatchObject({ type: 'week', key: '2020-W37' });
    expect(result.explanation.join(' ')).toContain('first day of the week');
  });

  it('rejects each kind of bad row with file, row, column, value and reason', () => {
    const table = csv(
      'bad.csv',
      'indicator,region,period,value,status\n' +
        'no-such-indicator,GM0363,2021-03-01,1,\n' + // 2
        'positive-tests,GM9999,2021-03-01,1,\n' + // 3
        'positive-tests,GM0363,2021-02-30,1,\n' + // 4
        'positive-tests,GM0363,2021-W05,1,\n' + // 5
        'positive-tests,GM0363,2021-03-01,twelve,\n' + // 6
        'positive-tests,GM0363,2021-03-01,-4,\n' + // 7
        'positive-tests,GM0363,2021-03-02,5,maybe\n' + // 8
        'positive-tests,GM0363,2021-03-03,5,\n' + // 9
        'positive-tests,GM0363,2021-03-03,6,\n' + // 10
        'sewage-rna,GM0363,2021-03-03,6,\n', // 11: a Wednesday for a weekly indicator
    );
    const result = validateObservations(table, context);
    expect(result.rejections.map((r) => [r.row, r.column, r.value, r.reason])).toEqual([
      [2, 'indicator', 'no-such-indicator', 'unknown-indicator'],
      [3, 'region', 'GM9999', 'unknown-region'],
      [4, 'period', '2021-02-30', 'invalid-period'],
      [5, 'period', '2021-W05', 'wrong-period-for-frequency'],
      [6, 'value', 'twelve', 'invalid-number'],
      [7, 'value', '-4', 'out-of-range'],
      [8, 'status', 'maybe', 'invalid-status'],
      [10, 'value', '6', 'duplicate-in-file'],
      [11, 'period', '2021-03-03', 'wrong-period-for-frequency'],
    ]);
    expect(result.rejections.every((r) => r.file === 'bad.csv' && r.message.length > 0)).toBe(true);
    expect(result.rejections.find((r) => r.row === 10)?.message).toContain('Row 9');
    expect(result.observations).toHaveLength(1);
  });

  it('refuses a file whose layout it cannot read, naming the columns', () => {
    expect(() => validateObservations(csv('x.csv', 'a,b\n1,2\n'), context)).toThrow(DomainError);
    expect(() => validateObservations(csv('x.csv', 'a,b\n1,2\n'), context)).toThrow(
      /columns: a, b/,
    );
  });

  it('honours a mapping from the preview step', () => {
    const table = csv('m.csv', 'wie,wanneer,hoeveel\nNL01,2021-05,-10\n');
    const result = validateObservations(table, {
      ...context,
      mapping: {
        columns: { region: 'wie', period: 'wanneer', value: 'hoeveel' },
        fixedIndicator: 'consumer-confidence',
      },
    });
    expect(result.observations).toMatchObject([
      { indicatorCode: 'consumer-confidence', value: -10 },
    ]);
  });

  it('reads CBS OData v4 (long, Measure/Value) with padded codes', () => {
    const odata = {
      '@odata.context': 'https://datasets.cbs.nl/odata/v1/CBS/83693NED/$metadata#Observations',
      value: [
        {
          Id: 0,
          Measure: 'consumer-confidence',
          ValueAttribute: 'None',
          Value: -19,
          Perioden: '2021MM03',
          RegioS: 'NL01  ',
        },
        {
          Id: 1,
          Measure: 'consumer-confidence',
          ValueAttribute: 'None',
          Value: -15,
          Perioden: '2021MM04',
          RegioS: 'NL01  ',
        },
      ],
    };
    const result = validateObservations(parseCbsOData('83693NED.json', odata), context);
    expect(result.rejections).toEqual([]);
    expect(result.observations.map((o) => [o.regionCode, o.period.key, o.value])).toEqual([
      ['NL01', '2021-03', -19],
      ['NL01', '2021-04', -15],
    ]);
  });

  it('reads CBS OData v3 (wide TypedDataSet) with a column mapping', () => {
    const odata = {
      'odata.metadata':
        'https://opendata.cbs.nl/ODataApi/OData/84973NED/$metadata#Cbs.OData.WebAPI.TypedDataSet',
      value: [{ ID: 0, RegioS: 'GM0363  ', Perioden: '2021MM01', Bijstand_1: 42.5 }],
    };
    const result = validateObservations(parseCbsOData('84973NED.json', odata), {
      ...context,
      mapping: { indicatorColumns: { Bijstand_1: 'social-assistance' } },
    });
    expect(result.observations).toMatchObject([
      {
        indicatorCode: 'social-assistance',
        regionCode: 'GM0363',
        value: 42.5,
        period: { key: '2021-01' },
      },
    ]);
    expect(() => parseCbsOData('x.json', { rows: [] })).toThrow(/no "value" array/);
  });
});

describe('a national series without a region column', () => {
  it('takes the region from the mapping', () => {
    const table = parseCsvTable(
      'nl_daily.csv',
      'date,lcps_ic_beds_occupied_covid\n2021-01-01,600\n',
    ).table;
    const result = validateObservations(table, { ...context, mapping: { fixedRegion: 'NL01' } });
    expect(result.observations).toMatchObject([
      { regionCode: 'NL01', indicatorCode: 'ic-beds-covid', value: 600 },
    ]);
    expect(result.explanation[0]).toContain('region NL01 for every row');
  });
});

describe('the row-at-a-time validator', () => {
  const text =
    'indicator,region,period,value,status\n' +
    'positive-tests,GM0363,2021-03-01,4,\n' +
    'positive-tests,GM0363,2021-03-01,5,\n' + // duplicate of row 2
    'sewage-rna,GM0363,2021-03-01,12.5,voorlopig\n' + // a Monday: read as its week
    'positive-tests,GM0014,2021-03-01,3,constructor\n'; // not a status, whatever JS objects hold

  it('hands over each accepted value as its row is checked, as validateObservations stores them', () => {
    const table = csv('rows.csv', text);
    const seen: { afterRow: number; code: string }[] = [];
    let current = 0;
    const validator = createObservationValidator(table, context, (o) =>
      seen.push({ afterRow: current, code: o.indicatorCode }),
    );
    for (const { rowNumber, cells } of table.rows) {
      current = rowNumber;
      validator.row(rowNumber, cells);
    }
    const streamed = validator.finish();
    const whole = validateObservations(table, context);
    expect(seen).toEqual([
      { afterRow: 2, code: 'positive-tests' },
      { afterRow: 4, code: 'sewage-rna' },
    ]);
    expect(streamed.accepted).toBe(whole.observations.length);
    expect(streamed.rejections).toEqual(whole.rejections);
    expect(streamed.explanation).toEqual(whole.explanation);
    expect(whole.rejections.map((r) => [r.row, r.reason])).toEqual([
      [3, 'duplicate-in-file'],
      [5, 'invalid-status'],
    ]);
  });

  it('rejects the same bad period again on every row that repeats it', () => {
    const table = csv(
      'weeks.csv',
      'indicator,region,period,value\nsewage-rna,GM0363,2021-03-03,1\nsewage-rna,GM0014,2021-03-03,2\n',
    );
    const result = validateObservations(table, context);
    expect(result.rejections.map((r) => [r.row, r.reason, r.message])).toEqual([
      [2, 'wrong-period-for-frequency', expect.stringContaining('does not start a week')],
      [3, 'wrong-period-for-frequency', expect.stringContaining('does not start a week')],
    ]);
  });
});
