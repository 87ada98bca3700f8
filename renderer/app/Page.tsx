import { assertNever } from '../../shared/assert';
import { AssistanceSection } from '../features/assistance/AssistanceSection';
import { CapacitySection } from '../features/capacity/CapacitySection';
import { CasualtiesSection } from '../features/casualties/CasualtiesSection';
import { DestructionSection } from '../features/destruction/DestructionSection';
import { EducationSection } from '../features/education/EducationSection';
import { HazardFormPage } from '../features/hazards/HazardFormPage';
import { RegisterPage } from '../features/hazards/RegisterPage';
import { ImportSection } from '../features/import/ImportSection';
import { IncidentsSection } from '../features/incidents/IncidentsSection';
import { MeasuresSection } from '../features/measures/MeasuresSection';
import { OperatorsSection } from '../features/operators/OperatorsSection';
import { OverviewSection } from '../features/overview/OverviewSection';
import { ProfilePage } from '../features/profile/ProfilePage';
import { ReleasesSection } from '../features/releases/ReleasesSection';
import { ReportsSection } from '../features/reports/ReportsSection';
import { RequestsSection } from '../features/requests/RequestsSection';
import { RetainedSection } from '../features/retained/RetainedSection';
import { SafetySection } from '../features/safety/SafetySection';
import { StockpilesSection } from '../features/stockpiles/StockpilesSection';
import { SummarySection } from '../features/summary/SummarySection';
import { WorkPlanSection } from '../features/workplan/WorkPlanSection';
import { UnitsPage } from '../features/units/UnitsPage';
import type { FeatureSection } from './route';
import { useRoute } from './useRoute';

/** Each feature section reads the rest of the hash itself. */
function FeaturePage({ section, path }: { section: FeatureSection; path: string[] }) {
  switch (section) {
    case 'releases':
      return <ReleasesSection path={path} />;
    case 'operators':
      return <OperatorsSection path={path} />;
    case 'incidents':
      return <IncidentsSection path={path} />;
    case 'destruction':
      return <DestructionSection path={path} />;
    case 'stockpiles':
      return <StockpilesSection path={path} />;
    case 'retained':
      return <RetainedSection path={path} />;
    case 'measures':
      return <MeasuresSection path={path} />;
    case 'summary':
      return <SummarySection path={path} />;
    case 'capacity':
      return <CapacitySection path={path} />;
    case 'casualties':
      return <CasualtiesSection path={path} />;
    case 'education':
      return <EducationSection path={path} />;
    case 'assistance':
      return <AssistanceSection path={path} />;
    case 'reports':
      return <ReportsSection path={path} />;
    case 'overview':
      return <OverviewSection />;
    case 'requests':
      return <RequestsSection path={path} />;
    case 'workplan':
      return <WorkPlanSection path={path} />;
    case 'import':
      return <ImportSection />;
    case 'safety':
      return <SafetySection />;
    default:
      return assertNever(section);
  }
}

/** The page the hash names. Keys make a new form start fresh when the route changes. */
export function Page() {
  const route = useRoute();
  switch (route.page) {
    case 'register':
      return <RegisterPage />;
    case 'hazardNew':
      return <HazardFormPage key="new" id={null} />;
    case 'hazardEdit':
      return <HazardFormPage key={route.id} id={route.id} />;
    case 'profile':
      return <ProfilePage />;
    case 'units':
      return <UnitsPage />;
    case 'section':
      return (
        <FeaturePage
          key={`${route.section}/${route.path.join('/')}`}
          section={route.section}
          path={route.path}
        />
      );
    default:
      return assertNever(route);
  }
}
