import { describe, expect, it } from 'vitest';
import { classifyMeasureEvent } from './measure-event.ts';
import { parseMeasureEventsCsv } from './measure-event-csv.ts';

describe('parseMeasureEventsCsv', () => {
  it('reads the Nienhuys layout: comments, blank lines, short rows, open ends, \\n labels', () => {
    const text = [
      'Date,Date_stop,Description,Flags',
      '2020-10-14,2099-09-09,Horeca dicht',
      '# a comment line',
      '',
      '2020-11-19,,Doorstromloc.\\nopen',
      '2021-01-23,2021-03-31,Avondklok',
      '2021-12-31T10:00,,Oud & Nieuw',
      '2021-03-23,2021-03-30,Effect zelftests?,RGraph',
    ].join('\n');
    const { events, errors } = parseMeasureEventsCsv(text, 'events.csv');
    expect(errors).toEqual([]);
    expect(
      events.map((e) => [e.line, e.startDate, e.endDate, e.end, e.description, e.kind]),
    ).toEqual([
      [2, '2020-10-14', null, 'open', 'Horeca dicht', 'measure'],
      [5, '2020-11-19', null, 'none', 'Doorstromloc. open', 'relaxation'],
      [6, '2021-01-23', '2021-03-31', 'dated', 'Avondklok', 'measure'],
      [7, '2021-12-31', null, 'none', 'Oud & Nieuw', 'public-event'],
      [8, '2021-03-23', '2021-03-30', 'dated', 'Effect zelftests?', 'analysis-note'],
    ]);
  });

  it('reads the CoronaWatchNL layout with its announced (expected) end and link', () => {
    const text =
      'start_datum,verwachtte_einddatum,maatregel,url\n' +
      '2020-03-15,2020-04-06,"Scholen, horeca en sportclubs gesloten.","https://www.rijksoverheid.nl/x"';
    const { events, errors } = parseMeasureEventsCsv(text, 'maatregelen.csv');
    expect(errors).toEqual([]);
    expect(events).toEqual([
      {
        source: 'maatregelen.csv',
        line: 2,
        startDate: '2020-03-15',
        endDate: '2020-04-06',
        end: 'expected',
        description: 'Scholen, horeca en sportclubs gesloten.',
        kind: 'measure',
        url: 'https://www.rijksoverheid.nl/x',
      },
    ]);
  });

  it('locates bad dates and rejects an unknown layout', () => {
    const bad = parseMeasureEventsCsv(
      'Date,Date_stop,Description\n2021-02-30,,X\n2021-01-01,soon,Y\n',
      'e.csv',
    );
    expect(bad.errors).toEqual([
      { name: 'e.csv:2:Date', reason: 'not a calendar date', value: '2021-02-30' },
      { name: 'e.csv:3:Date_stop', reason: 'not a calendar date', value: 'soon' },
    ]);
    expect(parseMeasureEventsCsv('a,b\n1,2\n', 'u.csv').errors[0]?.reason).toMatch(
      /^unknown layout/,
    );
  });
});

describe('classifyMeasureEvent', () => {
  it('classifies by the first matching keyword rule', () => {
    expect(classifyMeasureEvent('Schoolvak. Noord')).toBe('school-holiday');
    expect(classifyMeasureEvent('55% gevaccineerd')).toBe('vaccination');
    expect(classifyMeasureEvent('Versoepeling 2 + Eunice')).toBe('relaxation');
    expect(classifyMeasureEvent('Eunice storm 18 feb')).toBe('weather');
    expect(classifyMeasureEvent('Harde lockdown')).toBe('measure');
  });
});
