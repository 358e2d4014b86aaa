// "Download CSV": builds the zip (CSV + metadata) on click, in the browser.
import { useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import type { ExportSpec } from '../lib/exportZip.ts';

export function ExportButton({
  build,
  label,
  describedBy,
}: {
  build: () => ExportSpec | Promise<ExportSpec>;
  label?: string;
  describedBy?: string;
}) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'error'>('idle');
  const run = async () => {
    setState('busy');
    try {
      const [{ downloadExport }, spec] = await Promise.all([import('../lib/exportZip.ts'), build()]);
      await downloadExport(spec, t, lang);
      setState('idle');
    } catch (error) {
      console.error(error);
      setState('error');
    }
  };
  return (
    <span className="jp-export">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action jp-button-small"
        onClick={run}
        aria-busy={state === 'busy'}
        aria-describedby={describedBy}
        disabled={state === 'busy'}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="jp-icon">
          <path
            d="M8 1v9m0 0L4.5 6.5M8 10l3.5-3.5M2 12v2h12v-2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        </svg>
        {state === 'busy' ? t.common.downloading : (label ?? t.common.downloadCsv)}
      </button>
      {state === 'error' && (
        <span role="alert" className="jp-error-text">
          {t.common.downloadError}
        </span>
      )}
    </span>
  );
}
