// OData `$filter` expressions as CBS accepts them (v3 and v4): parsed once, so that a filter is checked against
// the table's dimensions and code lists before anything is downloaded (CBS answers a wrong one with a bare 400 or,
// worse, with zero rows), and evaluated by the local replay of a recording. Supported: eq ne gt ge lt le, in (…),
// and or not, parentheses, startswith / endswith / substringof / contains. Pure: no I/O.
import type { CbsMetadata } from './types.ts';

export type FilterNode =
  | { kind: 'and'; left: FilterNode; right: FilterNode }
  | { kind: 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; field: string; value: string | number }
  | { kind: 'in'; field: string; values: (string | number)[] }
  | { kind: 'call'; fn: FilterFunction; field: string; value: string };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterFunction = 'startswith' | 'endswith' | 'substringof' | 'contains';

/** A filter that cannot be parsed or does not fit the table; the message is one line, Dutch first. */
export class FilterError extends Error {
  override readonly name = 'FilterError';
}

type Token =
  | { t: 'ident'; v: string; at: number }
  | { t: 'string'; v: string; at: number }
  | { t: 'number'; v: number; at: number }
  | { t: '(' | ')' | ','; at: number };

const OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['startswith', 'endswith', 'substringof', 'contains']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: c, at: i });
      i++;
    } else if (c === "'") {
      // OData escapes a quote inside a string by doubling it.
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length)
          throw new FilterError(`$filter: tekst vanaf positie ${i + 1} mist een slotaanhalingsteken`);
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j++;
      }
      tokens.push({ t: 'string', v: value, at: i });
      i = j + 1;
    } else if (/[-\d]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(text.slice(i));
      if (!m) throw new FilterError(`$filter: onverwacht teken '${c}' op positie ${i + 1}`);
      tokens.push({ t: 'number', v: Number(m[0]), at: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))!;
      tokens.push({ t: 'ident', v: m[0], at: i });
      i += m[0].length;
    } else {
      throw new FilterError(`$filter: onverwacht teken '${c}' op positie ${i + 1}`);
    }
  }
  return tokens;
}

/** Parses an OData $filter; throws FilterError naming the position of the first problem. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const where = () => {
    const token = peek();
    return token ? `op positie ${token.at + 1}` : 'aan het eind';
  };
  const fail = (what: string): never => {
    throw new FilterError(`$filter: ${what} verwacht ${where()} in "${text}"`);
  };
  const keyword = (word: string) => {
    const token = peek();
    if (token?.t === 'ident' && token.v.toLowerCase() === word) {
      pos++;
      return true;
    }
    return false;
  };
  const expect = (t: '(' | ')' | ',') => {
    if (peek()?.t !== t) fail(`'${t}'`);
    pos++;
  };
  const literal = (): string | number => {
    const token = peek();
    if (token?.t === 'string' || token?.t === 'number') {
      pos++;
      return token.v;
    }
    return fail("een waarde (bijv. 'GM0363')");
  };
  const field = (): string => {
    const token = peek();
    if (token?.t !== 'ident') return fail('een dimensie (bijv. RegioS)');
    pos++;
    return token.v;
  };

  const primary = (): FilterNode => {
    if (peek()?.t === '(') {
      pos++;
      const inner = or();
      expect(')');
      return inner;
    }
    if (keyword('not')) return { kind: 'not', operand: primary() };
    const token = peek();
    if (token?.t === 'ident' && FUNCTIONS.has(token.v.toLowerCase()) && tokens[pos + 1]?.t === '(') {
      const fn = token.v.toLowerCase() as FilterFunction;
      pos += 2;
      // substringof takes (needle, field); the others (field, needle).
      let name: string;
      let value: string | number;
      if (fn === 'substringof') {
        value = literal();
        expect(',');
        name = field();
      } else {
        name = field();
        expect(',');
        value = literal();
      }
      expect(')');
      return { kind: 'call', fn, field: name, value: String(value) };
    }
    const name = field();
    const op = peek();
    if (op?.t === 'ident' && op.v.toLowerCase() === 'in') {
      pos++;
      expect('(');
      const values = [literal()];
      while (peek()?.t === ',') {
        pos++;
        values.push(literal());
      }
      expect(')');
      return { kind: 'in', field: name, values };
    }
    if (op?.t !== 'ident' || !OPS.has(op.v.toLowerCase())) return fail('eq, ne, gt, ge, lt, le of in');
    pos++;
    return { kind: 'compare', op: op.v.toLowerCase() as CompareOp, field: name, value: literal() };
  };
  const and = (): FilterNode => {
    let left = primary();
    while (keyword('and')) left = { kind: 'and', left, right: primary() };
    return left;
  };
  const or = (): FilterNode => {
    let left = and();
    while (keyword('or')) left = { kind: 'or', left, right: and() };
    return left;
  };

  if (tokens.length === 0) throw new FilterError('$filter: leeg filter');
  const node = or();
  if (pos < tokens.length) fail('and, or of het einde');
  return node;
}

const compare = (a: string | number, b: string | number) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en');

/** Whether a record passes; CBS's padded keys are compared trimmed, as its own filters match them. */
export function matchesFilter(node: FilterNode, row: Record<string, unknown>): boolean {
  const get = (f: string): string | number => {
    const v = row[f];
    return typeof v === 'number' ? v : v === null || v === undefined ? '' : String(v).trim();
  };
  switch (node.kind) {
    case 'and':
      return matchesFilter(node.left, row) && matchesFilter(node.right, row);
    case 'or':
      return matchesFilter(node.left, row) || matchesFilter(node.right, row);
    case 'not':
      return !matchesFilter(node.operand, row);
    case 'in':
      return node.values.some((v) => compare(get(node.field), v) === 0);
    case 'call': {
      const v = String(get(node.field));
      if (node.fn === 'startswith') return v.startsWith(node.value);
      if (node.fn === 'endswith') return v.endsWith(node.value);
      return v.includes(node.value);
    }
    case 'compare': {
      const c = compare(get(node.field), node.value);
      return { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 }[node.op];
    }
  }
}

