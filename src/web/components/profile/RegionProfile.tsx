// A region's profile (regiobeeld): header, overview, how to read it, population, and every indicator grouped by
// the five Quintuple-Aim categories and the JZOJP themes. Used for standard regions and for own regions.
import { type ReactNode, useId, useMemo, useState } from 'react';
import type { Profile, ProfileIndicator, ProfileTheme } from '../../../regiobeeld/profileTypes.ts';
import { isPopulationRow, nationalOnlyRows, themeRows } from '../../../regiobeeld/summary.ts';
import { WijkenSection } from '../../areas/WijkenSection.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { KennisagendaLinks } from '../../kennisagenda/ProfileLinks.tsx';
import { api, type RegionType } from '../../lib/api.ts';
import { formatInteger } from '../../lib/format.ts';
import { useApi } from '../../lib/http.ts';
import { Duiding } from '../../plans/Duiding.tsx';
import { ExecutiveReport, usePrinting } from '../../regiobeeld/ExecutiveReport.tsx';
import { NationalOnlyTable } from '../../regiobeeld/FigureTables.tsx';
import { InShort } from '../../regiobeeld/InShort.tsx';
import { useRegiobeeldTexts } from '../../regiobeeld/texts.ts';
import { Link, useRoute } from '../../router.tsx';
import { ComparisonLegend } from '../ComparisonBadge.tsx';
import { ExportButton } from '../ExportButton.tsx';
import { IndicatorRow, type RegionContext, rowAnchor } from './IndicatorRow.tsx';
import { PopulationSection } from './PopulationSection.tsx';
import { profileExport } from './profileExport.ts';

export { isPopulationRow };

export function groupById(rows: ProfileIndicator[]): Map<string, ProfileIndicator[]> {
  const map = new Map<string, ProfileIndicator[]>();
  for (const row of rows) {
    const list = map.get(row.id) ?? [];
    list.push(row);
    map.set(row.id, list);
  }
  return map;
}

export function useTypeNames() {
  const { text, t } = useI18n();
  const types = useApi<RegionType[]>(api.regionTypes());
  return useMemo(() => {
    const map = new Map((types.data ?? []).map((ty) => [ty.code, text(ty.name)]));
    map.set('eigen', t.regionTypeOwn);
    return map;
  }, [types.data, text, t]);
}

export function printPage() {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-print="open"]')) {
    details.open = true;
  }
  window.print();
}

/** The print button with the choice of the full table as an appendix. */
function PrintControls({ appendix, setAppendix }: { appendix: boolean; setAppendix: (v: boolean) => void }) {
  const { t } = useI18n();
  const rt = useRegiobeeldTexts();
  const id = useId();
  return (
    <div className="jp-print-options">
      <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={printPage}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="jp-icon">
          <path
            d="M4 6V1h8v5M4 12H2V6h12v6h-2M4 9h8v6H4z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
          />
        </svg>
        {t.common.print}
      </button>
      <label className="jp-check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={appendix}
          onChange={(e) => setAppendix(e.target.checked)}
        />
        {rt.printFull}
      </label>
    </div>
  );
}

/** The national-only figures of the whole profile, in one compact table, folded. */
function NationalFigures({ profile }: { profile: Profile }) {
  const rt = useRegiobeeldTexts();
  const rows = nationalOnlyRows(profile);
  if (rows.length === 0) return null;
  return (
    <section className="jp-section" aria-labelledby="national-only-title">
      <h2 className="utrecht-heading-2" id="national-only-title">
        {rt.nationalTitle(rows.length)}
      </h2>
      <p className="utrecht-paragraph jp-muted-text">{rt.nationalIntro}</p>
      <details className="jp-details">
        <summary>{rt.nationalCaption}</summary>
        <NationalOnlyTable profile={profile} rows={rows} />
      </details>
    </section>
  );
}

