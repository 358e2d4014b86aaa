// The page shell (skip link, header with navigation and language switch, main, footer) and the routes.
// Each page is its own chunk (React.lazy), so Plot and d3-geo load only where a page needs them.
import { Component, lazy, type ReactNode, Suspense, useEffect } from 'react';
import { ErrorMessage, Loading } from './components/Status.tsx';
import { dsvRoute } from './dsv/routes.tsx';
import { dsvTexts } from './dsv/texts.ts';
import { I18nProvider, langFrom, useI18n } from './i18n/index.tsx';
import { kennisagendaRoute } from './kennisagenda/routes.tsx';
import { useKennisagendaTexts } from './kennisagenda/texts.ts';

import { kennisbankRoute } from './kennisbank/routes.tsx';
import { useKbTexts } from './kennisbank/texts.ts';
import { learningRoute } from './learning/routes.tsx';
import { planRoute } from './plans/routes.tsx';
import { Link, navigationState, type Route, useRoute } from './router.tsx';

const HomePage = lazy(() => import('./pages/HomePage.tsx'));
const RegionPage = lazy(() => import('./pages/RegionPage.tsx'));
const NationalPage = lazy(() => import('./pages/NationalPage.tsx'));
const OwnRegionPage = lazy(() => import('./pages/OwnRegionPage.tsx'));
const IndicatorPage = lazy(() => import('./pages/IndicatorPage.tsx'));
const ComparePage = lazy(() => import('./pages/ComparePage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));
const MembersPage = lazy(() => import('./account/MembersPage.tsx'));

function page(route: Route) {
  const { path } = route;
  if (path === '/') return <HomePage />;
  if (path === '/regio') return <OwnRegionPage />;
  const region = /^\/regio\/([^/]+)$/.exec(path);
  if (region) {
    const code = region[1]!.toUpperCase();
    return code === 'NL01' ? <NationalPage /> : <RegionPage key={code} code={code} />;
  }
  const indicator = /^\/indicator\/([^/]+)$/.exec(path);
  if (indicator) return <IndicatorPage key={indicator[1]} id={indicator[1]!} />;
  if (path === '/vergelijk') return <ComparePage />;
  const members = /^\/werkruimte\/([A-Za-z0-9_-]+)\/leden$/.exec(path);
  if (members) return <MembersPage key={members[1]} workspaceId={members[1]!} />;
  const plan = planRoute(path) ?? kennisbankRoute(path) ?? learningRoute(path);
  if (plan) return plan;
  const dsv = dsvRoute(path);
  if (dsv) return dsv;
  const kennisagenda = kennisagendaRoute(path);
  if (kennisagenda) return kennisagenda;
  return <NotFoundPage />;
}

/** After a navigation, move focus to the new page's heading so screen readers hear where they are. */
function useFocusOnNavigate(href: string) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after every navigation (href changes)
  useEffect(() => {
    if (!navigationState.moveFocus) return;
    navigationState.moveFocus = false;
    let tries = 0;
    const previous = navigationState.previousHeading;
    const timer = window.setInterval(() => {
      const found = document.querySelector<HTMLElement>('main h1');
      const heading = found && found !== previous ? found : null;
      if (heading || ++tries > 300) {
        window.clearInterval(timer);
        if (heading) {
          heading.tabIndex = -1;
          heading.focus({ preventScroll: true });
        }
      }
    }, 50);
    return () => window.clearInterval(timer);
  }, [href]);
}

function Shell({ route }: { route: Route }) {
  const { t, href, lang } = useI18n();
  const ka = useKennisagendaTexts();

  const kb = useKbTexts();
  useFocusOnNavigate(route.href);
  const print = route.query.get('print') === '1';
  useEffect(() => {
    document.documentElement.lang = lang;
    document.body.classList.toggle('jp-print-mode', print);
  }, [lang, print]);

  const other = new URL(route.href);
  if (lang === 'en') other.searchParams.delete('lang');
  else other.searchParams.set('lang', 'en');
  const otherHref = `${other.pathname}${other.search.replaceAll('%2C', ',')}`;
  const nav = [
    { to: '/', label: t.nav.home, current: route.path === '/' },
    { to: '/regio/NL01', label: t.nav.national, current: route.path === '/regio/NL01' },
    { to: '/regio', label: t.nav.ownRegion, current: route.path === '/regio' },
    { to: '/vergelijk', label: t.nav.compare, current: route.path === '/vergelijk' },
    { to: '/kennisbank', label: kb.nav, current: route.path.startsWith('/kennisbank') },
    { to: '/werkruimten', label: t.account.nav, current: route.path.startsWith('/werkruimte') },
    {
      to: '/samenwerkingsverbanden',
      label: dsvTexts[lang].nav,
      current: route.path.startsWith('/samenwerkingsverband'),
    },
    { to: '/kennisagenda', label: ka.nav, current: route.path.startsWith('/kennisagenda') },
  ];

  return (
    <>
      <a href="#main" className="utrecht-skip-link utrecht-skip-link--visible-on-focus jp-skip-link">
        {t.skipLink}
      </a>
      <header className="jp-header">
        <div className="jp-header__ribbon" aria-hidden="true" />
        <div className="jp-header__inner">
          <Link href={href('/')} className="jp-logo">
            <span className="jp-logo__mark" aria-hidden="true" />
            <span className="jp-logo__text">
              <span className="jp-logo__name">{t.siteName}</span>
              <span className="jp-logo__tagline">{t.siteTagline}</span>
            </span>
          </Link>
          <a
            className="jp-lang"
            href={otherHref}
            lang={t.languageSwitch.lang}
            hrefLang={t.languageSwitch.lang}
          >
            {t.languageSwitch.label}
          </a>
        </div>
        <nav className="jp-nav" aria-label={t.nav.label}>
          <ul className="jp-nav__list">
            {nav.map((item) => (
              <li key={item.to}>
                <Link
                  href={href(item.to)}
                  className="jp-nav__link"
                  aria-current={item.current ? 'page' : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="jp-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <ErrorBoundaryPage key={route.path}>{page(route)}</ErrorBoundaryPage>
        </Suspense>
      </main>
      <footer className="jp-footer">
        <div className="jp-footer__inner">
          <p>{t.footer.about}</p>
          <p>{t.footer.data}</p>
          <p>
            <a href="/api/docs" className="jp-footer__link">
              {t.footer.api}
            </a>{' '}
            · {t.footer.licence}
          </p>
        </div>
      </footer>
    </>
  );
}

class ErrorBoundaryPage extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <ErrorMessage error={this.state.error} /> : this.props.children;
  }
}

export function App() {
  const route = useRoute();
  return (
    <Suspense fallback={null}>
      <I18nProvider lang={langFrom(route.query)}>
        <Shell route={route} />
      </I18nProvider>
    </Suspense>
  );
}
