import type { DossierInput, LessonInput, PlaybookInput } from './knowledge.ts';

/**
 * Demo knowledge base, written by the project after the themes of seeds 001 and 002 (school
 * closures, the curfew, support measures, knowledge that evaporates when crisis units are
 * dismantled, sector continuity plans). Every record is loaded with demo: true. Stable keys
 * make a second load replace rather than duplicate.
 */
export interface DemoKnowledge {
  dossiers: (DossierInput & { key: string })[];
  lessons: (Omit<LessonInput, 'dossierId'> & { key: string; dossierKey: string | null })[];
  playbooks: (PlaybookInput & { key: string })[];
}

export function demoKnowledge(): DemoKnowledge {
  return {
    dossiers: [
      {
        key: 'onderwijs-na-sluiting',
        title: 'Onderwijs na de schoolsluitingen',
        theme: 'Onderwijs en jeugd',
        summary:
          'Leerachterstanden, welzijn van jongeren en kansenongelijkheid na de sluiting van scholen in 2020 en 2021.',
        strategicAdvice:
          'Houd scholen bij een volgende pandemie zo lang mogelijk open en sluit ze als laatste. De nawerking van eerdere sluitingen (achterstanden in taal en rekenen, uitval in het mbo, psychische klachten bij jongeren) is jaren later nog zichtbaar; volg deze effecten structureel en betrek onderwijsorganisaties vooraf bij scenario’s.',
        owner: 'Secretariaat MIT, portefeuille onderwijs',
        reviewBy: '2027-06-30',
        links: [
          { type: 'measure', measureCode: 'scholen' },
          { type: 'fiche', measureCode: 'scholen', level: 3, version: 1 },
        ],
      },
      {
        key: 'vertrouwen-en-draagvlak',
        title: 'Vertrouwen in de overheid en draagvlak voor maatregelen',
        theme: 'Maatschappelijk ongenoegen',
        summary:
          'Hoe maatschappelijk ongenoegen ontstond rond de avondklok en het coronatoegangsbewijs, en wat dat vraagt in de koude fase.',
        strategicAdvice:
          'Investeer in de koude fase in een duurzame dialoog met maatschappelijke actoren en lokaal bestuur. Zet gedragskennis in bij het ontwerpen van maatregelen en communicatie, en richt een infrastructuur in om signalen van onrust domeinoverstijgend te duiden.',
        owner: 'Voorzitter MIT',
        reviewBy: '2027-03-31',
        links: [
          { type: 'measure', measureCode: 'avondklok' },
          { type: 'measure', measureCode: 'toegangsbewijs' },
        ],
      },
    ],
    lessons: [
      {
        key: 'scholen-als-laatste',
        dossierKey: 'onderwijs-na-sluiting',
        title: 'Scholen sluiten als laatste, openen als eerste',
        whatHappened:
          'Bij de tweede sluiting van de basisscholen in december 2020 ontbrak een afweging van de maatschappelijke schade; noodopvang werd overvraagd en kwetsbare leerlingen raakten uit beeld.',
        whatWeLearned:
          'De schade van het sluiten van scholen voor kinderen uit kwetsbare gezinnen is groot en blijvend. Een sluiting vraagt vooraf afspraken over noodopvang, afstandsonderwijs en het bereiken van leerlingen die uit beeld dreigen te raken.',
        followUp:
          'Het ministerie van OCW legt met de sectorraden een draaiboek vast voor gedeeltelijke openstelling en noodopvang.',
        followUpOwner: 'Ministerie van OCW, directie primair onderwijs',
        status: 'in-progress',
        occurredOn: '2020-12-16',
        links: [{ type: 'measure', measureCode: 'scholen' }],
      },
      {
        key: 'avondklok-naleving',
        dossierKey: 'vertrouwen-en-draagvlak',
        title: 'De avondklok en de rellen van januari 2021',
        whatHappened:
          'Na de invoering van de avondklok op 23 januari 2021 braken in meerdere steden rellen uit. De handhavingscapaciteit van politie en boa’s werd zwaar belast.',
        whatWeLearned:
          'Een ingrijpende vrijheidsbeperking vraagt een zichtbare onderbouwing van de proportionaliteit en vroege signalering van onrust via actoren in het sociale domein, zoals jongerenwerkers en buurtcoaches.',
        followUp:
          'Signalen van maatschappelijke onrust worden voortaan via de praktijkkringen verzameld en elke twee weken geduid in het MIT-advies.',
        followUpOwner: 'Secretariaat MIT',
        status: 'done',
        occurredOn: '2021-01-24',
        links: [{ type: 'measure', measureCode: 'avondklok' }],
      },
      {
        key: 'steun-sneller-gericht',
        dossierKey: null,
        title: 'Steunpakketten sneller en gerichter',
        whatHappened:
          'De generieke steunregelingen (NOW, TOZO, TVL) kwamen snel, maar zzp’ers in de cultuursector en jongeren met flexcontracten vielen deels buiten de boot.',
        whatWeLearned:
          'Koppel elk sluitingsbesluit aan een vooraf uitgewerkte steunmaatregel voor de groepen die het hardst worden geraakt, en volg het bereik per groep.',
        followUp:
          'Het ministerie van SZW werkt met EZK en FIN een achtervang uit voor groepen zonder vast contract.',
        followUpOwner: 'Ministerie van SZW',
        status: 'open',
        occurredOn: '2021-03-01',
        links: [
          { type: 'measure', measureCode: 'inkomenssteun' },
          { type: 'measure', measureCode: 'cultuur' },
        ],
      },
      {
        key: 'kennis-borgen',
        dossierKey: null,
        title: 'Kennis vervliegt bij het opheffen van crisisunits',
        whatHappened:
          'Met het ontmantelen van de departementale corona-units verdwenen mensen, contacten en dossiers; geleerde lessen werden niet overgedragen bij personele wisselingen.',
        whatWeLearned:
          'Leg ervaringen en lessen vast op één plek die de slapende organisatie overleeft, en houd contactgegevens en afspraken actueel.',
        followUp:
          'De kennisbank van Weegschaal is de plek; het secretariaat exporteert elk kwartaal een draagbaar archief.',
        followUpOwner: 'Secretariaat MIT',
        status: 'in-progress',
        occurredOn: null,
        links: [],
      },
    ],
    playbooks: [
      {
        key: 'onderwijs-continuiteit',
        kind: 'continuity-plan',
        title: 'Continuïteitsplan onderwijs en kinderopvang',
        sector: 'Onderwijs en kinderopvang',
        owner: 'Ministerie van OCW',
        body: 'Uitgangspunt: scholen en kinderopvang blijven open zolang dat verantwoord is. Bij gedeeltelijke sluiting: noodopvang voor kinderen van ouders in cruciale beroepen en voor kwetsbare kinderen, afstandsonderwijs met uitleen van apparatuur, en een belronde door mentoren naar leerlingen die uit beeld raken.',
        reviewBy: '2026-09-30',
        lastReviewedOn: '2025-09-15',
        links: [{ type: 'measure', measureCode: 'scholen' }],
      },
      {
        key: 'horeca-protocol',
        kind: 'protocol',
        title: 'Protocol heropening horeca',
        sector: 'Horeca',
        owner: 'Koninklijke Horeca Nederland met EZK',
        body: 'Stappen voor heropening met beperkte groepsgrootte, placering, ventilatie-eisen en registratie. Het protocol noemt per stap de voorwaarden en wie ze controleert.',
        reviewBy: '2027-12-31',
        lastReviewedOn: '2026-10-01',
        links: [{ type: 'measure', measureCode: 'horeca' }],
      },
      {
        key: 'cultuur-draaiboek',
        kind: 'sector-playbook',
        title: 'Sectordraaiboek cultuur en evenementen',
        sector: 'Cultuur',
        owner: 'Ministerie van OCW, directie cultuur',
        body: 'Wat podia, musea en festivals voorbereiden: scenario’s voor zalen op halve capaciteit, annuleringsregels en de aansluiting op steunregelingen voor makers en zzp’ers.',
        reviewBy: '2026-03-31',
        lastReviewedOn: '2024-03-01',
        links: [
          { type: 'measure', measureCode: 'cultuur' },
          { type: 'measure', measureCode: 'evenementen' },
        ],
      },
    ],
  };
}
