import { assertNever } from '../../shared/assert';

/**
 * The app's pages, kept in the URL's hash (`#/areas/new`): it works the same under app:// and
 * on the browser harness, and the back button and a reload keep the user where they were.
 */
export type Route =
  | { page: 'register' }
  | { page: 'hazardNew' }
  | { page: 'hazardEdit'; id: string }
  | { page: 'profile' }
  | { page: 'units' };

export type Section = 'register' | 'profile' | 'units';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second] = parts;
  if (first === 'profile' && parts.length === 1) return { page: 'profile' };
  if (first === 'units' && parts.length === 1) return { page: 'units' };
  if (first === 'areas' && parts.length === 2 && second === 'new') return { page: 'hazardNew' };
  if (first === 'areas' && parts.length === 2 && second && UUID.test(second)) {
    return { page: 'hazardEdit', id: second };
  }
  return { page: 'register' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'register':
      return '#/areas';
    case 'hazardNew':
      return '#/areas/new';
    case 'hazardEdit':
      return `#/areas/${route.id}`;
    case 'profile':
      return '#/profile';
    case 'units':
      return '#/units';
    default:
      return assertNever(route);
  }
}

/** The navigation entry a page belongs to (the form belongs to the register). */
export function sectionOf(route: Route): Section {
  switch (route.page) {
    case 'register':
    case 'hazardNew':
    case 'hazardEdit':
      return 'register';
    case 'profile':
      return 'profile';
    case 'units':
      return 'units';
    default:
      return assertNever(route);
  }
}
