import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { SignalIntakePage } from './signal-intake-page.tsx';
import { SignalTriagePage } from './signal-triage-page.tsx';
import { SignalDetailPage } from './signal-detail-page.tsx';
import { SignalsOverviewPage } from './signals-overview-page.tsx';
import { SignalRegionPage } from './signal-region-page.tsx';
import '../advice/advice.css';
import '../societal-picture/societal-picture.css';
import './signals.css';

/**
 * The "Signalen" area, nested under /signals (paths here are relative) and loaded on demand:
 * its overview brings charts and the map. The detail route comes last, so that /new and
 * /triage are never read as a signal id.
 */
export function SignalsRoutes() {
  return (
    <Switch>
      <Route path="/" component={SignalsOverviewPage} />
      <Route path="/new" component={SignalIntakePage} />
      <Route path="/triage" component={SignalTriagePage} />
      <Route path="/regions/:code" component={SignalRegionPage} />
      <Route path="/:id" component={SignalDetailPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
