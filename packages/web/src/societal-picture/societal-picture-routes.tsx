import { Route, Switch } from 'wouter';
import { SocietyPage } from '../pages/society-page.tsx';
import { IndicatorPage } from '../pages/indicator-page.tsx';
import { RegionPage } from '../pages/region-page.tsx';
import { EpidemicPage } from '../pages/epidemic-page.tsx';
import { SupportCompliancePage } from '../pages/support-compliance-page.tsx';
import { RegionsPage } from '../pages/regions-page.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { ImportBatchesPage } from './imports/import-batches-page.tsx';
import { ImportUploadPage } from './imports/import-upload-page.tsx';
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
      <Route path="/epidemic" component={EpidemicPage} />
      <Route path="/support-compliance" component={SupportCompliancePage} />
      <Route path="/regions" component={RegionsPage} />
      <Route path="/regions/:code" component={RegionPage} />
      <Route path="/imports" component={ImportBatchesPage} />
      <Route path="/imports/new" component={ImportUploadPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