/**
 * Checks a filter against the table before anything is downloaded: every field must be a dimension (or, in v4,
 * `Measure`; in v3 a measure column), every code compared for equality must be in that dimension's code list, and a
 * prefix must match at least one code. Throws FilterError naming table, dimension and code.
 */
export function checkFilter(node: FilterNode, meta: CbsMetadata): void {
  const dims = new Map(meta.dimensions.map((d) => [d.key, new Set(d.codes.map((c) => c.key))]));
  const measures = new Set(meta.measures.map((m) => m.key));
  const table = `tabel ${meta.tableId}`;
  const codesOf = (field: string): Set<string> | null => {
    if (dims.has(field)) return dims.get(field)!;
    if (meta.api === 'v4' && field === 'Measure') return measures;
    if (meta.api === 'v3' && measures.has(field)) return null; // a number column: any value may be compared
    throw new FilterError(
      `$filter: '${field}' is geen dimensie van ${table} (wel: ${[...dims.keys(), ...(meta.api === 'v4' ? ['Measure'] : [])].join(', ')})`,
    );
  };
  const visit = (n: FilterNode): void => {
    if (n.kind === 'and' || n.kind === 'or') {
      visit(n.left);
      visit(n.right);
    } else if (n.kind === 'not') {
      visit(n.operand);
    } else {
      const codes = codesOf(n.field);
      if (!codes) return;
      const equal =
        n.kind === 'in'
          ? n.values
          : n.kind === 'compare' && (n.op === 'eq' || n.op === 'ne')
            ? [n.value]
            : [];
      for (const v of equal) {
        if (!codes.has(String(v)))
          throw new FilterError(
            `$filter: code '${v}' staat niet in de codelijst van dimensie '${n.field}' van ${table}`,
          );
      }
      if (n.kind === 'call' && n.fn === 'startswith' && ![...codes].some((c) => c.startsWith(n.value)))
        throw new FilterError(
          `$filter: geen enkele code van dimensie '${n.field}' van ${table} begint met '${n.value}'`,
        );
    }
  };
  visit(node);
}

/** The fields a filter names, e.g. to tell whether it touches the region dimension. */
export function filterFields(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterFields(node.left), ...filterFields(node.right)];
    case 'not':
      return filterFields(node.operand);
    default:
      return [node.field];
  }
}

/** Joins filters with `and`, each in parentheses; null when there are none. */
export function combineFilters(parts: readonly (string | null | undefined)[]): string | null {
  const given = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (given.length === 0) return null;
  return given.length === 1 ? given[0]!.trim() : given.map((p) => `(${p.trim()})`).join(' and ');
}

/** An OData string literal. */
export const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
