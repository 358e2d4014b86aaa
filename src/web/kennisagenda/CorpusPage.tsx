// /kennisagenda/corpus/{id}: the statements of a corpus. A coder codes each statement blind to the other coder
// (suggestions of the model on request, never ticked for them), sees both codings after submitting, and settles a
// disagreement with a final code; statements of a screened corpus are screened for relevance first.
import { type FormEvent, useState } from 'react';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { fetchJson, send, useApi, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Alert } from '../plans/common.tsx';
import { Link } from '../router.tsx';
import { labeller, listOf } from './labels.ts';
import { useKennisagendaTexts } from './texts.ts';
import type {
  AgendaView,
  CorpusItems,
  ItemCodings,
  ItemRow,
  Me,
  SuggestionsAnswer,
  TaxonomyAnswer,
} from './types.ts';

type Thread = AgendaView['themes'][number]['threads'][number];

/** For a beheerder: the item as support of a rode draad of one of its final themes. */
function ThreadLink({
  item,
  threads,
  onLinked,
}: {
  item: ItemRow;
  threads: Thread[];
  onLinked: (text: string) => void;
}) {
  const k = useKennisagendaTexts();
  const [error, setError] = useState<string | null>(null);
  const candidates = threads.filter(
    (t) => item.final?.themes.includes(t.theme) && !t.itemIds.includes(item.id),
  );
  if (candidates.length === 0) return null;
  const link = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const thread = candidates.find((t) => t.id === String(new FormData(event.currentTarget).get('thread')));
    if (!thread) return;
    try {
      await send('PUT', `/api/kennisagenda/threads/${thread.id}/items`, {
        items: [...thread.itemIds, item.id],
        version: thread.version,
      });
      onLinked(k.threadLinked);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <details className="jp-details">
      <summary>{k.threadLink}</summary>
      <form className="jp-form" onSubmit={link}>
        <label className="utrecht-form-label" htmlFor={`thread-${item.id}`}>
          {k.threadPick}
        </label>
        <select id={`thread-${item.id}`} name="thread" className="utrecht-select utrecht-select--html-select">
          {candidates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.text.length > 90 ? `${t.text.slice(0, 89)}…` : t.text}
            </option>
          ))}
        </select>
        {error && <Alert kind="error">{error}</Alert>}
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {k.threadLink}
        </button>
      </form>
    </details>
  );
}

import '../plans/plans.css';
import './kennisagenda.css';

type Filter = 'todo' | 'disagreements' | 'all' | 'sample';

interface SampleRow {
  id: string;
  seed: number;
  size: number;
  itemIds: string[];
  reviews: { itemId: string; agrees: boolean }[];
}

interface ReviewState {
  sampleId: string;
  agrees: boolean | null;
}

function SampleForm({ corpusId, onDrawn }: { corpusId: string; onDrawn: (text: string) => void }) {
  const k = useKennisagendaTexts();
  const [error, setError] = useState<string | null>(null);
  const draw = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const sample = await send<{ size: number; seed: number }>(
        'POST',
        `/api/kennisagenda/corpora/${corpusId}/samples`,
        {
          size: Number(form.get('size')),
          seed: Number(form.get('seed')),
        },
      );
      onDrawn(k.sampleDrawn(sample.size, sample.seed));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="jp-section" aria-labelledby="ka-sample">
      <h2 id="ka-sample" className="utrecht-heading-2">
        {k.sampleTitle}
      </h2>
      <p className="utrecht-paragraph">{k.sampleHelp}</p>
      <form className="jp-form" onSubmit={draw}>
        <label className="utrecht-form-label" htmlFor="ka-sample-size">
          {k.sampleSize}
        </label>
        <input
          id="ka-sample-size"
          name="size"
          type="number"
          min={1}
          max={10000}
          defaultValue={10}
          required
          className="utrecht-textbox utrecht-textbox--html-input"
        />
        <label className="utrecht-form-label" htmlFor="ka-sample-seed">
          {k.sampleSeed}
        </label>
        <input
          id="ka-sample-seed"
          name="seed"
          type="number"
          min={0}
          max={2147483647}
          defaultValue={2020}
          required
          className="utrecht-textbox utrecht-textbox--html-input"
        />
        {error && <Alert kind="error">{error}</Alert>}
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {k.drawSample}
        </button>
      </form>
    </section>
  );
}