/** A theme's national-only figures in one line, pointing to the national table. */
function ThemeNationalLine({ rows }: { rows: ProfileIndicator[] }) {
  const { t, text } = useI18n();
  const rt = useRegiobeeldTexts();
  if (rows.length === 0) return null;
  const names = [...new Set(rows.map((r) => text(r.shortName)))];
  return (
    <p className="jp-theme__national">
      {rt.themeNational(names.length)} {names.join(', ')}
      {rows[0]!.period && ` (${t.period(rows[0]!.period)})`} —{' '}
      <a href="#national-only-title" className="utrecht-link">
        {rt.toNationalTable}
      </a>
    </p>
  );
}

function IndicatorCard({
  rows,
  profile,
  region,
  plural,
}: {
  rows: ProfileIndicator[];
  profile: Profile;
  region: RegionContext;
  plural: string;
}) {
  const { t, text, lang } = useI18n();
  const first = rows[0]!;
  const multi = rows.length > 1;
  return (
    <article className="jp-indicator-card" aria-labelledby={`h-${rowAnchor(first)}`}>
      <header className="jp-indicator-card__header">
        <h4 className="utrecht-heading-4" id={`h-${rowAnchor(first)}`}>
          {text(first.name)}
        </h4>
        <ExportButton build={() => profileExport(profile, rows, t, lang, first.id)} />
      </header>
      {rows.map((row) => (
        <IndicatorRow
          key={row.breakdown}
          row={row}
          region={region}
          plural={plural}
          showHeading={multi || row.breakdownLabel !== null}
        />
      ))}
      {region.code && <Duiding region={region.code} indicator={first.id} />}
    </article>
  );
}

function ThemeBlock({ theme, children }: { theme: ProfileTheme; children: ReactNode }) {
  const { text } = useI18n();
  return (
    <section className="jp-theme" aria-labelledby={`theme-${theme.id}`}>
      <h3 className="utrecht-heading-3 jp-theme__title" id={`theme-${theme.id}`}>
        {text(theme.name)}
      </h3>
      <KennisagendaLinks jzojpTheme={theme.id} />
      {children}
    </section>
  );
}

