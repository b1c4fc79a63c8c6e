import { Route, Switch } from 'wouter';
import { Suspense, lazy, useEffect } from 'react';
import { AppLayout } from './layout/app-layout.tsx';
import { HomePage } from './pages/home-page.tsx';
import { MeasuresPage } from './pages/measures-page.tsx';
import { FicheListPage } from './pages/fiche-list-page.tsx';
import { FichePage } from './pages/fiche-page.tsx';
import { FicheEditorPage } from './pages/fiche-editor-page.tsx';
import { FichePrintPage } from './pages/fiche-print-page.tsx';
import { ImpactLadderPage } from './pages/impact-ladder-page.tsx';
import { MatrixPage } from './pages/matrix-page.tsx';
import { BundlesPage } from './pages/bundles-page.tsx';
import { WeighingPage } from './pages/weighing-page.tsx';
import { FrameworkPage } from './pages/framework-page.tsx';
import { FrameworkResultsPage } from './pages/framework-results-page.tsx';
import { DialogueTakePage } from './weighing/dialogue-take-page.tsx';
import { DialogueResultsPage } from './weighing/dialogue-results-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { AdvicePage } from './pages/advice-page.tsx';
import { AdviceRequestPage } from './pages/advice-request-page.tsx';
import { CalendarPage } from './pages/calendar-page.tsx';
import { ConsentsPage } from './pages/consents-page.tsx';
import { PublicationPage, PublicationsPage } from './pages/publications-page.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { useLocale } from './i18n/locale-context.tsx';
import { ReadinessPage } from './readiness/readiness-page.tsx';
import { KnowledgePage } from './knowledge/knowledge-page.tsx';
import { KnowledgeItemPage } from './knowledge/knowledge-item-page.tsx';
import { KnowledgeNewPage } from './knowledge/knowledge-new-page.tsx';
import { OrganisationPage } from './readiness/organisation-page.tsx';
import { ExpertsPage } from './readiness/experts-page.tsx';
import { DrillsPage } from './readiness/drills-page.tsx';
import { DrillPage } from './readiness/drill-page.tsx';

// the societal picture brings charts and maps: load the area when it is opened
const SocietalPictureRoutes = lazy(() =>
  import('./societal-picture/societal-picture-routes.tsx').then((m) => ({
    default: m.SocietalPictureRoutes,
  })),
);

// composite indices bring charts too; their route comes before the nested area's
const CompositeIndicesPage = lazy(() =>
  import('./composite/composite-indices-page.tsx').then((m) => ({
    default: m.CompositeIndicesPage,
  })),
);

// early-warning alerts and the enforcement register bring charts and a map: loaded when opened
const AlertsPage = lazy(() =>
  import('./alerts/alerts-page.tsx').then((m) => ({ default: m.AlertsPage })),
);
const AlertDetailPage = lazy(() =>
  import('./alerts/alert-detail-page.tsx').then((m) => ({ default: m.AlertDetailPage })),
);
const EnforcementCapacitiesPage = lazy(() =>
  import('./alerts/enforcement-capacities-page.tsx').then((m) => ({
    default: m.EnforcementCapacitiesPage,
  })),
);

// signals bring the intake form, the triage queue, charts and the map: loaded when opened
const SignalsRoutes = lazy(() =>
  import('./signals/signals-routes.tsx').then((m) => ({ default: m.SignalsRoutes })),
);

export function App() {
  const { t } = useLocale();
  useEffect(() => {
    document.title = `${t('app.name')} – ${t('app.tagline')}`;
  }, [t]);
  return (
    <AppLayout>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/measures" component={MeasuresPage} />
        <Route path="/measures/fiches" component={FicheListPage} />
        <Route path="/measures/fiches/:measureCode/:level" component={FichePage} />
        <Route path="/measures/fiches/:measureCode/:level/edit" component={FicheEditorPage} />
        <Route path="/measures/fiches/:measureCode/:level/print" component={FichePrintPage} />
        <Route path="/measures/impact-ladder" component={ImpactLadderPage} />
        <Route path="/measures/matrix" component={MatrixPage} />
        <Route path="/measures/bundles" component={BundlesPage} />
        <Route path="/societal-picture/composite-indices">
          <Suspense fallback={null}>
            <CompositeIndicesPage />
          </Suspense>
        </Route>
        <Route path="/societal-picture" nest>
          <Suspense fallback={null}>
            <SocietalPictureRoutes />
          </Suspense>
        </Route>
        <Route path="/weighing" component={WeighingPage} />
        <Route path="/weighing/frameworks/:id" component={FrameworkPage} />
        <Route path="/weighing/dialogues/:id" component={DialogueTakePage} />
        <Route path="/weighing/dialogues/:id/results" component={DialogueResultsPage} />
        <Route
          path="/weighing/frameworks/:id/results/:weightSetId"
          component={FrameworkResultsPage}
        />
        <Route path="/login" component={LoginPage} />
        <Route path="/advice" component={AdvicePage} />
        <Route path="/advice/requests/:id" component={AdviceRequestPage} />
        <Route path="/advice/calendar" component={CalendarPage} />
        <Route path="/advice/consents" component={ConsentsPage} />
        <Route path="/advice/publications" component={PublicationsPage} />
        <Route path="/advice/publications/:id" component={PublicationPage} />
        <Route path="/advice/audit" component={AuditPage} />
        {/* before the nested /signals area, which would read 'alerts' as a signal id */}
        <Route path="/signals/alerts">
          <Suspense fallback={null}>
            <AlertsPage />
          </Suspense>
        </Route>
        <Route path="/signals/alerts/:id">
          <Suspense fallback={null}>
            <AlertDetailPage />
          </Suspense>
        </Route>
        <Route path="/signals/enforcement-capacities">
          <Suspense fallback={null}>
            <EnforcementCapacitiesPage />
          </Suspense>
        </Route>
        <Route path="/signals" nest>
          <Suspense fallback={null}>
            <SignalsRoutes />
          </Suspense>
        </Route>
        <Route path="/readiness/knowledge" component={KnowledgePage} />
        <Route path="/readiness/knowledge/new" component={KnowledgeNewPage} />
        <Route path="/readiness/knowledge/dossiers/:id">
          <KnowledgeItemPage type="dossier" />
        </Route>
        <Route path="/readiness/knowledge/lessons/:id">
          <KnowledgeItemPage type="lesson" />
        </Route>
        <Route path="/readiness/knowledge/playbooks/:id">
          <KnowledgeItemPage type="playbook" />
        </Route>
        <Route path="/readiness" component={ReadinessPage} />
        <Route path="/readiness/organisation" component={OrganisationPage} />
        <Route path="/readiness/experts" component={ExpertsPage} />
        <Route path="/readiness/drills" component={DrillsPage} />
        <Route path="/readiness/drills/:id" component={DrillPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </AppLayout>
  );
}
