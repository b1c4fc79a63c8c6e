import type { Bundle, BundleEffectivenessEstimate } from '../bundles/bundle.ts';

/** Demo bundles, as the OMT advised them in waves; some with their own OMT estimate, some without. */
export function demoBundles(): Bundle[] {
  return [
    {
      code: 'avondlockdown',
      nameNl: 'Avondlockdown',
      nameEn: 'Evening lockdown',
      description:
        '[Demo] Vroege sluiting van horeca, geen evenementen, kleinere groepen en een toegangsbewijs.',
      members: [
        { measureCode: 'horeca', level: 1 },
        { measureCode: 'evenementen', level: 2 },
        { measureCode: 'groepsgrootte', level: 3 },
        { measureCode: 'toegangsbewijs', level: 1 },
      ],
      demo: true,
    },
    {
      code: 'harde-lockdown',
      nameNl: 'Harde lockdown',
      nameEn: 'Hard lockdown',
      description:
        '[Demo] Scholen, niet-essentiële winkels, horeca en cultuur dicht; thuiswerken; avondklok.',
      members: [
        { measureCode: 'scholen', level: 3 },
        { measureCode: 'werkplekken', level: 3 },
        { measureCode: 'horeca', level: 2 },
        { measureCode: 'winkels', level: 2 },
        { measureCode: 'cultuur', level: 2 },
        { measureCode: 'avondklok', level: 1 },
        { measureCode: 'thuisblijven', level: 2 },
      ],
      demo: true,
    },
    {
      code: 'basismaatregelen',
      nameNl: 'Basismaatregelen',
      nameEn: 'Basic measures',
      description: '[Demo] Mondkapjes, thuiswerkadvies, publiekscampagne en testen bij klachten.',
      members: [
        { measureCode: 'mondkapjes', level: 2 },
        { measureCode: 'werkplekken', level: 1 },
        { measureCode: 'voorlichting', level: 2 },
        { measureCode: 'testbeleid', level: 2 },
      ],
      demo: true,
    },
    {
      code: 'bescherming-kwetsbaren',
      nameNl: 'Bescherming van kwetsbaren',
      nameEn: 'Protecting the vulnerable',
      description:
        '[Demo] Bezoekbeperking in verpleeghuizen, brede vaccinatie, open testen en inkomenssteun.',
      members: [
        { measureCode: 'bescherming-ouderen', level: 2 },
        { measureCode: 'vaccinatie', level: 5 },
        { measureCode: 'testbeleid', level: 3 },
        { measureCode: 'inkomenssteun', level: 2 },
      ],
      demo: true,
    },
    {
      code: 'gerichte-sluiting',
      nameNl: 'Gerichte sluiting',
      nameEn: 'Targeted closure',
      description:
        '[Demo] Horeca en cultuur beperkt, toegangsbewijs en mondkapjes; scholen en winkels open.',
      members: [
        { measureCode: 'horeca', level: 2 },
        { measureCode: 'cultuur', level: 2 },
        { measureCode: 'toegangsbewijs', level: 1 },
        { measureCode: 'mondkapjes', level: 2 },
      ],
      demo: true,
    },
  ];
}

export function demoBundleEstimates(): BundleEffectivenessEstimate[] {
  const base = { author: 'Demo: OMT', updatedAt: '2022-10-15T12:00:00.000Z', demo: true };
  return [
    {
      ...base,
      bundleCode: 'avondlockdown',
      scenarioCode: 'winter-delta',
      estimate: 3,
      low: 2,
      high: 3,
      rationale:
        'Demo: het pakket remt vooral avondcontacten; overlap tussen horeca en groepsgrootte.',
    },
    {
      ...base,
      bundleCode: 'harde-lockdown',
      scenarioCode: 'winter-delta',
      estimate: 4,
      low: 3,
      high: 4,
      rationale: 'Demo: grootste reductie van contacten, mits de naleving standhoudt.',
    },
    {
      ...base,
      bundleCode: 'harde-lockdown',
      scenarioCode: 'zomer-omikron',
      estimate: 2,
      low: 1,
      high: 3,
      rationale: 'Demo: bij lage naleving en hoge immuniteit blijft het effect beperkt.',
    },
  ];
}
