import { isMessageKey, translate } from '../i18n/messages.ts';
import { clampScore } from '../fiches/impact-scale.ts';
import type { EvidenceGrade, ImpactScore, UncertaintyLevel } from '../fiches/impact-scale.ts';
import { parseTarget, targetKey } from '../fiches/impact-target.ts';
import type { ImpactTarget, ImpactTargetKind } from '../fiches/impact-target.ts';
import type {
  FicheContent,
  FicheImpact,
  FicheTransition,
  FicheVersion,
  SourceCitation,
} from '../fiches/fiche.ts';
import type { FicheStatus } from '../fiches/fiche-workflow.ts';
import { demoMeasures } from './demo-measures.ts';
import { seededRandom } from './seeded-random.ts';
import type { SeededRandom } from './seeded-random.ts';

/**
 * Demo fiches: one per measure and level above 0, generated with a fixed seed from a
 * per-measure profile of who and what the measure touches at its strictest level. The
 * profile is the project's illustration, not research; every version says so.
 */
export const DEMO_FICHE_SEED = 20221;

type Spec = readonly [kind: ImpactTargetKind, code: string, atMaxLevel: number];

const PROFILES: Record<string, { impacts: readonly Spec[]; rights: readonly string[] }> = {
  scholen: {
    impacts: [
      ['domain', 'education', -3],
      ['domain', 'mental-health', -2],
      ['domain', 'work-income', -1],
      ['group', 'young-people', -3],
      ['group', 'low-income', -2],
      ['group', 'deprived-neighbourhoods', -2],
      ['group', 'informal-carers', -1],
      ['sector', 'education', -3],
    ],
    rights: ['gw-23', 'echr-p1-2', 'crc-3', 'crc-28'],
  },
  werkplekken: {
    impacts: [
      ['domain', 'work-income', -2],
      ['domain', 'economy', -2],
      ['domain', 'mental-health', -1],
      ['domain', 'social-cohesion-trust', -1],
      ['group', 'entrepreneurs-self-employed', -2],
      ['group', 'low-income', -2],
      ['sector', 'retail', -1],
      ['sector', 'contact-professions', -2],
    ],
    rights: ['gw-19', 'icescr-6', 'echr-p1-1'],
  },
  evenementen: {
    impacts: [
      ['domain', 'economy', -2],
      ['domain', 'social-cohesion-trust', -1],
      ['group', 'entrepreneurs-self-employed', -2],
      ['sector', 'events', -3],
      ['sector', 'culture', -2],
      ['sector', 'tourism', -1],
    ],
    rights: ['gw-9', 'echr-11', 'icescr-15'],
  },
  groepsgrootte: {
    impacts: [
      ['domain', 'social-cohesion-trust', -2],
      ['domain', 'mental-health', -2],
      ['group', 'elderly', -1],
      ['group', 'young-people', -2],
      ['sector', 'events', -2],
      ['sector', 'sport', -1],
      ['sector', 'culture', -1],
    ],
    rights: ['gw-6', 'gw-9', 'echr-9', 'echr-11'],
  },
  'openbaar-vervoer': {
    impacts: [
      ['domain', 'work-income', -1],
      ['group', 'low-income', -2],
      ['group', 'disability-chronic-illness', -2],
      ['group', 'care-workers', -2],
      ['sector', 'public-transport', -3],
      ['sector', 'education', -1],
    ],
    rights: ['echr-p4-2', 'crpd-9'],
  },
  thuisblijven: {
    impacts: [
      ['domain', 'mental-health', -3],
      ['domain', 'social-cohesion-trust', -2],
      ['domain', 'physical-health', -1],
      ['domain', 'safety-public-order', -2],
      ['domain', 'rights-freedoms', -3],
      ['group', 'young-people', -2],
      ['group', 'elderly', -2],
      ['group', 'mental-health-problems', -3],
      ['group', 'deprived-neighbourhoods', -2],
      ['group', 'people-in-institutions', -1],
      ['sector', 'retail', -2],
      ['sector', 'horeca', -2],
    ],
    rights: ['echr-5', 'echr-8', 'echr-p4-2', 'crc-19', 'icescr-12'],
  },
  'binnenlands-reizen': {
    impacts: [
      ['domain', 'rights-freedoms', -2],
      ['domain', 'economy', -1],
      ['domain', 'social-cohesion-trust', -1],
      ['group', 'entrepreneurs-self-employed', -1],
      ['sector', 'tourism', -3],
    ],
    rights: ['echr-p4-2'],
  },
  'internationaal-reizen': {
    impacts: [
      ['domain', 'economy', -2],
      ['domain', 'rights-freedoms', -1],
      ['domain', 'social-cohesion-trust', -1],
      ['group', 'entrepreneurs-self-employed', -1],
      ['sector', 'tourism', -3],
    ],
    rights: ['echr-8', 'echr-p4-2'],
  },
  voorlichting: {
    impacts: [
      ['domain', 'social-cohesion-trust', 1],
      ['domain', 'physical-health', 1],
      ['domain', 'mental-health', -1],
      ['group', 'mental-health-problems', -1],
    ],
    rights: [],
  },
  testbeleid: {
    impacts: [
      ['domain', 'physical-health', 1],
      ['domain', 'work-income', 1],
      ['group', 'care-workers', -1],
      ['sector', 'care', -1],
    ],
    rights: ['gw-10', 'gw-11'],
  },
  contactonderzoek: {
    impacts: [
      ['domain', 'physical-health', 1],
      ['domain', 'rights-freedoms', -1],
      ['domain', 'social-cohesion-trust', -1],
      ['group', 'care-workers', -1],
    ],
    rights: ['gw-10', 'echr-8'],
  },
  mondkapjes: {
    impacts: [
      ['domain', 'rights-freedoms', -1],
      ['domain', 'social-cohesion-trust', -1],
      ['group', 'disability-chronic-illness', -2],
      ['sector', 'retail', -1],
      ['sector', 'public-transport', -1],
      ['sector', 'contact-professions', -1],
    ],
    rights: ['gw-11', 'crpd-5', 'crpd-9'],
  },
  vaccinatie: {
    impacts: [
      ['domain', 'physical-health', 3],
      ['domain', 'economy', 2],
      ['domain', 'social-cohesion-trust', -1],
      ['group', 'elderly', 3],
      ['group', 'care-workers', 1],
      ['group', 'people-in-institutions', 2],
    ],
    rights: ['gw-11', 'echr-8', 'icescr-12'],
  },
  'bescherming-ouderen': {
    impacts: [
      ['domain', 'mental-health', -3],
      ['domain', 'social-cohesion-trust', -1],
      ['group', 'elderly', -3],
      ['group', 'people-in-institutions', -3],
      ['group', 'informal-carers', -2],
      ['group', 'disability-chronic-illness', -2],
      ['group', 'care-workers', -2],
      ['sector', 'care', -2],
    ],
    rights: ['echr-8', 'icescr-12', 'crpd-11', 'crpd-19'],
  },
  inkomenssteun: {
    impacts: [
      ['domain', 'work-income', 3],
      ['domain', 'economy', 2],
      ['domain', 'social-cohesion-trust', 1],
      ['group', 'entrepreneurs-self-employed', 2],
      ['group', 'low-income', 2],
    ],
    rights: ['gw-20', 'icescr-9', 'icescr-11'],
  },
  schuldverlichting: {
    impacts: [
      ['domain', 'work-income', 2],
      ['domain', 'economy', 1],
      ['group', 'low-income', 2],
      ['group', 'entrepreneurs-self-employed', 2],
    ],
    rights: ['gw-20', 'icescr-11'],
  },
  avondklok: {
    impacts: [
      ['domain', 'rights-freedoms', -3],
      ['domain', 'safety-public-order', -3],
      ['domain', 'mental-health', -2],
      ['domain', 'social-cohesion-trust', -2],
      ['group', 'young-people', -3],
      ['group', 'care-workers', -1],
      ['group', 'deprived-neighbourhoods', -2],
      ['sector', 'horeca', -2],
    ],
    rights: ['echr-5', 'echr-8', 'echr-p4-2'],
  },
  horeca: {
    impacts: [
      ['domain', 'economy', -2],
      ['domain', 'work-income', -2],
      ['domain', 'social-cohesion-trust', -2],
      ['group', 'entrepreneurs-self-employed', -3],
      ['group', 'young-people', -2],
      ['sector', 'horeca', -3],
      ['sector', 'events', -1],
      ['sector', 'tourism', -2],
    ],
    rights: ['gw-19', 'icescr-6', 'echr-p1-1'],
  },
  winkels: {
    impacts: [
      ['domain', 'economy', -2],
      ['domain', 'work-income', -1],
      ['group', 'entrepreneurs-self-employed', -2],
      ['group', 'low-income', -1],
      ['sector', 'retail', -3],
    ],
    rights: ['gw-19', 'echr-p1-1'],
  },
  sport: {
    impacts: [
      ['domain', 'physical-health', -2],
      ['domain', 'mental-health', -2],
      ['domain', 'social-cohesion-trust', -1],
      ['group', 'young-people', -2],
      ['sector', 'sport', -3],
    ],
    rights: ['crc-31', 'crpd-30'],
  },
  cultuur: {
    impacts: [
      ['domain', 'economy', -1],
      ['domain', 'mental-health', -1],
      ['domain', 'social-cohesion-trust', -1],
      ['group', 'entrepreneurs-self-employed', -2],
      ['sector', 'culture', -3],
    ],
    rights: ['gw-22', 'icescr-15', 'crpd-30'],
  },
  toegangsbewijs: {
    impacts: [
      ['domain', 'social-cohesion-trust', -3],
      ['domain', 'rights-freedoms', -2],
      ['domain', 'safety-public-order', -1],
      ['group', 'low-income', -1],
      ['group', 'deprived-neighbourhoods', -1],
      ['sector', 'horeca', -1],
      ['sector', 'events', 1],
      ['sector', 'culture', 1],
    ],
    rights: ['gw-1', 'gw-10', 'echr-8', 'echr-14'],
  },
};

