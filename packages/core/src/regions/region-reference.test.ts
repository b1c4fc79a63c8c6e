import { describe, expect, it } from 'vitest';
import { buildRegionReference } from './region-reference.ts';

const files = {
  gemeenten2023:
    'gm_code,gm_name,gm_display_name,vr_code,vr_name,pv_code,pv_name,population_count,in_2023_topojson,in_cbs_2019_list\n' +
    'GM0363,Amsterdam,,VR13,Amsterdam-Amstelland,PV27,Noord-Holland,918117,1,1\n' +
    "GM0518,'s-Gravenhage,Den Haag,VR15,Haaglanden,PV28,Zuid-Holland,552995,1,1\n" +
    'GM1979,Eemsdelta,,VR01,Groningen,PV20,Groningen,45000,1,0\n',
  veiligheidsregios:
    'vr_code,vr_name,pv_code,pv_name,n_gemeenten_2023,population_count\n' +
    'VR01,Groningen,PV20,Groningen,1,45000\nVR13,Amsterdam-Amstelland,PV27,Noord-Holland,1,918117\n' +
    'VR15,Haaglanden,PV28,Zuid-Holland,1,552995\n',
  gemeenten2019:
    'Gemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam\n' +
    '0363;GM0363;Amsterdam;27;PV27;Noord-Holland\n0457;GM0457;Weesp;27;PV27;Noord-Holland\n' +
    "0518;GM0518;'s-Gravenhage;28;PV28;Zuid-Holland\n0003;GM0003;Appingedam;20;PV20;Groningen\n",
  kerncijfers2020:
    '\uFEFF"Perioden";"Regio\'s";"Totale bevolking (aantal)"\r\n' +
    '"2020";"Amsterdam";"  872757"\r\n"2020";"Weesp";"   19408"\r\n' +
    '"2020";"\'s-Gravenhage (gemeente)";"  545838"\r\n"2020";"Aalburg";""\r\n',
};

describe('region reference', () => {
  const { regions, notes } = buildRegionReference(files);
  const byCode = new Map(regions.map((r) => [r.code, r]));

  it('builds the hierarchy NL01 → PV → VR → GM with the display name', () => {
    expect(byCode.get('NL01')?.level).toBe('land');
    expect(byCode.get('PV27')?.parents).toEqual([{ level: 'land', code: 'NL01' }]);
    expect(byCode.get('GM0518')).toMatchObject({
      displayName: 'Den Haag',
      parents: [
        { level: 'provincie', code: 'PV28' },
        { level: 'veiligheidsregio', code: 'VR15' },
        { level: 'land', code: 'NL01' },
      ],
    });
  });

  it('keeps merged gemeenten with their last division year, and dates new ones', () => {
    expect(byCode.get('GM0457')).toMatchObject({ divisionFrom: 2019, divisionTo: 2022 });
    expect(byCode.get('GM0003')).toMatchObject({ divisionTo: 2020 });
    expect(byCode.get('GM0003')?.parents).toContainEqual({
      level: 'veiligheidsregio',
      code: 'VR01',
    });
    expect(byCode.get('GM1979')).toMatchObject({
      divisionFrom: 2021,
      divisionTo: null,
      shrinking: true,
    });
  });

  it('gives population per year: 2023 from the list, 2020 matched by name, sums above', () => {
    expect(byCode.get('GM0518')?.population.map((p) => [p.year, p.count])).toEqual([
      [2020, 545838],
      [2023, 552995],
    ]);
    expect(byCode.get('PV27')?.population.map((p) => [p.year, p.count])).toEqual([
      [2020, 872757 + 19408],
      [2023, 918117],
    ]);
    expect(byCode.get('NL01')?.population.find((p) => p.year === 2023)?.count).toBe(
      918117 + 552995 + 45000,
    );
    expect(notes.join(' ')).toContain('matched by name');
  });

  it('refuses a 2019 code that vanished without a known re-division', () => {
    const broken = {
      ...files,
      gemeenten2019: files.gemeenten2019 + '9999;GM9999;Nergens;27;PV27;Noord-Holland\n',
    };
    expect(() => buildRegionReference(broken)).toThrow(/GM9999/);
  });
});
