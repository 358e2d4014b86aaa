// Start page: search, entries to Nederland / own region / compare, every region by type, indicators.
import { isSubMunicipalType } from '../../geo/regionTypes.ts';
import { RegionSearch } from '../components/RegionSearch.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { api, type CatalogAnswer, type RegionSummary, type RegionType } from '../lib/api.ts';
import { useApi } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';

export default function HomePage() {
  const { t, text, href } = useI18n();
  useTitle(t.siteTagline);
  const regions = useApi<RegionSummary[]>(api.regions());
  const types = useApi<RegionType[]>(api.regionTypes());
  const catalog = useApi<CatalogAnswer>(api.catalog());

  const entries = [
    { to: '/regio/NL01', title: t.home.nationalTitle, text: t.home.nationalText },
    { to: '/regio', title: t.home.ownTitle, text: t.home.ownText },
    { to: '/vergelijk', title: t.home.compareTitle, text: t.home.compareText },
  ];

  return (
    <div className="jp-page jp-home">
      <section className="jp-hero" aria-labelledby="home-title">
        <h1 id="home-title" className="utrecht-heading-1">
          {t.home.title}
        </h1>
        <p className="utrecht-paragraph utrecht-paragraph--lead jp-lead">{t.home.intro}</p>
        <search className="jp-hero__search">
          <RegionSearch />
        </search>
      </section>

      <section aria-labelledby="entries-title" className="jp-section">
        <h2 id="entries-title" className="utrecht-heading-2">
          {t.home.entryTitle}
        </h2>
        <ul className="jp-cards">
          {entries.map((e) => (
            <li key={e.to} className="jp-card">
              <Link href={href(e.to)} className="jp-card__link">
                <span className="jp-card__title">{e.title}</span>
                <span className="jp-card__text">{e.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="lists-title" className="jp-section">
        <h2 id="lists-title" className="utrecht-heading-2">
          {t.home.listsTitle}
        </h2>
        {regions.error && <ErrorMessage error={regions.error} onRetry={regions.reload} />}
        {(regions.loading || types.loading) && <Loading />}
        {regions.data &&
          types.data
            ?.filter((ty) => ty.code !== 'land' && ty.regions > 0 && !isSubMunicipalType(ty.code))
            .map((ty) => {
              const list = (regions.data ?? [])
                .filter((r) => r.type === ty.code)
                .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
              return (
                <details key={ty.code} className="jp-details jp-type-list">
                  <summary>
                    <span className="jp-type-list__name">{text(ty.name)}</span>{' '}
                    <span className="jp-muted">({t.home.regionsCount(list.length)})</span>
                  </summary>
                  <ul className="jp-columns">
                    {list.map((r) => (
                      <li key={r.code}>
                        <Link href={href(`/regio/${r.code}`)} className="utrecht-link">
                          {r.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </details>
              );
            })}
      </section>

      <section aria-labelledby="indicators-title" className="jp-section">
        <h2 id="indicators-title" className="utrecht-heading-2">
          {t.home.indicatorsTitle}
        </h2>
        <p className="utrecht-paragraph">{t.home.indicatorsIntro}</p>
        {catalog.data && (
          <ul className="jp-columns jp-columns--wide">
            {catalog.data.indicators
              .filter((i) => i.geography === 'gemeente' && i.periodsWithData !== 0)
              .map((i) => (
                <li key={i.id}>
                  <Link href={href(`/indicator/${i.id}`)} className="utrecht-link">
                    {text(i.name)}
                  </Link>
                </li>
              ))}
          </ul>
        )}
      </section>
    </div>
  );
}
