// Duiding next to a figure in the regiobeeld: what the partners of the region wrote about this indicator, with the
// organisations that wrote it. One request per profile (all texts of the region, cached); nothing when there is none.

import type { PublishedDuiding as DuidingAnswer } from '../../plans/views.ts';
import { useI18n } from '../i18n/index.tsx';
import './plans.css';
import { useApi } from '../lib/http.ts';

export function Duiding({ region, indicator }: { region: string; indicator: string }) {
  const { t, lang } = useI18n();
  const answer = useApi<DuidingAnswer>(`/api/duiding?region=${encodeURIComponent(region)}`);
  const texts = (answer.data?.texts ?? []).filter((x) => x.indicator === indicator);
  if (texts.length === 0) return null;
  return (
    <aside className="jp-duiding" aria-label={t.plans.duidingTitle}>
      {texts.map((x) => (
        <div key={x.workspace.id}>
          <p className="jp-duiding__title">{t.plans.duidingTitle}</p>
          <p className="utrecht-paragraph">{x.text}</p>
          <p className="jp-muted">
            {t.plans.duidingBy(
              x.authors.join(', ') || x.workspace.name,
              x.workspace.name,
              new Date(x.updatedAt).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
                dateStyle: 'long',
              }),
            )}
          </p>
        </div>
      ))}
    </aside>
  );
}
