// A button for a step that cannot be undone: the first press opens a confirmation right below it that says what
// will follow; only "yes" carries it out. Keyboard: focus moves to the question, Escape cancels and returns focus.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { componentTexts } from './texts.ts';
import './forms.css';

interface Props {
  /** the button that starts it */
  label: string;
  /** what will happen, in words (shown with the question) */
  consequence: ReactNode;
  /** the button that does it, e.g. "Ja, sluit de ronde" */
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  disabled?: boolean;
  primary?: boolean;
}

export function ConfirmButton({ label, consequence, confirmLabel, onConfirm, disabled, primary }: Props) {
  const { lang } = useI18n();
  const c = componentTexts[lang];
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (open) question.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  const kind = primary ? 'primary-action' : 'secondary-action';
  return (
    <span className="jp-confirm">
      <button
        ref={trigger}
        type="button"
        className={`utrecht-button utrecht-button--${kind}`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        disabled={disabled || busy}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && (
        <section
          id={id}
          aria-labelledby={`${id}-q`}
          aria-describedby={`${id}-what`}
          className="jp-confirm__panel"
          onKeyDown={(e) => e.key === 'Escape' && close()}
        >
          <p id={`${id}-q`} className="jp-confirm__question" tabIndex={-1} ref={question}>
            {c.confirmTitle}
          </p>
          <p id={`${id}-what`} className="utrecht-paragraph">
            {consequence}
          </p>
          <p className="jp-confirm__buttons">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={busy}
              onClick={confirm}
            >
              {confirmLabel}
            </button>{' '}
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={close}>
              {c.cancel}
            </button>
          </p>
        </section>
      )}
    </span>
  );
}
