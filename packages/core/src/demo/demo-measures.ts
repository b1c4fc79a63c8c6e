import type { Measure, MeasureCategory, MeasureCluster } from '../measures/measure.ts';
import type { ImpactGroup, Sector } from '../fiches/impact-target.ts';

/**
 * The demo catalogue. Level wording follows the OxCGRT codebook where a mapping exists, so
 * that the catalogue lines up with the real timeline later; everything else is written by
 * the project for demonstration and carries demo: true.
 */
type LevelText = readonly [nl: string, en: string];
type DemoMeasureSpec = readonly [
  code: string,
  nameNl: string,
  nameEn: string,
  category: MeasureCategory,
  oxcgrt: string | null,
  levels: readonly LevelText[],
];

const NONE: LevelText = ['Geen maatregel', 'No measure'];

const SPECS: readonly DemoMeasureSpec[] = [
  [
    'scholen',
    'Sluiting van scholen',
    'School closing',
    'containment',
    'C1',
    [
      NONE,
      ['Aanbeveling tot sluiten of aangepast onderwijs', 'Recommend closing or altered operations'],
      ['Sluiting van sommige niveaus verplicht', 'Require closing of some levels'],
      ['Sluiting van alle niveaus verplicht', 'Require closing of all levels'],
    ],
  ],
  [
    'werkplekken',
    'Thuiswerken en sluiting werkplekken',
    'Workplace closing',
    'containment',
    'C2',
    [
      NONE,
      ['Thuiswerkadvies', 'Recommend working from home'],
      ['Sluiting van sommige sectoren verplicht', 'Require closing for some sectors'],
      [
        'Alles dicht behalve essentiële werkplekken',
        'Require closing of all but essential workplaces',
      ],
    ],
  ],
  [
    'evenementen',
    'Afgelasten van evenementen',
    'Cancel public events',
    'containment',
    'C3',
    [
      NONE,
      ['Aanbeveling tot afgelasten', 'Recommend cancelling'],
      ['Afgelasten verplicht', 'Require cancelling'],
    ],
  ],
  [
    'groepsgrootte',
    'Beperking van groepsgrootte',
    'Restrictions on gatherings',
    'containment',
    'C4',
    [
      NONE,
      ['Maximaal 1000 personen', 'Limit above 1000 people'],
      ['Maximaal 101–1000 personen', 'Limit 101–1000 people'],
      ['Maximaal 11–100 personen', 'Limit 11–100 people'],
      ['Maximaal 10 personen', 'Limit 10 people or fewer'],
    ],
  ],
  [
    'openbaar-vervoer',
    'Beperking openbaar vervoer',
    'Close public transport',
    'containment',
    'C5',
    [
      NONE,
      ['Aanbeveling OV te mijden', 'Recommend closing or reduced volume'],
      ['OV gesloten', 'Require closing'],
    ],
  ],
  [
    'thuisblijven',
    'Blijf-thuisregels',
    'Stay-at-home requirements',
    'containment',
    'C6',
    [
      NONE,
      ['Advies om thuis te blijven', 'Recommend not leaving house'],
      ['Thuisblijven verplicht, met uitzonderingen', 'Require staying home with exceptions'],
      [
        'Thuisblijven verplicht, minimale uitzonderingen',
        'Require staying home with minimal exceptions',
      ],
    ],
  ],
  [
    'binnenlands-reizen',
    'Binnenlandse reisbeperking',
    'Restrictions on internal movement',
    'containment',
    'C7',
    [
      NONE,
      ['Advies om niet te reizen', 'Recommend not to travel'],
      ['Reisbeperking verplicht', 'Internal movement restrictions in place'],
    ],
  ],
  [
    'internationaal-reizen',
    'Internationale reisbeperking',
    'International travel controls',
    'containment',
    'C8',
    [
      NONE,
      ['Screening bij aankomst', 'Screening arrivals'],
      ['Quarantaine voor hoog-risicogebieden', 'Quarantine arrivals from high-risk regions'],
      ['Inreisverbod voor sommige gebieden', 'Ban arrivals from some regions'],
      ['Grenzen dicht', 'Total border closure'],
    ],
  ],
  [
    'voorlichting',
    'Publieksvoorlichting',
    'Public information campaigns',
    'health-system',
    'H1',
    [
      NONE,
      ['Oproepen van overheid tot voorzichtigheid', 'Public officials urging caution'],
      ['Gecoördineerde publiekscampagne', 'Coordinated public information campaign'],
    ],
  ],
  [
    'testbeleid',
    'Testbeleid',
    'Testing policy',
    'health-system',
    'H2',
    [
      NONE,
      ['Testen bij klachten en risicogroep', 'Testing of symptomatic people in specific groups'],
      ['Testen bij klachten', 'Testing of anyone with symptoms'],
      ['Open testen voor iedereen', 'Open public testing'],
    ],
  ],
  [
    'contactonderzoek',
    'Bron- en contactonderzoek',
    'Contact tracing',
    'health-system',
    'H3',
    [
      NONE,
      ['Beperkt contactonderzoek', 'Limited contact tracing'],
      ['Volledig contactonderzoek', 'Comprehensive contact tracing'],
    ],
  ],
  [
    'mondkapjes',
    'Mondkapjesplicht',
    'Facial coverings',
    'protection',
    'H6',
    [
      NONE,
      ['Aanbevolen', 'Recommended'],
      ['Verplicht in sommige publieke ruimtes', 'Required in some public spaces'],
      ['Verplicht in alle publieke ruimtes met anderen', 'Required in all shared public spaces'],
      ['Altijd verplicht buitenshuis', 'Required outside the home at all times'],
    ],
  ],
  [
    'vaccinatie',
    'Vaccinatiebeleid',
    'Vaccination policy',
    'health-system',
    'H7',
    [
      NONE,
      ['Beschikbaar voor één kwetsbare groep', 'Available for one vulnerable group'],
      ['Beschikbaar voor twee kwetsbare groepen', 'Available for two vulnerable groups'],
      ['Beschikbaar voor alle kwetsbare groepen', 'Available for all vulnerable groups'],
      ['Beschikbaar voor brede groepen', 'Available for broad groups'],
      ['Universeel beschikbaar', 'Universal availability'],
    ],
  ],
  [
    'bescherming-ouderen',
    'Bescherming van ouderen',
    'Protection of elderly people',
    'protection',
    'H8',
    [
      NONE,
      ['Aanbevolen isolatie en hygiëne', 'Recommended isolation and hygiene'],
      ['Beperkingen in verpleeghuizen en thuis', 'Narrow restrictions in care homes'],
      ['Bezoekverbod en verplichte isolatie', 'Extensive restrictions and visiting ban'],
    ],
  ],
  [
    'inkomenssteun',
    'Inkomenssteun',
    'Income support',
    'economic-support',
    'E1',
    [
      NONE,
      ['Minder dan 50% van het loon vervangen', 'Replaces less than 50% of lost salary'],
      ['50% of meer van het loon vervangen', 'Replaces 50% or more of lost salary'],
    ],
  ],
  [
    'schuldverlichting',
    'Schuldverlichting',
    'Debt and contract relief',
    'economic-support',
    'E2',
    [NONE, ['Smalle verlichting', 'Narrow relief'], ['Brede verlichting', 'Broad relief']],
  ],
  [
    'avondklok',
    'Avondklok',
    'Curfew',
    'containment',
    null,
    [
      NONE,
      ['Avondklok vanaf 22.00 uur', 'Curfew from 22:00'],
      ['Avondklok vanaf 21.00 uur', 'Curfew from 21:00'],
    ],
  ],
  [
    'horeca',
    'Sluiting horeca',
    'Closing hospitality (horeca)',
    'sector-closure',
    null,
    [
      NONE,
      ['Vroegere sluitingstijd en placering', 'Earlier closing time and assigned seating'],
      ['Alleen afhalen en bezorgen', 'Takeaway and delivery only'],
    ],
  ],
  [
    'winkels',
    'Sluiting niet-essentiële winkels',
    'Closing non-essential shops',
    'sector-closure',
    null,
    [
      NONE,
      ['Winkelen op afspraak', 'Shopping by appointment'],
      ['Niet-essentiële winkels dicht', 'Non-essential shops closed'],
    ],
  ],
  [
    'sport',
    'Beperking sport',
    'Restrictions on sport',
    'sector-closure',
    null,
    [
      NONE,
      ['Alleen buiten sporten, zonder publiek', 'Outdoor sport only, no spectators'],
      ['Alleen jeugd mag in teamverband sporten', 'Team sport for young people only'],
    ],
  ],
  [
    'cultuur',
    'Sluiting cultuur',
    'Closing culture venues',
    'sector-closure',
    null,
    [
      NONE,
      ['Beperkt aantal bezoekers met reservering', 'Limited visitors with reservation'],
      ['Musea, theaters en bioscopen dicht', 'Museums, theatres and cinemas closed'],
    ],
  ],
  [
    'toegangsbewijs',
    'Coronatoegangsbewijs',
    'COVID certificate',
    'protection',
    null,
    [
      NONE,
      ['Verplicht voor evenementen en horeca', 'Required for events and hospitality'],
      ['2G: alleen gevaccineerd of hersteld', '2G: vaccinated or recovered only'],
    ],
  ],
];

