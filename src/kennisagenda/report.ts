// The report statistics of seed 004: per corpus the share of items per label, with the number of items N as the
// denominator of every label (multi-label: an item counts once under each of its labels, so shares add up to more
// than 100%), shown as whole percents with "<1%" for a share that is not zero but rounds to 0; the coverage of the
// forms of moving care, the theme × form cross-tab and the co-occurrence of themes. Pure.

/** An item with its final labels (after adjudication). */
export interface CodedItem {
  id: string;
  themes: readonly string[];
  forms: readonly string[];
}

export interface Share {
  label: string;
  count: number;
  /** count / N, unrounded; null when N = 0 */
  share: number | null;
  /** as the seed shows it: "43%", "<1%", "0%", or "–" when N = 0 */
  display: string;
}

/**
 * A share as a whole percent. Rounding is half up (the seed does not state its rule; 42.5% → 43%). A share above 0
 * that rounds to 0 is "<1%", so a label that occurs is never shown as absent.
 */
export function formatShare(count: number, n: number): string {
  if (n === 0) return '–';
  if (count < 0 || count > n) throw new Error(`formatShare: count ${count} outside 0…${n}`);
  const percent = Math.floor((100 * count) / n + 0.5 + 1e-9);
  if (count > 0 && percent === 0) return '<1%';
  return `${percent}%`;
}

/** The share of items per label, in the order of `labels`, over the N items given. */
export function shares(
  items: readonly CodedItem[],
  labels: readonly string[],
  dimension: 'themes' | 'forms',
): Share[] {
  const n = items.length;
  return labels.map((label) => {
    const count = items.filter((item) => item[dimension].includes(label)).length;
    return { label, count, share: n === 0 ? null : count / n, display: formatShare(count, n) };
  });
}

export interface LabelSummary {
  n: number;
  /** mean number of labels per item (why the shares add up to more than 100%) */
  meanLabels: number | null;
  /** items with none of these labels */
  withoutLabel: number;
  /** items with at least one */
  withLabel: number;
  /** the sum of the displayed whole percents, as a reader would add them up */
  sumOfPercents: number | null;
}

export function labelSummary(items: readonly CodedItem[], dimension: 'themes' | 'forms'): LabelSummary {
  const n = items.length;
  const total = items.reduce((s, item) => s + item[dimension].length, 0);
  const withLabel = items.filter((item) => item[dimension].length > 0).length;
  return {
    n,
    meanLabels: n === 0 ? null : total / n,
    withoutLabel: n - withLabel,
    withLabel,
    sumOfPercents: n === 0 ? null : Math.round((100 * total) / n),
  };
}

/** Cell [theme][form]: the items coded with both (the matrix the seed could not give). */
export function crossTab(
  items: readonly CodedItem[],
  themes: readonly string[],
  forms: readonly string[],
): number[][] {
  return themes.map((theme) =>
    forms.map((form) => items.filter((i) => i.themes.includes(theme) && i.forms.includes(form)).length),
  );
}

/** Cell [a][b]: items coded with both themes a and b; the diagonal is each theme's own count. */
export function coOccurrence(items: readonly CodedItem[], labels: readonly string[]): number[][] {
  return labels.map((a) =>
    labels.map((b) => items.filter((i) => i.themes.includes(a) && i.themes.includes(b)).length),
  );
}