function CodeChecks({
  idPrefix,
  taxonomy,
  selected,
}: {
  idPrefix: string;
  taxonomy: TaxonomyAnswer;
  selected?: { themes: string[]; forms: string[] };
}) {
  const k = useKennisagendaTexts();
  const { lang } = useI18n();
  return (
    <>
      {(['themes', 'forms'] as const).map((dimension) => (
        <fieldset key={dimension} className="jp-fieldset">
          <legend>{dimension === 'themes' ? k.themes : k.forms}</legend>
          <div className="jp-check-list">
            {(dimension === 'themes'
              ? taxonomy.document.knowledgeThemes
              : taxonomy.document.careShiftForms
            ).map((e) => (
              <label key={e.id} className="jp-check">
                <input
                  type="checkbox"
                  name={dimension}
                  value={e.id}
                  id={`${idPrefix}-${e.id}`}
                  defaultChecked={selected?.[dimension].includes(e.id)}
                />{' '}
                {lang === 'en' ? e.label.en : e.label.nl}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

const picked = (form: HTMLFormElement) => {
  const data = new FormData(form);
  return { themes: data.getAll('themes').map(String), forms: data.getAll('forms').map(String) };
};

function Suggestions({ itemId, label }: { itemId: string; label: (id: string) => string }) {
  const k = useKennisagendaTexts();
  const { lang } = useI18n();
  const [answer, setAnswer] = useState<SuggestionsAnswer | null>(null);
  const [error, setError] = useState<Error | null>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!answer)
    return (
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() =>
          fetchJson<SuggestionsAnswer>(`/api/kennisagenda/items/${itemId}/suggestions`).then(
            setAnswer,
            setError,
          )
        }
      >
        {k.showSuggestions}
      </button>
    );
  return (
    <div className="jp-ka-suggestions" aria-live="polite">
      <p className="jp-ka-suggestions__title">{k.suggestions}</p>
      <ol>
        {answer.suggestions.map((s) => (
          <li key={s.label}>
            {label(s.label)}{' '}
            <span className="jp-muted">
              (
              {k.score(
                s.score.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }),
              )}
              )
            </span>
          </li>
        ))}
      </ol>
      <p className="jp-muted">{k.suggestionNote}</p>
    </div>
  );
}

function BothCodings({
  item,
  label,
  taxonomy,
  canResolve,
  onDone,
}: {
  item: ItemRow;
  label: (id: string) => string;
  taxonomy: TaxonomyAnswer;
  canResolve: boolean;
  onDone: (text: string) => void;
}) {
  const k = useKennisagendaTexts();
  const codings = useFresh<ItemCodings>(`/api/kennisagenda/items/${item.id}/codings`);
  const [error, setError] = useState<string | null>(null);
  if (codings.error) return <ErrorMessage error={codings.error} />;
  if (!codings.data) return <Loading />;
  const resolve = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const note = String(new FormData(form).get('note') ?? '').trim();
    try {
      await send('PUT', `/api/kennisagenda/items/${item.id}/final`, {
        ...picked(form),
        ...(note ? { note } : {}),
        ...(codings.data?.final ? { version: codings.data.final.version } : {}),
      });
      onDone(k.resolved);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="jp-ka-both">
      {item.disagreement && <p className="jp-ka-flag">{k.disagreement}</p>}
      <ul>
        {codings.data.codings.map((c) => (
          <li key={c.slot}>
            {k.coderCodes(c.slot, c.coder)}: {listOf(c.themes, label, k.noThemes)}
            {c.forms.length > 0 && ` · ${listOf(c.forms, label, k.noThemes)}`}
          </li>
        ))}
      </ul>
      {item.disagreement && canResolve && (
        <form className="jp-form" onSubmit={resolve} aria-label={`${k.resolve}: ${k.itemHeading(item.seq)}`}>
          <CodeChecks idPrefix={`final-${item.id}`} taxonomy={taxonomy} />
          <label className="utrecht-form-label" htmlFor={`note-${item.id}`}>
            {k.note}
          </label>
          <textarea
            id={`note-${item.id}`}
            name="note"
            maxLength={2000}
            className="utrecht-textarea utrecht-textarea--html-textarea"
          />
          {error && <Alert kind="error">{error}</Alert>}
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {k.resolve}
          </button>
        </form>
      )}
    </div>
  );
}

function ItemCard({
  item,
  taxonomy,
  me,
  screening,
  label,
  reload,
  review,
  corpusId,
  threads,
}: {
  item: ItemRow;
  taxonomy: TaxonomyAnswer;
  me: Me;
  screening: boolean;
  label: (id: string) => string;
  reload: (message: string) => void;
  review: ReviewState | null;
  corpusId: string;
  threads: Thread[];
}) {
  const k = useKennisagendaTexts();
  const [error, setError] = useState<string | null>(null);
  const can = (p: string) => me.permissions.includes(p);
  const status = item.final
    ? k.status.final
    : item.codings === 0
      ? k.status.none
      : item.codings === 1
        ? k.status.one
        : k.status.two;
  const codable =
    !item.mine &&
    item.codings < 2 &&
    !item.final &&
    item.relevant !== false &&
    (!screening || item.relevant === true);
  const code = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await send('POST', `/api/kennisagenda/items/${item.id}/coding`, picked(event.currentTarget));
      reload(k.submitted);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const screen = async (relevant: boolean) => {
    try {
      await send('PUT', `/api/kennisagenda/items/${item.id}/relevance`, { relevant });
      reload(relevant ? k.markRelevant : k.markNotRelevant);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const judge = async (agrees: boolean) => {
    if (!review) return;
    try {
      await send('PUT', `/api/kennisagenda/corpora/${corpusId}/samples/${review.sampleId}/items/${item.id}`, {
        agrees,
      });
      reload(k.reviewed(agrees));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const seesBoth = item.codings === 2 && (item.mine !== null || can('see-all-codings'));
  return (
    <article className="jp-ka-item" id={`item-${item.id}`} aria-labelledby={`item-h-${item.id}`}>
      <h3 id={`item-h-${item.id}`} className="utrecht-heading-3">
        {k.itemHeading(item.seq)} <span className="jp-tag">{status}</span>
        {item.relevant === false && <span className="jp-tag">{k.notRelevant}</span>}
        {screening && item.relevant === null && <span className="jp-tag">{k.unscreened}</span>}
        {review && <span className="jp-tag">{k.inSample}</span>}
      </h3>
      <p className="utrecht-paragraph jp-ka-item__text" lang="nl">
        {item.text}
      </p>
      <p className="jp-muted">
        {k.provenance(item.sourceFile, item.sourceRow)}
        {item.reference ? ` · ${item.reference}` : ''}
      </p>
      {screening && item.relevant === null && can('screen') && (
        <p>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => screen(true)}
          >
            {k.markRelevant}
          </button>{' '}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => screen(false)}
          >
            {k.markNotRelevant}
          </button>
        </p>
      )}
      {item.mine && (
        <p className="utrecht-paragraph">
          {k.yourCodes}: {listOf(item.mine.themes, label, k.noThemes)}
          {item.mine.forms.length > 0 && ` · ${listOf(item.mine.forms, label, k.noThemes)}`}
        </p>
      )}
      {item.final && (
        <p className="utrecht-paragraph">
          <strong>{k.finalCodes}</strong>: {listOf(item.final.themes, label, k.noThemes)}
          {item.final.forms.length > 0 && ` · ${listOf(item.final.forms, label, k.noThemes)}`}
        </p>
      )}
      {review && can('review') && (
        <p>
          {review.agrees !== null && <span className="jp-muted">{k.reviewed(review.agrees)} </span>}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => judge(true)}
          >
            {k.agree}
          </button>{' '}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => judge(false)}
          >
            {k.disagreeCode}
          </button>
        </p>
      )}
      {item.final && threads.some((t) => t.itemIds.includes(item.id)) && (
        <p className="jp-muted">
          {k.linkedThreads}:{' '}
          {threads
            .filter((t) => t.itemIds.includes(item.id))
            .map((t) => t.text)
            .join(' · ')}
        </p>
      )}
      {item.final && can('manage') && <ThreadLink item={item} threads={threads} onLinked={reload} />}
      {codable && can('code') && (
        <form
          className="jp-form jp-ka-code"
          onSubmit={code}
          aria-label={`${k.submit}: ${k.itemHeading(item.seq)}`}
        >
          <Suggestions itemId={item.id} label={label} />
          <CodeChecks idPrefix={`code-${item.id}`} taxonomy={taxonomy} />
          {error && <Alert kind="error">{error}</Alert>}
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {k.submit}
          </button>
        </form>
      )}
      {!codable && error && <Alert kind="error">{error}</Alert>}
      {seesBoth && (
        <BothCodings
          item={item}
          label={label}
          taxonomy={taxonomy}
          canResolve={item.mine !== null || can('resolve')}
          onDone={reload}
        />
      )}
    </article>
  );
}

export default function CorpusPage({ corpusId }: { corpusId: string }) {
  const k = useKennisagendaTexts();
  const { lang, href } = useI18n();
  const me = useFresh<Me>('/api/kennisagenda/me');
  const data = useFresh<CorpusItems>(`/api/kennisagenda/corpora/${corpusId}/items`);
  const taxonomy = useApi<TaxonomyAnswer>('/api/kennisagenda/taxonomy');
  const samples = useFresh<SampleRow[]>(`/api/kennisagenda/corpora/${corpusId}/samples`);
  const agenda = useFresh<AgendaView>('/api/kennisagenda/public');
  const threads = (agenda.data?.themes ?? []).flatMap((t) => t.threads);
  // The latest sample decides which statements the senior reviews now.
  const latest = samples.data?.[samples.data.length - 1];
  const review = new Map<string, ReviewState>(
    (latest?.itemIds ?? []).map((id) => [
      id,
      { sampleId: latest!.id, agrees: latest!.reviews.find((r) => r.itemId === id)?.agrees ?? null },
    ]),
  );
  const [filter, setFilter] = useState<Filter>('todo');
  const [limit, setLimit] = useState(50);
  const [message, setMessage] = useState<string | null>(null);
  useTitle(data.data ? k.corpusTitle(data.data.corpus.name) : k.workTitle);
  if (data.error) return <ErrorMessage error={data.error} />;
  if (!data.data || !me.data || !taxonomy.data) return <Loading />;
  const label = labeller(taxonomy.data.document, lang);
  const matches = (f: Filter, i: ItemRow) =>
    f === 'all'
      ? true
      : f === 'disagreements'
        ? i.disagreement === true
        : f === 'sample'
          ? review.has(i.id)
          : !i.mine && !i.final && i.codings < 2;
  const items = data.data.items.filter((i) => matches(filter, i));
  const filters: Filter[] =
    review.size > 0 ? ['todo', 'disagreements', 'sample', 'all'] : ['todo', 'disagreements', 'all'];
  const reload = (text: string) => {
    setMessage(text);
    data.reload();
    samples.reload();
    agenda.reload();
  };
  return (
    <div className="jp-page jp-ka">
      <p className="jp-pre-heading">
        <Link href={href('/kennisagenda/werk')}>{k.backToWork}</Link>
      </p>
      <h1 className="utrecht-heading-1">{k.corpusTitle(data.data.corpus.name)}</h1>
      <p className="utrecht-paragraph">
        <Link href={href('/kennisagenda/rapport', { corpora: corpusId })}>{k.showReport}</Link>
      </p>
      <div className="jp-form-row">
        <label className="utrecht-form-label" htmlFor="ka-filter">
          {k.filter}
        </label>
        <select
          id="ka-filter"
          className="utrecht-select utrecht-select--html-select"
          value={filter}
          onChange={(e) => setFilter(e.target.value as Filter)}
        >
          {filters.map((f) => (
            <option key={f} value={f}>
              {k.filters[f]} ({data.data!.items.filter((i) => matches(f, i)).length})
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">{message && <Alert kind="ok">{message}</Alert>}</div>
      <section className="jp-section" aria-label={k.items}>
        {items.slice(0, limit).map((item) => (
          <ItemCard
            key={`${item.id}-${item.codings}-${item.final?.version ?? 0}-${item.relevant}`}
            item={item}
            taxonomy={taxonomy.data!}
            me={me.data!}
            screening={data.data!.corpus.screening}
            label={label}
            reload={reload}
            review={review.get(item.id) ?? null}
            corpusId={corpusId}
            threads={threads}
          />
        ))}
        <p className="jp-muted">{k.shown(Math.min(limit, items.length), items.length)}</p>
        {items.length > limit && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setLimit((l) => l + 50)}
          >
            {k.more}
          </button>
        )}
      </section>
      {me.data.permissions.includes('review') && (
        <SampleForm
          corpusId={corpusId}
          onDrawn={(text) => {
            setMessage(text);
            samples.reload();
          }}
        />
      )}
    </div>
  );
}
