// An ad-hoc region: a list of gemeente codes given by a user (in a URL, a CLI argument or a saved region).

export type GemeenteListProblem =
  | { kind: 'empty' }
  | { kind: 'malformed'; code: string }
  | { kind: 'duplicate'; code: string }
  | { kind: 'unknown'; code: string };

/** Parses "GM0363,GM0384" into codes; returns the first problem instead when there is one. */
export function parseGemeenteList(
  input: string | string[],
  known: ReadonlySet<string>,
): { codes: string[] } | { problem: GemeenteListProblem } {
  const codes = (Array.isArray(input) ? input : input.split(','))
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code.length > 0);
  if (codes.length === 0) return { problem: { kind: 'empty' } };
  const seen = new Set<string>();
  for (const code of codes) {
    if (!/^GM\d{4}$/.test(code)) return { problem: { kind: 'malformed', code } };
    if (seen.has(code)) return { problem: { kind: 'duplicate', code } };
    if (!known.has(code)) return { problem: { kind: 'unknown', code } };
    seen.add(code);
  }
  return { codes: [...codes].sort() };
}

export function describeProblem(problem: GemeenteListProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'gemeenten: de lijst met gemeentecodes is leeg';
    case 'malformed':
      return `gemeenten: '${problem.code}' is geen gemeentecode (verwacht GM gevolgd door vier cijfers, bijv. GM0363)`;
    case 'duplicate':
      return `gemeenten: ${problem.code} staat meer dan één keer in de lijst`;
    case 'unknown':
      return `gemeenten: ${problem.code} is geen bestaande gemeente in de indeling`;
  }
}
