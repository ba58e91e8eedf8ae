import { useEffect, useState } from 'react';

/**
 * Routes live in the hash (`#/orders/<id>`), so the gateway serves one page for every route, a
 * reload stays where it was, links can be shared and the back button works.
 */
export function currentRoute(): string[] {
  return window.location.hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
}

/** The path segments of the current route, updated on every navigation. */
export function useRoute(): string[] {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The href of a route, e.g. `href('orders', id)`. */
export const href = (...segments: string[]): string =>
  `#/${segments.map(encodeURIComponent).join('/')}`;

/** Goes to a route (a new history entry, so Back returns). */
export function navigate(...segments: string[]): void {
  window.location.hash = href(...segments).slice(1);
}

/** Goes to a route in place of the current one (no history entry: Back skips it). */
export function redirect(...segments: string[]): void {
  window.location.replace(href(...segments));
}
