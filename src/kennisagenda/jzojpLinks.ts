// Where the JZOJP themes of the regiobeeld (catalog/themes.json) meet the knowledge themes of the Kennisagenda:
// the profile links a theme's heading to the agenda's section on the same subject. A judgement of Juiste Plek,
// kept small and reviewed like code (docs/decisions.md); themes without a clear counterpart have no link. Pure.
import type { KnowledgeTheme } from '../jzojp/vocabulary.ts';

export const JZOJP_THEME_LINKS: Readonly<Record<string, readonly KnowledgeTheme[]>> = {
  'digitale-zorg': ['ict_data'],
  'digitale-uitwisseling-patientinformatie': ['ict_data', 'juridisch'],
  'samenwerking-over-domeinen': ['samenwerking'],
  'vertrouwen-tussen-professionals': ['samenwerking'],
  patientervaringen: ['behoefte_client'],
  'uitgaven-per-hoofd': ['financiering_bekostiging'],
  'verhouding-eerste-tweede-lijn': ['financiering_bekostiging'],
};

export const knowledgeThemesFor = (jzojpTheme: string): readonly KnowledgeTheme[] =>
  JZOJP_THEME_LINKS[jzojpTheme] ?? [];

/** The address of a knowledge theme's section on the public agenda page. */
export const agendaAnchor = (theme: KnowledgeTheme) => `/kennisagenda#thema-${theme}`;
