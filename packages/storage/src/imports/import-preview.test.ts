import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { ensureIndicatorCatalogue } from '../indicator/indicator.repository.ts';
import { previewObservationFile } from './import-preview.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(testDatabaseTargets())('preview of an upload on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await ensureIndicatorCatalogue(handle.db);
  });
  afterAll(() => handle.close());

  const dutch = [
    'Onderwerp;Gemeente;Datum;Aantal',
    ...Array.from({ length: 14 }, (_, i) => `bankruptcies;GM0363;${i + 1}-03-2021;1,5`),
  ].join('\n');

  it('detects the Dutch convention and shows the first rows with their line numbers', async () => {
    const preview = await previewObservationFile(handle.db, {
      fileName: 'nl.csv',
      bytes: bytes(dutch),
    });
    expect(preview.format).toBe('observations-csv');
    expect(preview.dialect).toMatchObject({
      delimiter: ';',
      decimalSeparator: ',',
      dateOrder: 'dmy',
    });
    expect(preview.columns).toEqual(['Onderwerp', 'Gemeente', 'Datum', 'Aantal']);
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[0]).toEqual({
      rowNumber: 2,
      cells: ['bankruptcies', 'GM0363', '1-03-2021', '1,5'],
    });
    expect(preview.totalRows).toBe(14);
    // 'Onderwerp' and 'Datum' are known names; 'Gemeente' and 'Aantal' are not
    expect(preview.layout.columns).toMatchObject({ indicator: 'Onderwerp', period: 'Datum' });
    expect(preview.layout.columns.region).toBeUndefined();
  });

  it('takes the user’s mapping and convention instead of the detected ones', async () => {
    const preview = await previewObservationFile(handle.db, {
      fileName: 'nl.csv',
      bytes: bytes(dutch),
      mapping: { columns: { region: 'Gemeente', value: 'Aantal' } },
      dialect: { decimalSeparator: '.' },
    });
    expect(preview.layout).toMatchObject({
      kind: 'long',
      columns: { indicator: 'Onderwerp', region: 'Gemeente', period: 'Datum', value: 'Aantal' },
    });
    expect(preview.dialect?.decimalSeparator).toBe('.');
    expect(preview.explanation.join(' ')).toContain('region ← Gemeente');
  });
});
