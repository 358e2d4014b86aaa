// /regio?gemeenten=GM…,GM…&naam=…: build a region from gemeenten (on the map or from a searchable checkbox
// list), name it and see its profile. The URL is the permalink; "Opslaan" stores it via POST /api/user-regions.
// /regio?id=… opens a saved region.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FieldSet, FormField } from '../components/FormField.tsx';
import { GeoMap } from '../components/GeoMap.tsx';
import { PeriodForm, profilePeriods } from '../components/PeriodForm.tsx';
import { ProfileHeader, RegionProfile } from '../components/profile/RegionProfile.tsx';
import { normalise } from '../components/RegionSearch.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { api, type Profile, type RegionSummary, type UserRegion } from '../lib/api.ts';
import { postJson, useApi } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { SkippedNotice } from '../regiobeeld/Notice.tsx';
import { PeriodCheck } from '../regiobeeld/PeriodCheck.tsx';
import { Link, navigate, useRoute } from '../router.tsx';

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setCurrent(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return current;
}

export default function OwnRegionPage() {
  const { t, href, text } = useI18n();
  const route = useRoute();
  const id = useId();
  const q = route.query;
  const codes = useMemo(
    () =>
      (q.get('gemeenten') ?? '')
        .split(',')
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    [q],
  );
  const urlName = q.get('naam') ?? '';
  const savedId = q.get('id');
  const periode = q.get('periode');
  const [name, setName] = useState(urlName);
  const [filter, setFilter] = useState('');
  const [saved, setSaved] = useState<{ id: string } | { error: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const gemeenten = useApi<RegionSummary[]>(api.regions('gemeente'));
  const saved$ = useApi<UserRegion>(savedId ? api.userRegion(savedId) : null);
  const selected = useMemo(() => new Set(codes), [codes]);
  const nameOf = useMemo(
    () => new Map((gemeenten.data ?? []).map((g) => [g.code, g.name])),
    [gemeenten.data],
  );

  // A saved region (?id=…) becomes its permalink.
  useEffect(() => {
    if (saved$.data) {
      navigate(href('/regio', { gemeenten: saved$.data.gemeenten.join(','), naam: saved$.data.name }), {
        replace: true,
        keepPosition: true,
      });
      setName(saved$.data.name);
    }
  }, [saved$.data, href]);

  const setUrl = (next: string[], nextName = name) => {
    setSaved(null);
    navigate(href('/regio', { gemeenten: next.join(','), naam: nextName.trim(), periode }), {
      replace: true,
      keepPosition: true,
    });
  };
  const toggle = (code: string) =>
    setUrl(selected.has(code) ? codes.filter((c) => c !== code) : [...codes, code]);

  // Keep the name in the URL, a moment after typing stops.
  const debouncedName = useDebounced(name, 500);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the (debounced) name changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (debouncedName.trim() !== urlName) setUrl(codes, debouncedName);
  }, [debouncedName]);

  const debouncedCodes = useDebounced(codes.join(','), 350);
  const regionName = urlName || t.own.defaultName;
  const profile = useApi<Profile>(
    debouncedCodes ? api.adHocProfile(debouncedCodes.split(','), regionName, periode) : null,
  );
  const data = codes.length > 0 ? (profile.data ?? profile.latest) : undefined;
  const skipped = data?.skipped ?? [];
  useTitle(urlName || t.own.title);

  const save = async () => {
    setBusy(true);
    try {
      const answer = await postJson<UserRegion>(api.userRegions(), {
        name: regionName,
        // Codes that are no gemeente are named on the page and not saved.
        gemeenten: codes.filter((c) => nameOf.has(c)),
      });
      setSaved({ id: answer.id });
    } catch (error) {
      setSaved({ error: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const list = (gemeenten.data ?? [])
    .filter(
      (g) =>
        !filter ||
        normalise(g.name).includes(normalise(filter)) ||
        g.code.toLowerCase().includes(filter.toLowerCase()),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const permalink = href('/regio', { gemeenten: codes.join(','), naam: urlName });

  const builder = (
    <section className="jp-section jp-builder" aria-labelledby="builder-title">
      <h2 className="utrecht-heading-2" id="builder-title">
        {t.own.builderTitle}
      </h2>
      <div className="jp-builder__grid">
        <div className="jp-builder__form">
          <FormField label={t.own.nameLabel}>
            {(control) => (
              <input
                {...control}
                className="utrecht-textbox utrecht-textbox--html-input"
                type="text"
                value={name}
                maxLength={120}
                placeholder={t.own.defaultName}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </FormField>
          <p className="jp-builder__count" role="status" aria-live="polite">
            {t.own.selected(codes.length - skipped.length)}
          </p>
          {codes.length > 0 && (
            <ul className="jp-chips">
              {codes.map((code) => (
                <li key={code} className="jp-chip">
                  {nameOf.get(code) ?? code}
                  <button
                    type="button"
                    className="jp-chip__remove"
                    aria-label={`${nameOf.get(code) ?? code}: ${t.common.remove}`}
                    onClick={() => toggle(code)}
                  >
                    ×
                  </button>
                </li>
              ))}
              <li>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle jp-button-small"
                  onClick={() => setUrl([])}
                >
                  {t.own.clear}
                </button>
              </li>
            </ul>
          )}
          <FormField label={t.own.filterLabel}>
            {(control) => (
              <input
                {...control}
                className="utrecht-textbox utrecht-textbox--html-input"
                type="search"
                value={filter}
                autoComplete="off"
                onChange={(e) => setFilter(e.target.value)}
              />
            )}
          </FormField>
          <a href="#builder-map" className="jp-skip-inline">
            {t.own.skipList}
          </a>
          <FieldSet
            legend={t.own.listLegend}
            className="utrecht-form-fieldset jp-checklist"
            legendClassName="utrecht-form-fieldset__legend jp-visually-hidden"
          >
            {gemeenten.loading && <Loading />}
            <ul className="jp-checklist__list">
              {list.map((g) => (
                <li key={g.code}>
                  <label className="jp-check">
                    <input
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      checked={selected.has(g.code)}
                      onChange={() => toggle(g.code)}
                      value={g.code}
                    />
                    {g.name}
                  </label>
                </li>
              ))}
              {gemeenten.data && list.length === 0 && <li className="jp-muted">{t.own.noMatches}</li>}
            </ul>
          </FieldSet>
        </div>
        <div className="jp-builder__map">
          <h3 className="utrecht-heading-3" id="builder-map" tabIndex={-1}>
            {t.own.mapTitle}
          </h3>
          <p className="jp-chart-note" id={`${id}-maphelp`}>
            {t.own.mapHelp}
          </p>
          <GeoMap
            type="gemeente"
            mode="select"
            label={t.own.mapLabel}
            selected={selected}
            fill={(code) => (selected.has(code) ? '#154273' : '#e3e9f1')}
            onActivate={(code) => toggle(code)}
          />
        </div>
      </div>
      {codes.length > 0 && (
        <div className="jp-builder__save">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={save}
            disabled={busy}
          >
            {busy ? t.own.saving : t.own.save}
          </button>
          <p className="utrecht-paragraph">
            {t.own.permalink}:{' '}
            <Link href={permalink} className="utrecht-link jp-break">
              {window.location.origin}
              {permalink}
            </Link>
          </p>
          <div role="status" aria-live="polite">
            {saved && 'id' in saved && (
              <p className="utrecht-paragraph">
                {t.own.saved}{' '}
                <Link
                  href={href('/regio', { id: saved.id })}
                  className="utrecht-link jp-break"
                  data-saved-link="true"
                >
                  {window.location.origin}
                  {href('/regio', { id: saved.id })}
                </Link>
              </p>
            )}
            {saved && 'error' in saved && <p className="jp-error-text">{t.own.saveError(saved.error)}</p>}
          </div>
        </div>
      )}
    </section>
  );

  return (
    <div className="jp-page jp-own">
      <p className="jp-pre-heading">{t.regionTypeOwn}</p>
      <h1 className="utrecht-heading-1">{urlName || t.own.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead jp-lead">{t.own.intro}</p>
      {data && skipped.length > 0 && (
        <SkippedNotice
          items={skipped.map((s) => ({ code: s.code, reason: text(s.reason) }))}
          onRemove={() => setUrl(codes.filter((c) => !skipped.some((s) => s.code === c)))}
        />
      )}
      {savedId && saved$.loading && <Loading label={t.own.loadSaved} />}
      {saved$.error && <ErrorMessage error={saved$.error} />}
      {builder}
      {codes.length === 0 && <p className="utrecht-paragraph jp-note">{t.own.pickFirst}</p>}
      {profile.error && <ErrorMessage error={profile.error} onRetry={profile.reload} />}
      {codes.length > 0 && !data && <Loading label={t.own.updating} />}
      {data && (
        <div aria-busy={profile.loading}>
          <PeriodCheck
            profile={data}
            latestUrl={api.adHocProfile(
              data.region.gemeenten.map((g) => g.code),
              regionName,
            )}
            header={<ProfileHeader profile={data} embedded title={t.own.profileTitle(data.region.name)} />}
          >
            <RegionProfile
              profile={data}
              embedded
              title={t.own.profileTitle(data.region.name)}
              periodForm={<PeriodForm periods={profilePeriods(data)} />}
            />
          </PeriodCheck>
        </div>
      )}
    </div>
  );
}
