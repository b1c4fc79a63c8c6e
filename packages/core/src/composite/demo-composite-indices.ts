import type { CompositeIndexInput } from './composite-index-record.ts';

/**
 * Two demo composite indices over indicators that have generated demo series at start-up
 * (demo-series.ts), labelled demo. They show the two families of choices the handbook
 * discusses: a national index on a min-max scale, summed (compensatory), and a municipal
 * index against each gemeente's own pre-crisis month, multiplied (less compensatory).
 */
export function demoCompositeIndices(): CompositeIndexInput[] {
  return [
    {
      code: 'demo-societal-strain-nl',
      nameNl: 'Maatschappelijke stand, landelijk (demo)',
      nameEn: 'State of society, national (demo)',
      descriptionNl:
        'Demo: werkloosheid, consumentenvertrouwen, hulpvragen bij 113 en detailhandelsomzet per maand, ' +
        'min-max genormaliseerd (hoger is beter) en gewogen opgeteld. Een samenvatting die de auteur koos, ' +
        'geen meting: er bestaat geen "maatschappelijke R".',
      descriptionEn:
        'Demo: unemployment, consumer confidence, suicide-prevention contacts and retail turnover per month, ' +
        'min-max normalised (higher is better) and summed with weights. A summary its author chose, ' +
        'not a measurement: there is no "societal R".',
      components: [
        { indicatorCode: 'unemployment-rate', weight: 1, polarity: 'higher-is-worse' },
        { indicatorCode: 'consumer-confidence', weight: 1, polarity: 'higher-is-better' },
        { indicatorCode: 'suicide-prevention-contacts', weight: 1, polarity: 'higher-is-worse' },
        { indicatorCode: 'retail-turnover', weight: 1, polarity: 'higher-is-better' },
      ],
      normalisation: 'min-max',
      aggregation: 'arithmetic',
      referencePeriod: null,
      minMaxFloor: 0,
      imputation: { rule: 'none' },
      uncertainty: {
        replicates: 1000,
        seed: 20_261_123,
        weightSpread: 0.5,
        normalisations: ['min-max', 'z-score'],
      },
      level: 'nl',
      periodType: 'month',
      author: 'demo loader',
      demo: true,
    },
    {
      code: 'demo-local-pressure-gm',
      nameNl: 'Lokale druk ten opzichte van december 2019, per gemeente (demo)',
      nameEn: 'Local pressure against December 2019, per gemeente (demo)',
      descriptionNl:
        'Demo: bijstand, WW-uitkeringen, geregistreerde misdrijven en incidenten openbare orde per gemeente per ' +
        'maand, elk als percentage van de eigen waarde in december 2019 (boven 100 is beter dan toen) en ' +
        'meetkundig gemiddeld. Tellingen van gemeenten van verschillende omvang worden zo niet met elkaar vergeleken.',
      descriptionEn:
        'Demo: social assistance, unemployment benefits, registered crime and public-order incidents per ' +
        'gemeente per month, each as a percentage of its own value in December 2019 (above 100 is better than ' +
        'then), geometric mean. Counts of gemeenten of different size are thus not compared with each other.',
      components: [
        { indicatorCode: 'social-assistance', weight: 2, polarity: 'higher-is-worse' },
        { indicatorCode: 'unemployment-benefits', weight: 1, polarity: 'higher-is-worse' },
        { indicatorCode: 'registered-crime', weight: 1, polarity: 'higher-is-worse' },
        { indicatorCode: 'public-order-incidents', weight: 1, polarity: 'higher-is-worse' },
      ],
      normalisation: 'distance-to-reference',
      aggregation: 'geometric',
      referencePeriod: '2019-12',
      minMaxFloor: 0.1,
      imputation: { rule: 'none' },
      // about 350 gemeenten × 63 months: 200 replicates keep one computation within its bound
      uncertainty: {
        replicates: 200,
        seed: 20_261_123,
        weightSpread: 0.5,
        normalisations: ['distance-to-reference'],
      },
      level: 'gemeente',
      periodType: 'month',
      author: 'demo loader',
      demo: true,
    },
  ];
}
