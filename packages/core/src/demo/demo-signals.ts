import { seededRandom } from './seeded-random.ts';
import type { SeededRandom } from './seeded-random.ts';
import { addCalendarDays } from '../calendar/calendar-date.ts';
import { isoWeekOf, isoWeekStart } from '../signals/iso-week.ts';
import { SIGNAL_DOMAINS, TARGET_GROUPS } from '../signals/signal.ts';
import type {
  KnowledgeSource,
  PracticeCircleDraft,
  SignalDomain,
  SignalWorkflowStatus,
  TargetGroup,
  Urgency,
} from '../signals/signal.ts';

/**
 * Demo signals: about two years of weekly reports from 24 gemeenten (Poisson background,
 * proportional to population), with one unmistakable spike — Rotterdam, social cohesion and
 * trust, the last three complete weeks — so the early warning (EARS C1–C3) has something to
 * find. Texts are written as if scrubbed (some still carry a phone number, so the scrubber
 * has work when they are loaded). Everything is labelled demo.
 */

export type DemoPracticeCircle = PracticeCircleDraft;

const CIRCLE_NAMES: Record<TargetGroup, [string, string, string[]]> = {
  entrepreneurs: ['Ondernemers', 'Entrepreneurs', ['MKB-Nederland', 'VNO-NCW', 'Koninklijke Horeca Nederland']],
  'self-employed': ["Zzp'ers", 'Self-employed', ['ZZP Nederland', 'PZO', 'FNV Zelfstandigen']],
  employees: ['Werknemers', 'Employees', ['FNV', 'CNV', 'VCP']],
  'young-people': ['Jongeren', 'Young people', ['Nationale Jeugdraad', 'LSVb', 'JOB-mbo']],
  'disability-chronic-illness': ['Mensen met een beperking of chronische ziekte', 'People with a disability or chronic illness', ['Ieder(in)', 'Patiëntenfederatie Nederland']],
  'mental-health-problems': ['Mensen met psychische klachten', 'People with mental-health problems', ['MIND', 'GGZ Nederland']],
  'vulnerable-socio-economic': ['Mensen in een kwetsbare sociaaleconomische positie', 'People in a vulnerable socio-economic position', ['Divosa', 'Sociaal Werk Nederland', 'Schuldhulpmaatje']],
  'deprived-neighbourhoods': ['Achterstandswijken en -gemeenten', 'Deprived neighbourhoods and municipalities', ['Platform31', 'LSA bewoners']],
  elderly: ['Ouderen', 'Elderly', ['KBO-PCOB', 'ANBO']],
  'people-in-institutions': ['Mensen in instellingen', 'People in institutions', ['LOC Zeggenschap in zorg', 'ActiZ']],
  'informal-carers': ['Mantelzorgers', 'Informal carers', ['MantelzorgNL']],
  'care-professionals': ['Zorgprofessionals', 'Care professionals', ['V&VN', 'KNMG', 'NU\'91']],
}; // prettier-ignore

export function demoPracticeCircles(): DemoPracticeCircle[] {
  const circles: DemoPracticeCircle[] = TARGET_GROUPS.map((group) => {
    const [nameNl, nameEn, orgs] = CIRCLE_NAMES[group];
    return {
      code: group,
      nameNl: `Praktijkkring ${nameNl.toLowerCase()}`,
      nameEn: `Practice circle: ${nameEn.toLowerCase()}`,
      targetGroup: group,
      sourceKind: 'practice-circle',
      memberOrganisations: orgs,
      description: `Demo: praktijkkring rond ${nameNl.toLowerCase()} (MIT, seed 004). Meldt feiten uit de praktijk, vroeg — geen belangen of meningen.`,
    };
  });
  circles.push(
    {
      code: 'social-domain',
      nameNl: 'Sociaal-domeinwerkers',
      nameEn: 'Social-domain workers',
      targetGroup: null,
      sourceKind: 'social-domain',
      memberOrganisations: ['Sociaal Werk Nederland', 'VNG'],
      description: 'Demo: wijkteams en sociaal werkers als vroegsignalering (seed 002).',
    },
    {
      code: 'media-monitoring',
      nameNl: 'Media- en socialemediamonitoring',
      nameEn: 'Media and social-media monitoring',
      targetGroup: null,
      sourceKind: 'media-monitoring',
      memberOrganisations: ['Demo monitoringsteam'],
      description: 'Demo: signalen uit (sociale) media, gemeld met bron "media".',
    },
  );
  return circles;
}

