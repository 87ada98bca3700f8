import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The current page, from the hash. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** Goes to a page, adding a history entry (the back button returns). */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** Goes to a hash built with `sectionHash` or `routeHash`. */
export function navigateTo(hash: string): void {
  window.location.hash = hash;
}
