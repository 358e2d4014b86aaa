// Search field for regions: an ARIA 1.2 combobox with a listbox popup (WAI-ARIA APG "list autocomplete").
// Results appear as you type; arrow keys move through them, Enter opens, Escape closes. The server searches
// (GET /api/regions?q=: common names such as Den Haag, region-type words, small typos; see src/geo/regionSearch.ts),
// so the page finds what the API finds, also when wijken and buurten make the list long.
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { api, type RegionSummary, type RegionType } from '../lib/api.ts';
import { useApi } from '../lib/http.ts';
import { navigate } from '../router.tsx';
import { FormField } from './FormField.tsx';

/** Lower case without accents or hyphens, for filtering a list on the page (the search itself is on the server). */
export const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`´-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Waits a moment after typing stops, so each keystroke does not send a search. */
function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setCurrent(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return current;
}

const LIMIT = 12;

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
  const listId = `${id}-list`;
  const types = useApi<RegionType[]>(api.regionTypes());
  const [query, setQuery] = useState('');
  const typed = useDebounced(query.trim(), 150);
  const found = useApi<RegionSummary[]>(
    typed ? `/api/regions?q=${encodeURIComponent(typed)}&limit=${LIMIT + exclude.length}` : null,
  );
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const typeNames = useMemo(
    () => new Map((types.data ?? []).map((ty) => [ty.code, text(ty.name)])),
    [types.data, text],
  );
  // While the next answer loads, the previous results stay (no flicker).
  const answer = query.trim() ? (found.data ?? found.latest) : undefined;
  const results = useMemo(
    () => (answer ?? []).filter((r) => !exclude.includes(r.code)).slice(0, LIMIT),
    [answer, exclude],
  );
  const settled = !!found.data && typed === query.trim();
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
    <FormField label={label ?? t.search.label} hint={hint ?? t.search.hint} className="jp-combobox">
      {(control) => (
        <>
          <div className="jp-combobox__field">
            <svg className="jp-combobox__icon" aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">
              <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2" />
            </svg>
            <input
              {...control}
              className="utrecht-textbox utrecht-textbox--html-input jp-combobox__input"
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
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
                  {typeNames.get(region.type) ?? region.type} ·{' '}
                  {region.gemeente ? `${region.gemeente} · ` : ''}
                  {region.code}
                </span>
              </div>
            ))}
            {expanded && settled && results.length === 0 && (
              // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the input (aria-activedescendant)
              <div role="option" aria-selected={false} aria-disabled="true" className="jp-combobox__empty">
                {t.search.noResults}
              </div>
            )}
          </div>
          <p role="status" aria-live="polite" className="jp-visually-hidden">
            {expanded && settled
              ? results.length
                ? t.search.results(results.length)
                : t.search.noResults
              : ''}
          </p>
        </>
      )}
    </FormField>
  );
}
