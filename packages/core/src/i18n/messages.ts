/**
 * The one message catalogue: Dutch first, English second. Both languages must have the same
 * keys; the type below makes a missing translation a compile error.
 */
const nl = {
  'app.name': 'Weegschaal',
  'app.tagline': 'Maatschappelijke impact van crisismaatregelen wegen',
  'layout.skipLink': 'Direct naar de inhoud',
  'layout.mainNav': 'Hoofdnavigatie',
  'layout.language': 'Taal',
  'layout.switchTo': 'English',
  'layout.switchToLabel': 'Switch to English',
  'layout.footer': 'Weegschaal is open source (EUPL-1.2).',
  'layout.apiDocs': 'API-documentatie',
  'demo.banner':
    'Demo: deze omgeving bevat gegenereerde demonstratiegegevens. Gebruik ze niet voor besluiten.',
  'demo.label': 'demo',
  'area.measures': 'Maatregelen',
  'area.societal-picture': 'Maatschappelijk beeld',
  'area.weighing': 'Afwegingskader',
  'area.advice': 'Advisering',
  'area.signals': 'Signalen',
  'area.readiness': 'Paraatheid',
  'area.measures.intro':
    'Catalogus van maatregelen met zwaarte-niveaus, fiches, impactladder en matrix van effectiviteit × impact.',
  'area.societal-picture.intro':
    'De stand van de maatschappij naast de stand van de epidemie: regio’s, indicatoren en signaalwaarden.',
  'area.weighing.intro':
    'Pakketten van maatregelen gewogen op effectiviteit, impact en expliciete waarden, gegrond in grondrechten.',
  'area.advice.intro':
    'Besluitvormingskalender, adviesaanvragen met één informatiepakket, vertrouwelijk advies en publicatie.',
  'area.signals.intro':
    'Signalen uit de praktijkkringen: intake, triage, regionale aggregatie en vroegsignalering.',
  'area.readiness.intro':
    'Een slapende organisatie die snel kan opschalen, en een kennisbank die niet verloren gaat.',
  'status.available': 'Beschikbaar',
  'status.not-built': 'Nog niet gebouwd',
  'status.notBuiltText':
    'Dit onderdeel is nog niet gebouwd. Hier staat bewust geen voorbeeldinhoud.',
  'home.title': 'Wat staat er in de database',
  'home.intro':
    'Weegschaal ondersteunt het Maatschappelijk Impact Team en wie het adviseert bij het wegen van crisismaatregelen.',
  'home.database': 'Database',
  'home.schemaVersion': 'Schemaversie',
  'home.demoLoadedAt': 'Demogegevens geladen op',
  'home.loading': 'Gegevens worden geladen…',
  'home.error': 'De gegevens konden niet worden geladen.',
  'count.measures': 'maatregelen',
  'count.measureLevels': 'niveaus van maatregelen',
  'measures.title': 'Catalogus van maatregelen',
  'measures.code': 'Code',
  'measures.name': 'Maatregel',
  'measures.category': 'Categorie',
  'measures.oxcgrt': 'OxCGRT-indicator',
  'measures.levels': 'Niveaus',
  'measures.none': 'geen',
  'category.containment': 'Inperking',
  'category.health-system': 'Gezondheidszorg',
  'category.economic-support': 'Economische steun',
  'category.sector-closure': 'Sluiting van sectoren',
  'category.protection': 'Bescherming',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.text': 'Deze pagina bestaat niet.',
  'notFound.home': 'Naar de startpagina',
} as const;

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  'app.name': 'Weegschaal',
  'app.tagline': 'Weighing the societal impact of crisis measures',
  'layout.skipLink': 'Skip to content',
  'layout.mainNav': 'Main navigation',
  'layout.language': 'Language',
  'layout.switchTo': 'Nederlands',
  'layout.switchToLabel': 'Schakel naar Nederlands',
  'layout.footer': 'Weegschaal is open source (EUPL-1.2).',
  'layout.apiDocs': 'API documentation',
  'demo.banner':
    'Demo: this environment holds generated demonstration data. Do not base decisions on it.',
  'demo.label': 'demo',
  'area.measures': 'Measures',
  'area.societal-picture': 'Societal picture',
  'area.weighing': 'Weighing framework',
  'area.advice': 'Advice cycle',
  'area.signals': 'Signals',
  'area.readiness': 'Readiness',
  'area.measures.intro':
    'Catalogue of measures with stringency levels, factsheets, impact ladder and effectiveness × impact matrix.',
  'area.societal-picture.intro':
    'The state of society next to the state of the epidemic: regions, indicators and signal values.',
  'area.weighing.intro':
    'Packages of measures weighed on effectiveness, impact and explicit values grounded in fundamental rights.',
  'area.advice.intro':
    'Decision calendar, requests for advice with one information package, confidential advice and publication.',
  'area.signals.intro':
    'Signals from the practice circles: intake, triage, regional aggregation and early warning.',
  'area.readiness.intro':
    'A dormant organisation that can scale up fast, and a knowledge base that is not lost.',
  'status.available': 'Available',
  'status.not-built': 'Not built yet',
  'status.notBuiltText':
    'This part has not been built yet. On purpose, there is no example content here.',
  'home.title': 'What is in the database',
  'home.intro':
    'Weegschaal supports the Societal Impact Team (MIT) and those it advises in weighing crisis measures.',
  'home.database': 'Database',
  'home.schemaVersion': 'Schema version',
  'home.demoLoadedAt': 'Demo data loaded at',
  'home.loading': 'Loading data…',
  'home.error': 'The data could not be loaded.',
  'count.measures': 'measures',
  'count.measureLevels': 'measure levels',
  'measures.title': 'Catalogue of measures',
  'measures.code': 'Code',
  'measures.name': 'Measure',
  'measures.category': 'Category',
  'measures.oxcgrt': 'OxCGRT indicator',
  'measures.levels': 'Levels',
  'measures.none': 'none',
  'category.containment': 'Containment',
  'category.health-system': 'Health system',
  'category.economic-support': 'Economic support',
  'category.sector-closure': 'Sector closure',
  'category.protection': 'Protection',
  'notFound.title': 'Page not found',
  'notFound.text': 'This page does not exist.',
  'notFound.home': 'Go to the home page',
};

export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];

export const messages: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function translate(locale: Locale, key: MessageKey): string {
  return messages[locale][key];
}

/** Keys built at run time (e.g. 'area.' + area) are checked here rather than trusted. */
export function isMessageKey(key: string): key is MessageKey {
  return key in nl;
}
