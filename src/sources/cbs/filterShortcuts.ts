// `--periods` and `--regions`: plain words for the two filters a user needs most, turned into an OData $filter on
// the table's own period and region dimensions, from its code lists (so v3 and v4 get the same codes). Pure.
import { FilterError, quote } from './filter.ts';
import { parseCbsPeriod } from './periods.ts';
import type { CbsDimension, CbsMetadata } from './types.ts';

/** Region types by their CBS code prefix. */
export const REGION_PREFIXES: Record<string, string> = {
  land: 'NL',
  landsdeel: 'LD',
  provincie: 'PV',
  corop: 'CR',
  gemeente: 'GM',
  wijk: 'WK',
  buurt: 'BU',
};

const dimensionOf = (meta: CbsMetadata, kind: 'period' | 'region', option: string): CbsDimension => {
  const dim = meta.dimensions.find((d) => d.kind === kind);
  if (!dim)
    throw new FilterError(
      `${option}: tabel ${meta.tableId} heeft geen ${kind === 'period' ? 'perioden' : 'regio'}dimensie`,
    );
  return dim;
};

/**
 * `2019-2026`, `2024`, `2023Q4`, `2024JJ00`, comma-separated: the period codes whose start year lies in a range,
 * or that are named by our code or CBS's. Throws when a part matches no code of the table.
 */
export function periodsFilter(spec: string, meta: CbsMetadata): string {
  const dim = dimensionOf(meta, 'period', '--periods');
  const parsed = dim.codes.map((c) => {
    try {
      return { key: c.key, period: parseCbsPeriod(c.key, c.title) };
    } catch {
      return { key: c.key, period: null };
    }
  });
  const chosen = new Set<string>();
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const range = /^(\d{4})\s*[-–:]\s*(\d{4})$/.exec(part) ?? /^(\d{4})()$/.exec(part);
    const hits = parsed.filter(({ key, period }) => {
      if (key === part || period?.code === part) return true;
      if (!range || !period) return false;
      const from = Number(range[1]);
      const to = range[2] ? Number(range[2]) : from;
      const year = Number(period.start.slice(0, 4));
      return year >= from && year <= to;
    });
    if (hits.length === 0) {
      const known = parsed.map((p) => p.period?.code ?? p.key);
      throw new FilterError(
        `--periods: '${part}' komt niet voor in dimensie '${dim.key}' van tabel ${meta.tableId} (wel: ${known[0]} … ${known[known.length - 1]})`,
      );
    }
    for (const h of hits) chosen.add(h.key);
  }
  if (chosen.size === 0) throw new FilterError('--periods: geen perioden opgegeven');
  return [...chosen].map((k) => `${dim.key} eq ${quote(k)}`).join(' or ');
}

/**
 * `gemeente`, `gemeente,provincie,land`, or region codes (`GM0363,PV27`): by CBS's code prefixes, so the padded v3
 * keys match too. Throws when a part matches no code of the table.
 */
export function regionsFilter(spec: string, meta: CbsMetadata): string {
  const dim = dimensionOf(meta, 'region', '--regions');
  const prefixes: string[] = [];
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const prefix = REGION_PREFIXES[part.toLowerCase()] ?? part.toUpperCase();
    if (!/^[A-Z]{2}[0-9]*$/.test(prefix)) {
      throw new FilterError(
        `--regions: '${part}' is geen regiotype (${Object.keys(REGION_PREFIXES).join(', ')}) of regiocode`,
      );
    }
    const exact = prefix.length > 2;
    const hit = dim.codes.some((c) => (exact ? c.key === prefix : c.key.startsWith(prefix)));
    if (!hit) {
      throw new FilterError(
        `--regions: ${exact ? `code '${prefix}'` : `regiotype '${part}' (${prefix}…)`} staat niet in dimensie '${dim.key}' van tabel ${meta.tableId}`,
      );
    }
    prefixes.push(prefix);
  }
  if (prefixes.length === 0) throw new FilterError("--regions: geen regio's opgegeven");
  return prefixes.map((p) => `startswith(${dim.key},${quote(p)})`).join(' or ');
}