const RIGHT_NOTES: Record<string, string> = {
  'gw-1': 'Onderscheid naar vaccinatie- of teststatus vraagt een objectieve rechtvaardiging.',
  'gw-6': 'Samenkomsten voor religie en levensovertuiging worden beperkt.',
  'gw-9': 'Samenkomsten en betogingen worden beperkt.',
  'gw-10': 'Verwerking van gezondheidsgegevens raakt de persoonlijke levenssfeer.',
  'gw-11': 'Raakt de lichamelijke integriteit (testen, mondkapje, vaccinatie).',
  'gw-19': 'Beperkt de mogelijkheid om werk uit te oefenen.',
  'gw-20': 'Ondersteunt de bestaanszekerheid die de overheid moet bevorderen.',
  'gw-22': 'Raakt culturele ontplooiing en vrijetijdsbesteding.',
  'gw-23': 'Onderwijs is een voorwerp van aanhoudende zorg der regering.',
};
const DEFAULT_RIGHT_NOTE =
  'De maatregel beperkt of ondersteunt de uitoefening van dit recht; noodzaak en evenredigheid moeten worden gewogen.';

// Real institutions whose work on the corona period informs fiches; links go to their sites, not to specific findings.
const SOURCES: readonly SourceCitation[] = [
  {
    citation: 'Sociaal en Cultureel Planbureau (SCP), publicaties over de coronatijd',
    url: 'https://www.scp.nl',
  },
  { citation: 'RIVM, gedragsonderzoek corona', url: 'https://www.rivm.nl/gedragsonderzoek' },
  {
    citation: 'Centraal Planbureau (CPB), ramingen en analyses coronacrisis',
    url: 'https://www.cpb.nl',
  },
  {
    citation: 'Centraal Bureau voor de Statistiek (CBS), coronadashboard en statistieken',
    url: 'https://www.cbs.nl',
  },
  {
    citation: 'Trimbos-instituut, onderzoek naar mentale gezondheid',
    url: 'https://www.trimbos.nl',
  },
  {
    citation: 'Onderzoeksraad voor Veiligheid, Aanpak coronacrisis',
    url: 'https://www.onderzoeksraad.nl',
  },
  {
    citation: 'Oxford COVID-19 Government Response Tracker (OxCGRT)',
    url: 'https://github.com/OxCGRT/covid-policy-dataset',
  },
  { citation: 'Gesprek in praktijkkring (demo, niet gepubliceerd)', url: null },
];

