import { describe, expect, it } from 'vitest';
// the test reads the shared gemeenten list at test time (never copied into the repo); core
// code stays free of I/O, its tests may read a fixture
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { parseCsvTable } from '../imports/tabular-file.ts';
import { parseCbsOData } from '../imports/cbs-odata.ts';
import { ggdYearFromFileName, readGgdDivision } from './ggd-regions.ts';
import type { GgdRejectionReason } from './ggd-regions.ts';

/** The 342 gemeenten of 2023, read from the shared data at test time (never copied). */
const gemeenten = parseCsvTable(
  'gemeenten_2023.csv',
  readFileSync(
    fileURLToPath(
      new URL('../../../../../shared/data/nl-regions/gemeenten_2023.csv', import.meta.url),
    ),
    'utf8',
  ),
).table.rows.map(({ cells }) => ({ code: cells[0]!, name: cells[1]!, vr: cells[3]! }));
const gemeentenOfYear = new Set(gemeenten.map((g) => g.code));

/**
 * A generated stand-in for a GGD-regio: one per veiligheidsregio (the real areas nearly
 * coincide), with a code in the GG shape. The test needs the structure, not the real list.
 */
const ggdOf = (vr: string) => ({ code: `GG${vr.slice(2)}00`, name: `GGD regio ${vr}` });

/** The CSV download of the OData keys: `;`, padded codes, GGD-regio at Code_14/Naam_15. */
function typedDataSetCsv(rows = gemeenten): string {
  const header = 'ID;RegioS;Code_1;Naam_2;Code_10;Naam_11;Code_14;Naam_15;Inwonertal_54';
  const lines = rows.map((g, i) => {
    const ggd = ggdOf(g.vr);
    return [
      i,
      `${g.code}  `,
      `${g.code}  `,
      g.name,
      'CR23',
      'Groot-Amsterdam',
      ggd.code,
      ggd.name,
      '1.234',
    ]
      .map((c) => (c.toString().includes(';') ? `"${c}"` : c))
      .join(';');
  });
  return [header, ...lines].join('\r\n');
}

const read = (text: string, fileName = '85385NED.csv', columns = {}) =>
  readGgdDivision(parseCsvTable(fileName, text).table, { year: 2023, gemeentenOfYear, columns });

function only(rejections: { reason: GgdRejectionReason }[], reason: GgdRejectionReason) {
  expect(rejections.map((r) => r.reason)).toEqual([reason]);
}

