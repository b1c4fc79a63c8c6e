import { addCalendarDays, addCalendarMonths } from '../calendar/calendar-date.ts';
import { activationTimings } from './activation.ts';
import type { Activation, CallUp } from './activation.ts';
import { ATTENTION_AREAS } from './organisation.ts';
import type {
  AttentionArea,
  CommitteeRole,
  Expert,
  SecondmentAgreement,
  SecretariatPosition,
} from './organisation.ts';
import type { ReadinessItem } from './readiness-check.ts';

/**
 * A demo organisation, dated relative to `today` so that it always shows something stale and
 * something current. Every person is fictitious and says so in their name.
 */
export interface DemoReadiness {
  committeeRoles: CommitteeRole[];
  agreements: SecondmentAgreement[];
  positions: SecretariatPosition[];
  experts: Expert[];
  items: ReadinessItem[];
  drill: { activation: Activation; callUps: CallUp[] };
}

const demoId = (group: number, n: number): string =>
  `de000000-0000-4000-8000-${(group * 1000 + n).toString(16).padStart(12, '0')}`;

const email = (local: string) => ({ kind: 'email' as const, address: `${local}@demo.example.org` });

export function demoReadiness(today: string): DemoReadiness {
  const ago = (months: number) => addCalendarMonths(today, -months);
  const members: [string, AttentionArea | null, string | null][] = [
    ['Lid openbare orde en veiligheid', 'public-order-safety', 'Demo-lid Bakker (fictief)'],
    ['Lid (mensen)rechten', 'human-rights', 'Demo-lid Visser (fictief)'],
    ['Lid geestelijke gezondheid', 'mental-health', 'Demo-lid de Boer (fictief)'],
    ['Lid onderwijs', 'education', 'Demo-lid Smit (fictief)'],
    [
      'Lid innovatie en ondernemerschap',
      'innovation-entrepreneurship',
      'Demo-lid Meijer (fictief)',
    ],
    ['Lid cultuur en media', 'culture', null],
  ];
  const committeeRoles: CommitteeRole[] = [
    {
      id: demoId(1, 1),
      kind: 'chair',
      title: 'Voorzitter',
      byFunction: 'de directeur-generaal Sociale Zekerheid en Integratie van SZW (demo)',
      holderName: 'Demo-voorzitter Jansen (fictief)',
      contact: email('voorzitter'),
      attentionArea: null,
      contactVerifiedOn: ago(2),
      demo: true,
    },
    {
      id: demoId(1, 2),
      kind: 'vice-chair',
      title: 'Vicevoorzitter',
      byFunction: 'de plaatsvervangend secretaris-generaal van VWS (demo)',
      holderName: 'Demo-vicevoorzitter de Vries (fictief)',
      contact: { kind: 'phone', address: '+31 70 000 0002' },
      attentionArea: null,
      contactVerifiedOn: ago(9),
      demo: true,
    },
    ...members.map(([title, area, holder], i): CommitteeRole => ({
      id: demoId(1, 3 + i),
      kind: 'member',
      title,
      byFunction: null,
      holderName: holder,
      contact: holder ? email(`lid${i + 1}`) : null,
      attentionArea: area,
      contactVerifiedOn: holder ? ago(i % 2 === 0 ? 1 : 4) : null,
      demo: true,
    })),
  ];
  const agreement = (
    n: number,
    department: SecondmentAgreement['department'],
    fte: number,
    noticeDays: number,
    reviewOn: string,
  ): SecondmentAgreement => ({
    id: demoId(2, n),
    department,
    fte,
    noticeDays,
    contactName: `Demo-contactpersoon ${department} (fictief)`,
    contact: email(`detachering.${department.toLowerCase()}`),
    signedOn: ago(14),
    reviewOn,
    demo: true,
  });
  const agreements = [
    agreement(1, 'SZW', 3, 5, addCalendarMonths(today, 8)),
    agreement(2, 'VWS', 2, 10, addCalendarDays(today, -40)),
    agreement(3, 'FIN', 1, 10, addCalendarMonths(today, 4)),
    agreement(4, 'EZK', 1.5, 14, addCalendarDays(today, -10)),
  ];
  const position = (
    n: number,
    title: string,
    agreementIndex: number,
    holder: string,
    verifiedMonthsAgo: number,
  ): SecretariatPosition => {
    const a = agreements[agreementIndex]!;
    return {
      id: demoId(3, n),
      title,
      department: a.department,
      agreementId: a.id,
      holderName: holder,
      contact: email(`secretariaat${n}`),
      contactVerifiedOn: ago(verifiedMonthsAgo),
      demo: true,
    };
  };
  const positions = [
    position(1, 'Secretaris', 0, 'Demo-secretaris Mulder (fictief)', 1),
    position(2, 'Senior adviseur', 0, 'Demo-adviseur de Groot (fictief)', 3),
    position(3, 'Beleidsmedewerker zorg', 1, 'Demo-medewerker Bos (fictief)', 8),
    position(4, 'Financieel analist', 2, 'Demo-analist Vos (fictief)', 2),
    position(5, 'Beleidsadviseur economie', 3, 'Demo-adviseur Peters (fictief)', 5),
  ];
  const experts = ATTENTION_AREAS.map((area, i): Expert => {
    // one consent long expired (due for removal), one just expired, the rest valid
    const expiresOn =
      i === 0
        ? addCalendarMonths(today, -5)
        : i === 1
          ? addCalendarDays(today, -20)
          : addCalendarMonths(today, 6 + i);
    return {
      id: demoId(4, i + 1),
      name: `Demo-expert ${i + 1} (fictief)`,
      organisation: `Demo-kennisinstituut ${i + 1}`,
      attentionArea: area,
      availability: i % 4 === 3 ? 'limited' : 'available',
      contact: email(`expert${i + 1}`),
      contactVerifiedOn: ago(i % 3 === 0 ? 7 : 1),
      consent: {
        givenOn: addCalendarMonths(expiresOn, -24),
        scope: i % 2 === 0 ? 'activation-and-drills' : 'activation',
        expiresOn,
      },
      demo: true,
    };
  });
  const item = (
    n: number,
    kind: ReadinessItem['kind'],
    title: string,
    owner: string,
    intervalMonths: number,
    lastReviewedOn: string | null,
  ): ReadinessItem => ({
    id: demoId(5, n),
    kind,
    title,
    owner,
    intervalMonths,
    lastReviewedOn,
    demo: true,
  });
  const items = [
    item(
      1,
      'agreements-current',
      'Detacheringsafspraken met de departementen actueel',
      'Secretaris MIT',
      12,
      ago(3),
    ),
    item(
      2,
      'contacts-verified',
      'Contactgegevens van rooster en expertpool geverifieerd',
      'Secretariaat',
      6,
      ago(2),
    ),
    item(
      3,
      'knowledge-base-reviewed',
      'Kennisbank en draaiboeken doorgenomen',
      'Senior adviseur',
      12,
      ago(14),
    ),
    item(4, 'drill-held', 'Opschalingsoefening gehouden', 'Secretaris MIT', 12, ago(5)),
    item(5, 'other', 'Instellingsbesluit en voorzitterschap bevestigd', 'Directie SZW', 24, ago(6)),
  ];

  // a past drill: started at 09:00 Amsterdam-ish (08:00 UTC), confirmations over the next hours
  const drillDay = addCalendarMonths(today, -5);
  const startedAt = `${drillDay}T08:00:00.000Z`;
  const at = (minutes: number) => new Date(Date.parse(startedAt) + minutes * 60_000).toISOString();
  const activationId = demoId(6, 1);
  const confirmations = [12, 25, null, 41, 58, 95, null, 110, 30, 47, 180, 75];
  const roster = [
    ...committeeRoles
      .filter((r) => r.holderName && r.contact)
      .map((r) => ({
        kind: 'committee-role' as const,
        id: r.id,
        title: r.title,
        roleKind: r.kind,
        name: r.holderName!,
        contact: r.contact!,
      })),
    ...positions.map((p) => ({
      kind: 'secretariat-position' as const,
      id: p.id,
      title: p.title,
      roleKind: null,
      name: p.holderName!,
      contact: p.contact!,
    })),
  ];
  const callUps = roster.map((r, i): CallUp => ({
    id: demoId(7, i + 1),
    activationId,
    targetKind: r.kind,
    targetId: r.id,
    targetTitle: r.title,
    roleKind: r.roleKind,
    personName: r.name,
    channel: r.contact.kind,
    address: r.contact.address,
    sentAt: startedAt,
    confirmedAt: confirmations[i] == null ? null : at(confirmations[i]!),
  }));
  const base = {
    id: activationId,
    mode: 'drill' as const,
    startedAt,
    finishedAt: at(8 * 60),
    startedBy: 'demo-secretariaat',
    note: 'Jaarlijkse opschalingsoefening (demo)',
    committeeTotal: committeeRoles.length,
    secretariatTotal: positions.length,
    demo: true,
  };
  return {
    committeeRoles,
    agreements,
    positions,
    experts,
    items,
    drill: { activation: { ...base, timings: activationTimings(base, callUps) }, callUps },
  };
}
