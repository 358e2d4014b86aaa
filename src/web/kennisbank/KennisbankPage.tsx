// /kennisbank: search in Dutch with filters by kind, phase and JZOJP theme; the address holds the search, so a
// result list can be shared. Matches are marked; every result names its source.
import { type FormEvent, useEffect, useState } from 'react';
import { PHASE_LABELS, PHASES } from '../../jzojp/vocabulary.ts';
import type { SearchAnswer } from '../../kennisbank/schema.ts';
import { ITEM_KIND_LABELS, ITEM_KINDS } from '../../kennisbank/vocabulary.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { CatalogAnswer } from '../lib/api.ts';
import { useApi, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link, navigate, useRoute } from '../router.tsx';
import { Highlighted } from './Highlighted.tsx';
import { useKbTexts } from './texts.ts';
import './kennisbank.css';

/** One filter of the search: a select whose first choice, "any", sets no filter. */
function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string | number; label: string }[];
}) {
  const kb = useKbTexts();
  return (
    <div className="jp-kb-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="utrecht-select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{kb.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function KennisbankPage() {
  const { text, href } = useI18n();
  const kb = useKbTexts();
  const route = useRoute();
  useTitle(kb.title);
  const params = {
    q: route.query.get('q') ?? '',
    kind: route.query.get('soort') ?? '',
    phase: route.query.get('fase') ?? '',
    theme: route.query.get('thema') ?? '',
  };
  const [q, setQ] = useState(params.q);
  useEffect(() => setQ(params.q), [params.q]);
  const catalog = useApi<CatalogAnswer>('/api/indicators');
  const me = useFresh<{ editor: boolean }>('/api/kennisbank/me');
  const api = new URLSearchParams({ limit: '50' });
  if (params.q) api.set('q', params.q);
  if (params.kind) api.set('kind', params.kind);
  if (params.phase) api.set('phase', params.phase);
  if (params.theme) api.set('theme', params.theme);
  const answer = useApi<SearchAnswer>(`/api/kennisbank/search?${api}`);

  const go = (next: Partial<typeof params>) => {
    const p = { ...params, ...next };
    navigate(href('/kennisbank', { q: p.q, soort: p.kind, fase: p.phase, thema: p.theme }), {
      keepPosition: true,
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ q });
  };
  const data = answer.data ?? answer.latest;

  return (
    <div className="jp-page">
      <h1 className="utrecht-heading-1">{kb.title}</h1>
      <p className="utrecht-paragraph jp-lead">{kb.lead}</p>
      {me.data?.editor && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={href('/kennisbank/redactie')}>
            {kb.editorTitle}
          </Link>
        </p>
      )}
      <form className="jp-kb-form" aria-label={kb.searchButton} onSubmit={submit}>
        <div className="jp-kb-field jp-kb-field--wide">
          <label htmlFor="kb-q">{kb.searchLabel}</label>
          <input
            id="kb-q"
            type="search"
            className="utrecht-textbox"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-describedby="kb-q-hint"
            maxLength={200}
          />
          <span id="kb-q-hint" className="jp-muted">
            {kb.searchHint}
          </span>
        </div>
        <FilterSelect
          id="kb-kind"
          label={kb.kind}
          value={params.kind}
          onChange={(kind) => go({ kind })}
          options={ITEM_KINDS.map((k) => ({ value: k, label: text(ITEM_KIND_LABELS[k]) }))}
        />
        <FilterSelect
          id="kb-phase"
          label={kb.phase}
          value={params.phase}
          onChange={(phase) => go({ phase })}
          options={PHASES.map((p) => ({ value: p, label: `${p}. ${text(PHASE_LABELS[p])}` }))}
        />
        <FilterSelect
          id="kb-theme"
          label={kb.theme}
          value={params.theme}
          onChange={(theme) => go({ theme })}
          options={(catalog.data?.themes ?? []).map((t) => ({ value: t.id, label: text(t.name) }))}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {kb.searchButton}
        </button>
      </form>

      <div aria-live="polite" aria-atomic="true">
        {data && (
          <p className="utrecht-paragraph" id="kb-count">
            <strong>{data.matched === 'browse' ? kb.browse(data.total) : kb.results(data.total)}</strong>
            {data.notice && <> · {data.notice}</>}
          </p>
        )}
      </div>
      {answer.error && <ErrorMessage error={answer.error} />}
      {!data && !answer.error && <Loading />}
      {data && data.hits.length > 0 && (
        <ol className="jp-kb-list" aria-labelledby="kb-count">
          {data.hits.map((hit) => (
            <li key={hit.item.id} className="jp-kb-card">
              <p className="jp-kb-kind">{text(ITEM_KIND_LABELS[hit.item.kind])}</p>
              <Link className="utrecht-link jp-kb-title" href={href(`/kennisbank/item/${hit.item.id}`)}>
                <Highlighted segments={hit.title} />
              </Link>
              <p className="utrecht-paragraph jp-kb-summary">
                <Highlighted segments={hit.summary} />
              </p>
              <p className="jp-kb-source">
                {kb.source}: {hit.item.source.document}, {hit.item.source.section}
                {hit.item.source.page ? `, ${kb.page(hit.item.source.page)}` : ''}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
