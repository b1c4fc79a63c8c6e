/**
 * The reference list of fundamental rights that measures can touch. Fiches cite rights by
 * id, and the weighing framework grounds its values in the same list, so ids are stable.
 * Article numbers are those of the instruments as in force for the Netherlands; titles are
 * the article headings (the Grondwet has no official headings: these are descriptive).
 */
export const RIGHTS_INSTRUMENTS = ['grondwet', 'echr', 'icescr', 'crc', 'crpd'] as const;
export type RightsInstrument = (typeof RIGHTS_INSTRUMENTS)[number];

export interface RightsInstrumentInfo {
  instrument: RightsInstrument;
  nameNl: string;
  nameEn: string;
  url: string;
}

export const RIGHTS_INSTRUMENT_INFO: readonly RightsInstrumentInfo[] = [
  {
    instrument: 'grondwet',
    nameNl: 'Grondwet voor het Koninkrijk der Nederlanden',
    nameEn: 'Constitution of the Kingdom of the Netherlands',
    url: 'https://wetten.overheid.nl/BWBR0001840',
  },
  {
    instrument: 'echr',
    nameNl: 'Europees Verdrag voor de Rechten van de Mens (EVRM)',
    nameEn: 'European Convention on Human Rights (ECHR)',
    url: 'https://www.echr.coe.int/documents/d/echr/convention_ENG',
  },
  {
    instrument: 'icescr',
    nameNl: 'Internationaal Verdrag inzake economische, sociale en culturele rechten (IVESCR)',
    nameEn: 'International Covenant on Economic, Social and Cultural Rights (ICESCR)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-economic-social-and-cultural-rights',
  },
  {
    instrument: 'crc',
    nameNl: 'Internationaal Verdrag inzake de rechten van het kind (IVRK)',
    nameEn: 'UN Convention on the Rights of the Child (CRC)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child',
  },
  {
    instrument: 'crpd',
    nameNl: 'VN-Verdrag inzake de rechten van personen met een handicap (VN-VRPH)',
    nameEn: 'UN Convention on the Rights of Persons with Disabilities (CRPD)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-persons-disabilities',
  },
];

export interface FundamentalRight {
  /** stable id, e.g. 'echr-8' or 'echr-p1-2' (Protocol No. 1, article 2) */
  id: string;
  instrument: RightsInstrument;
  /** as cited, e.g. '8' or 'Protocol 1, art. 2' */
  article: string;
  titleNl: string;
  titleEn: string;
}

type RightSpec = readonly [id: string, article: string, titleNl: string, titleEn: string];

