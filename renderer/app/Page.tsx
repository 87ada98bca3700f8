import { assertNever } from '../../shared/assert';
import { HazardFormPage } from '../features/hazards/HazardFormPage';
import { RegisterPage } from '../features/hazards/RegisterPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { UnitsPage } from '../features/units/UnitsPage';
import { useRoute } from './useRoute';

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
    default:
      return assertNever(route);
  }
}
