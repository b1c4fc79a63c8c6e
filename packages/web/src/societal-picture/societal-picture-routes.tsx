import { Route, Switch } from 'wouter';
import { SocietyPage } from '../pages/society-page.tsx';
import { IndicatorPage } from '../pages/indicator-page.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import './societal-picture.css';

/**
 * The "Maatschappelijk beeld" area, nested under /societal-picture (paths here are relative)
 * and loaded on demand with its styles, so that the app's first load does not carry it.
 */
export function SocietalPictureRoutes() {
  return (
    <Switch>
      <Route path="/" component={SocietyPage} />
      <Route path="/indicators/:code" component={IndicatorPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
