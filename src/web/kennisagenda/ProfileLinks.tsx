// The link from a JZOJP theme of the regiobeeld to the kennisagenda's section where the two meet.
import { KNOWLEDGE_THEME_LABELS } from '../../jzojp/vocabulary.ts';
import { agendaAnchor, knowledgeThemesFor } from '../../kennisagenda/jzojpLinks.ts';
import { useI18n } from '../i18n/index.tsx';
import { useKennisagendaTexts } from './texts.ts';

export function KennisagendaLinks({ jzojpTheme }: { jzojpTheme: string }) {
  const { href, text } = useI18n();
  const k = useKennisagendaTexts();
  const themes = knowledgeThemesFor(jzojpTheme);
  if (themes.length === 0) return null;
  return (
    <p className="jp-muted jp-ka-profile-link jp-no-print">
      {k.fromProfile}:{' '}
      {themes.map((t, i) => {
        const [path, hash] = agendaAnchor(t).split('#');
        return (
          <span key={t}>
            {i > 0 && ', '}
            <a href={`${href(path!)}#${hash}`}>{text(KNOWLEDGE_THEME_LABELS[t])}</a>
          </span>
        );
      })}
    </p>
  );
}