/** The JZOJP themes of a category without a usable indicator, compactly, each with its reason. */
export function ThemesWithout({
  id,
  themes,
  category,
  open = false,
}: {
  id: string;
  themes: ProfileTheme[];
  /** Name of the category, to keep the section's accessible name unique on the page. */
  category: string;
  open?: boolean;
}) {
  const { t, text } = useI18n();
  if (themes.length === 0) return null;
  return (
    <section
      className="jp-theme jp-themes-without"
      aria-label={`${t.profile.themesWithout(themes.length)}: ${category}`}
    >
      <h3 className="utrecht-heading-3 jp-theme__title" id={`without-${id}`}>
        {t.profile.themesWithout(themes.length)}
      </h3>
      <ul className="jp-themes-without__list">
        {themes.map((theme) => (
          <li key={theme.id} id={`theme-${theme.id}`}>
            <span className="jp-themes-without__name">{text(theme.name)}</span>{' '}
            <span className="jp-tag">{t.profile.themeNoIndicator}</span>
            <KennisagendaLinks jzojpTheme={theme.id} />
            {theme.reason &&
              (open ? (
                <p className="jp-reason">{text(theme.reason)}</p>
              ) : (
                <details className="jp-details" data-print="open">
                  <summary>
                    {t.profile.themeWhy}
                    <span className="jp-visually-hidden"> {text(theme.name)}</span>
                  </summary>
                  <p className="jp-reason">{text(theme.reason)}</p>
                </details>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ProfileHeader({
  profile,
  actions,
  title,
  embedded = false,
}: {
  profile: Profile;
  actions?: ReactNode;
  title?: string;
  /** Inside another page (own region): the title is an h2, the page has its own h1. */
  embedded?: boolean;
}) {
  const { t, href } = useI18n();
  const typeNames = useTypeNames();
  const { region } = profile;
  const populationRow = profile.indicators.find((r) => r.id === 'bevolking' && r.value !== null);
  const population =
    region.population ??
    (populationRow?.period ? { value: populationRow.value!, period: populationRow.period } : null);
  const many = region.gemeenten.length > 12;
  const gemeenten = region.gemeenten.map((g, i) => (
    <span key={g.code}>
      {i > 0 && ', '}
      <Link href={href(`/regio/${g.code}`)} className="utrecht-link">
        {g.name}
      </Link>
    </span>
  ));
  return (
    <header className="jp-profile-header">
      <p className="jp-pre-heading">{typeNames.get(region.type) ?? region.type}</p>
      {embedded ? (
        <h2 className="utrecht-heading-2" id="profile-title">
          {title ?? region.name}
        </h2>
      ) : (
        <h1 className="utrecht-heading-1" id="profile-title">
          {title ?? region.name}
        </h1>
      )}
      <dl className="jp-keyfacts">
        {population && (
          <div>
            <dt>{t.profile.population}</dt>
            <dd>
              {formatInteger(population.value, t.locale)}{' '}
              <span className="jp-muted">({t.period(population.period)})</span>
            </dd>
          </div>
        )}
        {region.type !== 'gemeente' && region.gemeenten.length > 0 && (
          <div>
            <dt>{t.profile.gemeenten}</dt>
            <dd>
              {many ? (
                <details className="jp-details jp-details--inline">
                  <summary>{t.profile.gemeentenCount(region.gemeenten.length)}</summary>
                  <p>{gemeenten}</p>
                </details>
              ) : (
                gemeenten
              )}
            </dd>
          </div>
        )}
        {region.partOf.length > 0 && (
          <div>
            <dt>{t.profile.partOf}</dt>
            <dd>
              <ul className="jp-inline-list">
                {region.partOf.map((p) => (
                  <li key={p.code}>
                    <Link href={href(`/regio/${p.code}`)} className="utrecht-link">
                      {p.name}
                    </Link>{' '}
                    <span className="jp-muted">({typeNames.get(p.type) ?? p.type})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {region.parent && (
        <p className="utrecht-paragraph jp-muted-text">{t.profile.parent(region.parent.name)}</p>
      )}
      {actions && <div className="jp-actions jp-no-print">{actions}</div>}
    </header>
  );
}

export function HowToRead() {
  const { t } = useI18n();
  return (
    <section className="jp-section jp-howto" aria-labelledby="howto-title">
      <h2 className="utrecht-heading-2" id="howto-title">
        {t.profile.howToReadTitle}
      </h2>
      {t.profile.howToRead.map((p) => (
        <p key={p} className="utrecht-paragraph">
          {p}
        </p>
      ))}
      <ComparisonLegend />
    </section>
  );
}

export function RegionProfile({
  profile,
  children,
  title,
  periodForm,
  embedded = false,
}: {
  profile: Profile;
  /** Inserted after the header. */
  children?: ReactNode;
  title?: string;
  periodForm?: ReactNode;
  embedded?: boolean;
}) {
  const { t, text, href, lang } = useI18n();
  const route = useRoute();
  const typeNames = useTypeNames();
  const [appendixChosen, setAppendix] = useState(false);
  const printing = usePrinting(route.query.get('print') === '1');
  const appendix = appendixChosen || route.query.get('volledig') === '1';
  const { region } = profile;
  const plural = t.regionTypePlural[region.type] ?? region.type;
  const context: RegionContext = { name: region.name, type: region.type, code: region.code };
  const rows = profile.indicators;
  const byId = useMemo(() => groupById(rows.filter((r) => !isPopulationRow(r))), [rows]);
  const themeIds = new Set(profile.themes.map((th) => th.id));
  const regionalOf = (theme: ProfileTheme) => [
    ...groupById(themeRows(profile, theme).filter((r) => r.availability === 'regional')).values(),
  ];
  const nationalOf = (theme: ProfileTheme) =>
    themeRows(profile, theme).filter((r) => r.availability === 'national-only');
  const hasRows = (theme: ProfileTheme) => themeRows(profile, theme).length > 0;

  if (printing) {
    return (
      <article className="jp-profile" data-profile-ready="true" aria-labelledby="report-title">
        <ExecutiveReport
          profile={profile}
          typeName={typeNames.get(region.type) ?? region.type}
          appendix={appendix}
        />
      </article>
    );
  }

  const actions = (
    <>
      <PrintControls appendix={appendixChosen} setAppendix={setAppendix} />
      <ExportButton build={() => profileExport(profile, rows, t, lang)} label={t.common.downloadAll} />
      {region.code && (
        <Link href={href('/vergelijk', { regios: region.code })} className="utrecht-link jp-action-link">
          {t.profile.compareWith}
        </Link>
      )}
      {periodForm}
    </>
  );

  return (
    <article className="jp-profile" data-profile-ready="true" aria-labelledby="profile-title">
      <ProfileHeader profile={profile} actions={actions} title={title} embedded={embedded} />
      {children}
      <nav className="jp-toc jp-no-print" aria-label={t.profile.toc}>
        <h2 className="jp-toc__title">{t.profile.toc}</h2>
        <ul>
          <li>
            <a href="#overview-title">{t.profile.summaryTitle}</a>
          </li>
          <li>
            <a href="#howto-title">{t.profile.howToReadTitle}</a>
          </li>
          <li>
            <a href="#population-title">{t.profile.populationTitle}</a>
          </li>
          {profile.categories.map((c) => (
            <li key={c.id}>
              <a href={`#cat-${c.id}`}>{text(c.name)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <InShort profile={profile} />
      <HowToRead />
      <PopulationSection profile={profile} />
      {profile.region.type === 'gemeente' && profile.region.code && (
        <WijkenSection gemeente={profile.region.code} />
      )}
      {profile.categories.map((category) => {
        const themes = profile.themes.filter((th) => th.category === category.id);
        // Regional figures of the category without a JZOJP theme; their national-only ones are in the table.
        const others = [...byId.values()].filter(
          (list) =>
            list[0]!.category === category.id &&
            list[0]!.availability === 'regional' &&
            (!list[0]!.theme || !themeIds.has(list[0]!.theme)),
        );
        return (
          <section
            key={category.id}
            className="jp-section jp-category"
            aria-labelledby={`cat-${category.id}`}
          >
            <h2 className="utrecht-heading-2 jp-category__title" id={`cat-${category.id}`}>
              {text(category.name)}
            </h2>
            <p className="utrecht-paragraph jp-category__description">{text(category.description)}</p>
            {others.length > 0 && (
              <section
                className="jp-theme"
                aria-label={`${t.profile.otherIndicators}: ${text(category.name)}`}
              >
                <h3 className="utrecht-heading-3 jp-theme__title" id={`other-${category.id}`}>
                  {t.profile.otherIndicators}
                </h3>
                {others.map((list) => (
                  <IndicatorCard
                    key={list[0]!.id}
                    rows={list}
                    profile={profile}
                    region={context}
                    plural={plural}
                  />
                ))}
              </section>
            )}
            {themes.map((theme) => {
              if (!theme.usableIndicator || !hasRows(theme)) return null;
              return (
                <ThemeBlock key={theme.id} theme={theme}>
                  {regionalOf(theme).map((list) => (
                    <IndicatorCard
                      key={list[0]!.id}
                      rows={list}
                      profile={profile}
                      region={context}
                      plural={plural}
                    />
                  ))}
                  <ThemeNationalLine rows={nationalOf(theme)} />
                </ThemeBlock>
              );
            })}
            <ThemesWithout
              id={category.id}
              category={text(category.name)}
              themes={themes.filter((th) => !th.usableIndicator || !hasRows(th))}
            />
          </section>
        );
      })}
      <NationalFigures profile={profile} />
    </article>
  );
}