/** The demo gemeenten with their inhabitants (gemeenten_2023.csv); border/krimp among them. */
export const DEMO_SIGNAL_GEMEENTEN: readonly { code: string; population: number }[] = [
  { code: 'GM0363', population: 903399 }, { code: 'GM0599', population: 655468 },
  { code: 'GM0518', population: 553417 }, { code: 'GM0344', population: 361699 },
  { code: 'GM0772', population: 238326 }, { code: 'GM0014', population: 234950 },
  { code: 'GM0153', population: 160640 }, { code: 'GM0080', population: 125504 },
  { code: 'GM0935', population: 121151 }, { code: 'GM0983', population: 102136 },
  { code: 'GM0200', population: 165611 }, { code: 'GM0855', population: 224459 },
  { code: 'GM0202', population: 163888 }, { code: 'GM0546', population: 125074 },
  { code: 'GM0268', population: 179100 }, { code: 'GM0034', population: 217828 },
  { code: 'GM0988', population: 50346 }, { code: 'GM1883', population: 91719 },
  { code: 'GM0193', population: 130668 }, { code: 'GM0796', population: 156538 },
  { code: 'GM0758', population: 184702 }, { code: 'GM0392', population: 162898 },
  { code: 'GM0503', population: 104572 }, { code: 'GM0400', population: 56334 },
]; // prettier-ignore

/** Where and what the demo spike is, so tests and the detection can check for it. */
export const DEMO_SIGNAL_SPIKE = {
  gemeenteCode: 'GM0599',
  domain: 'social-cohesion-trust' as SignalDomain,
  /** extra signals in the last three complete weeks, oldest first: an escalation, so that
   * even EARS C1, whose baseline holds the spike's own first weeks, alarms in each of them */
  extraPerWeek: [12, 25, 55] as const,
};
export const DEMO_SIGNAL_WEEKS = 104;

const TEMPLATES: Record<SignalDomain, string[]> = {
  'work-income': ['Meer mensen melden zich bij het loket omdat hun uren zijn teruggebracht.', 'Uitzendkrachten in het magazijn zijn deze week zonder aankondiging naar huis gestuurd.', 'Aanvragen voor bijzondere bijstand lopen op; vooral huur en energie.'],
  'mental-health': ['Meer jongeren melden somberheid en slecht slapen bij de schoolmaatschappelijk werker.', 'Wachtlijst bij de praktijkondersteuner loopt op, mensen bellen vaker terug.', 'Ouderen in de wijk zeggen dat ze zich eenzaam voelen sinds de activiteiten stoppen.'],
  education: ['Leerlingen vallen uit bij de stages; bedrijven nemen minder stagiairs aan.', 'Ouders melden dat hun kind thuis niet mee kan doen met de lessen, geen laptop.', 'Docenten zien meer verzuim in de bovenbouw.'],
  'social-cohesion-trust': ['Buurtbewoners spreken elkaar aan op het naleven van de maatregelen, sfeer gespannen.', 'Vrijwilligers van het buurthuis stoppen; er is minder onderling contact.', 'Bij het wijkcentrum hoor ik dat mensen de gemeente minder vertrouwen.'],
  'economy-sectors': ['Kleine winkels in de straat sluiten eerder, omzet blijft weg.', 'Horeca-ondernemers twijfelen of ze de zaak openhouden na de zomer.', 'Evenementenbureaus annuleren opdrachten voor het komende kwartaal.'],
  'safety-public-order': ['Groepjes jongeren hangen ’s avonds rond bij het winkelcentrum, meer overlast gemeld.', 'Meer meldingen van huiselijke onrust bij het wijkteam.', 'Handhavers worden vaker uitgescholden bij controles.'],
  'support-compliance': ['Minder mensen houden zich aan de regels in het openbaar vervoer.', 'Klanten in de supermarkt vragen waarom de regels anders zijn dan in de buurgemeente.', 'Ondernemers zeggen de regels niet meer te kunnen uitleggen aan hun klanten.'],
  'health-context': ['Huisartsenpost meldt drukte; mensen stellen bezoek aan de dokter uit.', 'Mantelzorgers melden dat dagbesteding gesloten is en zij het niet meer volhouden.', 'Thuiszorg heeft personeelstekort door ziekte, cliënten krijgen minder uren.'],
}; // prettier-ignore

