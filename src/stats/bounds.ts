// Bounds of a population-weighted mean when some parts were suppressed by the source with a label that still
// bounds them (RIVM publishes '<=5' for a vaccination coverage of at most 5 %). The mean then lies between the
// mean with every suppressed part at its lowest and the mean with every one at its highest possible value.
// Example (issue 12): zorgkantoorregio Flevoland with Urk '<=5' → 21.3–21.8 % instead of a point value that leaves
// Urk out. Pure.

export interface BoundedPart {
  /** The published value, or null when suppressed. */
  value: number | null;
  /** For a suppressed part: the range its label allows. */
  lower: number | null;
  upper: number | null;
  weight: number;
}

/** The range of the weighted mean; null when a suppressed part has no bounds (then nothing can be said). */
export function weightedMeanBounds(parts: readonly BoundedPart[]): { lower: number; upper: number } | null {
  const total = parts.reduce((s, p) => s + p.weight, 0);
  if (parts.length === 0 || total <= 0) return null;
  let low = 0;
  let high = 0;
  for (const part of parts) {
    if (part.value !== null) {
      low += part.value * part.weight;
      high += part.value * part.weight;
    } else if (part.lower !== null && part.upper !== null && part.lower <= part.upper) {
      low += part.lower * part.weight;
      high += part.upper * part.weight;
    } else return null;
  }
  return { lower: low / total, upper: high / total };
}

/** The range a source's suppression label allows, for a quantity between 0 and `max` ('<=5' → 0–5). */
export function boundsOfLabel(label: string, max = 100): { lower: number; upper: number } | null {
  const m = /^\s*(<=|<|>=|>|≤|≥)\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(label);
  if (!m) return null;
  const n = Number(m[2]!.replace(',', '.'));
  if (m[1] === '<=' || m[1] === '<' || m[1] === '≤') return { lower: 0, upper: Math.min(n, max) };
  return { lower: Math.max(n, 0), upper: max };
}
