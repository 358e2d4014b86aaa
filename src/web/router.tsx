// A tiny client-side router on the History API: the URL holds the whole state of a page (region, indicator,
// period, colouring, language), so every view is a permalink. No router dependency needed for five routes.
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

type Listener = () => void;
const listeners = new Set<Listener>();

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: Listener) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export interface NavigateOptions {
  replace?: boolean;
  /** Keep the scroll position and focus (for changes of a filter on the same page). */
  keepPosition?: boolean;
}

/** Set by navigate(): whether the next render should move focus to the new page's heading. */
export const navigationState: { moveFocus: boolean; previousHeading: Element | null } = {
  moveFocus: false,
  previousHeading: null,
};

export function navigate(to: string, options: NavigateOptions = {}) {
  const url = new URL(to, window.location.href);
  if (url.href === window.location.href) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  if (!options.keepPosition) {
    window.scrollTo(0, 0);
    navigationState.moveFocus = true;
    navigationState.previousHeading = document.querySelector('main h1');
  }
  notify();
}

const getHref = () => window.location.href;

export interface Route {
  path: string;
  query: URLSearchParams;
  href: string;
}

export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, getHref, getHref);
  const url = new URL(href);
  return { path: decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/', query: url.searchParams, href };
}

/** Build an address, keeping the language of the current page. Empty and undefined values are left out. */
export function buildHref(
  path: string,
  params: Record<string, string | number | undefined | null> = {},
  lang?: string,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  if (lang && lang !== 'nl') search.set('lang', lang);
  const query = search.toString().replaceAll('%2C', ',');
  return query ? `${path}?${query}` : path;
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target === '_blank' ||
      rest.download !== undefined
    )
      return;
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    navigate(url.href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