const MITIGATIONS: Record<string, string> = {
  'young-people': 'Uitzonderingen voor jongeren tot 18 jaar bij sport, cultuur en onderwijs.',
  elderly: 'Beschermde bezoekregeling en actieve belrondes tegen eenzaamheid.',
  'disability-chronic-illness':
    'Toegankelijke alternatieven en uitzonderingen voor wie ze nodig heeft.',
  'mental-health-problems': 'Laagdrempelige hulplijnen en behoud van fysieke GGZ-afspraken.',
  'low-income': 'Gerichte inkomens- en schuldhulp via gemeenten.',
  'entrepreneurs-self-employed':
    'Tegemoetkoming vaste lasten en overbruggingsregeling voor zelfstandigen.',
  'care-workers': 'Vervoer en kinderopvang voor cruciale beroepen.',
  'informal-carers': 'Respijtzorg en uitzondering voor mantelzorgbezoek.',
  'people-in-institutions': 'Minimaal één vaste bezoeker en ruimte voor maatwerk per instelling.',
  'deprived-neighbourhoods': 'Inzet van jongerenwerk en sociaal wijkteams in de avonduren.',
  education: 'Noodopvang, leenlaptops en inhaalprogramma (Nationaal Programma Onderwijs).',
  'mental-health': 'Extra capaciteit voor laagdrempelige psychosociale hulp.',
  economy: 'Steunpakket met loonkostensubsidie (NOW) en belastinguitstel.',
  'work-income': 'Loonkostensubsidie en ruimere bijstand voor zelfstandigen.',
  horeca: 'Ruimere terrasvergunningen en huurverlaging in overleg met verhuurders.',
  culture: 'Aanvullende steun voor culturele instellingen en makers.',
  events: 'Garantieregeling voor afgelaste evenementen.',
  sport: 'Buitensport mogelijk houden, met voorrang voor jeugd.',
  'safety-public-order': 'Vroegtijdig overleg met gemeenten, politie en jongerenwerk.',
};

