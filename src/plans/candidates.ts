// Candidate themes of a prioritisation round: one of the 25 JZOJP themes of the catalogue, an IZA theme, or the
// region's own text. Each candidate gets an id that stays the same in follow-up (Delphi) rounds. Pure.
import type { Text, Theme } from '../indicators/schema.ts';

export type CandidateSource = 'jzojp' | 'iza' | 'eigen';

export interface Candidate {
  /** `jzojp:<theme id>`, `iza:<id>` or `eigen:<n>` */
  id: string;
  source: CandidateSource;
  label: Text;
  /** The JZOJP theme (links a kernopgave to the catalogue's indicators), else null. */
  themeId: string | null;
}

/**
 * IZA themes for regioplannen. The labels follow the themes of the Integraal Zorgakkoord (2022) as regions use them
 * in their IZA-regioplan; our seed summaries name only "versterking eerstelijnszorg" and "regionale samenwerking"
 * (seed001, lessons), so this list is a convenience, not a source: any other theme can be entered as own text.
 */
export const IZA_THEMES: readonly { id: string; label: Text }[] = [
  {
    id: 'eerstelijnszorg',
    label: { nl: 'Versterking van de eerstelijnszorg', en: 'Strengthening primary care' },
  },
  {
    id: 'medisch-sociaal',
    label: {
      nl: 'Samenwerking tussen medisch en sociaal domein',
      en: 'Collaboration between the medical and social domains',
    },
  },
  { id: 'ouderen', label: { nl: 'Thuiswonende ouderen', en: 'Older people living at home' } },
  {
    id: 'mentale-gezondheid',
    label: { nl: 'Mentale gezondheid en ggz', en: 'Mental health and mental health care' },
  },
  { id: 'digitale-zorg', label: { nl: 'Digitale en hybride zorg', en: 'Digital and hybrid care' } },
  { id: 'arbeidsmarkt', label: { nl: 'Arbeidsmarkt en personeel', en: 'Labour market and staff' } },
  { id: 'acute-zorg', label: { nl: 'Acute zorg', en: 'Acute care' } },
  {
    id: 'gezondheidsachterstanden',
    label: {
      nl: 'Gezondheidsachterstanden en preventie',
      en: 'Health inequalities and prevention',
    },
  },
];

export const MAX_CANDIDATES = 40;

export type CandidateInput =
  | { source: 'jzojp'; themeId: string }
  | { source: 'iza'; themeId: string }
  | { source: 'eigen'; label: string; labelEn?: string };

export interface CandidateProblem {
  field: string;
  message: string;
}

/**
 * Resolves the requested candidates after `existing` ones (a follow-up round keeps the ids of the previous round);
 * problems name the list position (`candidates.3.themeId`).
 */
export function resolveCandidates(
  inputs: readonly CandidateInput[],
  themes: readonly Theme[],
  existing: readonly Candidate[] = [],
): { candidates: Candidate[]; problems: CandidateProblem[] } {
  const candidates: Candidate[] = [];
  const problems: CandidateProblem[] = [];
  let own = Math.max(0, ...existing.map((c) => Number(/^eigen:(\d+)$/.exec(c.id)?.[1] ?? 0)));
  inputs.forEach((input, i) => {
    if (input.source === 'jzojp') {
      const theme = themes.find((t) => t.id === input.themeId);
      if (!theme) {
        problems.push({
          field: `candidates.${i}.themeId`,
          message: `'${input.themeId}' is geen JZOJP-thema uit de catalogus`,
        });
        return;
      }
      candidates.push({ id: `jzojp:${theme.id}`, source: 'jzojp', label: theme.name, themeId: theme.id });
    } else if (input.source === 'iza') {
      const theme = IZA_THEMES.find((t) => t.id === input.themeId);
      if (!theme) {
        problems.push({
          field: `candidates.${i}.themeId`,
          message: `'${input.themeId}' is geen IZA-thema (kies uit ${IZA_THEMES.map((t) => t.id).join(', ')})`,
        });
        return;
      }
      candidates.push({ id: `iza:${theme.id}`, source: 'iza', label: theme.label, themeId: null });
    } else {
      const nl = input.label.trim();
      own += 1;
      candidates.push({
        id: `eigen:${own}`,
        source: 'eigen',
        label: { nl, en: input.labelEn?.trim() || nl },
        themeId: null,
      });
    }
  });
  const key = (c: Candidate) => (c.source === 'eigen' ? `eigen:${c.label.nl.toLowerCase()}` : c.id);
  const seen = new Set(existing.map(key));
  candidates.forEach((c, i) => {
    if (seen.has(key(c)))
      problems.push({ field: `candidates.${i}`, message: `'${c.label.nl}' staat twee keer op de lijst` });
    seen.add(key(c));
  });
  const all = [...existing, ...candidates];
  if (problems.length === 0 && all.length < 2)
    problems.push({ field: 'candidates', message: 'een ronde heeft minstens twee kandidaat-thema’s' });
  if (all.length > MAX_CANDIDATES)
    problems.push({
      field: 'candidates',
      message: `hoogstens ${MAX_CANDIDATES} kandidaat-thema’s per ronde`,
    });
  return { candidates: all, problems };
}
