// Labels of taxonomy ids in the current language (Dutch labels are the source's; English ones ours).
import type { Lang } from '../i18n/index.tsx';
import type { TaxonomyDocument } from './types.ts';

export function labeller(doc: TaxonomyDocument | undefined, lang: Lang) {
  const map = new Map<string, string>();
  for (const e of [...(doc?.knowledgeThemes ?? []), ...(doc?.careShiftForms ?? [])])
    map.set(e.id, lang === 'en' ? e.label.en : e.label.nl);
  return (id: string) => map.get(id) ?? id;
}

export const listOf = (ids: readonly string[], label: (id: string) => string, none: string) =>
  ids.length === 0 ? none : ids.map(label).join(', ');