function label(kind: ImpactTargetKind, code: string): string {
  const key = `${kind}.${code}`;
  return isMessageKey(key) ? translate('nl', key).toLowerCase() : code;
}

function pickEvidence(random: SeededRandom): EvidenceGrade {
  const r = random.next();
  return r < 0.2 ? 'strong' : r < 0.5 ? 'moderate' : r < 0.8 ? 'limited' : 'expert-judgement';
}

function pickUncertainty(random: SeededRandom, evidence: EvidenceGrade): UncertaintyLevel {
  const options: readonly UncertaintyLevel[] =
    evidence === 'strong'
      ? ['low', 'low', 'medium']
      : evidence === 'moderate'
        ? ['low', 'medium', 'medium']
        : ['medium', 'high', 'high'];
  return random.pick(options);
}

// Harm to schooling, mental health and young people tends to linger after a measure is lifted.
const LINGERING = new Set([
  'domain:education',
  'domain:mental-health',
  'group:young-people',
  'group:deprived-neighbourhoods',
  'group:mental-health-problems',
]);

function toScore(value: number): ImpactScore {
  return clampScore(Math.round(value)) as ImpactScore;
}

function generateImpact(
  random: SeededRandom,
  spec: Spec,
  fraction: number,
  levelText: string,
): FicheImpact {
  const [kind, code, atMax] = spec;
  const target = parseTarget(kind, code) as ImpactTarget;
  let short = toScore(atMax * Math.pow(fraction, 0.8) + (random.next() - 0.5) * 0.8);
  if (short === 0) short = (atMax < 0 ? -1 : 1) as ImpactScore;
  const drift =
    LINGERING.has(targetKey(target)) && atMax < 0
      ? -random.int(0, 1)
      : random.int(-1, 1) * (atMax < 0 ? -1 : 0);
  const long = toScore(short + drift);
  const evidence = pickEvidence(random);
  const sourceCount =
    evidence === 'strong' || evidence === 'moderate' ? random.int(1, 2) : random.int(0, 1);
  const sources: SourceCitation[] = [];
  while (sources.length < sourceCount) {
    const s = random.pick(SOURCES);
    if (!sources.includes(s)) sources.push(s);
  }
  const mitigation = MITIGATIONS[code];
  return {
    target,
    shortTerm: short,
    longTerm: long,
    evidence,
    uncertainty: pickUncertainty(random, evidence),
    explanation: `Demo-inschatting: "${levelText}" heeft ${atMax < 0 ? 'nadelige' : 'gunstige'} gevolgen voor ${label(kind, code)}.`,
    sources,
    mitigations: atMax < 0 && mitigation ? [mitigation] : [],
  };
}

export interface DemoFicheHistory {
  versions: FicheVersion[];
  transitions: FicheTransition[];
}

