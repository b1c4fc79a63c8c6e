import { describe, expect, it } from 'vitest';
import { demoFicheHistory, demoMeasures } from '@weegschaal/core';
import { renderFichePdf, winAnsi } from './fiche-pdf.ts';

describe('fiche PDF', () => {
  it('keeps Dutch letters and replaces what the standard font cannot show', () => {
    expect(winAnsi('Ondernemers en zzp’ers: −3 … “één”')).toBe(
      'Ondernemers en zzp\'ers: -3 ... "één"',
    );
    expect(winAnsi('a → b')).toBe('a ? b');
  });

  it('renders every demo fiche of a measure without error, as a multi-kilobyte PDF', async () => {
    const measure = demoMeasures().find((m) => m.code === 'thuisblijven')!;
    const versions = demoFicheHistory().versions.filter((v) => v.measureCode === 'thuisblijven');
    for (const v of versions) {
      const pdf = await renderFichePdf(v, measure, 'nl');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(3000);
      // the title travels in the document information, where assistive technology reads it
      expect(pdf.toString('latin1')).toContain('/DisplayDocTitle true');
    }
  });
});
