import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '../indicators/indicator-catalogue.ts';
import { convertExcessMortality, convertRivmGedrag } from './public-epidemic-files.ts';

describe('public epidemic files', () => {
  it('reads the behaviour survey with regions, subgroups, intervals and skipped rows', () => {
    const text =
      'Date_of_report;Date_of_measurement;Wave;Region_code;Region_name;Subgroup_category;Subgroup;Indicator_category;Indicator;Sample_size;Figure_type;Value;Lower_limit;Upper_limit;Change_wrt_previous_measurement\r\n' +
      '2021-05-04 10:00:00;2021-02-16;08;NL00;Nederland;Alle;Totaal;Naleving;Avondklok;1200;Percentage;93.1;92;94.2;0\r\n' +
      '2021-05-04 10:00:00;2021-02-16;08;NL00;Nederland;Leeftijd;16-24;Draagvlak;Avondklok;300;Percentage;61.5;55;68;\r\n' +
      '2021-05-04 10:00:00;2021-02-16;08;VR13;Amsterdam-Amstelland;Alle;Totaal;Naleving;Houd_1_5m_afstand;400;Percentage;55;50;60;-1\r\n' +
      '2021-05-04 10:00:00;2020-09-29;01;NL00;Nederland;Alle;Totaal;Draagvlak;Avondklok;0;Percentage;;;;\r\n' +
      '2021-05-04 10:00:00;2021-02-16;08;NL00;Nederland;Alle;Totaal;Moeite;Avondklok;1200;Percentage;20;18;22;\r\n';
    const result = convertRivmGedrag(text, 'gedrag.csv', indicatorCatalogue());
    expect(
      result.observations.map((o) => [
        o.indicatorCode,
        o.regionCode,
        o.breakdown,
        o.value,
        o.lower,
      ]),
    ).toEqual([
      ['compliance-curfew', 'NL01', '', 93.1, 92],
      ['support-curfew', 'NL01', 'leeftijd:16-24', 61.5, 55],
      ['compliance-distance', 'VR13', '', 55, 50],
    ]);
    expect(result.skipped).toBe(2);
    expect(result.explanation[0]).toContain('Moeite/Avondklok');
  });

  it('derives excess mortality with its band from registered and expected deaths', () => {
    const text =
      'week_start,week_end,registered_deaths,expected_deaths,expected_min,expected_max\n' +
      '2020-03-16,2020-03-22,3614,3174,2711,3637\n2024-03-04,2024-03-10,3000,,,\n';
    const result = convertExcessMortality(text, 'excess.csv');
    expect(result.observations).toMatchObject([
      { indicatorCode: 'registered-deaths', value: 3614, period: { key: '2020-W12' } },
      { indicatorCode: 'excess-mortality', value: 440, lower: -23, upper: 903 },
      { indicatorCode: 'registered-deaths', value: 3000, period: { key: '2024-W10' } },
    ]);
  });
});
