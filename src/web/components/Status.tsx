// Loading and error states, announced to screen readers.
import { useI18n } from '../i18n/index.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="jp-loading" role="status" aria-live="polite">
      <span className="jp-spinner" aria-hidden="true" />
      {label ?? t.common.loading}
    </p>
  );
}

export function ErrorMessage({ error }: { error: Error }) {
  const { t } = useI18n();
  return (
    <div className="utrecht-alert utrecht-alert--error jp-alert" role="alert">
      <div className="utrecht-alert__content">
        <p className="utrecht-alert__message">
          <strong>{t.common.errorTitle}.</strong> {t.common.errorLoad(error.message)}
        </p>
      </div>
    </div>
  );
}
