// The range every stored number must lie in, shared by the upload check (src/sources/upload/validate.ts) and the
// aggregates that add partner numbers up (src/workspaces/aggregate.ts). Pure.

/** The range of each number in an upload. Counts are people or events; 1e9 is far above any Dutch count
 *  (17.9 million inhabitants) and keeps every sum over the 342 gemeenten an exact integer. Values, limits are
 *  rates, percentages or averages: ±1e12 leaves room for any unit and still sums without overflow. */
export const NUMBER_RANGE = {
  count: { min: 0, max: 1e9 },
  denominator: { min: 0, max: 1e9 },
  value: { min: -1e12, max: 1e12 },
  lower: { min: -1e12, max: 1e12 },
  upper: { min: -1e12, max: 1e12 },
} as const;
