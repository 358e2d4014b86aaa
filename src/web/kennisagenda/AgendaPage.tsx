// /kennisagenda: the current kennisagenda for anyone: per knowledge theme its description, rode draden (most
// supported first), quotes and knowledge questions; the four recommendations with their linked questions; the gaps.

import { type FormEvent, useState } from 'react';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Alert } from '../plans/common.tsx';
import { Link } from '../router.tsx';
import { useKennisagendaTexts } from './texts.ts';
import type { AgendaView, Me } from './types.ts';
import './kennisagenda.css';

type Question = AgendaView['themes'][number]['questions'][number];

/** For a beheerder: the recommendations and parts a knowledge question belongs to. */
function QuestionLinks({
  question,
  targets,
  onSaved,
}: {
  question: Question;
  targets: string[];
  onSaved: () => void;
}) {
  const k = useKennisagendaTexts();
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const recommendations = new FormData(event.currentTarget).getAll('rec').map(String);
    try {
      await send('PUT', `/api/kennisagenda/questions/${question.id}/recommendations`, {
        recommendations,
        version: question.version,
      });
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <details className="jp-details">
      <summary>{k.manageLinks}</summary>
      <form className="jp-form" onSubmit={save}>
        <fieldset className="jp-fieldset">
          <legend>{k.manageLinks}</legend>
          <div className="jp-check-list">
            {targets.map((t) => (
              <label key={t} className="jp-check">
                <input
                  type="checkbox"
                  name="rec"
                  value={t}
                  defaultChecked={question.recommendations.includes(t)}
                />{' '}
                {t}
              </label>
            ))}
          </div>
        </fieldset>
        {error && <Alert kind="error">{error}</Alert>}
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {k.saveLinks}
        </button>
      </form>
    </details>
  );
}