const AUTHORS = [
  'Demo: secretariaat MIT',
  'Demo: lid MIT (onderwijs)',
  'Demo: lid MIT (economie)',
  'Demo: lid MIT (mentale gezondheid)',
];
const ADOPTER = 'Demo: voorzitter MIT';
const DAY = 86_400_000;
const at = (day: number, hour: number): string =>
  new Date(Date.UTC(2022, 8, 1) + day * DAY + hour * 3_600_000).toISOString();

/** Every demo fiche with its version history and workflow transitions. */
export function demoFicheHistory(): DemoFicheHistory {
  const random = seededRandom(DEMO_FICHE_SEED);
  const versions: FicheVersion[] = [];
  const transitions: FicheTransition[] = [];
  let index = 0;
  for (const measure of demoMeasures()) {
    const profile = PROFILES[measure.code];
    if (!profile) throw new Error(`no demo fiche profile for measure '${measure.code}'`);
    const maxLevel = Math.max(...measure.levels.map((l) => l.level));
    for (const level of measure.levels.filter((l) => l.level > 0)) {
      const key = { measureCode: measure.code, level: level.level };
      const content: FicheContent = {
        summary: `[Demo] ${measure.nameNl}, niveau ${level.level}: ${level.descriptionNl}. Gegenereerde illustratie van een fiche; geen onderzoeksresultaat.`,
        impacts: profile.impacts.map((spec) =>
          generateImpact(random, spec, level.level / maxLevel, level.descriptionNl),
        ),
        rights: profile.rights.map((rightId) => ({
          rightId,
          note: RIGHT_NOTES[rightId] ?? DEFAULT_RIGHT_NOTE,
        })),
      };
      const author = AUTHORS[index % AUTHORS.length] ?? ADOPTER;
      const day = index;
      versions.push({
        ...key,
        version: 1,
        status: 'adopted',
        content,
        author,
        changeNote: 'Eerste versie (demo).',
        createdAt: at(day, 9),
        demo: true,
      });
      transitions.push(
        {
          ...key,
          version: 1,
          from: 'draft',
          to: 'in-review',
          author,
          reason: 'Klaar voor review (demo).',
          at: at(day, 10),
        },
        {
          ...key,
          version: 1,
          from: 'in-review',
          to: 'adopted',
          author: ADOPTER,
          reason: 'Vastgesteld in MIT-vergadering (demo).',
          at: at(day, 15),
        },
      );
      // every fifth fiche has a second version, in each state the workflow allows, to show history and diffs
      if (index % 5 === 0) {
        const second = reviseContent(random, content);
        const status: FicheStatus =
          (['adopted', 'in-review', 'draft'] as const)[(index / 5) % 3] ?? 'draft';
        const later = day + 40;
        versions.push({
          ...key,
          version: 2,
          status,
          content: second,
          author: ADOPTER,
          changeNote: 'Herzien na signalen uit de praktijkkringen (demo).',
          createdAt: at(later, 9),
          demo: true,
        });
        if (status !== 'draft')
          transitions.push({
            ...key,
            version: 2,
            from: 'draft',
            to: 'in-review',
            author: ADOPTER,
            reason: 'Herziening ter review (demo).',
            at: at(later, 10),
          });
        if (status === 'adopted') {
          transitions.push(
            {
              ...key,
              version: 1,
              from: 'adopted',
              to: 'archived',
              author: ADOPTER,
              reason: 'Vervangen door versie 2 (demo).',
              at: at(later, 15),
            },
            {
              ...key,
              version: 2,
              from: 'in-review',
              to: 'adopted',
              author: ADOPTER,
              reason: 'Herziening vastgesteld (demo).',
              at: at(later, 15),
            },
          );
          const v1 = versions.find(
            (v) => v.measureCode === key.measureCode && v.level === key.level && v.version === 1,
          );
          if (v1) v1.status = 'archived';
        }
      }
      index += 1;
    }
  }
  return { versions, transitions };
}

function reviseContent(random: SeededRandom, content: FicheContent): FicheContent {
  const changeAt = random.int(0, content.impacts.length - 1);
  return {
    ...content,
    summary: `${content.summary} Herzien: de gevolgen voor een groep zijn opnieuw ingeschat.`,
    impacts: content.impacts.map((impact, i) =>
      i === changeAt
        ? {
            ...impact,
            longTerm: toScore(impact.longTerm - 1),
            explanation: `${impact.explanation} Praktijkkringen melden langer durende gevolgen.`,
          }
        : impact,
    ),
  };
}