const SPIKE_TEXTS = [
  'Spanningen in de wijk na het sluiten van het buurthuis: bewoners komen bijeen op het plein en de sfeer is grimmig.',
  'Spanningen in de wijk na sluiting van het buurthuis, bewoners verzamelen zich op het plein, sfeer grimmig.',
  'Na het sluiten van het buurthuis lopen de spanningen in de wijk op; bewoners komen bijeen op het plein.',
];

const DETAILS = [
  '',
  ' Meerdere mensen zeiden dit onafhankelijk van elkaar.',
  ' Gehoord tijdens het spreekuur.',
  ' Contact via 06-12345678 (wijkteam).',
  ' Gemeld door een collega van het wijkteam.',
  ' Dit speelt al een paar weken.',
];

export interface DemoSignal {
  /** stable key within the demo set */
  key: number;
  reporterKey: string;
  circleCode: string;
  text: string;
  gemeenteCode: string;
  observedOn: string;
  createdAt: string;
  domain: SignalDomain;
  targetGroup: TargetGroup;
  peopleCount: number | null;
  knowledgeSource: KnowledgeSource;
  status: SignalWorkflowStatus;
  urgency: Urgency | null;
  interpretation: string | null;
  spike: boolean;
}

function poisson(random: SeededRandom, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random.next();
  while (p > limit) {
    k++;
    p *= random.next();
  }
  return k;
}

/** The last complete ISO week before `today` (YYYY-MM-DD): the demo series ends there. */
export function demoSignalLastWeek(today: string): string {
  return isoWeekOf(addCalendarDays(isoWeekStart(isoWeekOf(today)), -1));
}

export function demoSignals(today: string): DemoSignal[] {
  const random = seededRandom(8008);
  const lastWeekStart = isoWeekStart(demoSignalLastWeek(today));
  const firstWeekStart = addCalendarDays(lastWeekStart, -7 * (DEMO_SIGNAL_WEEKS - 1));
  const out: DemoSignal[] = [];
  const knowledge: KnowledgeSource[] = ['seen', 'seen', 'told', 'media'];
  for (let w = 0; w < DEMO_SIGNAL_WEEKS; w++) {
    const weekStart = addCalendarDays(firstWeekStart, 7 * w);
    const weeksAgo = DEMO_SIGNAL_WEEKS - 1 - w;
    for (const gemeente of DEMO_SIGNAL_GEMEENTEN) {
      const spikeWeeks = DEMO_SIGNAL_SPIKE.extraPerWeek.length;
      const extra =
        gemeente.code === DEMO_SIGNAL_SPIKE.gemeenteCode && weeksAgo < spikeWeeks
          ? DEMO_SIGNAL_SPIKE.extraPerWeek[spikeWeeks - 1 - weeksAgo]!
          : 0;
      const background = poisson(random, 0.25 + gemeente.population / 200_000);
      const n = background + extra;
      for (let i = 0; i < n; i++) {
        const spike = i >= background;
        const domain = spike ? DEMO_SIGNAL_SPIKE.domain : random.pick(SIGNAL_DOMAINS);
        const targetGroup = random.pick(TARGET_GROUPS);
        const observedOn = addCalendarDays(weekStart, random.int(0, 6));
        const createdOn = addCalendarDays(observedOn, random.int(0, 2));
        const stage = weeksAgo >= 8 ? 3 : spike ? 0 : random.int(0, 3);
        const status = (['new', 'triaged', 'interpreted', 'closed'] as const)[stage]!;
        out.push({
          key: out.length,
          reporterKey: `demo-reporter-${random.int(1, 60)}`,
          circleCode: spike ? 'deprived-neighbourhoods' : targetGroup,
          text:
            (spike ? random.pick(SPIKE_TEXTS) : random.pick(TEMPLATES[domain])) +
            random.pick(DETAILS),
          gemeenteCode: gemeente.code,
          observedOn,
          createdAt: `${createdOn > today ? today : createdOn}T${String(random.int(8, 17)).padStart(2, '0')}:00:00.000Z`,
          domain,
          targetGroup,
          peopleCount: random.next() < 0.6 ? random.int(1, 40) : null,
          knowledgeSource: random.pick(knowledge),
          status,
          urgency:
            status === 'new' ? null : random.pick(['high', 'normal', 'normal', 'low'] as const),
          interpretation:
            stage >= 2
              ? 'Demo-duiding: past in het landelijke beeld; geen aparte actie nodig.'
              : null,
          spike,
        });
      }
    }
  }
  return out;
}