export default function AgendaPage() {
  const k = useKennisagendaTexts();
  const { lang, href } = useI18n();
  useTitle(k.agendaTitle);
  const { data, error, reload } = useFresh<AgendaView>('/api/kennisagenda/public');
  const me = useFresh<Me>('/api/kennisagenda/me');
  const [saved, setSaved] = useState(false);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const manage = me.data?.permissions.includes('manage') ?? false;
  const targets = data.recommendations.flatMap((r) => [r.id, ...r.parts.map((p) => p.id)]);
  const onSaved = () => {
    setSaved(true);
    reload();
  };
  const questionText = new Map(data.themes.flatMap((t) => t.questions.map((q) => [q.id, q.text] as const)));
  return (
    <div className="jp-page jp-ka">
      <h1 className="utrecht-heading-1">{k.agendaTitle}</h1>
      <p className="utrecht-paragraph jp-lead">{k.agendaLead}</p>
      <p className="utrecht-paragraph jp-muted">{k.edition(data.taxonomyVersion, data.edition)}</p>
      <p className="utrecht-paragraph">
        <Link href={href('/kennisagenda/werk')}>{k.workLink}</Link> ·{' '}
        <Link href={href('/kennisagenda/taxonomie')}>{k.taxonomyLink}</Link>
      </p>
      <div aria-live="polite">{saved && <Alert kind="ok">{k.linksSaved}</Alert>}</div>
      <nav aria-labelledby="ka-contents" className="jp-ka-contents">
        <h2 id="ka-contents" className="utrecht-heading-2">
          {k.contents}
        </h2>
        <ul>
          {data.themes.map((t) => (
            <li key={t.id}>
              <a href={`#thema-${t.id}`}>{lang === 'en' ? t.label.en : t.label.nl}</a>
            </li>
          ))}
          <li>
            <a href="#aanbevelingen">{k.recommendations}</a>
          </li>
        </ul>
      </nav>
      {data.themes.map((t) => {
        const problems = t.threads.filter((th) => th.kind === 'knelpunt');
        const needs = t.threads.filter((th) => th.kind === 'behoefte');
        return (
          <section
            key={t.id}
            id={`thema-${t.id}`}
            className="jp-section jp-ka-theme"
            aria-labelledby={`h-${t.id}`}
          >
            <h2 id={`h-${t.id}`} className="utrecht-heading-2">
              {lang === 'en' ? t.label.en : t.label.nl}
            </h2>
            {t.heading !== t.label.nl && <p className="jp-pre-heading">{t.heading}</p>}
            {t.description && (
              <p className="utrecht-paragraph" lang="nl">
                {t.description}
              </p>
            )}
            {[
              [k.threadsProblems, problems],
              [k.threadsNeeds, needs],
            ].map(([title, list]) => (
              <div key={title as string}>
                <h3 className="utrecht-heading-3">{title as string}</h3>
                {(list as typeof problems).length === 0 ? (
                  <p className="utrecht-paragraph jp-muted">{k.none}</p>
                ) : (
                  <ol className="jp-ka-threads">
                    {(list as typeof problems).map((th) => (
                      <li key={th.id}>
                        <span lang="nl">{th.text}</span>{' '}
                        {th.support > 0 && <span className="jp-tag">{k.support(th.support)}</span>}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            ))}
            {t.quotes.length > 0 && (
              <>
                <h3 className="utrecht-heading-3">{k.quotes}</h3>
                {t.quotes.map((q) => (
                  <blockquote key={q.id} className="jp-ka-quote" lang="nl">
                    {q.text}
                  </blockquote>
                ))}
              </>
            )}
            <h3 className="utrecht-heading-3">{k.questions}</h3>
            {t.questions.length === 0 ? (
              <p className="utrecht-paragraph jp-muted">{k.noQuestions}</p>
            ) : (
              <ul className="jp-ka-questions">
                {t.questions.map((q) => (
                  <li key={q.id}>
                    <span lang="nl">{q.text}</span>{' '}
                    {q.kind === 'onderwerp' && <span className="jp-tag">{k.topic}</span>}{' '}
                    <span className="jp-muted">
                      {k.linkedTo}: {q.recommendations.length ? q.recommendations.join(', ') : k.notLinked}
                    </span>
                    {manage && (
                      <QuestionLinks
                        key={`${q.id}-${q.version}`}
                        question={q}
                        targets={targets}
                        onSaved={onSaved}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <section id="aanbevelingen" className="jp-section" aria-labelledby="h-aanbevelingen">
        <h2 id="h-aanbevelingen" className="utrecht-heading-2">
          {k.recommendations}
        </h2>
        {data.recommendations.map((r) => (
          <article key={r.id} className="jp-ka-recommendation" aria-labelledby={`rec-${r.id}`}>
            <h3 id={`rec-${r.id}`} className="utrecht-heading-3">
              {k.recommendation(r.id)}
            </h3>
            <p className="utrecht-paragraph">{lang === 'en' ? r.text.en : r.text.nl}</p>
            <p className="utrecht-paragraph jp-muted">{k.questionsLinked(r.questions.length)}</p>
            {r.questions.length > 0 && (
              <ul>
                {r.questions.map((q) => (
                  <li key={q} lang="nl">
                    {questionText.get(q)}
                  </li>
                ))}
              </ul>
            )}
            {r.parts.length > 0 && (
              <ul>
                {r.parts.map((p) => (
                  <li key={p.id}>
                    <strong>{p.id}</strong> {lang === 'en' ? p.text.en : p.text.nl}:{' '}
                    <span className="jp-muted">{k.questionsLinked(p.questions.length)}</span>
                    {p.questions.length > 0 && (
                      <ul>
                        {p.questions.map((q) => (
                          <li key={q} lang="nl">
                            {questionText.get(q)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
        <h3 className="utrecht-heading-3">{k.gaps}</h3>
        <p className="utrecht-paragraph">{k.unlinked(data.gaps.unlinkedQuestions.length)}</p>
        <p className="utrecht-paragraph">
          {k.few} {data.gaps.fewQuestions.map((g) => `${g.id} (${g.questions})`).join(', ') || '–'}
        </p>
      </section>
    </div>
  );
}
