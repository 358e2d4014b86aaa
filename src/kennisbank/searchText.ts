// What the search index holds besides title and summary: the labels of an item's tags (weight C) and the parts of
// its compound words (weight D). Pure.
//
// PostgreSQL's Dutch stemmer does not split compounds: 'inwonerparticipatie' stays one lexeme, so a search for
// "participatie" would miss it. We add the parts of compounds that end in a head word of this field (a short,
// reviewed list) to the index: 'inwonerparticipatie' → 'inwoner', 'participatie'. Linking -s- and -en- are
// dropped from the first part ('financieringsvormen' → 'financiering', 'vormen').
import {
  BUILDING_BLOCK_LABELS,
  CARE_SHIFT_FORM_LABELS,
  KNOWLEDGE_THEME_LABELS,
  PERSPECTIVE_LABELS,
  PHASE_LABELS,
  PRINCIPLE_LABELS,
  QUINTUPLE_AIM_LABELS,
} from '../jzojp/vocabulary.ts';
import type { ItemInput } from './schema.ts';
import { ITEM_KIND_LABELS } from './vocabulary.ts';

/** Head words that end many compounds in this field (longest first when matching). */
export const COMPOUND_HEADS = [
  'participatie',
  'samenwerking',
  'financiering',
  'bekostiging',
  'verantwoording',
  'ondersteuning',
  'gezondheid',
  'infrastructuur',
  'professionals',
  'organisatie',
  'evaluatie',
  'monitoring',
  'dashboard',
  'modellen',
  'netwerken',
  'netwerk',
  'verbanden',
  'verband',
  'contracten',
  'budgetten',
  'budget',
  'titels',
  'titel',
  'vormen',
  'vorm',
  'model',
  'kaart',
  'plannen',
  'plan',
  'beelden',
  'beeld',
  'wijzer',
  'spel',
  'zorg',
  'wetten',
  'buurten',
  'regio',
  'leiderschap',
  'ouderen',
  'coalitie',
] as const;

const heads = [...COMPOUND_HEADS].sort((a, b) => b.length - a.length);

/** The parts of one word when it is a compound ending in a head word; [] otherwise. */
export function compoundParts(word: string): string[] {
  const w = word.toLowerCase();
  for (const head of heads) {
    if (!w.endsWith(head) || w.length - head.length < 3) continue;
    let first = w.slice(0, -head.length).replace(/-$/, '');
    if (first.endsWith('s') && first.length > 4) first = first.slice(0, -1);
    return first.length >= 3 ? [first, head] : [head];
  }
  return [];
}

/** The compound parts of a text, once each, space-separated. */
export function compoundText(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  const parts = new Set<string>();
  for (const word of words) for (const part of compoundParts(word)) parts.add(part);
  return [...parts].join(' ');
}

/** The Dutch labels of the item's kind and tags, and its owner and source section, as searchable text. */
export function tagText(item: ItemInput, themeNames: ReadonlyMap<string, string>): string {
  return [
    ITEM_KIND_LABELS[item.kind].nl,
    ...item.phases.map((p) => PHASE_LABELS[p].nl),
    ...item.principles.map((p) => PRINCIPLE_LABELS[p].nl),
    ...item.quintupleAims.map((a) => QUINTUPLE_AIM_LABELS[a].nl),
    ...item.themes.map((t) => themeNames.get(t) ?? ''),
    ...item.knowledgeThemes.map((t) => KNOWLEDGE_THEME_LABELS[t].nl),
    ...item.careShiftForms.map((f) => CARE_SHIFT_FORM_LABELS[f].nl),
    ...item.buildingBlocks.map((b) => BUILDING_BLOCK_LABELS[b].nl),
    ...item.perspectives.map((p) => PERSPECTIVE_LABELS[p].nl),
    item.owner ?? '',
  ]
    .filter((s) => s !== '')
    .join(' · ');
}

/** The compound parts of everything searchable: title, summary, tags and the source section. */
export function indexCompounds(item: ItemInput, tags: string): string {
  return compoundText([item.title, item.summary, tags, item.source.section].join(' '));
}
