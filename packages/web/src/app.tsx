import { Route, Switch } from 'wouter';
import { useEffect } from 'react';
import { AppLayout } from './layout/app-layout.tsx';
import { HomePage } from './pages/home-page.tsx';
import { MeasuresPage } from './pages/measures-page.tsx';
import { NotBuiltAreaPage } from './pages/area-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { useLocale } from './i18n/locale-context.tsx';

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
        <Route path="/societal-picture">{() => <NotBuiltAreaPage area="societal-picture" />}</Route>
        <Route path="/weighing">{() => <NotBuiltAreaPage area="weighing" />}</Route>
        <Route path="/advice">{() => <NotBuiltAreaPage area="advice" />}</Route>
        <Route path="/signals">{() => <NotBuiltAreaPage area="signals" />}</Route>
        <Route path="/readiness">{() => <NotBuiltAreaPage area="readiness" />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </AppLayout>
  );
}
