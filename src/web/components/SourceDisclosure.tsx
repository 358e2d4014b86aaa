// "Bron": where a number comes from — publisher, table, licence, snapshot and how it was made. The exact
// transformation of a published figure is fetched from /api/observations when the box is opened.
import { useState } from 'react';
import type { ProfileIndicator } from '../../regiobeeld/profileTypes.ts';
import { attributionText, plainTitle } from '../../regiobeeld/summary.ts';
import { useI18n } from '../i18n/index.tsx';
import { api, type ObservationRow } from '../lib/api.ts';
import { useApi } from '../lib/http.ts';

export function SourceDisclosure({
  source,
  snapshots,
  method,
  note,
  lookup,
}: {
  source: ProfileIndicator['source'];
  snapshots: string[];
  method?: string;
  note?: string | null;
  /** The observation to show the transformation of (a region's own published figure). */
  lookup?: { indicator: string; region: string; period: string | null; breakdown: string };
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const observations = useApi<{ observations: ObservationRow[] }>(
    open && lookup ? api.observations(lookup) : null,
  );
  const transformations = [...new Set((observations.data?.observations ?? []).map((o) => o.transformation))];
  const s = t.sourceBox;
  return (
    <>
      <details
        className="jp-details jp-source"
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{s.summary}</summary>
        <dl className="jp-source__list">
          <dt>{s.publisher}</dt>
          <dd>{source.publisher}</dd>
          <dt>{s.title}</dt>
          <dd>{source.title}</dd>
          <dt>{s.table}</dt>
          <dd>{source.table}</dd>
          <dt>{s.licence}</dt>
          <dd>{source.licence}</dd>
          <dt>{s.attribution}</dt>
          <dd>{source.attribution}</dd>
          {snapshots.length > 0 && (
            <>
              <dt>{s.snapshot}</dt>
              <dd>
                <code>{snapshots.join(', ')}</code>
              </dd>
            </>
          )}
          {method && (
            <>
              <dt>{s.method}</dt>
              <dd>{method}</dd>
            </>
          )}
          {note && (
            <>
              <dt>{t.indicator.caveats}</dt>
              <dd>{note}</dd>
            </>
          )}
          {lookup && open && (
            <>
              <dt>{s.transformation}</dt>
              <dd>{observations.loading ? s.loadingTransformation : transformations.join(' ') || '–'}</dd>
            </>
          )}
        </dl>
        {source.url && (
          <p>
            <a className="utrecht-link" href={source.url} rel="noopener noreferrer">
              {s.link}
            </a>
          </p>
        )}
      </details>
      {/* Printed once, in plain words: the attribution without its own "Bron:", no table files or snapshot ids. */}
      <p className="jp-print-only jp-source-line">
        {s.summary}: {attributionText(source.attribution)}, {plainTitle(source.title)};{' '}
        {s.licence.toLowerCase()}: {source.licence}
        {method && `. ${method}`}
      </p>
    </>
  );
}
