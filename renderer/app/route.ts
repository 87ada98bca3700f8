import { assertNever } from '../../shared/assert';

/**
 * The sections whose pages belong to one feature folder: each parses the rest of the hash itself
 * (`#/releases/new`, `#/incidents/<id>`), so a feature adds pages without touching this file.
 */
export const FEATURE_SECTIONS = [
  'releases',
  'destruction',
  'incidents',
  'stockpiles',
  'retained',
  'measures',
  'summary',
  'operators',
  'capacity',
  'casualties',
  'education',
  'assistance',
  'reports',
  'overview',
  'workplan',
  'requests',
  'import',
  'safety',
] as const;
export type FeatureSection = (typeof FEATURE_SECTIONS)[number];

/**
 * The app's pages, kept in the URL's hash (`#/areas/new`): it works the same under app:// and
 * on the browser harness, and the back button and a reload keep the user where they were.
 */
export type Route =
  | { page: 'register' }
  | { page: 'hazardNew' }
  | { page: 'hazardEdit'; id: string }
  | { page: 'profile' }
  | { page: 'units' }
  | { page: 'section'; section: FeatureSection; path: string[] };

export type Section = 'register' | 'profile' | 'units' | FeatureSection;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string | undefined): text is string {
  return text !== undefined && UUID.test(text);
}

function isFeatureSection(text: string | undefined): text is FeatureSection {
  return (FEATURE_SECTIONS as readonly (string | undefined)[]).includes(text);
}

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  const [first, second] = parts;
  if (first === 'profile' && parts.length === 1) return { page: 'profile' };
  if (first === 'units' && parts.length === 1) return { page: 'units' };
  if (first === 'areas' && parts.length === 2 && second === 'new') return { page: 'hazardNew' };
  if (first === 'areas' && parts.length === 2 && isUuid(second)) return { page: 'hazardEdit', id: second };
  if (isFeatureSection(first)) return { page: 'section', section: first, path: parts.slice(1) };
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
    case 'section':
      return sectionHash(route.section, ...route.path);
    default:
      return assertNever(route);
  }
}

/** The hash of a page inside a feature section: `sectionHash('releases', 'new')` → `#/releases/new`. */
export function sectionHash(section: FeatureSection, ...path: string[]): string {
  return ['#', section, ...path.map((p) => encodeURIComponent(p))].join('/');
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
    case 'section':
      return route.section;
    default:
      return assertNever(route);
  }
}