/**
 * Demo profile per measure: cluster, directly touched sectors and groups, legal basis. The
 * legal bases name the acts the Dutch measures rested on (the temporary COVID-19 chapter of
 * the Public Health Act, the Wbbbg for the curfew, the support schemes' own acts), without
 * article numbers: demo content, not legal advice.
 */
const WPG_VA = 'Wet publieke gezondheid, hoofdstuk Va (Tijdelijke wet maatregelen covid-19)';
type Profile = readonly [MeasureCluster, readonly Sector[], readonly ImpactGroup[], string | null];
const PROFILES: Record<string, Profile> = {
  scholen: [
    'education',
    ['education'],
    ['young-people', 'low-income', 'deprived-neighbourhoods'],
    WPG_VA,
  ],
  werkplekken: [
    'work',
    ['contact-professions'],
    ['entrepreneurs-self-employed', 'low-income'],
    WPG_VA,
  ],
  evenementen: [
    'gatherings-events',
    ['events', 'culture'],
    ['entrepreneurs-self-employed', 'young-people'],
    WPG_VA,
  ],
  groepsgrootte: ['gatherings-events', ['events', 'sport'], ['young-people', 'elderly'], WPG_VA],
  'openbaar-vervoer': [
    'movement-travel',
    ['public-transport'],
    ['low-income', 'care-workers'],
    WPG_VA,
  ],
  thuisblijven: [
    'movement-travel',
    ['retail', 'horeca'],
    ['mental-health-problems', 'elderly', 'deprived-neighbourhoods'],
    WPG_VA,
  ],
  'binnenlands-reizen': [
    'movement-travel',
    ['tourism', 'public-transport'],
    ['informal-carers'],
    WPG_VA,
  ],
  'internationaal-reizen': [
    'movement-travel',
    ['tourism'],
    ['entrepreneurs-self-employed'],
    'Vreemdelingenwet 2000 en Wet publieke gezondheid',
  ],
  voorlichting: ['health-protection', [], ['elderly', 'disability-chronic-illness'], null],
  testbeleid: ['health-protection', ['care'], ['care-workers'], 'Wet publieke gezondheid'],
  contactonderzoek: ['health-protection', ['care'], ['care-workers'], 'Wet publieke gezondheid'],
  mondkapjes: [
    'health-protection',
    ['retail', 'public-transport', 'contact-professions'],
    ['disability-chronic-illness'],
    WPG_VA,
  ],
  vaccinatie: [
    'health-protection',
    ['care'],
    ['elderly', 'care-workers', 'people-in-institutions'],
    'Wet publieke gezondheid',
  ],
  'bescherming-ouderen': [
    'health-protection',
    ['care'],
    ['elderly', 'people-in-institutions', 'informal-carers'],
    WPG_VA,
  ],
  inkomenssteun: [
    'economic-support',
    [],
    ['entrepreneurs-self-employed', 'low-income'],
    'Kaderwet SZW-subsidies (NOW) en Participatiewet (Tozo)',
  ],
  schuldverlichting: [
    'economic-support',
    [],
    ['low-income', 'entrepreneurs-self-employed'],
    'Tijdelijke regelingen van de Belastingdienst (uitstel van betaling)',
  ],
  avondklok: [
    'movement-travel',
    ['horeca', 'culture'],
    ['young-people', 'mental-health-problems'],
    'Wet buitengewone bevoegdheden burgerlijk gezag',
  ],
  horeca: [
    'hospitality-retail-culture-sport',
    ['horeca'],
    ['entrepreneurs-self-employed', 'young-people'],
    WPG_VA,
  ],
  winkels: [
    'hospitality-retail-culture-sport',
    ['retail'],
    ['entrepreneurs-self-employed'],
    WPG_VA,
  ],
  sport: [
    'hospitality-retail-culture-sport',
    ['sport'],
    ['young-people', 'mental-health-problems'],
    WPG_VA,
  ],
  cultuur: [
    'hospitality-retail-culture-sport',
    ['culture', 'events'],
    ['entrepreneurs-self-employed'],
    WPG_VA,
  ],
  toegangsbewijs: [
    'hospitality-retail-culture-sport',
    ['horeca', 'culture', 'events'],
    ['low-income', 'deprived-neighbourhoods'],
    WPG_VA,
  ],
};

function profileOf(code: string): Profile {
  const profile = PROFILES[code];
  if (!profile) throw new Error(`demo measure '${code}' has no profile`);
  return profile;
}

export function demoMeasures(): Measure[] {
  return SPECS.map(([code, nameNl, nameEn, category, oxcgrtCode, levels]) => ({
    code,
    nameNl,
    nameEn,
    category,
    oxcgrtCode,
    cluster: profileOf(code)[0],
    sectors: [...profileOf(code)[1]],
    groups: [...profileOf(code)[2]],
    legalBasis: profileOf(code)[3],
    levels: levels.map(([descriptionNl, descriptionEn], level) => ({
      level,
      descriptionNl,
      descriptionEn,
    })),
    demo: true,
  }));
}
