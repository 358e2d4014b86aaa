// /datadialoog/{token}: residents say how important each theme is for their region (1–5). No account; one answer
// per browser (a cookie), which a new answer replaces. After closing: the residents' result next to the partners'.
import { type FormEvent, useState } from 'react';
import type { Text } from '../../indicators/schema.ts';
import type { DialogueView as Dialogue } from '../../plans/views.ts';
import { FieldSet } from '../components/FormField.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useTitle } from '../lib/useTitle.ts';
import { Alert } from './common.tsx';
import { ResultTable } from './RoundPage.tsx';
import './plans.css';
import { send, useFresh } from '../lib/http.ts';

export default function DialoguePage({ token }: { token: string }) {
  const { t, text } = useI18n();
  const url = `/api/datadialoog/${encodeURIComponent(token)}`;
  const dialogue = useFresh<Dialogue>(url);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useTitle(dialogue.data?.title ?? t.plans.dialogueTitle);
  if (dialogue.error && !dialogue.data)
    return <ErrorMessage error={dialogue.error} onRetry={dialogue.reload} />;
  if (!dialogue.data) return <Loading />;
  const d = dialogue.data;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const answers = Object.fromEntries(
      d.candidates.flatMap((c) => {
        const v = form.get(c.id);
        return v ? [[c.id, Number(v)]] : [];
      }),
    );
    setBusy(true);
    try {
      const answer = await send<{ message: Text }>('POST', `${url}/responses`, { answers });
      setMessage({ kind: 'ok', text: text(answer.message) });
      dialogue.reload();
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="jp-page jp-plan">
      <p className="jp-pre-heading">{t.plans.dialogueTitle}</p>
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <p className="utrecht-paragraph jp-lead">{t.plans.dialogueIntro}</p>
      <div aria-live="polite">{message && <Alert kind={message.kind}>{message.text}</Alert>}</div>
      {d.status === 'open' ? (
        <form onSubmit={submit} className="jp-form">
          <p className="utrecht-paragraph">{text(d.question)}</p>
          {d.candidates.map((c) => (
            <FieldSet key={c.id} legend={text(c.label)} className="jp-likert">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="jp-check">
                  <input type="radio" name={c.id} value={n} defaultChecked={d.yourAnswers?.[c.id] === n} />{' '}
                  {t.plans.importance(n)}
                </label>
              ))}
            </FieldSet>
          ))}
          <p className="jp-muted">{t.plans.dialoguePrivacy}</p>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
            {d.yourAnswers ? t.plans.dialogueReplace : t.plans.dialogueSend}
          </button>
        </form>
      ) : (
        <>
          <p className="utrecht-paragraph">{t.plans.dialogueClosed}</p>
          {d.result && (
            <ResultTable
              result={d.result}
              caption={t.plans.residentsCaption(d.title, d.result.participants)}
            />
          )}
          {d.partners && <ResultTable result={d.partners} caption={t.plans.partnersCaption} />}
        </>
      )}
    </div>
  );
}
