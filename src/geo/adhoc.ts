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

/**
 * Like parseGemeenteList, but keeps what is usable: codes that are malformed or unknown are left out and named
 * (a page with one mistyped code still shows the rest), repeated codes count once. Empty when nothing is usable.
 */
export function parseGemeenteListLenient(
  input: string | string[],
  known: ReadonlySet<string>,
): { codes: string[]; skipped: { code: string; problem: GemeenteListProblem }[] } {
  const seen = new Set<string>();
  const skipped: { code: string; problem: GemeenteListProblem }[] = [];
  for (const raw of Array.isArray(input) ? input : input.split(',')) {
    const code = raw.trim().toUpperCase();
    if (!code || seen.has(code)) continue;
    seen.add(code);
    if (!/^GM\d{4}$/.test(code)) skipped.push({ code, problem: { kind: 'malformed', code } });
    else if (!known.has(code)) skipped.push({ code, problem: { kind: 'unknown', code } });
  }
  const bad = new Set(skipped.map((s) => s.code));
  return { codes: [...seen].filter((c) => !bad.has(c)).sort(), skipped };
}

/** Why a code was left out, in plain words for a page (nl and en). */
export function skippedReason(problem: GemeenteListProblem): { nl: string; en: string } {
  switch (problem.kind) {
    case 'malformed':
      return {
        nl: `'${problem.code}' is geen gemeentecode (een gemeentecode is GM met vier cijfers, bijv. GM0363)`,
        en: `'${problem.code}' is not a municipality code (GM and four digits, e.g. GM0363)`,
      };
    case 'unknown':
      return {
        nl: `${problem.code} is geen gemeente in de huidige indeling`,
        en: `${problem.code} is not a municipality in the current division`,
      };
    default:
      return { nl: describeProblem(problem), en: describeProblem(problem) };
  }
}
