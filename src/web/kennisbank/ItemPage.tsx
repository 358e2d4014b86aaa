// /kennisbank/item/{id}: one item with its summary, source and tags (with links to its indicators and themes);
// for a redacteur also its status, the moves to another state and every version.
import { useState } from 'react';
import {
  BUILDING_BLOCK_LABELS,
  CARE_SHIFT_FORM_LABELS,
  KNOWLEDGE_THEME_LABELS,
  PERSPECTIVE_LABELS,
  PHASE_LABELS,
  PRINCIPLE_LABELS,
  QUINTUPLE_AIM_LABELS,
} from '../../jzojp/vocabulary.ts';
import type { Item } from '../../kennisbank/schema.ts';
import { ITEM_FORMAT_LABELS, ITEM_KIND_LABELS, ITEM_STATUS_LABELS } from '../../kennisbank/vocabulary.ts';
import { TRANSITION_LABELS, TRANSITIONS } from '../../kennisbank/workflow.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { CatalogAnswer } from '../lib/api.ts';
import { send, useApi, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import { useKbTexts } from './texts.ts';
import './kennisbank.css';

interface Version {
  version: number;
  status: Item['status'];
  note: string;
  changedByEmail: string | null;
  changedAt: string;
}

function Versions({ id, stamp }: { id: string; stamp: number }) {
  const { text, lang } = useI18n();
  const kb = useKbTexts();
  const versions = useFresh<{ versions: Version[] }>(
    `/api/kennisbank/items/${encodeURIComponent(id)}/versions?v=${stamp}`,
  );
  if (!versions.data) return null;
  return (
    <section className="jp-section" aria-labelledby="kb-versions">
      <h2 id="kb-versions" className="utrecht-heading-2">
        {kb.versions}
      </h2>
      <ol>
        {versions.data.versions.map((v) => (
          <li key={v.version}>
            {kb.versionLine(
              v.version,
              text(ITEM_STATUS_LABELS[v.status]),
              v.changedByEmail ?? 'catalog/kennisbank',
              new Date(v.changedAt).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB'),
            )}
            {v.note && ` — ${v.note}`}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function ItemPage({ id }: { id: string }) {
  const { text, href } = useI18n();
  const kb = useKbTexts();
  const answer = useFresh<{ item: Item; editable: boolean }>(
    `/api/kennisbank/items/${encodeURIComponent(id)}`,
  );
  const catalog = useApi<CatalogAnswer>('/api/indicators');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  useTitle(answer.data?.item.title ?? kb.title);
  if (answer.error && !answer.data) return <ErrorMessage error={answer.error} />;
  if (!answer.data) return <Loading />;
  const { item, editable } = answer.data;
  const themeName = new Map((catalog.data?.themes ?? []).map((t) => [t.id, text(t.name)]));
  const indicatorName = new Map((catalog.data?.indicators ?? []).map((i) => [i.id, text(i.name)]));
  const move = async (to: Item['status']) => {
    try {
      await send('POST', `/api/kennisbank/items/${encodeURIComponent(id)}/transition`, {
        version: item.version,
        to,
        note,
      });
      setMessage(kb.moved);
      setNote('');
      answer.reload();
    } catch (error) {
      setMessage((error as Error).message);
    }
  };
  const rows: [string, string[] | null][] = [
    [kb.phases, item.phases.map((p) => `${p}. ${text(PHASE_LABELS[p])}`)],
    [kb.principles, item.principles.map((p) => text(PRINCIPLE_LABELS[p]))],
    [kb.quintupleAims, item.quintupleAims.map((a) => text(QUINTUPLE_AIM_LABELS[a]))],
    [kb.knowledgeThemes, item.knowledgeThemes.map((t) => text(KNOWLEDGE_THEME_LABELS[t]))],
    [kb.careShiftForms, item.careShiftForms.map((f) => text(CARE_SHIFT_FORM_LABELS[f]))],
    [kb.buildingBlocks, item.buildingBlocks.map((b) => text(BUILDING_BLOCK_LABELS[b]))],
    [kb.perspectives, item.perspectives.map((p) => text(PERSPECTIVE_LABELS[p]))],
  ];
  return (
    <div className="jp-page">
      <p className="jp-pre-heading">
        {text(ITEM_KIND_LABELS[item.kind])}
        {item.format ? ` · ${text(ITEM_FORMAT_LABELS[item.format])}` : ''}
      </p>
      <h1 className="utrecht-heading-1">{item.title}</h1>
      <p className="utrecht-paragraph jp-lead">{item.summary}</p>
      {item.owner && (
        <p className="utrecht-paragraph">
          {kb.owner}: {item.owner}
        </p>
      )}
      <p className="utrecht-paragraph">
        <strong>{kb.source}:</strong> {item.source.document}, {item.source.section}
        {item.source.page ? `, ${kb.page(item.source.page)}` : ''}
        {item.source.url && (
          <>
            {' '}
            (<a href={item.source.url}>{item.source.url}</a>)
          </>
        )}
      </p>
      <section className="jp-section" aria-labelledby="kb-tags">
        <h2 id="kb-tags" className="utrecht-heading-2">
          {kb.tags}
        </h2>
        <dl className="jp-kb-tags">
          {rows
            .filter(([, values]) => values && values.length > 0)
            .map(([label, values]) => (
              <div key={label} style={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd>{values!.join(', ')}</dd>
              </div>
            ))}
          {item.themes.length > 0 && (
            <>
              <dt>{kb.themes}</dt>
              <dd>
                {item.themes.map((t, i) => (
                  <span key={t}>
                    {i > 0 && ', '}
                    <Link className="utrecht-link" href={href('/kennisbank', { thema: t })}>
                      {themeName.get(t) ?? t}
                    </Link>
                  </span>
                ))}
              </dd>
            </>
          )}
          {item.indicators.length > 0 && (
            <>
              <dt>{kb.indicators}</dt>
              <dd>
                {item.indicators.map((ind, i) => (
                  <span key={ind}>
                    {i > 0 && ', '}
                    <Link className="utrecht-link" href={href(`/indicator/${ind}`)}>
                      {indicatorName.get(ind) ?? ind}
                    </Link>
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
      </section>
      {editable && (
        <section className="jp-section" aria-labelledby="kb-status">
          <h2 id="kb-status" className="utrecht-heading-2">
            {kb.status}: {text(ITEM_STATUS_LABELS[item.status])}
          </h2>
          <div aria-live="polite">{message && <p className="utrecht-paragraph">{message}</p>}</div>
          <div className="jp-kb-edit">
            <label>
              {kb.note}
              <input
                className="utrecht-textbox"
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={1000}
              />
            </label>
          </div>
          <div className="jp-actions">
            {TRANSITIONS[item.status].map((to) => (
              <button
                key={to}
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => move(to)}
              >
                {text(TRANSITION_LABELS[`${item.status}>${to}`]!)}
              </button>
            ))}
          </div>
        </section>
      )}
      {editable && <Versions id={item.id} stamp={item.version} />}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={href('/kennisbank')}>
          {kb.back}
        </Link>
      </p>
    </div>
  );
}
