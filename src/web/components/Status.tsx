// Loading and error states, announced to screen readers. A server that is away gets a Dutch message and a retry
// button; the caller keeps showing what it already had.
import { useI18n } from '../i18n/index.tsx';
import { ApiError } from '../lib/http.ts';
import { componentTexts } from './texts.ts';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="jp-loading" role="status" aria-live="polite">
      <span className="jp-spinner" aria-hidden="true" />
      {label ?? t.common.loading}
    </p>
  );
}

export const isUnreachable = (error: unknown) => error instanceof ApiError && error.unreachable;

export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t, lang } = useI18n();
  const c = componentTexts[lang];
  const away = isUnreachable(error);
  return (
    <div
      className="utrecht-alert utrecht-alert--error jp-alert"
      role="alert"
      data-error={away ? 'unreachable' : 'other'}
    >
      <div className="utrecht-alert__content">
        <p className="utrecht-alert__message">
          {away ? (
            <>
              <strong>{c.unreachableTitle}.</strong> {c.unreachable}
            </>
          ) : (
            <>
              <strong>{t.common.errorTitle}.</strong> {t.common.errorLoad(error.message)}
            </>
          )}
        </p>
        {onRetry && (away || !(error instanceof ApiError) || error.status >= 500) && (
          <p>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={onRetry}
            >
              {c.retry}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}

/** A failed request in words for a message line: a server that is away in the page's language, else the API's text. */
export function describeError(error: unknown, lang: 'nl' | 'en'): string {
  if (isUnreachable(error)) {
    const c = componentTexts[lang];
    return `${c.unreachableTitle}. ${c.unreachable}`;
  }
  return error instanceof Error ? error.message : String(error);
}
