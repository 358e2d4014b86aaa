// Missing and secret values. StatLine marks a cell it cannot show with a symbol (v3) or a ValueAttribute (v4);
// we keep the reason as a flag and the value as null, never as 0, so suppression stays visible downstream.

/** Our flag vocabulary, the same for both APIs. Unknown v4 attributes pass through in kebab-case. */
export const CBS_FLAGS = {
  'not-available': {
    symbol: '.',
    nl: 'gegevens ontbreken of zijn (nog) niet beschikbaar',
    en: 'not available',
  },
  secret: { symbol: 'x', nl: 'geheim', en: 'secret (confidential)' },
  nil: { symbol: '-', nl: 'nihil', en: 'nil' },
  unreliable: { symbol: '?', nl: 'cijfer is onvoldoende betrouwbaar', en: 'unreliable' },
  impossible: { symbol: null, nl: 'cijfer kan op logische gronden niet voorkomen', en: 'impossible' },
  unknown: { symbol: null, nl: 'onbekend teken in de bron', en: 'unknown symbol in the source' },
} as const;

export type CbsFlag = keyof typeof CBS_FLAGS;

const V3_SYMBOLS: Record<string, CbsFlag> = {
  '.': 'not-available',
  x: 'secret',
  '-': 'nil',
  '?': 'unreliable',
};

const V4_ATTRIBUTES: Record<string, CbsFlag> = {
  Missing: 'not-available',
  Confidential: 'secret',
  Impossible: 'impossible',
};

export interface CbsValue {
  value: number | null;
  flag: string | null;
}

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** A v3 cell: a number or null (TypedDataSet), or a padded string with a number or a symbol (UntypedDataSet). */
export function parseV3Value(raw: unknown): CbsValue {
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { value: raw, flag: null } : { value: null, flag: 'unknown' };
  if (raw === null || raw === undefined) return { value: null, flag: 'not-available' };
  const text = String(raw).trim();
  if (text === '') return { value: null, flag: 'not-available' };
  const symbol = V3_SYMBOLS[text];
  if (symbol) return { value: null, flag: symbol };
  const value = Number(text);
  return Number.isFinite(value) ? { value, flag: null } : { value: null, flag: 'unknown' };
}

/** A v4 observation: `Value` plus `ValueAttribute` ("None" when the value is ordinary). */
export function parseV4Value(raw: unknown, attribute: unknown): CbsValue {
  const attr = typeof attribute === 'string' && attribute !== '' ? attribute : 'None';
  const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
  if (attr !== 'None') return { value, flag: V4_ATTRIBUTES[attr] ?? kebab(attr) };
  return { value, flag: value === null ? 'not-available' : null };
}

/** CBS pads dimension keys with spaces (`"GM0363    "`). */
export const trimKey = (raw: unknown): string =>
  raw === null || raw === undefined ? '' : String(raw).trim();