const SPECS: Record<RightsInstrument, readonly RightSpec[]> = {
  grondwet: [
    [
      'gw-1',
      '1',
      'Gelijke behandeling en verbod van discriminatie',
      'Equal treatment and prohibition of discrimination',
    ],
    ['gw-6', '6', 'Vrijheid van godsdienst en levensovertuiging', 'Freedom of religion and belief'],
    ['gw-7', '7', 'Vrijheid van meningsuiting', 'Freedom of expression'],
    ['gw-8', '8', 'Recht van vereniging', 'Right of association'],
    ['gw-9', '9', 'Recht van vergadering en betoging', 'Right of assembly and demonstration'],
    ['gw-10', '10', 'Eerbiediging van de persoonlijke levenssfeer', 'Respect for privacy'],
    ['gw-11', '11', 'Onaantastbaarheid van het lichaam', 'Inviolability of the body'],
    ['gw-12', '12', 'Onschendbaarheid van de woning', 'Inviolability of the home'],
    ['gw-15', '15', 'Vrijheidsbeneming', 'Deprivation of liberty'],
    [
      'gw-19',
      '19',
      'Werkgelegenheid en vrije keuze van arbeid',
      'Employment and free choice of work',
    ],
    [
      'gw-20',
      '20',
      'Bestaanszekerheid en sociale zekerheid',
      'Means of subsistence and social security',
    ],
    [
      'gw-22',
      '22',
      'Volksgezondheid, woongelegenheid, culturele ontplooiing en vrijetijdsbesteding',
      'Public health, housing, cultural development and leisure',
    ],
    ['gw-23', '23', 'Onderwijs', 'Education'],
  ],
  echr: [
    ['echr-2', '2', 'Recht op leven', 'Right to life'],
    ['echr-5', '5', 'Recht op vrijheid en veiligheid', 'Right to liberty and security'],
    [
      'echr-8',
      '8',
      'Recht op eerbiediging van privé-, familie- en gezinsleven',
      'Right to respect for private and family life',
    ],
    [
      'echr-9',
      '9',
      'Vrijheid van gedachte, geweten en godsdienst',
      'Freedom of thought, conscience and religion',
    ],
    ['echr-10', '10', 'Vrijheid van meningsuiting', 'Freedom of expression'],
    [
      'echr-11',
      '11',
      'Vrijheid van vergadering en vereniging',
      'Freedom of assembly and association',
    ],
    ['echr-14', '14', 'Verbod van discriminatie', 'Prohibition of discrimination'],
    ['echr-p1-1', 'Protocol 1, art. 1', 'Bescherming van eigendom', 'Protection of property'],
    ['echr-p1-2', 'Protocol 1, art. 2', 'Recht op onderwijs', 'Right to education'],
    ['echr-p4-2', 'Protocol 4, art. 2', 'Vrijheid van verplaatsing', 'Freedom of movement'],
  ],
  icescr: [
    ['icescr-6', '6', 'Recht op werk', 'Right to work'],
    [
      'icescr-7',
      '7',
      'Recht op rechtvaardige en gunstige arbeidsvoorwaarden',
      'Right to just and favourable conditions of work',
    ],
    ['icescr-9', '9', 'Recht op sociale zekerheid', 'Right to social security'],
    [
      'icescr-10',
      '10',
      'Bescherming van het gezin, moeders en kinderen',
      'Protection of the family, mothers and children',
    ],
    [
      'icescr-11',
      '11',
      'Recht op een behoorlijke levensstandaard',
      'Right to an adequate standard of living',
    ],
    [
      'icescr-12',
      '12',
      'Recht op de hoogst haalbare lichamelijke en geestelijke gezondheid',
      'Right to the highest attainable standard of physical and mental health',
    ],
    ['icescr-13', '13', 'Recht op onderwijs', 'Right to education'],
    [
      'icescr-15',
      '15',
      'Recht op deelname aan het culturele leven',
      'Right to take part in cultural life',
    ],
  ],
  crc: [
    ['crc-2', '2', 'Non-discriminatie', 'Non-discrimination'],
    ['crc-3', '3', 'Belang van het kind', 'Best interests of the child'],
    [
      'crc-6',
      '6',
      'Recht op leven, overleving en ontwikkeling',
      'Right to life, survival and development',
    ],
    [
      'crc-12',
      '12',
      'Recht van het kind om gehoord te worden',
      'Respect for the views of the child',
    ],
    [
      'crc-19',
      '19',
      'Bescherming tegen alle vormen van geweld',
      'Protection from all forms of violence',
    ],
    [
      'crc-24',
      '24',
      'Recht op gezondheid en gezondheidszorg',
      'Right to health and health services',
    ],
    ['crc-28', '28', 'Recht op onderwijs', 'Right to education'],
    ['crc-31', '31', 'Recht op rust, vrije tijd, spel en cultuur', 'Leisure, play and culture'],
  ],
  crpd: [
    ['crpd-5', '5', 'Gelijkheid en non-discriminatie', 'Equality and non-discrimination'],
    ['crpd-9', '9', 'Toegankelijkheid', 'Accessibility'],
    [
      'crpd-11',
      '11',
      'Risicosituaties en humanitaire noodsituaties',
      'Situations of risk and humanitarian emergencies',
    ],
    [
      'crpd-19',
      '19',
      'Zelfstandig wonen en deel uitmaken van de maatschappij',
      'Living independently and being included in the community',
    ],
    ['crpd-24', '24', 'Onderwijs', 'Education'],
    ['crpd-25', '25', 'Gezondheid', 'Health'],
    [
      'crpd-28',
      '28',
      'Behoorlijke levensstandaard en sociale bescherming',
      'Adequate standard of living and social protection',
    ],
    [
      'crpd-30',
      '30',
      'Deelname aan cultureel leven, recreatie, vrijetijdsbesteding en sport',
      'Participation in cultural life, recreation, leisure and sport',
    ],
  ],
};

export const FUNDAMENTAL_RIGHTS: readonly FundamentalRight[] = RIGHTS_INSTRUMENTS.flatMap(
  (instrument) =>
    SPECS[instrument].map(([id, article, titleNl, titleEn]) => ({
      id,
      instrument,
      article,
      titleNl,
      titleEn,
    })),
);

const BY_ID = new Map(FUNDAMENTAL_RIGHTS.map((r) => [r.id, r]));

export function findFundamentalRight(id: string): FundamentalRight | undefined {
  return BY_ID.get(id);
}

export function isFundamentalRightId(id: string): boolean {
  return BY_ID.has(id);
}
