import { describe, expect, it } from 'vitest';
import { LOCALES, isMessageKey, messages, translate } from './messages.ts';
import { PRODUCT_AREAS } from '../overview/product-area.ts';
import { MEASURE_CATEGORIES, MEASURE_CLUSTERS } from '../measures/measure.ts';

describe('message catalogue', () => {
  it('has the same keys in every language, none empty', () => {
    const nlKeys = Object.keys(messages.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(messages[locale]).sort()).toEqual(nlKeys);
      for (const key of nlKeys)
        expect(messages[locale][key as keyof typeof messages.nl].trim()).not.toBe('');
    }
  });

  it('translates the Dutch area names that the navigation must show', () => {
    expect(PRODUCT_AREAS.map((a) => translate('nl', `area.${a}`))).toEqual([
      'Maatregelen',
      'Maatschappelijk beeld',
      'Afwegingskader',
      'Advisering',
      'Signalen',
      'Paraatheid',
    ]);
  });

  it('covers every key composed at run time', () => {
    const composed = [
      ...PRODUCT_AREAS.flatMap((a) => [`area.${a}`, `area.${a}.intro`]),
      ...MEASURE_CATEGORIES.map((c) => `category.${c}`),
      ...MEASURE_CLUSTERS.map((c) => `cluster.${c}`),
      'status.available',
      'status.not-built',
      'count.measures',
      'count.measureLevels',
      'count.fiches',
      'count.adoptedFiches',
      'count.bundles',
      'count.frameworks',
      'count.gemeenten',
      'count.indicators',
      'count.observations',
      'count.adviceRequests',
      'count.informationPackages',
    ];
    expect(composed.filter((k) => !isMessageKey(k))).toEqual([]);
    expect(isMessageKey('area.nonsense')).toBe(false);
  });

  it('differs between the languages where it must', () => {
    expect(translate('en', 'demo.banner')).not.toBe(translate('nl', 'demo.banner'));
  });
});
