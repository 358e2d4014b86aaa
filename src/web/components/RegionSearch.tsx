// Search field for regions: an ARIA 1.2 combobox with a listbox popup (WAI-ARIA APG "list autocomplete").
// Results appear as you type; arrow keys move through them, Enter opens, Escape closes. All 475 regions are
// loaded once (a few KB) and filtered here, so results are instant and work the same for names and codes.
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { api, type RegionSummary, type RegionType } from '../lib/api.ts';
import { useApi } from '../lib/http.ts';
import { navigate } from '../router.tsx';

export const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`´-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function searchRegions(
  regions: RegionSummary[],
  typeNames: Map<string, string>,
  query: string,
  limit = 12,
): RegionSummary[] {
  const q = normalise(query);
  if (!q) return [];
  const order = [
    'land',
    'gemeente',
    'ggdregio',
    'zorgkantoorregio',
    'provincie',
    'veiligheidsregio',
    'arbeidsmarktregio',
    'landsdeel',
  ];
  const scored: { region: RegionSummary; score: number }[] = [];
  for (const region of regions) {
    const name = normalise(region.name);
    const code = region.code.toLowerCase();
    const type = normalise(typeNames.get(region.type) ?? region.type);
    let score: number;
    if (code === q) score = 0;
    else if (name === q) score = 1;
    else if (name.startsWith(q)) score = 2;
    else if (name.split(/[\s/(]+/).some((w) => w.startsWith(q))) score = 3;
    else if (code.startsWith(q)) score = 4;
    else if (name.includes(q)) score = 5;
    else if (`${type} ${name}`.includes(q) || type.startsWith(q)) score = 6;
    else continue;
    scored.push({ region, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      order.indexOf(a.region.type) - order.indexOf(b.region.type) ||
      a.region.name.localeCompare(b.region.name, 'nl'),
  );
  return scored.slice(0, limit).map((s) => s.region);
}

export function RegionSearch({
  label,
  hint,
  onSelect,
  exclude = [],
  autoFocus = false,
}: {
  label?: string;
  hint?: string;
  onSelect?: (region: RegionSummary) => void;
  exclude?: string[];
  autoFocus?: boolean;
}) {
  const { t, text, href } = useI18n();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const regions = useApi<RegionSummary[]>(api.regions());
  const types = useApi<RegionType[]>(api.regionTypes());
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const typeNames = useMemo(
    () => new Map((types.data ?? []).map((ty) => [ty.code, text(ty.name)])),
    [types.data, text],
  );
  const results = useMemo(
    () =>
      searchRegions(
        (regions.data ?? []).filter((r) => !exclude.includes(r.code)),
        typeNames,
        query,
      ),
    [regions.data, typeNames, query, exclude],
  );
  const expanded = open && query.trim().length > 0;

  const choose = (region: RegionSummary) => {
    setOpen(false);
    setActive(-1);
    if (onSelect) {
      onSelect(region);
      setQuery('');
    } else {
      navigate(href(`/regio/${region.code}`));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      if (results.length) setActive((a) => (a + 1) % results.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length) setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
    } else if (event.key === 'Enter') {
      const region = results[active] ?? (results.length === 1 ? results[0] : undefined);
      if (expanded && region) {
        event.preventDefault();
        choose(region);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else setQuery('');
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="jp-combobox">
      <label className="utrecht-form-label jp-label" htmlFor={inputId}>
        {label ?? t.search.label}
      </label>
      <p className="utrecht-form-field-description jp-hint" id={hintId}>
        {hint ?? t.search.hint}
      </p>
      <div className="jp-combobox__field">
        <svg className="jp-combobox__icon" aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">
          <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2" />
        </svg>
        <input
          id={inputId}
          className="utrecht-textbox utrecht-textbox--html-input jp-combobox__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          // biome-ignore lint/a11y/noAutofocus: only on the start page, where searching is the main task
          autoFocus={autoFocus}
          placeholder={t.search.placeholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => query && setOpen(true)}
        />
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label={label ?? t.search.label}
        className="jp-combobox__list"
        hidden={!expanded}
      >
        {results.map((region, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works on the input (aria-activedescendant)
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the input (aria-activedescendant)
          <div
            key={region.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`jp-combobox__option ${i === active ? 'jp-combobox__option--active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(region)}
          >
            <span className="jp-combobox__name">{region.name}</span>
            <span className="jp-combobox__meta">
              {typeNames.get(region.type) ?? region.type} · {region.code}
            </span>
          </div>
        ))}
        {expanded && results.length === 0 && (
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the input (aria-activedescendant)
          <div role="option" aria-selected={false} aria-disabled="true" className="jp-combobox__empty">
            {t.search.noResults}
          </div>
        )}
      </div>
      <p role="status" aria-live="polite" className="jp-visually-hidden">
        {expanded ? (results.length ? t.search.results(results.length) : t.search.noResults) : ''}
      </p>
    </div>
  );
}
