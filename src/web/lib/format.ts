// Numbers, intervals and periods as people read them, in the active language.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(value: number | null | undefined, decimals: number, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return formatter(locale, decimals).format(value);
}

/** Axis ticks: at most the indicator's decimals, without trailing zeros. */
export function formatTick(value: number, decimals: number, locale: string): string {
  const key = `${locale}:tick:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  return f.format(value);
}

export function formatInteger(value: number | null | undefined, locale: string): string {
  return formatNumber(value, 0, locale);
}

export function withUnit(value: string, unit: string): string {
  if (!unit || value === '–') return value;
  return unit.startsWith('%') ? `${value}${unit}` : `${value} ${unit}`;
}

/** Comparison side of a region's value against a benchmark value (for wording only). */
export function side(value: number | null, benchmark: number | null): 'higher' | 'lower' | 'equal' {
  if (value === null || benchmark === null) return 'equal';
  return value > benchmark ? 'higher' : value < benchmark ? 'lower' : 'equal';
}

/** A safe file name part from a region or indicator name. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export'
  );
}
