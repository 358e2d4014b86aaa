// Knowledge finds the user: the kennisbank items that fit a phase, a (weakest) principle and themes, each with why
// it fits. Used on a workspace's plan page, an indicator's page and a collaboration's page.
import type { Principle } from '../../jzojp/vocabulary.ts';
import type { Suggestion } from '../../kennisbank/schema.ts';
import { ITEM_KIND_LABELS } from '../../kennisbank/vocabulary.ts';
import { useI18n } from '../i18n/index.tsx';
import { useApi } from '../lib/http.ts';
import { Link } from '../router.tsx';
import { useKbTexts } from './texts.ts';
import './kennisbank.css';

export interface KnowledgeSuggestionsProps {
  phase?: 1 | 2 | 3 | 4;
  principle?: string;
  themes?: string[];
  /** the heading level of the section title (2 on most pages) */
  level?: 2 | 3;
  /** inside a section of the host page that has its own heading: render only the list and the link */
  embedded?: boolean;
}

export function suggestionsUrl({ phase, principle, themes }: KnowledgeSuggestionsProps): string | null {
  const q = new URLSearchParams();
  if (phase) q.set('phase', String(phase));
  if (principle) q.set('principle', principle as Principle);
  const t = (themes ?? []).filter((x) => x);
  if (t.length) q.set('themes', t.join(','));
  return q.size === 0 ? null : `/api/kennisbank/suggestions?${q.toString().replaceAll('%2C', ',')}`;
}

export function KnowledgeSuggestions(props: KnowledgeSuggestionsProps) {
  const { text, href } = useI18n();
  const kb = useKbTexts();
  const url = suggestionsUrl(props);
  const answer = useApi<{ suggestions: Suggestion[] }>(url);
  if (!url) return null;
  const Heading = props.level === 3 ? 'h3' : 'h2';
  const list = answer.data?.suggestions;
  const body = (
    <>
      {answer.error && <p className="utrecht-paragraph">{answer.error.message}</p>}
      {list && list.length === 0 && <p className="utrecht-paragraph">{kb.noSuggestions}</p>}
      {list && list.length > 0 && (
        <ul className="jp-kb-list">
          {list.map((s) => (
            <li key={s.item.id} className="jp-kb-card">
              <p className="jp-kb-kind">{text(ITEM_KIND_LABELS[s.item.kind])}</p>
              <Link className="utrecht-link jp-kb-title" href={href(`/kennisbank/item/${s.item.id}`)}>
                {s.item.title}
              </Link>
              <p className="utrecht-paragraph jp-kb-summary">{s.item.summary}</p>
              <p className="jp-kb-why">{s.reasons.map((r) => kb.why[r]).join(' · ')}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={href('/kennisbank')}>
          {kb.moreInKennisbank}
        </Link>
      </p>
    </>
  );
  if (props.embedded) return <div className="jp-kb-suggestions">{body}</div>;
  return (
    <section className="jp-section jp-kb-suggestions" aria-labelledby="kb-suggestions-title">
      <Heading
        id="kb-suggestions-title"
        className={props.level === 3 ? 'utrecht-heading-3' : 'utrecht-heading-2'}
      >
        {kb.suggestionsTitle}
      </Heading>
      <p className="utrecht-paragraph jp-muted">{kb.suggestionsLead}</p>
      {body}
    </section>
  );
}