describe('readGgdDivision', () => {
  it('reads the Dutch (;) OData CSV: Code_14/Naam_15 found by their values', () => {
    const { division, rejections } = read(typedDataSetCsv());
    expect(rejections).toEqual([]);
    expect(division.columns).toEqual({
      gemeenteCode: 'Code_1',
      ggdCode: 'Code_14',
      ggdName: 'Naam_15',
    });
    expect(division.regions).toHaveLength(25);
    expect(division.memberships.size).toBe(342);
    expect(division.uncoveredGemeenten).toEqual([]);
    expect(division.memberships.get('GM0363')).toBe('GG1300');
    const gg13 = division.regions.find((r) => r.code === 'GG1300')!;
    expect(gg13.name).toBe('GGD regio VR13');
    expect(gg13.gemeenten).toEqual(
      gemeenten
        .filter((g) => g.vr === 'VR13')
        .map((g) => g.code)
        .sort(),
    );
  });

  it('reads the international (,) StatLine export by its label headings and skips the source line', () => {
    const header = [
      "Regio's",
      'Codes en namen van gemeenten/Code (code)',
      'Codes en namen van gemeenten/Naam (naam)',
      "Lokaliseringen van gemeenten/GGD-regio's/Code (code)",
      "Lokaliseringen van gemeenten/GGD-regio's/Naam (naam)",
      "Lokaliseringen van gemeenten/Veiligheidsregio's/Code (code)",
    ];
    const some = gemeenten.slice(0, 40);
    const text = [
      header.map((h) => `"${h}"`).join(','),
      ...some.map((g) =>
        [g.name, g.code, g.name, ggdOf(g.vr).code, ggdOf(g.vr).name, g.vr]
          .map((c) => `"${c}"`)
          .join(','),
      ),
      '"Bron: CBS.",,,,,',
    ].join('\n');
    const { division, rejections } = read(text, 'Gebieden_in_Nederland_2023.csv');
    expect(rejections).toEqual([]);
    expect(division.columns.ggdCode).toBe(header[3]);
    expect(division.columns.ggdName).toBe(header[4]);
    expect(division.columns.gemeenteCode).toBe(header[1]);
    expect(division.memberships.size).toBe(40);
    expect(division.uncoveredGemeenten).toHaveLength(302);
  });

  it('reads CBS OData JSON (TypedDataSet) and takes named columns over detection', () => {
    const json = {
      value: gemeenten.slice(0, 5).map((g, i) => ({
        ID: i,
        RegioS: `${g.code}  `,
        Code_1: `${g.code}  `,
        Naam_2: g.name,
        Code_16: ggdOf(g.vr).code,
        Naam_17: ggdOf(g.vr).name,
        Code_18: `XX${i}`,
        Naam_19: 'other classification',
      })),
    };
    const table = parseCbsOData('85385NED.json', json);
    const detected = readGgdDivision(table, { year: 2023, gemeentenOfYear });
    expect(detected.rejections).toEqual([]);
    expect(detected.division.columns).toMatchObject({ ggdCode: 'Code_16', ggdName: 'Naam_17' });
    const named = readGgdDivision(table, {
      year: 2023,
      gemeentenOfYear,
      columns: { gemeenteCode: 'RegioS', ggdCode: 'Code_18', ggdName: 'Naam_19' },
    });
    only(named.rejections.slice(0, 1), 'invalid-ggd-code');
    expect(named.rejections[0]).toMatchObject({ row: 1, column: 'Code_18', value: 'XX0' });
  });

  it('rejects a file without a GGD-regio column, located at the header', () => {
    const text = 'Code_1;Naam_2\nGM0363;Amsterdam\n';
    const { rejections } = read(text);
    expect(rejections.map((r) => r.reason)).toEqual(['missing-column', 'missing-column']);
    expect(rejections[0]).toMatchObject({ row: 1, column: 'GGD-regio code' });
  });

  it('rejects a named column that is not in the file', () => {
    const { rejections } = read(typedDataSetCsv(gemeenten.slice(0, 3)), 'x.csv', {
      ggdName: 'Naam_99',
    });
    only(rejections, 'missing-column');
    expect(rejections[0]).toMatchObject({ column: 'Naam_99', row: 1 });
  });

  it('rejects a gemeente that is not in the division of the year (Weesp in 2023, GM9999)', () => {
    const text = typedDataSetCsv(gemeenten.slice(0, 3)).concat(
      '\r\n3;GM0457;GM0457;Weesp;CR23;Groot-Amsterdam;GG1300;GGD regio VR13;1',
      '\r\n4;GM9999;GM9999;Nergens;CR23;Groot-Amsterdam;GG1300;GGD regio VR13;1',
    );
    const { rejections } = read(text);
    expect(rejections.map((r) => [r.reason, r.row, r.column, r.value])).toEqual([
      ['unknown-gemeente', 5, 'Code_1', 'GM0457'],
      ['unknown-gemeente', 6, 'Code_1', 'GM9999'],
    ]);
  });

  it('rejects a malformed GG code with its row and value', () => {
    const text = typedDataSetCsv(gemeenten.slice(0, 3)).replace(
      `;${ggdOf(gemeenten[1]!.vr).code};`,
      ';GG34X6;',
    );
    const { rejections } = read(text);
    expect(rejections).toEqual([
      expect.objectContaining({
        reason: 'invalid-ggd-code',
        row: 3,
        column: 'Code_14',
        value: 'GG34X6',
      }),
    ]);
  });

  it('rejects a gemeente placed in two GGD-regio’s, and accepts a repeated identical row', () => {
    const first = gemeenten[0]!;
    const line = (ggd: string) =>
      `\r\n9;${first.code};${first.code};${first.name};CR01;x;${ggd};${ggd === ggdOf(first.vr).code ? ggdOf(first.vr).name : 'GGD elders'};1`;
    const repeated = read(typedDataSetCsv(gemeenten.slice(0, 3)) + line(ggdOf(first.vr).code));
    expect(repeated.rejections).toEqual([]);
    const { rejections } = read(typedDataSetCsv(gemeenten.slice(0, 3)) + line('GG9900'));
    only(rejections, 'gemeente-in-two-ggd-regions');
    expect(rejections[0]).toMatchObject({ row: 5, value: 'GG9900' });
    expect(rejections[0]!.message).toContain('row 2');
  });

  it('rejects one GG code under two names', () => {
    const [a, b] = gemeenten.filter((g) => g.vr === 'VR13');
    const text =
      'Code_1;Naam_2;Code_14;Naam_15\n' +
      `${a!.code};${a!.name};GG3406;GGD Amsterdam\n${b!.code};${b!.name};GG3406;GGD Amstelland\n`;
    const { rejections } = read(text);
    only(rejections, 'conflicting-ggd-name');
    expect(rejections[0]).toMatchObject({ row: 3, column: 'Naam_15', value: 'GGD Amstelland' });
  });

  it('accepts gemeente numbers without the GM prefix', () => {
    const text = 'Gemeentecode,GGD-regio code,GGD-regio naam\n363,GG3406,GGD Amsterdam\n';
    const { division, rejections } = read(text);
    expect(rejections).toEqual([]);
    expect(division.memberships.get('GM0363')).toBe('GG3406');
  });
});

describe('ggdYearFromFileName', () => {
  it('knows the table ids per year and reads a year in a name', () => {
    expect(ggdYearFromFileName('85385NED_TypedDataSet.csv')).toBe(2023);
    expect(ggdYearFromFileName('85067ned.json')).toBe(2022);
    expect(ggdYearFromFileName('Gebieden_in_Nederland_2021.csv')).toBe(2021);
    expect(ggdYearFromFileName('ggd.csv')).toBeNull();
  });
});
