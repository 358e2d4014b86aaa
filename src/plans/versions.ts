// Comparing two versions of a plan (stored as JSON documents): what was added, removed or changed, by path.

export interface Change {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Arrays of objects with an `id` are compared by id, so reordering is not a change. */
function keyed(value: unknown[]): Map<string, unknown> | null {
  if (!value.every((item) => isObject(item) && typeof item.id === 'string')) return null;
  return new Map(value.map((item) => [(item as { id: string }).id, item]));
}

export function diffVersions(before: unknown, after: unknown, path = ''): Change[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const a = keyed(before);
    const b = keyed(after);
    if (a && b) {
      const changes: Change[] = [];
      for (const [id, item] of a) {
        if (!b.has(id)) changes.push({ path: `${path}[${id}]`, kind: 'removed', before: item });
        else changes.push(...diffVersions(item, b.get(id), `${path}[${id}]`));
      }
      for (const [id, item] of b)
        if (!a.has(id)) changes.push({ path: `${path}[${id}]`, kind: 'added', after: item });
      return changes;
    }
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      const p = path ? `${path}.${key}` : key;
      if (!(key in before)) return [{ path: p, kind: 'added' as const, after: after[key] }];
      if (!(key in after)) return [{ path: p, kind: 'removed' as const, before: before[key] }];
      return diffVersions(before[key], after[key], p);
    });
  }
  return [{ path: path || '(document)', kind: 'changed', before, after }];
}

/** Keys in one order (as jsonb keeps them: by length, then bytes), for comparing a document with a stored one. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

/** Whether a document read now equals a stored version (a change that changed nothing stores no version). */
export const sameDocument = (stored: unknown, current: unknown): boolean =>
  JSON.stringify(normalise(stored)) === JSON.stringify(normalise(current));
