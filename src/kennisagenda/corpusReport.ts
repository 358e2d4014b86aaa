// A corpus's report, assembled from its items, codings and final labels: the denominator (only relevant, coded
// items count), the share per theme and per form of moving care, the theme × form cross-tab, the co-occurrence of
// themes, the agreement of the two coders, where the final labels came from and the senior's sample. Pure.
import {
  type DoubleCoding,
  disagrees,
  type LabelAgreement,
  labelAgreement,
  multiLabelAlpha,
  type Statistic,
} from './agreement.ts';
import {
  type CodedItem,
  coOccurrence,
  crossTab,
  type LabelSummary,
  labelSummary,
  type Share,
  shares,
} from './report.ts';
import type { TaxonomyDocument } from './taxonomy.ts';

export interface ReportInput {
  corpus: { id: string; name: string; screening: boolean };
  items: readonly { id: string; relevant: boolean | null }[];
  codings: readonly { itemId: string; slot: 1 | 2; themes: string[]; forms: string[] }[];
  finals: readonly {
    itemId: string;
    themes: string[];
    forms: string[];
    source: 'agreed' | 'resolved' | 'import';
  }[];
  samples: readonly {
    id: string;
    seed: number;
    size: number;
    itemIds: string[];
    reviews: { agrees: boolean }[];
  }[];
}

export interface Denominators {
  items: number;
  notRelevant: number;
  unscreened: number;
  /** relevant items (screened relevant, or all not screened out in a corpus without screening) */
  inScope: number;
  /** relevant items with a final label: N of every share */
  n: number;
  awaitingFinal: number;
}

export interface CorpusReport {
  corpus: ReportInput['corpus'];
  denominators: Denominators;
  themes: { shares: Share[]; summary: LabelSummary };
  forms: { shares: Share[]; summary: LabelSummary };
  crossTab: { themes: string[]; forms: string[]; cells: number[][] };
  coOccurrence: { themes: string[]; cells: number[][] };
  agreement: {
    doubleCoded: number;
    disagreements: number;
    themes: LabelAgreement[];
    forms: LabelAgreement[];
    alphaThemes: Statistic;
    alphaForms: Statistic;
  };
  finalSources: { agreed: number; resolved: number; import: number };
  samples: { id: string; seed: number; size: number; reviewed: number; agrees: number }[];
}

/** In scope: relevant to the question of the corpus (the seed's 616 reactions of all reactions). */
export const inScope = (screening: boolean, relevant: boolean | null) =>
  relevant === true || (!screening && relevant === null);

export function corpusReport(taxonomy: TaxonomyDocument, input: ReportInput): CorpusReport {
  const themeIds = taxonomy.knowledgeThemes.map((t) => t.id);
  const formIds = taxonomy.careShiftForms.map((t) => t.id);
  const finals = new Map(input.finals.map((f) => [f.itemId, f]));
  const scoped = input.items.filter((i) => inScope(input.corpus.screening, i.relevant));
  const coded: CodedItem[] = scoped
    .filter((i) => finals.has(i.id))
    .map((i) => ({ id: i.id, themes: finals.get(i.id)!.themes, forms: finals.get(i.id)!.forms }));

  const byItem = new Map<
    string,
    { first?: (typeof input.codings)[number]; second?: (typeof input.codings)[number] }
  >();
  for (const c of input.codings) {
    const entry = byItem.get(c.itemId) ?? {};
    if (c.slot === 1) entry.first = c;
    else entry.second = c;
    byItem.set(c.itemId, entry);
  }
  const scopedIds = new Set(scoped.map((i) => i.id));
  const pairs = [...byItem]
    .filter(([id, p]) => scopedIds.has(id) && p.first && p.second)
    .map(([, p]) => ({ first: p.first!, second: p.second! }));
  const themePairs: DoubleCoding[] = pairs.map((p) => ({ first: p.first.themes, second: p.second.themes }));
  const formPairs: DoubleCoding[] = pairs.map((p) => ({ first: p.first.forms, second: p.second.forms }));
  const disagreements = pairs.filter((_, i) => disagrees(themePairs[i]!) || disagrees(formPairs[i]!)).length;

  const finalSources = { agreed: 0, resolved: 0, import: 0 };
  for (const item of coded) finalSources[finals.get(item.id)!.source]++;

  return {
    corpus: input.corpus,
    denominators: {
      items: input.items.length,
      notRelevant: input.items.filter((i) => i.relevant === false).length,
      unscreened: input.corpus.screening ? input.items.filter((i) => i.relevant === null).length : 0,
      inScope: scoped.length,
      n: coded.length,
      awaitingFinal: scoped.length - coded.length,
    },
    themes: { shares: shares(coded, themeIds, 'themes'), summary: labelSummary(coded, 'themes') },
    forms: { shares: shares(coded, formIds, 'forms'), summary: labelSummary(coded, 'forms') },
    crossTab: { themes: themeIds, forms: formIds, cells: crossTab(coded, themeIds, formIds) },
    coOccurrence: { themes: themeIds, cells: coOccurrence(coded, themeIds) },
    agreement: {
      doubleCoded: pairs.length,
      disagreements,
      themes: themeIds.map((id) => labelAgreement(id, themePairs)),
      forms: formIds.map((id) => labelAgreement(id, formPairs)),
      alphaThemes: multiLabelAlpha(themeIds, themePairs),
      alphaForms: multiLabelAlpha(formIds, formPairs),
    },
    finalSources,
    samples: input.samples.map((s) => ({
      id: s.id,
      seed: s.seed,
      size: s.size,
      reviewed: s.reviews.length,
      agrees: s.reviews.filter((r) => r.agrees).length,
    })),
  };
}

/** The items whose two codings differ and that have no final label yet: the list to discuss. */
export function openDisagreements(
  codings: ReportInput['codings'],
  finals: ReadonlySet<string>,
): {
  itemId: string;
  first: { themes: string[]; forms: string[] };
  second: { themes: string[]; forms: string[] };
}[] {
  const byItem = new Map<
    string,
    { first?: ReportInput['codings'][number]; second?: ReportInput['codings'][number] }
  >();
  for (const c of codings) {
    const entry = byItem.get(c.itemId) ?? {};
    if (c.slot === 1) entry.first = c;
    else entry.second = c;
    byItem.set(c.itemId, entry);
  }
  const out = [];
  for (const [itemId, { first, second }] of byItem) {
    if (!first || !second || finals.has(itemId)) continue;
    if (
      disagrees({ first: first.themes, second: second.themes }) ||
      disagrees({ first: first.forms, second: second.forms })
    )
      out.push({
        itemId,
        first: { themes: first.themes, forms: first.forms },
        second: { themes: second.themes, forms: second.forms },
      });
  }
  return out;
}
